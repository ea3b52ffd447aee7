"""Writing files: atomic for regular files (a temporary file renamed onto the target), through
symbolic links (the link stays a link), and directly into devices and named pipes (which must
never be replaced by a regular file)."""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from landscape_gui.core.files import WriteError, atomic_write_bytes, atomic_write_text
from landscape_gui.core.messages import Message


def test_a_regular_file_is_replaced_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "run.csv"
    target.write_text("old\n")
    target.chmod(0o640)
    atomic_write_text(target, "new\n")
    assert target.read_text() == "new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["run.csv"]


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "data" / "real.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    atomic_write_text(link, "new\n")
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text() == "new\n"
    # the temporary file was made beside the real file, and nothing is left of it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "link.csv"]
    assert [p.name for p in real.parent.iterdir()] == ["real.csv"]


def test_a_chain_of_links_and_a_dangling_link(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    middle = tmp_path / "middle.csv"
    middle.symlink_to(real)  # dangling: real.csv does not exist yet
    first = tmp_path / "first.csv"
    first.symlink_to(middle)
    atomic_write_text(first, "made\n")
    assert first.is_symlink() and middle.is_symlink()
    assert real.read_text() == "made\n" and not real.is_symlink()


def test_a_loop_of_links_is_named_and_left_alone(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(WriteError) as caught:
        atomic_write_text(a, "x")
    assert str(caught.value) == f"cannot write {a}: its symbolic links form a loop"
    assert a.is_symlink() and b.is_symlink()


def test_a_link_to_a_folder_is_a_folder(tmp_path: Path) -> None:
    link = tmp_path / "folder-link"
    link.symlink_to(tmp_path)
    with pytest.raises(WriteError) as caught:
        atomic_write_text(link, "x")
    assert str(caught.value) == f"cannot write {link}: it is a folder"
    assert link.is_symlink()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_receives_the_bytes_and_stays_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with fifo.open("rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    data = b"step,x,y\n" * 20_000  # larger than a pipe's buffer: written in several pieces
    atomic_write_bytes(fifo, data)
    reader.join(timeout=10)
    assert not reader.is_alive() and received == [data]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
def test_a_socket_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "s"
    if len(str(path)) > 100:
        pytest.skip("the temporary folder's path is too long for a socket")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        with pytest.raises(WriteError) as caught:
            atomic_write_text(path, "x")
        assert str(caught.value) == f"cannot write {path}: it is a socket"
        assert stat.S_ISSOCK(path.stat().st_mode)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_dev_null_stays_a_character_device() -> None:
    atomic_write_text("/dev/null", "discarded\n")
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


@pytest.mark.skipif(
    not Path("/dev/full").exists() or not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="replacing /dev/full needs root, and there must be a /dev/full",
)
def test_dev_full_as_root_says_no_space_and_stays_a_device() -> None:
    before = Path("/dev/full").stat()
    assert stat.S_ISCHR(before.st_mode)
    with pytest.raises(WriteError) as caught:
        atomic_write_text("/dev/full", "x" * 100)
    assert isinstance(caught.value.args[0], Message)
    assert str(caught.value) == "cannot write /dev/full: no space left on the device"
    after = Path("/dev/full").stat()
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_a_failed_write_leaves_no_half_file_and_the_old_one_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "keep.json"
    target.write_text("old contents\n")

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(WriteError) as caught:
        atomic_write_text(target, "new")
    assert str(caught.value) == f"cannot write {target}: no space left on the device"
    assert target.read_text() == "old contents\n"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


def test_other_system_errors_keep_the_systems_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    target = tmp_path / "x.csv"
    with pytest.raises(WriteError) as caught:
        atomic_write_text(target, "new")
    assert str(caught.value) == f"cannot write {target}: Input/output error"
    assert list(tmp_path.iterdir()) == []
