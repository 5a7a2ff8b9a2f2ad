"""Reflect: the journal page, its list, editor, tags, filters, calendar and drafts."""

from desktop.ui.journal.page import JournalPage

__all__ = ["JournalPage"]
