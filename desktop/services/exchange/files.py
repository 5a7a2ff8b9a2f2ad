"""Writing files so that a cancel, a crash or a full disk never leaves a half-written one behind.

Everything is written to a temporary name in the target's own folder, flushed to disk, then
renamed over the target in one step (`os.replace`): the target is either the old file, the new
complete file, or absent.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from desktop.errors import InvalidInput, StorageProblem

_PARTIAL = ".partial-"


def storage_problem(error: OSError, path: Path) -> StorageProblem:
    """A message a person can act on, for an OSError met while writing `path`."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return StorageProblem(f"There is not enough space to write {path.name}. Nothing was written; free some space.")
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageProblem(f"Tandem cannot write to {path.parent} (it is read-only). Nothing was written.")
    if error.errno == errno.ENOENT:
        return StorageProblem(f"The folder {path.parent} does not exist. Nothing was written.")
    return StorageProblem(f"Writing {path.name} failed ({error.strerror or error}). Nothing was written.")


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder (Windows)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def atomic_path(target: Path, before_replace: Callable[[], None] | None = None) -> Iterator[Path]:
    """A temporary path beside `target`; whoever writes it, it becomes `target` only if the block succeeds.

    `before_replace` runs just before the rename: raising there (a late cancel) leaves nothing behind."""
    target = target.expanduser().absolute()
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; choose a file name.")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}{_PARTIAL}", dir=target.parent)
        os.close(fd)
    except OSError as error:
        raise storage_problem(error, target) from None
    temp = Path(name)
    try:
        yield temp
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(temp, target)
        fsync_dir(target.parent)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise storage_problem(error, target) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomically(
    target: Path, write: Callable[[IO[bytes]], None], before_replace: Callable[[], None] | None = None
) -> None:
    """Call `write(handle)` on a temporary file, then put it in place; see `atomic_path`."""
    with atomic_path(target, before_replace) as temp, open(temp, "wb") as handle:
        write(handle)
        handle.flush()


@contextmanager
def atomic_folder(target: Path, before_replace: Callable[[], None] | None = None) -> Iterator[Path]:
    """A temporary folder that becomes `target` (which must be absent or empty) if the block succeeds;
    `before_replace` as for `atomic_path`."""
    target = target.expanduser().absolute()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InvalidInput(f"{target} already exists and is not an empty folder; choose a new folder.")
    try:
        temp = Path(tempfile.mkdtemp(prefix=f".{target.name}{_PARTIAL}", dir=target.parent))
    except OSError as error:
        raise storage_problem(error, target) from None
    try:
        yield temp
        for path in temp.iterdir():
            with open(path, "rb+") as handle:
                os.fsync(handle.fileno())
        if before_replace is not None:
            before_replace()
        if target.exists():
            target.rmdir()
        os.replace(temp, target)
        fsync_dir(target.parent)
    except OSError as error:
        shutil.rmtree(temp, ignore_errors=True)
        raise storage_problem(error, target) from None
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
