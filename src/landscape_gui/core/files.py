"""Writing files atomically: a temporary file beside the target, then a rename, so that a failed
write never leaves half a file or damages the one already there."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from landscape_gui.core.messages import message


class WriteError(OSError):
    """A file could not be written; the message says which and why."""


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write `text` (UTF-8) to `path` atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` atomically; raise WriteError with a plain message on failure."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path()
    tmp_name: str | None = None
    try:
        if target.is_dir():
            raise WriteError(message("cannot write {file}: it is a folder", file=str(target)))
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp = Path(tmp_name)
        if target.exists():
            with contextlib.suppress(OSError):
                tmp.chmod(target.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            tmp.chmod(0o666 & ~umask)
        tmp.replace(target)
        tmp_name = None
    except WriteError:
        raise
    except FileNotFoundError:
        raise WriteError(
            message(
                "cannot write {file}: the folder {folder} does not exist",
                file=str(target),
                folder=str(folder),
            )
        ) from None
    except PermissionError:
        raise WriteError(
            message("cannot write {file}: permission denied", file=str(target))
        ) from None
    except OSError as error:
        # the system's own words for the error (English or the system's language)
        raise WriteError(
            message(
                "cannot write {file}: {reason}",
                file=str(target),
                reason=str(error.strerror or error),
            )
        ) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                Path(tmp_name).unlink()
