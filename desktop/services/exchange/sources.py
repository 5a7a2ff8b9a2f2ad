"""Reading import files: our own export, jrnl's ``--export json`` and Day One's JSON export.

Each reader checks the file's whole structure first and raises `MalformedImport` (nothing is
imported) when it is not what it claims to be. Content that breaks an entry rule (a date in the
future, an unknown tag) is judged later, entry by entry, by the importer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, Literal
from zoneinfo import ZoneInfo

from desktop.errors import InvalidInput
from desktop.services.exchange.document import FORMAT, VERSION

Source = Literal["tandem", "jrnl", "dayone"]
SOURCE_NAMES: dict[Source, str] = {
    "tandem": "Tandem export",
    "jrnl": "jrnl JSON export",
    "dayone": "Day One JSON export",
}
MAX_IMPORT_BYTES = 256 * 1024 * 1024


class MalformedImport(InvalidInput):
    def __init__(self, file_name: str, source: Source, where: str, problem: str) -> None:
        place = f" ({where}: {problem})" if where else f" ({problem})"
        super().__init__(f"{file_name} is not a {SOURCE_NAMES[source]} Tandem can read{place}. Nothing was imported.")


@dataclass(frozen=True)
class CandidateEntry:
    """One entry as the file gives it; `tags` are texts, mapped the Tandem way or the foreign way."""

    written_at: datetime  # naive wall-clock time
    title: str
    body: str
    mood: int | None = None
    tags: tuple[str, ...] = ()
    foreign_tags: bool = False
    shared: bool = False
    source_id: str = ""  # the entry's id in our own export
    partner: str = ""  # the author's name when a partner wrote it (such entries are not imported)


@dataclass(frozen=True)
class CandidateQuizResult:
    quiz_id: str
    quiz_title: str
    taken_at: datetime  # aware
    scores: dict[str, float]
    category: str
    answers: dict[str, int] | None


@dataclass(frozen=True)
class CandidateTimeSpan:
    """One span from our own export; its rules (kind, length, overlaps) are judged by the balance service."""

    kind: str
    who: Literal["me", "partner", "both"]
    start: datetime  # aware when the file gives an offset, else wall-clock time
    end: datetime
    zone: str = ""
    activity: str = ""
    note: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportBatch:
    entries: tuple[CandidateEntry, ...]
    quiz_results: tuple[CandidateQuizResult, ...] = ()
    time_spans: tuple[CandidateTimeSpan, ...] = ()


class _Reader:
    """Typed access to parsed JSON that names the place of any problem."""

    def __init__(self, file_name: str, source: Source) -> None:
        self.file_name, self.source = file_name, source

    def fail(self, where: str, problem: str) -> MalformedImport:
        return MalformedImport(self.file_name, self.source, where, problem)

    def field(self, obj: dict, key: str, kind: type | tuple[type, ...], where: str, *, required: bool = True) -> Any:
        if key not in obj:
            if required:
                raise self.fail(where, f"“{key}” is missing")
            return None
        value = obj[key]
        if value is None and not required:
            return None
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
            raise self.fail(where, f"“{key}” has the wrong type")
        return value

    def text(self, obj: dict, key: str, where: str, *, required: bool = True) -> str:
        return self.field(obj, key, str, where, required=required) or ""

    def objects(self, value: Any, where: str) -> list[dict]:
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.fail(where, "is not a list of objects")
        return value

    def strings(self, value: Any, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.fail(where, "is not a list of texts")
        return tuple(value)

    def moment(self, text: str, where: str, parse: Callable[[str], datetime]) -> datetime:
        try:
            return parse(text)
        except (ValueError, OverflowError, KeyError):
            raise self.fail(where, f"“{text[:40]}” is not a date and time") from None


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def load_json(data: bytes, file_name: str, source: Source) -> Any:
    if len(data) > MAX_IMPORT_BYTES:
        raise MalformedImport(file_name, source, "", f"it is larger than {MAX_IMPORT_BYTES // 2**20} MiB")
    try:
        parsed = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise MalformedImport(file_name, source, "", "it is not UTF-8 text") from None
    except (ValueError, RecursionError) as error:
        problem = f"it is not valid JSON: {error.msg}" if isinstance(error, json.JSONDecodeError) else "not valid JSON"
        raise MalformedImport(file_name, source, "", problem) from None
    if not _all_text_encodable(parsed):
        raise MalformedImport(file_name, source, "", "it holds text that is not valid Unicode")
    return parsed


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def _all_text_encodable(value: Any) -> bool:
    """False when any key or text holds a lone surrogate (JSON allows "\\ud800"; SQLite and UTF-8 do not)."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return False
    return True


def read_batch(data: bytes, file_name: str, source: Source) -> ImportBatch:
    top = load_json(data, file_name, source)
    reader = _Reader(file_name, source)
    if not isinstance(top, dict):
        raise reader.fail("", "the file holds no JSON object")
    return {"tandem": _tandem, "jrnl": _jrnl, "dayone": _dayone}[source](top, reader)


def _naive(text: str) -> datetime:
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo is None else parsed.astimezone().replace(tzinfo=None)


