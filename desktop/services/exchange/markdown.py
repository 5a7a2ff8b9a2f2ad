"""The journal as readable Markdown: one document, or one file per entry. Also the source of the PDF."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from desktop.core.entry_rules import MOODS
from desktop.core.qualities import label_of
from desktop.services.exchange.document import ExportDocument, ExportedEntry, ExportedQuizResult, ExportedTimeSpan


def _tag_text(entry: ExportedEntry) -> str:
    marks = {1: " (nurtured)", -1: " (strained)"}
    return ", ".join(label_of(tag.name) + marks.get(tag.polarity, "") for tag in entry.tags)


def _when(moment: datetime) -> str:
    return f"{moment:%A, %-d %B %Y, %H:%M}"


def entry_markdown(entry: ExportedEntry, level: int = 2) -> str:
    heading = "#" * level
    title = entry.title.strip() or _when(entry.written_at)
    lines = [f"{heading} {_escape_line(title)}", ""]
    facts = [f"*{_when(entry.written_at)}*"] if entry.title.strip() else []
    if entry.shared:
        facts.append(f"shared{'' if entry.mine else f' by {_escape_line(entry.author)}'}")
    if entry.mood is not None:
        facts.append(f"mood: {MOODS.get(entry.mood, entry.mood)}")
    if entry.tags:
        facts.append(f"tags: {_escape_line(_tag_text(entry))}")
    if facts:
        lines += [" · ".join(facts), ""]
    lines += [_demote_headings(entry.body.strip(), level), ""]
    return "\n".join(lines)


def quiz_summary_markdown(results: tuple[ExportedQuizResult, ...], level: int = 2) -> str:
    heading = "#" * level
    lines = [f"{heading} Quiz results", ""]
    for result in sorted(results, key=lambda r: r.taken_at):
        scores = ", ".join(f"{name} {value:g}" for name, value in result.scores.items())
        shared = " (shared)" if result.shared else ""
        lines.append(
            f"- {result.taken_at:%-d %B %Y}: {_escape_line(result.quiz_title or result.quiz_id)} — "
            f"{_escape_line(result.category)}{shared}; {scores}"
        )
    lines += ["", "Results are tendencies that can change, not a diagnosis.", ""]
    return "\n".join(lines)


def time_spans_markdown(spans: tuple[ExportedTimeSpan, ...], level: int = 2) -> str:
    """One line per span, oldest first: when, how long, together or apart, for whom, what."""
    heading = "#" * level
    lines = [f"{heading} Time together and apart", ""]
    for span in sorted(spans, key=lambda s: s.start):
        minutes = round((span.end - span.start).total_seconds() / 60)
        length = f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"
        until = f"{span.end:%H:%M}" if span.end.date() == span.start.date() else _when(span.end)
        details = [f"{span.kind}, {_escape_line(span.person)}"]
        if span.activity:
            details.append(_escape_line(span.activity))
        if span.tags:
            details.append(f"tags: {_escape_line(', '.join(span.tags))}")
        if span.note.strip():
            details.append(_escape_line(span.note))
        lines.append(f"- {_when(span.start)}–{until} ({length}): " + " · ".join(details))
    lines.append("")
    return "\n".join(lines)


def journal_markdown(document: ExportDocument) -> str:
    """The whole journal, oldest entry first, then quiz results and time spans."""
    parts = [f"# {_escape_line(document.profile.name)}’s journal", "", f"Exported {_when(document.exported_at)}.", ""]
    parts += [entry_markdown(entry) for entry in sorted(document.entries, key=lambda e: (e.written_at, e.id))]
    if document.quiz_results:
        parts.append(quiz_summary_markdown(document.quiz_results))
    if document.time_spans:
        parts.append(time_spans_markdown(document.time_spans))
    return "\n".join(parts)


def entry_file_name(entry: ExportedEntry, taken: set[str]) -> str:
    """`2025-06-10-1830-a-walk-by-the-river.md`, unique within `taken` (which it updates)."""
    slug = unicodedata.normalize("NFKD", entry.title).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-")[:50].strip("-")
    stem = f"{entry.written_at:%Y-%m-%d-%H%M}" + (f"-{slug}" if slug else "")
    name, number = f"{stem}.md", 2
    while name in taken:
        name, number = f"{stem}-{number}.md", number + 1
    taken.add(name)
    return name


def _escape_line(text: str) -> str:
    """One line of text that Markdown shows as typed: no line breaks, no emphasis or links from it."""
    flat = " ".join(text.split())
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", flat)


def _demote_headings(body: str, level: int) -> str:
    """An entry's own headings sit below its title's, so the document's outline stays right."""
    return re.sub(r"(?m)^(#{1,6})(?=\s)", lambda m: "#" * min(6, len(m.group(1)) + level), body)
