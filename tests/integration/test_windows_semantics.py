"""Windows behaviour reproduced where it can be (issue 11, items 4 and 9).

On Windows, antivirus scanners, the Search indexer and OneDrive open new files for a moment,
and a rename over them then fails with PermissionError (winerror 5, 32 or 33). Here that is
injected by replacing `os.replace` as `journal_app.vault.files` calls it. What is checked is
what a person notices: the outcome the app reports matches which passphrase opens the journal
afterwards. Real SQLCipher files in tmp_path, with the fast KDF.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from journal_app.core.errors import FileTooLarge, JournalError, StorageFull, WrongPassphrase
from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.vault import files
from journal_app.vault.alternate import set_alternate_passphrase
from journal_app.vault.connection import translate_storage_error
from journal_app.vault.vault import ALTERNATE, MAIN, Vault
from tests.support.helpers import FAST_KDF, PASSPHRASE, ROOT, cli_env, fields

NEW = "a new passphrase for a new start"
DURESS = "grocery list for tuesday"
OTHER_DURESS = "recipes from my grandmother"

_real_replace = os.replace


def _sharing_violation(dst: object) -> PermissionError:
    error = PermissionError(errno.EACCES, "The process cannot access the file", str(dst))
    error.winerror = 32  # type: ignore[attr-defined]  # as Windows sets it
    return error


class FlakyReplace:
    """os.replace that fails for renames onto `names` while `fails(call)` says so."""

    def __init__(self, names: set[str], fails: Callable[[int], bool]) -> None:
        self.names = names
        self.fails = fails
        self.calls: list[str] = []

    def __call__(self, src: object, dst: object) -> None:
        name = Path(os.fspath(dst)).name  # type: ignore[arg-type]
        if name in self.names:
            self.calls.append(name)
            if self.fails(len(self.calls)):
                raise _sharing_violation(dst)
        _real_replace(src, dst)  # type: ignore[arg-type]


@pytest.fixture
def flaky(monkeypatch: pytest.MonkeyPatch) -> Callable[..., FlakyReplace]:
    waits: list[float] = []
    monkeypatch.setattr(files, "_sleep", waits.append)

    def install(names: set[str], fails: Callable[[int], bool]) -> FlakyReplace:
        fake = FlakyReplace(names, fails)
        monkeypatch.setattr(files.os, "replace", fake)
        return fake

    return install


def _opens(folder: Path, passphrase: str) -> str | None:
    """Which journal `passphrase` opens ("notebook", "notebook.1"), or None."""
    try:
        vault = Vault.open(folder, passphrase)
    except WrongPassphrase:
        return None
    try:
        assert vault.settings_notice is None  # nothing odd is shown after the episode
        return vault.stem
    finally:
        vault.close()


# ------------------------------------------------------------------ the retrying rename
def test_a_rename_held_briefly_by_another_program_succeeds_after_retries(
    tmp_path: Path, flaky: Callable[..., FlakyReplace]
) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    fake = flaky({"b"}, lambda call: call <= 3)
    files.replace_with_retry(source, target)
    assert target.read_bytes() == b"new" and not source.exists()
    assert len(fake.calls) == 4


def test_a_rename_held_for_good_fails_after_a_bounded_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(files, "_sleep", waits.append)
    monkeypatch.setattr(files.os, "replace", FlakyReplace({"b"}, lambda call: True))
    (tmp_path / "a").write_bytes(b"new")
    with pytest.raises(PermissionError):
        files.replace_with_retry(tmp_path / "a", tmp_path / "b")
    assert files.RETRY_SECONDS <= sum(waits) <= files.RETRY_SECONDS + 0.3
    assert max(waits) <= 0.25


def test_other_rename_failures_are_not_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(files, "_sleep", waits.append)
    with pytest.raises(FileNotFoundError):
        files.replace_with_retry(tmp_path / "missing", tmp_path / "b")
    assert waits == []


# ------------------------------------------------------------------ passphrase change
def test_passphrase_change_survives_a_briefly_held_settings_file(
    vault: Vault, vault_dir: Path, flaky: Callable[..., FlakyReplace]
) -> None:
    fake = flaky({f"{MAIN}.json"}, lambda call: call in (1, 2, 4, 5, 6))
    vault.change_passphrase(NEW, kdf=FAST_KDF)
    vault.close()
    assert len(fake.calls) == 7  # pending written on the 3rd try, promoted on the 4th
    assert _opens(vault_dir, NEW) == MAIN
    assert _opens(vault_dir, PASSPHRASE) is None


def test_promotion_that_keeps_failing_is_still_a_change_made(
    vault: Vault, vault_dir: Path, flaky: Callable[..., FlakyReplace]
) -> None:
    Journal(vault).add(Kind.INCIDENT, fields("kept through the change"))
    fake = flaky({f"{MAIN}.json"}, lambda call: call > 1)  # the pending write only
    vault.change_passphrase(NEW, kdf=FAST_KDF)  # reported as done: no exception
    vault.close()
    fake.fails = lambda call: False  # whatever held the file let go
    # The file still holds `pending`; opening tries it, and settles it quietly.
    assert _settings(vault_dir)["pending"] is not None
    assert _opens(vault_dir, PASSPHRASE) is None
    with Vault.open(vault_dir, NEW) as reopened:
        assert reopened.settings_notice is None
        assert [e.title for e in Journal(reopened).entries()] == ["kept through the change"]
    assert _settings(vault_dir)["pending"] is None


def _settings(folder: Path) -> dict[str, object]:
    data = json.loads((folder / f"{MAIN}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_pending_write_that_keeps_failing_reports_failure_and_the_old_passphrase_works(
    vault: Vault, vault_dir: Path, flaky: Callable[..., FlakyReplace]
) -> None:
    flaky({f"{MAIN}.json"}, lambda call: True)
    with pytest.raises(JournalError) as raised:
        vault.change_passphrase(NEW, kdf=FAST_KDF)
    message = str(raised.value)  # a held file reads as EACCES: "... nothing was changed."
    assert "nothing was changed" in message or "old one still opens" in message
    vault.close()
    assert _opens(vault_dir, PASSPHRASE) == MAIN
    assert _opens(vault_dir, NEW) is None


# ------------------------------------------------------------------ duress passphrase
def test_duress_passphrase_set_despite_briefly_held_files(
    vault: Vault, vault_dir: Path, flaky: Callable[..., FlakyReplace]
) -> None:
    set_alternate_passphrase(vault, DURESS)
    fake = flaky({f"{ALTERNATE}.db", f"{ALTERNATE}.json"}, lambda call: call % 2 == 1)
    set_alternate_passphrase(vault, OTHER_DURESS)
    vault.close()
    assert fake.calls  # the renames did meet the held files
    assert _opens(vault_dir, OTHER_DURESS) == ALTERNATE
    assert _opens(vault_dir, DURESS) is None
    assert _opens(vault_dir, PASSPHRASE) == MAIN


class FlakyOpen:
    """os.open that fails for opening `name` to write while `fails(call)` says so (the
    duress journal is rewritten in place, so a program holding it blocks that open)."""

    def __init__(self, name: str, fails: Callable[[int], bool]) -> None:
        self.name = name
        self.fails = fails
        self.calls = 0

    def __call__(self, path: object, flags: int, *args: object) -> int:
        if Path(os.fspath(path)).name == self.name and flags & os.O_RDWR:  # type: ignore[arg-type]
            self.calls += 1
            if self.fails(self.calls):
                raise _sharing_violation(path)
        return _real_open(path, flags, *args)  # type: ignore[arg-type]


_real_open = os.open


def test_duress_switch_that_keeps_failing_keeps_the_old_duress_passphrase(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_alternate_passphrase(vault, DURESS)
    vault.close()
    with Vault.open(vault_dir, DURESS) as decoy:
        Journal(decoy).add(Kind.INCIDENT, fields("bought bread"))
    monkeypatch.setattr(files, "_sleep", lambda _seconds: None)
    fake = FlakyOpen(f"{ALTERNATE}.db", lambda call: True)
    monkeypatch.setattr(files.os, "open", fake)
    with Vault.open(vault_dir, PASSPHRASE) as main, pytest.raises(JournalError) as raised:
        set_alternate_passphrase(main, OTHER_DURESS)
    assert "nothing was changed" in str(raised.value)
    assert fake.calls > 1, "the open was retried"
    fake.fails = lambda call: False
    assert _opens(vault_dir, OTHER_DURESS) is None
    with Vault.open(vault_dir, DURESS) as decoy:
        assert decoy.stem == ALTERNATE
        assert [e.title for e in Journal(decoy).entries()] == ["bought bread"]
    assert _opens(vault_dir, PASSPHRASE) == MAIN
    assert not [p.name for p in vault_dir.iterdir() if ".new" in p.name]  # nothing left over


def test_duress_settings_that_cannot_be_settled_still_leave_the_new_duress_passphrase(
    vault: Vault, vault_dir: Path, flaky: Callable[..., FlakyReplace]
) -> None:
    set_alternate_passphrase(vault, DURESS)
    flaky({f"{ALTERNATE}.json"}, lambda call: call > 1)  # only the first write gets through
    set_alternate_passphrase(vault, OTHER_DURESS)  # reported as done
    vault.close()
    assert _opens(vault_dir, DURESS) is None
    assert _opens(vault_dir, OTHER_DURESS) == ALTERNATE
    assert _opens(vault_dir, PASSPHRASE) == MAIN


# ------------------------------------------------------------------ file too large
def test_efbig_and_windows_file_too_large_get_their_own_sentence() -> None:
    efbig = translate_storage_error(OSError(errno.EFBIG, "File too large"))
    assert isinstance(efbig, FileTooLarge) and "FAT32" in str(efbig)
    windows = OSError(errno.EINVAL, "The file size exceeds the limit allowed")
    windows.winerror = 223  # type: ignore[attr-defined]  # ERROR_FILE_TOO_LARGE
    assert isinstance(translate_storage_error(windows), FileTooLarge)
    full = translate_storage_error(OSError(errno.ENOSPC, "No space left on device"))
    assert isinstance(full, StorageFull) and not isinstance(full, FileTooLarge)


def test_fat_drives_are_recognised_from_the_mount_table(tmp_path: Path) -> None:
    stick = "/media/me/STICK"
    table = (
        "/dev/sda2 / ext4 rw 0 0\n"
        "/dev/sdb1 /media/me/STICK vfat rw,uid=1000 0 0\n"
        "/dev/sdc1 /media/me/BIG\\040DRIVE exfat rw 0 0\n"
    )
    mounts = files._linux_mounts(table)
    assert ("/media/me/BIG DRIVE", "exfat") in mounts
    assert files.filesystem_from_mount_table(Path(stick) / "journal", mounts) == "vfat"
    assert files.filesystem_from_mount_table(Path("/home/me"), mounts) == "ext4"
    mac = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "/dev/disk4s1 on /Volumes/NO NAME (msdos, local, nodev, nosuid, noowners)\n"
    )
    macs = files.macos_mounts(mac)
    assert files.filesystem_from_mount_table(Path("/Volumes/NO NAME/j"), macs) == "msdos"
    assert files.filesystem_from_mount_table(Path("/Users/me"), macs) == "apfs"


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE exists only on POSIX")
def test_a_write_past_a_file_size_limit_is_reported_as_too_large(tmp_path: Path) -> None:
    """RLIMIT_FSIZE makes write() fail with EFBIG, as a FAT32 drive does at 4 GiB."""
    script = """
import resource, signal, sys
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
_soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (8192, hard))
try:
    with open(Path(sys.argv[1]) / "copy.bin", "wb") as out:
        out.write(bytes(65536))
except OSError as exc:
    from journal_app.vault.connection import translate_storage_error
    error = translate_storage_error(exc)
    print("raised", type(error).__name__, error)
"""
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "raised FileTooLarge This drive cannot hold files larger than 4 GB" in result.stdout
