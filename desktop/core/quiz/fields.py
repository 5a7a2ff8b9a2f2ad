"""Reading typed fields out of parsed TOML, refusing with the file, the field and the problem."""

from __future__ import annotations

import re
import tomllib
from typing import Any, NoReturn

from desktop.core.quiz.errors import QuizFileError

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")

_KIND_NAMES = {
    str: "text",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    dict: "a table",
    list: "an array",
}


def parse_toml(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise QuizFileError(source, "", f"is not valid TOML ({error}).") from None


def describe(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"the text “{value[:40]}”"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return repr(value)


class Table:
    """One TOML table and its dotted path (`items[3]`, counted from 1), with typed getters."""

    def __init__(self, data: dict[str, Any], path: str, source: str) -> None:
        self.data = data
        self.path = path
        self.source = source

    def field(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, problem: str) -> NoReturn:
        raise QuizFileError(self.source, self.field(key), problem)

    def only(self, *allowed: str) -> None:
        """Refuse keys the schema does not know: a typo would otherwise be ignored silently."""
        for key in self.data:
            if key not in allowed:
                self.fail(key, f"is not a known field here (known: {', '.join(allowed)}).")

    def _get(self, key: str, kind: type, required: bool, default: Any) -> Any:
        if key not in self.data:
            if required:
                self.fail(key, "is missing.")
            return default
        value = self.data[key]
        ok = isinstance(value, kind) and not (kind in (int, float) and isinstance(value, bool))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            ok, value = True, float(value)
        if not ok:
            self.fail(key, f"must be {_KIND_NAMES[kind]}, not {describe(value)}.")
        return value

    def text(self, key: str, *, required: bool = True, default: str = "") -> str:
        value = self._get(key, str, required, default)
        if required and not value.strip():
            self.fail(key, "must not be empty.")
        return value.strip()

    def identifier(self, key: str) -> str:
        value = self.text(key)
        if not ID_PATTERN.match(value):
            self.fail(key, f"“{value}” must be lower-case letters, digits, “-” or “_” (up to 64).")
        return value

    def integer(self, key: str, *, required: bool = True, default: int = 0) -> int:
        return self._get(key, int, required, default)

    def number(self, key: str, *, required: bool = True, default: float | None = None) -> float | None:
        return self._get(key, float, required, default)

    def boolean(self, key: str, *, required: bool = True, default: bool = False) -> bool:
        return self._get(key, bool, required, default)

    def choice(self, key: str, options: tuple[str, ...], *, required: bool = True, default: str = "") -> str:
        value = self._get(key, str, required, default)
        if value not in options:
            self.fail(key, f"must be one of {', '.join(repr(o) for o in options)}, not “{value}”.")
        return value

    def table(self, key: str, *, required: bool = True) -> Table:
        value = self._get(key, dict, required, {})
        return Table(value, self.field(key), self.source)

    def tables(self, key: str, *, required: bool = True, at_least: int = 1) -> list[Table]:
        """An array of tables (``[[key]]``), each with its path counted from 1."""
        value = self._get(key, list, required, [])
        if required and len(value) < at_least:
            self.fail(key, f"needs at least {at_least} {'entry' if at_least == 1 else 'entries'}.")
        found: list[Table] = []
        for index, entry in enumerate(value, start=1):
            path = f"{self.field(key)}[{index}]"
            if not isinstance(entry, dict):
                raise QuizFileError(self.source, path, f"must be a table, not {describe(entry)}.")
            found.append(Table(entry, path, self.source))
        return found

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self._get(key, list, required, [])
        for index, entry in enumerate(value, start=1):
            if not isinstance(entry, str) or not entry.strip():
                raise QuizFileError(
                    self.source, f"{self.field(key)}[{index}]", f"must be non-empty text, not {describe(entry)}."
                )
        return tuple(entry.strip() for entry in value)
