"""Writing files atomically: a temporary file beside the target, then a rename, so that a failed
write never leaves half a file or damages the one already there.

A symbolic link is followed: the temporary file goes beside the file the link points to and is
renamed onto it, so the link stays a link. A target that exists but is not a regular file (a
device such as /dev/null, a named pipe, a terminal) is written directly: renaming onto it would
replace the device or pipe with a regular file."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from landscape_gui.core.messages import Message, message


class WriteError(OSError):
    """A file could not be written; the message says which and why."""


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write `text` (UTF-8) to `path` atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` atomically (directly where `path` is a device or a pipe); raise
    WriteError with a plain message on failure."""
    given = Path(path)
    target = Path(os.path.realpath(given))  # a link's (last) target; the link itself is kept
    shown_folder = target.parent if given.is_symlink() else given.parent
    try:
        if target.is_symlink():  # realpath stops at a loop of links
            raise OSError(errno.ELOOP, os.strerror(errno.ELOOP))
        try:
            mode: int | None = target.stat().st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and stat.S_ISDIR(mode):
            raise WriteError(message("cannot write {file}: it is a folder", file=str(given)))
        if mode is not None and stat.S_ISSOCK(mode):
            raise WriteError(message("cannot write {file}: it is a socket", file=str(given)))
        if mode is not None and not stat.S_ISREG(mode):
            _write_directly(target, data)
        else:
            _write_and_rename(target, data, mode)
    except WriteError:
        raise
    except OSError as error:
        raise WriteError(_reason(error, str(given), str(shown_folder))) from None


def _write_directly(target: Path, data: bytes) -> None:
    """Write to a device or a named pipe in place (no temporary file, no rename; a pipe waits for
    its reader). Never creates a file: O_CREAT is not given."""
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _write_and_rename(target: Path, data: bytes, mode: int | None) -> None:
    """A regular file (or none yet): a temporary file beside it, synced, then renamed onto it."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp = Path(tmp_name)
        if mode is not None:
            with contextlib.suppress(OSError):
                tmp.chmod(mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            tmp.chmod(0o666 & ~umask)
        tmp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp_name).unlink()
        raise


def _reason(error: OSError, file: str, folder: str) -> Message:
    if isinstance(error, FileNotFoundError):
        return message(
            "cannot write {file}: the folder {folder} does not exist", file=file, folder=folder
        )
    if isinstance(error, PermissionError):
        return message("cannot write {file}: permission denied", file=file)
    if error.errno == errno.ENOSPC:
        return message("cannot write {file}: no space left on the device", file=file)
    if error.errno == errno.ELOOP:
        return message("cannot write {file}: its symbolic links form a loop", file=file)
    # the system's own words for the error (English or the system's language)
    return message("cannot write {file}: {reason}", file=file, reason=str(error.strerror or error))
