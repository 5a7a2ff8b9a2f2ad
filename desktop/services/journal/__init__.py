"""Reflect: the private journal and what is shared with a partner."""

from desktop.services.journal.records import Cursor, DraftView, EntryInput, EntryQuery, EntryView
from desktop.services.journal.service import EntryNotFound, JournalService

__all__ = ["Cursor", "DraftView", "EntryInput", "EntryNotFound", "EntryQuery", "EntryView", "JournalService"]
