<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>BackgroundCall</name>
    <message>
        <source>Something unexpected went wrong. Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalancePage</name>
    <message>
        <source>The last {weeks} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time together and time apart, logged by you and {partner}. There is no right amount of either: the charts show your own pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time together and time apart, logged by you. There is no right amount of either: the charts show your own pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the span the form describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form to log another span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or Stop &amp;Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a timer now, or stop it and log the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen span in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log time ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {minutes} minutes together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {minutes} minutes apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {minutes} minutes {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged the timer&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer discarded; nothing was logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>{title} chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the {title} chart as a PNG or SVG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG or SVG ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the {title} chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartTexts</name>
    <message>
        <source>Hours together and apart, by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours together and apart, by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours together and apart, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of logged time together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time apart by activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualities nurtured and strained in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of logged time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your target, {low}–{high}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your recent average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurtured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time apart logged in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No qualities tagged in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moods recorded in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal entries in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>You and {partner}, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{me} tends towards: {my_tendency}
{partner} tends towards: {their_tendency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you can support {partner}: {support}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How {partner} can support you: {support}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you are paired with your partner, you can each share a result and compare them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share one of your results to compare with {partner}. The side-by-side appears only when both of you have shared; neither of you sees the other&apos;s result first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have shared your result. The side-by-side appears when {partner} shares theirs too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreMoods</name>
    <message>
        <source>Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorePassphrase</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good passphrase. Keep it somewhere only you can find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try three or four unrelated words; length helps more than symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer is stronger: add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relying on each other&apos;s word and good will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being there for each other, in small things and large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honesty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying what is true, kindly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking each other&apos;s views, limits and choices seriously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Love</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warmth, affection and care, shown and felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking openly and listening well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time together with attention on each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room for each of you to be yourself and follow your own interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encouraging each other to learn and change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting in the middle; both needs count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-sided sacrifice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of you keeps giving up what matters to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of you decides for the other, or checks up on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fear of losing the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry about the relationship ending drives choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own interests, friends or views are fading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Tandem did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you had saved is safe. You can carry on; if something looks odd, lock and open Tandem again.

A report was saved to:
{report}

It holds only where the code went wrong: none of your writing, names or passphrases. If you report the problem, you can attach it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateProfileWizard</name>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionPlot</name>
    <message>
        <source>Chart of {x} across and {y} up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to an entry you were writing ({saved}) were not saved: “{words}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry you were writing ({saved}) was not saved: “{words}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this draft in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw this draft away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} ({count} drafts to look at.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryCalendar</name>
    <message>
        <source>Calendar of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Sharing needs a partner: pair your profile with your partner&apos;s to share entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this happened; earlier dates are fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} · {mood}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner can read shared entries; only you can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt&apos;s theme in the Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About This Prompt in the &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what Tandem&apos;s Guide says about the writing prompt&apos;s theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another idea to write about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here. Markdown works: *emphasis*, **strong**, - lists, # headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text as it reads, beside what you write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this entry (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved · shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved · private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author} shared this entry with you. Only {author} can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner shared this entry with you. Only your partner can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored draft · not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{theme}: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{link}&quot;&gt;More in the Guide&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read about “{theme}” in the Guide ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryRows</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared by your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood: {mood}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, {heading}, {sharing}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>JSON, encrypted with a password (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (complete, can be imported again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown, one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown, a folder with one file per entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries, their tags and moods, your quiz results and your time spans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}’s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped because Tandem locked. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Private and shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search entries (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag, mood, dates, private or shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurtured or strained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurtured or strained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurtured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood: {mood}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private or shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries written between these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>About {topic} in the Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what Tandem&apos;s Guide says about {topic}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Tandem Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short texts on the qualities, tips and attachment tendencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Tandem is for, and how your privacy works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tendency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score}  (same)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of an encrypted export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for an encrypted export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries already in your journal are skipped, so importing a file twice adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import finished before Tandem locked. {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped because Tandem locked. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightSentences</name>
    <message>
        <source>Nothing logged yet this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month so far, {percent}% of the time logged was together ({together} together, {apart} apart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month so far, {percent}% of the time logged was together ({together} together, {apart} apart); over the three months before, it was {earlier_percent}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quality was tagged strained in the journal in the last {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last {days} days, the quality most often tagged strained was {quality} (once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last {days} days, the quality most often tagged strained was {quality} ({count} times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time apart in the last {days} days went most to {activity} ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time apart in the last {days} days went most to {activity} ({time}) and {second_activity} ({second_time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries were written on {count} of the last {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Together and apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apart, by activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualities in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaling days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the data again and redraw the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show our target band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share of time together you choose for yourselves; there is no right ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your logs and journal show over time. They describe; they don&apos;t judge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Answers go from {min} ({min_label}) to {max} ({max_label}). Type the number, or click. Enter goes on once a page is answered; Back (Alt+Left) keeps your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back. You have answered {answered} of {total}; Next takes you to where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>Statements {first}–{last} of {total}. Type a number, or click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <source>{action} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entry you are writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen entry to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the entry you just deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See deleted entries, restore them or empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the formatted preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {author} can delete this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your partner can delete this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “{heading}” to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet. Write your first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Tandem is busy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a profile with its own private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock your journal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock your journal and choose who&apos;s writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and close Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your journal as JSON, Markdown or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import entries from a Tandem, jrnl or Day One JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an encrypted backup of your journal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-lock after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how long Tandem waits without activity before it locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose gentle reminders to write and to plan time together (off unless you turn them on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Backed up. The newest ten backups of each file are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Tandem after this many minutes without activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem will lock after {minutes} minutes without activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after a while without activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the entry back (Ctrl+Z in the list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the “Who&apos;s writing?” screen shows. Anyone at this computer can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first name or a nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: {colour}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {strength}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnThisDay</name>
    <message>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet from this day in earlier years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It locks your journal so that only you can read it. Nobody can look it up for you, so pick one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <source>Who&apos;s writing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a profile with its own private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is Tandem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short welcome: what Tandem is for, and how your privacy works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your profile to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person who writes here gets a profile with a private journal, locked with their own passphrase. Create the first one to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name}&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityToggle</name>
    <message>
        <source>not tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurtured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quality}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description}
Now {state}. Click or press Space to change; right-click for the Guide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the unfinished answers and begin again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet. Your results stay in your private journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share selected result with your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner sees it only once they have shared a result of this quiz too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your scores moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection aids about how you relate. Not tests, and not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} It is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} statements · unfinished · your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} statements · unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} statements · your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} statements. Checked by research. By {author}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} statements. Not validated by research. By {author}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a result to share first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared. Your partner sees it only once they have shared theirs too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizWizard</name>
    <message>
        <source>See my result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (answers are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared. Your partner sees it only once they have shared a result of this quiz too, and you will see theirs at the same moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your journal. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recovery key to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key as a text file, e.g. on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have saved my recovery key somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem recovery key.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the file: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem recovery key for the profile “{name}”

    {key}

With this key you can open the journal if the passphrase is forgotten.
Keep it somewhere safe and private, away from this computer.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryRepairBox</name>
    <message>
        <source>Tandem cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem’s list of profiles is damaged, so it cannot show who is writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journals themselves are kept apart from this list. A backup of the list, from {made}, opens without a problem. Restoring it puts it in place and keeps the damaged file beside it. Anything changed in the list since then, such as a new profile or passphrase, is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the profile list from the backup of {made}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of the list that opens, so Tandem cannot repair it by itself. Nothing has been changed. If you are comfortable with a terminal, “tandem check” shows what is damaged and “tandem restore --registry” lists any backups of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPresenter</name>
    <message>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A quiet moment for your journal? A few lines are plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there an evening this week you two could keep just for each other?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to &amp;write each day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the daily reminder to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekly &amp;nudge to plan time together, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the weekly nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the weekly nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders appear while Tandem is running, locked or not. Each is one short sentence written by us: no journal text and no name ever appears in a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this result with your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner sees it only once they have shared theirs too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>This is a tendency, not a diagnosis, and tendencies can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subscale}: {score}  (from {low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You tend towards: {tendency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips for the {tendency} tendency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More on this tendency, and on supporting each other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tendency} in the Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quiz} by {author}, checked by research. A reflection aid, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quiz} by {author}, not validated by research. A reflection aid, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellWidget</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock your journal (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s own shortcuts are listed here too once your journal is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpanForm</name>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together or apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date night, walk, own hobby, friends …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality-time+ individuality+ (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpanListModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupRepair</name>
    <message>
        <source>Tandem cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportBox</name>
    <message>
        <source>You don&apos;t have to work on this alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns like these often ease with support. If it feels right, these may help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for support resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resources for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>Add a tag: trust+, support-, control, #hiking — then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualities — click once for nurtured (+), twice for strained (−).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do they mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are these?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {tag}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the timer without logging anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timer running. Start one when you begin; it keeps going if you lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running since {since}: {activity}, {kind}, {who} ({elapsed} so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running since {since}: {kind}, {who} ({elapsed} so far).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen entry back in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything in the trash for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete 1 entry for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} entries for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Enter your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the newest backup that opens; the damaged file is kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you saved when you created this profile, then choose a new passphrase. Your journal stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with your passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock and set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase again, then choose Restore from Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} To restore the newest backup that opens, type your passphrase again and choose Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningToggle</name>
    <message>
        <source>{description}
Right-click to read about it in the Guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning sign: {sign}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem is a private journal for your relationship: for two people who share this computer, or for one person writing alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It grows from one idea: a healthy relationship is interdependent. You lean on each other and you stay yourselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect, understand, balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect: write about your days and tag what you noticed: trust, support, honesty, respect, time together, room for yourself. Each can be nurtured or strained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understand: take short quizzes about attachment and interdependence. Results are tendencies that can change, never diagnoses, and each comes with tips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: log time together and time apart and see how it moves over the weeks. There is no ideal number; you set your own target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase and your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is encrypted with your own passphrase. Without it, nobody can read it: not your partner, not someone with a copy of your files, not us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you create your profile, Tandem shows a recovery key once. Write it down and keep it somewhere safe. If you forget your passphrase, it is the only way back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock with Ctrl+L when you step away. Tandem also locks itself after a while without activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your partner can and cannot see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner gets a profile of their own. When you pair, you share a couple space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They can see what you choose to share: a shared entry, a shared quiz result (scores, never your answers), and the time you log together and apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They cannot see your private entries, your quiz answers, or anything you have not shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your profile: a name, a colour and a passphrase. It takes a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Want to look around first? Run “tandem demo” from a terminal to create a demo couple with a year of entries, then open Tandem again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help → Guide has short texts on the qualities, the tips and the attachment tendencies; F1 lists every keyboard shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+B or Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous page of the welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the welcome; Help → Welcome shows it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create my profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
