"""The Insights page's few sentences, written in the person's language from the facts the balance service finds.

Each sentence is one translatable text with named fields, so a translator can reorder it; lengths of time and
quality names go through `core_texts` like everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.balance.insights import Insights, MonthSplit, StrainedQuality, TopActivities
from desktop.ui.core_texts import duration_text, quality_label


def percent(share: float) -> str:
    """A share of 0..1 as a whole number of per cent, rounded as Python's `:.0%` rounds."""
    return f"{share * 100:.0f}"


def month_sentence(month: MonthSplit | None) -> str:
    if month is None:
        return QCoreApplication.translate("InsightSentences", "Nothing logged yet this month.")
    fields = {
        "percent": percent(month.together_share),
        "together": duration_text(month.together_minutes),
        "apart": duration_text(month.apart_minutes),
    }
    if month.earlier_share is None:
        return QCoreApplication.translate(
            "InsightSentences",
            "This month so far, {percent}% of the time logged was together ({together} together, {apart} apart).",
        ).format(**fields)
    return QCoreApplication.translate(
        "InsightSentences",
        "This month so far, {percent}% of the time logged was together ({together} together, {apart} apart); "
        "over the three months before, it was {earlier_percent}%.",
    ).format(**fields, earlier_percent=percent(month.earlier_share))


def strained_sentence(strained: StrainedQuality | None, days: int) -> str:
    if strained is None:
        return QCoreApplication.translate(
            "InsightSentences", "No quality was tagged strained in the journal in the last {days} days."
        ).format(days=days)
    quality = quality_label(strained.quality_id).lower()  # mid-sentence in English: "was quality time"
    if strained.times == 1:
        text = QCoreApplication.translate(
            "InsightSentences", "In the last {days} days, the quality most often tagged strained was {quality} (once)."
        )
    else:
        text = QCoreApplication.translate(
            "InsightSentences",
            "In the last {days} days, the quality most often tagged strained was {quality} ({count} times).",
        )
    return text.format(days=days, quality=quality, count=strained.times)


def apart_sentence(apart: TopActivities, days: int) -> str:
    (activity, minutes), *rest = apart.minutes
    if not rest:
        return QCoreApplication.translate(
            "InsightSentences", "Time apart in the last {days} days went most to {activity} ({time})."
        ).format(days=days, activity=activity, time=duration_text(minutes))
    ((second, second_minutes),) = rest
    return QCoreApplication.translate(
        "InsightSentences",
        "Time apart in the last {days} days went most to {activity} ({time}) and {second_activity} ({second_time}).",
    ).format(
        days=days,
        activity=activity,
        time=duration_text(minutes),
        second_activity=second,
        second_time=duration_text(second_minutes),
    )


def journal_days_sentence(count: int, days: int) -> str:
    return QCoreApplication.translate(
        "InsightSentences", "Journal entries were written on {count} of the last {days} days."
    ).format(count=count, days=days)


def insight_sentences(insights: Insights) -> list[str]:
    """The sentences in the order the page shows them; the one about time apart only when there was some."""
    days = insights.lately_days
    found = [month_sentence(insights.month), strained_sentence(insights.strained, days)]
    if insights.apart is not None:
        found.append(apart_sentence(insights.apart, days))
    found.append(journal_days_sentence(insights.journal_days, days))
    return found
