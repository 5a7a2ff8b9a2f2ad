"""A small valid quiz as data, and a TOML writer, so tests can break one field at a time."""

from __future__ import annotations

import copy
import json
from typing import Any


def small_quiz() -> dict[str, Any]:
    """On a 1–5 scale: `a` (mean: a1, reversed a2), `b` (mean: b1, b2, reversed b3), `c` (sum: c1, reversed c2).

    Categories are quadrants of a (x) and b (y), split at 3.0; a score at the split counts as high.
    """
    return copy.deepcopy(
        {
            "schema_version": 1,
            "id": "small",
            "title": "Small quiz",
            "summary": "For tests.",
            "intro": "Only for tests.",
            "items_per_page": 2,
            "provenance": {"author": "Tests", "licence": "CC0-1.0", "validated": False},
            "scale": {"min": 1, "max": 5, "labels": ["one", "two", "three", "four", "five"]},
            "subscales": [
                {"id": "a", "label": "A", "method": "mean"},
                {"id": "b", "label": "B", "method": "mean"},
                {"id": "c", "label": "C", "method": "sum"},
            ],
            "items": [
                {"id": "a1", "text": "First A.", "subscale": "a", "reverse": False},
                {"id": "a2", "text": "Second A, reversed.", "subscale": "a", "reverse": True},
                {"id": "b1", "text": "First B.", "subscale": "b", "reverse": False},
                {"id": "b2", "text": "Second B.", "subscale": "b", "reverse": False},
                {"id": "b3", "text": "Third B.", "subscale": "b", "reverse": True},
                {"id": "c1", "text": "First C.", "subscale": "c", "reverse": False},
                {"id": "c2", "text": "Second C, reversed.", "subscale": "c", "reverse": True},
            ],
            "mapping": {
                "method": "quadrants",
                "x": "a",
                "y": "b",
                "split": 3.0,
                "at_split": "high",
                "low_x_low_y": "calm",
                "low_x_high_y": "up",
                "high_x_low_y": "right",
                "high_x_high_y": "both",
            },
            "categories": [_category(name) for name in ("calm", "up", "right", "both")],
        }
    )


def _category(name: str) -> dict[str, Any]:
    return {
        "id": name,
        "title": name.title(),
        "summary": f"{name} summary",
        "meaning": f"{name} meaning",
        "tips": [f"{name} tip"],
        "partner_support": f"{name} support",
    }


def to_toml(data: dict[str, Any]) -> str:
    """Enough of TOML for quiz files: scalars, arrays of scalars, tables and arrays of tables."""
    lines: list[str] = []
    _write_table(data, "", lines)
    return "\n".join(lines) + "\n"


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    return repr(value)


def _is_tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _write_table(data: dict[str, Any], prefix: str, lines: list[str]) -> None:
    for key, value in data.items():
        if not isinstance(value, dict) and not _is_tables(value):
            lines.append(f"{key} = {_scalar(value)}")
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            lines.append(f"\n[{name}]")
            _write_table(value, f"{name}.", lines)
        elif _is_tables(value):
            for entry in value:
                lines.append(f"\n[[{name}]]")
                _write_table(entry, f"{name}.", lines)
