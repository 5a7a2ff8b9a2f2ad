"""The Tandem export format, version 1: plain values and their JSON form.

resources/export-format.md documents every field; `tests/services/test_export_format.py`
keeps that document and this module in step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.core.qualities import Tag

FORMAT = "tandem-export"
VERSION = 1
SECTIONS = ("profile", "entries", "quiz_results", "time_spans")


@dataclass(frozen=True)
class ExportedProfile:
    id: str
    name: str
    colour: str


@dataclass(frozen=True)
class ExportedEntry:
    id: str
    written_at: datetime  # naive wall-clock time, as the person dated it
    title: str
    body: str  # Markdown
    mood: int | None
    tags: tuple[Tag, ...]
    shared: bool
    author: str  # the author's display name
    mine: bool  # False for a partner's shared entry


@dataclass(frozen=True)
class ExportedQuizResult:
    id: str
    quiz_id: str
    quiz_title: str
    taken_at: datetime  # aware, UTC
    scores: dict[str, float]
    category: str
    answers: dict[str, int] | None  # None for a partner's shared copy
    shared: bool


@dataclass(frozen=True)
class ExportedTimeSpan:
    id: str
    kind: str  # "together" or "apart"
    who: str  # "me", "partner" or "both", seen from the exporting profile
    person: str  # the display name of who it was logged for, or "Both of you"
    start: datetime  # aware, in the offset it was logged in
    end: datetime
    zone: str  # the IANA zone it was logged in, "" when unknown
    activity: str
    note: str
    tags: tuple[str, ...]  # quality tags as written: "trust+", "quality-time"
    shared: bool  # in the couple's shared journal


@dataclass(frozen=True)
class ExportDocument:
    exported_at: datetime  # aware
    app_version: str
    profile: ExportedProfile
    entries: tuple[ExportedEntry, ...]
    quiz_results: tuple[ExportedQuizResult, ...]
    time_spans: tuple[ExportedTimeSpan, ...] = field(default=())


def entry_to_json(entry: ExportedEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "written_at": entry.written_at.isoformat(timespec="seconds"),
        "title": entry.title,
        "body": entry.body,
        "mood": entry.mood,
        "tags": [str(tag) for tag in entry.tags],
        "shared": entry.shared,
        "author": entry.author,
        "mine": entry.mine,
    }


def quiz_result_to_json(result: ExportedQuizResult) -> dict[str, Any]:
    return {
        "id": result.id,
        "quiz_id": result.quiz_id,
        "quiz_title": result.quiz_title,
        "taken_at": result.taken_at.isoformat(timespec="seconds"),
        "scores": result.scores,
        "category": result.category,
        "answers": result.answers,
        "shared": result.shared,
    }


def time_span_to_json(span: ExportedTimeSpan) -> dict[str, Any]:
    return {
        "id": span.id,
        "kind": span.kind,
        "who": span.who,
        "person": span.person,
        "start": span.start.isoformat(timespec="seconds"),
        "end": span.end.isoformat(timespec="seconds"),
        "zone": span.zone,
        "activity": span.activity,
        "note": span.note,
        "tags": list(span.tags),
        "shared": span.shared,
    }


def to_json(document: ExportDocument) -> dict[str, Any]:
    """The whole export as JSON-ready values, sections in the documented order."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": document.exported_at.isoformat(timespec="seconds"),
        "app_version": document.app_version,
        "profile": {"id": document.profile.id, "name": document.profile.name, "colour": document.profile.colour},
        "entries": [entry_to_json(entry) for entry in document.entries],
        "quiz_results": [quiz_result_to_json(result) for result in document.quiz_results],
        "time_spans": [time_span_to_json(span) for span in document.time_spans],
    }
