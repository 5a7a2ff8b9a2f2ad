"""Logging and crash reports that never hold anything a person wrote. No Qt here: the CLI uses it too.

The rule, for everyone who adds a log line: log event names, ids and counts, never content
(no entry text, titles, notes, tags, answers, names typed in, passphrases or keys). As a second
line of defence, every record and every crash report is scrubbed before it is written:
- a value after a sensitive key (``passphrase=…``, ``body: …``, ``text=…``) is replaced;
- every quoted string (our error messages quote what the person typed) is replaced;
- SQLAlchemy's ``[parameters: …]`` (row values) is replaced;
- what is left is cut at 300 characters.
Tracebacks keep file, line, function and source line only: never frame locals.
"""

from __future__ import annotations

import logging
import platform
import re
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from desktop import __version__

LOG_FILE_NAME = "tandem.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 2  # tandem.log, .1 and .2: three files at most
_MAX_MESSAGE = 300
REDACTED = "<redacted>"

_SENSITIVE_KEY = re.compile(
    r"(?i)\b(passphrase|password|recovery[_ ]key|key|body|text|title|note|content|answers?)\b"
    r"(\s*[=:]\s*)\S.*?(?=[,;)\]}]|$)"
)
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’|«[^»\n]*»")
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(\(|$|\n))", re.DOTALL)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def scrub(text: str) -> str:
    """`text` with anything that could be a person's writing replaced (see the module's rule)."""
    text = _PARAMETERS.sub(f"[parameters: {REDACTED}]", text)
    text = _QUOTED.sub(f"'{REDACTED}'", text)
    text = _SENSITIVE_KEY.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    return text if len(text) <= _MAX_MESSAGE else text[:_MAX_MESSAGE] + "… (cut)"


def safe_traceback(exc: BaseException) -> str:
    """The chain of exceptions, each as frames (file, line, function, source) and a scrubbed message."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)
        lines = [f'  File "{f.filename}", line {f.lineno}, in {f.name}\n    {(f.line or "").strip()}' for f in frames]
        parts.append("\n".join(["Traceback (most recent call last):", *lines, exception_line(current)]))
        current = current.__cause__ or current.__context__
    return "\n\nWhile handling the exception below, this one happened above:\n\n".join(reversed(parts))


def exception_line(exc: BaseException) -> str:
    name = type(exc).__qualname__
    message = scrub(str(exc))
    return f"{name}: {message}" if message else name


class RedactingFilter(logging.Filter):
    """Formats each record's message once, scrubbed, so no handler ever sees the raw arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not take the log down
            message = str(record.msg)
        record.msg, record.args = scrub(message), ()
        return True


class SafeFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the plain traceback on the record: never reuse it.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: object) -> str:  # noqa: N802 (logging's name)
        exc = ei[1] if isinstance(ei, tuple) else None
        return safe_traceback(exc) if isinstance(exc, BaseException) else ""

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 (logging's name)
        return ""  # stack_info is not needed, and keeping it out keeps the rule simple


class _RotatingFileInFolder(RotatingFileHandler):
    """Makes its folder on the first record, so a run that logs nothing leaves nothing behind."""

    def _open(self):  # type: ignore[no-untyped-def]
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()


def configure_logging(logs_dir: Path, *, level: int = logging.INFO) -> logging.Handler:
    """Send Tandem's log to a rotating file in `logs_dir`; returns the handler (give it to `stop_logging`)."""
    handler = _RotatingFileInFolder(
        logs_dir / LOG_FILE_NAME, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.addFilter(RedactingFilter())
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("alembic").setLevel(logging.WARNING)  # a line per migration step says nothing useful
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return handler


def stop_logging(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()


def write_crash_report(logs_dir: Path, exc: BaseException, *, now: datetime | None = None) -> Path:
    """Write `crash-<time>.txt` with the safe traceback (no locals, scrubbed messages); its path."""
    moment = now or datetime.now()
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / f"crash-{moment:%Y%m%d-%H%M%S-%f}.txt"
    header = [
        "Tandem crash report. It holds no journal text, names or passphrases: only where the code failed.",
        f"Tandem {__version__}, Python {platform.python_version()}, {platform.platform()}",
        f"Time: {moment.isoformat(timespec='seconds')}",
        "",
    ]
    path.write_text("\n".join(header) + safe_traceback(exc) + "\n", encoding="utf-8")
    return path


Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def crash_hook(logs_dir: Path, tell_the_person: Callable[[Path], None]) -> Hook:
    """An `sys.excepthook`: writes the report, logs where it is, then calls `tell_the_person(report_path)`."""
    log = logging.getLogger("desktop.crash")

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        try:
            path = write_crash_report(logs_dir, exc)
        except OSError:
            log.error("could not write a crash report", exc_info=(exc_type, exc, tb))
            print(f"Tandem: something went wrong ({exc_type.__qualname__}).", file=sys.stderr)
            return
        log.error("unexpected %s; crash report %s", exc_type.__qualname__, path.name)
        tell_the_person(path)

    return hook


def tell_on_stderr(path: Path) -> None:
    print(
        f"tandem: something went wrong that Tandem did not expect. Nothing you wrote is in the report "
        f"saved at {path}; it may help us fix this.",
        file=sys.stderr,
    )
