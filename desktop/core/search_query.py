"""Turning what a person types in the search box into a safe FTS5 query.

Words are ANDed, "quoted phrases" stay together, a trailing * asks for a prefix.
Every term is quoted for FTS5, so no input can be a syntax error or an operator.
"""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD_CHARS = re.compile(r"\w", re.UNICODE)


def to_fts5(text: str) -> str | None:
    """The FTS5 MATCH expression for `text`, or None when there is nothing to search for."""
    # Control characters (NUL above all) end an FTS5 string early: they are never worth searching for.
    text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    terms: list[str] = []
    for phrase, word in _TOKEN.findall(text):
        if phrase:
            if _WORD_CHARS.search(phrase):
                terms.append(_quote(phrase))
            continue
        prefix = word.endswith("*")
        word = word.rstrip("*").replace('"', "")
        if not _WORD_CHARS.search(word):
            continue
        terms.append(_quote(word) + ("*" if prefix else ""))
    return " ".join(terms) or None


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