def _aware(text: str) -> datetime:
    parsed = datetime.fromisoformat(text)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _tandem(top: dict, reader: _Reader) -> ImportBatch:
    if top.get("format") != FORMAT:
        raise reader.fail("", "“format” is not “tandem-export”")
    version = top.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise reader.fail("", "“version” is missing")
    if version > VERSION:
        raise InvalidInput(f"{reader.file_name} was written by a newer version of Tandem. Please update Tandem.")
    entries = []
    for index, obj in enumerate(reader.objects(top.get("entries", []), "entries")):
        where = f"entries[{index}]"
        mood = reader.field(obj, "mood", int, where, required=False)
        entries.append(
            CandidateEntry(
                written_at=reader.moment(reader.text(obj, "written_at", where), where, _naive),
                title=reader.text(obj, "title", where, required=False),
                body=reader.text(obj, "body", where, required=False),
                mood=mood,
                tags=reader.strings(obj.get("tags"), f"{where}.tags"),
                shared=bool(reader.field(obj, "shared", bool, where, required=False)),
                source_id=reader.text(obj, "id", where, required=False),
                partner=_partner(reader, obj, where),
            )
        )
    results = []
    for index, obj in enumerate(reader.objects(top.get("quiz_results", []), "quiz_results")):
        where = f"quiz_results[{index}]"
        scores = reader.field(obj, "scores", dict, where)
        answers = reader.field(obj, "answers", dict, where, required=False)
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in scores.values()):
            raise reader.fail(where, "a score is not a number")
        if answers is not None and not all(isinstance(v, int) and not isinstance(v, bool) for v in answers.values()):
            raise reader.fail(where, "an answer is not a whole number")
        results.append(
            CandidateQuizResult(
                quiz_id=reader.text(obj, "quiz_id", where) or _missing(reader, where, "quiz_id"),
                quiz_title=reader.text(obj, "quiz_title", where, required=False),
                taken_at=reader.moment(reader.text(obj, "taken_at", where), where, _aware),
                scores={str(k): float(v) for k, v in scores.items()},
                category=reader.text(obj, "category", where) or _missing(reader, where, "category"),
                answers=None if answers is None else {str(k): int(v) for k, v in answers.items()},
            )
        )
    return ImportBatch(tuple(entries), tuple(results), _tandem_spans(top, reader))


def _tandem_spans(top: dict, reader: _Reader) -> tuple[CandidateTimeSpan, ...]:
    spans = []
    for index, obj in enumerate(reader.objects(top.get("time_spans", []), "time_spans")):
        where = f"time_spans[{index}]"
        who = reader.text(obj, "who", where)
        if who not in ("me", "partner", "both"):
            raise reader.fail(where, "“who” is not “me”, “partner” or “both”")
        spans.append(
            CandidateTimeSpan(
                kind=reader.text(obj, "kind", where),
                who=who,  # type: ignore[arg-type]
                start=reader.moment(reader.text(obj, "start", where), where, datetime.fromisoformat),
                end=reader.moment(reader.text(obj, "end", where), where, datetime.fromisoformat),
                zone=reader.text(obj, "zone", where, required=False),
                activity=reader.text(obj, "activity", where, required=False),
                note=reader.text(obj, "note", where, required=False),
                tags=reader.strings(obj.get("tags"), f"{where}.tags"),
            )
        )
    return tuple(spans)


def _missing(reader: _Reader, where: str, key: str) -> str:
    raise reader.fail(where, f"“{key}” is empty")


def _partner(reader: _Reader, obj: dict, where: str) -> str:
    """The author's name when a partner wrote the entry (`"mine": false`), else empty."""
    if reader.field(obj, "mine", bool, where, required=False) is not False:
        return ""
    return reader.text(obj, "author", where, required=False) or "your partner"


def _jrnl_moment(text: str) -> datetime:
    day, _, clock = text.partition(" ")
    return datetime.combine(date.fromisoformat(day), time.fromisoformat(clock))


def _jrnl(top: dict, reader: _Reader) -> ImportBatch:
    entries = []
    for index, obj in enumerate(reader.objects(top.get("entries"), "entries")):
        where = f"entries[{index}]"
        day = reader.text(obj, "date", where)
        clock = reader.text(obj, "time", where, required=False) or "00:00"
        written_at = reader.moment(f"{day} {clock}", where, _jrnl_moment)
        tags = reader.strings(obj.get("tags"), f"{where}.tags")
        if reader.field(obj, "starred", bool, where, required=False):
            tags += ("starred",)
        entries.append(
            CandidateEntry(
                written_at=written_at.replace(tzinfo=None),
                title=reader.text(obj, "title", where, required=False),
                body=reader.text(obj, "body", where, required=False),
                tags=tags,
                foreign_tags=True,
            )
        )
    return ImportBatch(tuple(entries))


def _dayone(top: dict, reader: _Reader) -> ImportBatch:
    entries = []
    for index, obj in enumerate(reader.objects(top.get("entries"), "entries")):
        where = f"entries[{index}]"
        created = reader.moment(reader.text(obj, "creationDate", where), where, _aware)
        zone = reader.text(obj, "timeZone", where, required=False)
        try:
            local = _in_zone(created, zone)
        except OverflowError:
            raise reader.fail(where, "its date is out of range") from None
        title, body = _dayone_title(reader.text(obj, "text", where, required=False))
        tags = reader.strings(obj.get("tags"), f"{where}.tags")
        if reader.field(obj, "starred", bool, where, required=False):
            tags += ("starred",)
        entries.append(
            CandidateEntry(
                written_at=local.replace(tzinfo=None),
                title=title,
                body=body,
                tags=tags,
                foreign_tags=True,
                source_id=reader.text(obj, "uuid", where, required=False),
            )
        )
    return ImportBatch(tuple(entries))


def _in_zone(moment: datetime, zone: str) -> datetime:
    try:
        return moment.astimezone(ZoneInfo(zone)) if zone else moment.astimezone()
    except (ValueError, KeyError, OSError):  # an unknown or malformed zone name: the computer's own zone
        return moment.astimezone()


def _dayone_title(text: str) -> tuple[str, str]:
    """Day One shows a leading ``# line`` as the entry's title."""
    first, _, rest = text.partition("\n")
    if first.startswith("# ") and len(first) <= 202:
        return first[2:].strip(), rest.lstrip("\n")
    return "", text
