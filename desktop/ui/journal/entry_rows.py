"""What every list of entries shows: the named roles, their values for one entry, and a small fixed list model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.qualities import NURTURED, STRAINED, Tag
from desktop.services.journal import EntryView
from desktop.ui.core_texts import mood_label, quality_label

_Index = QModelIndex | QPersistentModelIndex
ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class EntryRole(IntEnum):
    Entry = Qt.ItemDataRole.UserRole + 1  # the EntryView (with a body preview)
    Id = Qt.ItemDataRole.UserRole + 2
    WrittenAt = Qt.ItemDataRole.UserRole + 3
    Heading = Qt.ItemDataRole.UserRole + 4  # the title, or the body's first line
    TagMarks = Qt.ItemDataRole.UserRole + 5  # e.g. "trust + · control · #hiking"
    Mood = Qt.ItemDataRole.UserRole + 6  # 1–5 or None
    Shared = Qt.ItemDataRole.UserRole + 7
    Mine = Qt.ItemDataRole.UserRole + 8
    Author = Qt.ItemDataRole.UserRole + 9


def heading_of(entry: EntryView) -> str:
    if entry.title.strip():
        return entry.title.strip()
    for line in entry.body.splitlines():
        text = line.strip().lstrip("#>*-").strip()
        if text:
            return text
    return QCoreApplication.translate("EntryRows", "(empty)")


def tag_mark(tag: Tag) -> str:
    sign = {NURTURED: " +", STRAINED: " −"}.get(tag.polarity, "") if tag.is_quality else ""
    return quality_label(tag.name) + sign


def tag_marks(tags: tuple[Tag, ...]) -> str:
    return " · ".join(tag_mark(tag) for tag in tags)


def when_text(entry: EntryView) -> str:
    return entry.written_at.strftime("%a %d %b %Y, %H:%M")


def sharing_text(entry: EntryView) -> str:
    """ "private", "shared" or "shared by Sam", to read inside a sentence."""
    if not entry.shared:
        return QCoreApplication.translate("EntryRows", "private")
    if entry.mine:
        return QCoreApplication.translate("EntryRows", "shared")
    if entry.author_name:
        return QCoreApplication.translate("EntryRows", "shared by {author}").format(author=entry.author_name)
    return QCoreApplication.translate("EntryRows", "shared by your partner")


def sharing_label(entry: EntryView) -> str:
    """ "Private", "Shared" or "Shared by Sam", to stand on its own."""
    if not entry.shared:
        return QCoreApplication.translate("EntryRows", "Private")
    if entry.mine:
        return QCoreApplication.translate("EntryRows", "Shared")
    if entry.author_name:
        return QCoreApplication.translate("EntryRows", "Shared by {author}").format(author=entry.author_name)
    return QCoreApplication.translate("EntryRows", "Shared by your partner")


def _tooltip(entry: EntryView) -> str:
    lines = [when_text(entry), sharing_label(entry)]
    if entry.mood is not None:
        lines.append(QCoreApplication.translate("EntryRows", "Mood: {mood}").format(mood=mood_label(entry.mood)))
    if entry.tags:
        lines.append(tag_marks(entry.tags))
    return "\n".join(lines)


def entry_data(entry: EntryView, role: int) -> Any:
    """The value of `role` for `entry`, for any model whose rows are EntryViews."""
    if role == Qt.ItemDataRole.DisplayRole:
        return QCoreApplication.translate("EntryRows", "{when} — {heading}").format(
            when=when_text(entry), heading=heading_of(entry)
        )
    if role == Qt.ItemDataRole.ToolTipRole:
        return _tooltip(entry)
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return QCoreApplication.translate("EntryRows", "{when}, {heading}, {sharing}").format(
            when=when_text(entry), heading=heading_of(entry), sharing=sharing_text(entry)
        )
    values = {
        EntryRole.Entry: entry,
        EntryRole.Id: entry.id,
        EntryRole.WrittenAt: entry.written_at,
        EntryRole.Heading: heading_of(entry),
        EntryRole.TagMarks: tag_marks(entry.tags),
        EntryRole.Mood: entry.mood,
        EntryRole.Shared: entry.shared,
        EntryRole.Mine: entry.mine,
        EntryRole.Author: entry.author_name,
    }
    return values.get(role)  # type: ignore[call-overload]


def role_names() -> dict[int, bytes]:
    return {int(role): (role.name[0].lower() + role.name[1:]).encode() for role in EntryRole}


class FixedEntryModel(QAbstractListModel):
    """A short list of entries held whole (the trash, "On this day")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EntryView] = []

    def set_entries(self, entries: list[EntryView]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entry_at(self, row: int) -> EntryView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's API)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return entry_data(self._rows[index.row()], role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def roleNames(self) -> dict[int, bytes]:  # noqa: N802
        return {**super().roleNames(), **role_names()}
