"""Issue 10, items 2 and 5: what a failed or killed backup or restore leaves on the disk.

A backup killed halfway leaves its staging file (`.<name>.<8 hex>.partial`, tens of MB) beside
the backup; a killed restore leaves `notebook.db.restoring`. The next backup or restore into
that folder, and the next unlock of a journal in it, remove them, and nothing else: files
merely resembling those names, and staging files a running backup or restore still writes,
are kept. A read-only folder or a full disk ends in one clear sentence and leaves nothing.
Real SQLCipher files; processes are really killed with SIGKILL.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from journal_app.core.errors import StorageFull, VaultExists, VaultLocked, WrongPassphrase
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.evidence.chain import ChainHead
from journal_app.vault.alternate import set_alternate_passphrase
from journal_app.vault.backup import write_backup
from journal_app.vault.restore import restore_backup
from journal_app.vault.vault import Vault
from tests.support.helpers import FAST_KDF, PASSPHRASE, ROOT, cli_env, fields, run_cli

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="needs POSIX SIGKILL, flock, RLIMIT_FSIZE and file modes"
)

# Names the app never creates, though they look like its staging files.
LOOKALIKES = [
    "notes.txt",
    "older.backup",
    ".journal.backup.1234567.partial",  # 7 hex digits
    ".journal.backup.ABCDEF12.partial",  # upper case
    "journal.backup.0123abcd.partial",  # no leading dot
    ".journal.backup.0123abcd.partial.old",
    ".0123abcd.partial",  # no backup name
    "notebook.db.restoring.bak",
    "notebook.restoring",
]

KILLED_BACKUP = """
import os, signal, sys
from journal_app.vault.backup import write_backup
from journal_app.vault.vault import Vault
from tests.support.helpers import PASSPHRASE

def progress(done, total):
    os.kill(os.getpid(), signal.SIGKILL)

with Vault.open(sys.argv[1], PASSPHRASE) as vault:
    write_backup(vault, PASSPHRASE, sys.argv[2], progress=progress)
"""

KILLED_RESTORE = """
import os, signal, sys
from journal_app.vault.restore import restore_backup
from tests.support.helpers import PASSPHRASE

def progress(done, total):
    if done >= 4 * 1024 * 1024:
        os.kill(os.getpid(), signal.SIGKILL)

restore_backup(sys.argv[1], sys.argv[2], PASSPHRASE, progress=progress)
"""

# Waits at its first progress report (staging file half written) until told to go on.
PAUSED = """
import sys
from journal_app.vault.backup import write_backup
from journal_app.vault.restore import restore_backup
from journal_app.vault.vault import Vault
from tests.support.helpers import PASSPHRASE

paused = False

def progress(done, total):
    global paused
    if not paused:
        paused = True
        print("paused", flush=True)
        sys.stdin.readline()

if sys.argv[1] == "backup":
    with Vault.open(sys.argv[2], PASSPHRASE) as vault:
        head = write_backup(vault, PASSPHRASE, sys.argv[3], progress=progress)
else:
    head = restore_backup(sys.argv[2], sys.argv[3], PASSPHRASE, progress=progress)
print("done", head.size, flush=True)
"""

LIMITED = """
import resource, signal, sys
from journal_app.vault.backup import write_backup
from journal_app.vault.restore import restore_backup
from journal_app.vault.vault import Vault
from tests.support.helpers import PASSPHRASE

mode, source, target, limit = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
vault = Vault.open(source, PASSPHRASE) if mode == "backup" else None
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # past the limit, writes fail with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
try:
    if vault is not None:
        write_backup(vault, PASSPHRASE, target)
    else:
        restore_backup(source, target, PASSPHRASE)
except Exception as exc:
    print(type(exc).__name__, exc)
else:
    print("no error")
"""


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def staging_names(folder: Path) -> list[str]:
    return [n for n in names(folder) if n.endswith((".partial", ".partial-journal", ".restoring"))]


def run_script(script: str, *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        cwd=ROOT,
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def plant(folder: Path, files: list[str]) -> dict[str, bytes]:
    """Files with distinct contents; returns name -> content, to check they are untouched."""
    folder.mkdir(parents=True, exist_ok=True)
    contents = {}
    for name in files:
        contents[name] = f"left here by the person: {name}".encode()
        (folder / name).write_bytes(contents[name])
    return contents


def assert_untouched(folder: Path, contents: dict[str, bytes]) -> None:
    for name, content in contents.items():
        assert (folder / name).read_bytes() == content, name


@pytest.fixture
def photo_vault(tmp_path: Path) -> Path:
    """A closed vault with ~6 MB of attachments, so copies take many pages."""
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = Journal(vault)
        journal.add(
            Kind.INCIDENT,
            fields(body="the photos of the door"),
            [AttachmentSource(name="door.bin", data=os.urandom(6 * 1024 * 1024 + 11))],
        )
        journal.add(Kind.INCIDENT, fields("second", body="he came back at night"))
    return folder


def head_of(folder: Path) -> ChainHead:
    with Vault.open(folder, PASSPHRASE) as vault:
        journal = Journal(vault)
        report = journal.check()
        assert report.ok, (report.integrity, report.problems)
        return journal.head()


def killed_backup(vault_folder: Path, target: Path) -> list[str]:
    """Run a backup to `target`, kill it with SIGKILL once it has started writing, and return
    the names of the staging files it left."""
    result = run_script(KILLED_BACKUP, vault_folder, target)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert not target.exists()
    left = [n for n in names(target.parent) if n.startswith(f".{target.name}.")]
    assert left, "a backup killed halfway leaves its staging file (otherwise this tests nothing)"
    return left


# ---------------------------------------------------------------------- killed backups
def test_the_next_backup_removes_what_killed_backups_left(
    photo_vault: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    kept = plant(usb, LOOKALIKES)
    first = killed_backup(photo_vault, usb / "bk1.backup")
    second = killed_backup(photo_vault, usb / "bk2.backup")
    # The second attempt already removed the first one's file before it was killed itself.
    assert not set(first) & set(names(usb))
    assert set(second) <= set(names(usb))
    head = head_of(photo_vault)

    with Vault.open(photo_vault, PASSPHRASE) as vault:
        assert write_backup(vault, PASSPHRASE, usb / "bk3.backup") == head
    assert names(usb) == sorted([*LOOKALIKES, "bk3.backup"])
    assert_untouched(usb, kept)
    assert restore_backup(usb / "bk3.backup", tmp_path / "restored", PASSPHRASE) == head


def test_cleanup_leaves_links_and_folders_with_staging_names_alone(
    photo_vault: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    precious = tmp_path / "precious.txt"
    precious.write_bytes(b"not the app's")
    (usb / ".bk.backup.0123abcd.partial").symlink_to(precious)
    (usb / ".bk.backup.89abcdef.partial").mkdir()
    (usb / "notebook.db.restoring").symlink_to(precious)
    with Vault.open(photo_vault, PASSPHRASE) as vault:
        write_backup(vault, PASSPHRASE, usb / "bk.backup")
    assert names(usb) == [
        ".bk.backup.0123abcd.partial",
        ".bk.backup.89abcdef.partial",
        "bk.backup",
        "notebook.db.restoring",
    ]
    assert precious.read_bytes() == b"not the app's"


def test_a_running_backup_keeps_its_staging_file_while_another_cleans_up(
    photo_vault: Path, tmp_path: Path
) -> None:
    """Two journals backed up to the same stick at once: the second one's cleanup must not
    take the first one's half-written file for a leftover."""
    usb = tmp_path / "usb"
    usb.mkdir()
    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE, kdf=FAST_KDF).close()
    with subprocess.Popen(
        [sys.executable, "-c", PAUSED, "backup", str(photo_vault), str(usb / "first.backup")],
        cwd=ROOT,
        env=cli_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as first:
        assert first.stdout is not None and first.stdin is not None
        assert first.stdout.readline() == "paused\n"
        in_progress = staging_names(usb)
        assert in_progress

        with Vault.open(other, PASSPHRASE) as vault:
            write_backup(vault, PASSPHRASE, usb / "second.backup")
        assert set(in_progress) <= set(names(usb))

        out, err = first.communicate("go on\n", timeout=120)
    assert first.returncode == 0, err
    assert out.startswith("done")
    assert names(usb) == ["first.backup", "second.backup"]
    assert restore_backup(usb / "first.backup", tmp_path / "restored", PASSPHRASE).size == 2


# ---------------------------------------------------------------------- killed restores
@pytest.fixture
def backup_file(photo_vault: Path, tmp_path: Path) -> Path:
    target = tmp_path / "usb" / "journal.backup"
    target.parent.mkdir()
    with Vault.open(photo_vault, PASSPHRASE) as vault:
        write_backup(vault, PASSPHRASE, target)
    return target


# A restore stages both journals of the backup (issue 15), then renames both into place.
STAGED = ["notebook.1.db.restoring", "notebook.db.restoring"]
RESTORED = ["notebook.1.db", "notebook.1.json", "notebook.db", "notebook.json"]


def killed_restore(backup: Path, folder: Path) -> None:
    result = run_script(KILLED_RESTORE, backup, folder)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert names(folder) == STAGED


def test_the_next_restore_removes_what_a_killed_restore_left(
    backup_file: Path, photo_vault: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "restored"
    killed_restore(backup_file, folder)
    assert restore_backup(backup_file, folder, PASSPHRASE) == head_of(photo_vault)
    assert names(folder) == RESTORED


def test_a_restore_into_a_folder_another_restore_is_writing_is_refused(
    backup_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "restored"
    with subprocess.Popen(
        [sys.executable, "-c", PAUSED, "restore", str(backup_file), str(folder)],
        cwd=ROOT,
        env=cli_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as first:
        assert first.stdout is not None
        assert first.stdout.readline() == "paused\n"
        # Refused as a folder in use (or, where restores refuse any non-empty folder, as one
        # that is not empty); either way the running restore's file is left alone.
        with pytest.raises((VaultLocked, VaultExists)):
            restore_backup(backup_file, folder, PASSPHRASE)
        assert names(folder) == STAGED
        out, err = first.communicate("go on\n", timeout=120)
    assert first.returncode == 0, err
    assert out.startswith("done")
    assert names(folder) == RESTORED
    assert head_of(folder).size == 2


# ---------------------------------------------------------------------- unlocking cleans up
def plant_leftovers(folder: Path) -> list[str]:
    """The exact names a killed backup (here: the one taken before a migration) and a killed
    restore leave in a journal's folder."""
    leftovers = [
        ".notebook-schema1-20260101T000000Z.backup.0123abcd.partial",
        ".notebook-schema1-20260101T000000Z.backup.0123abcd.partial-journal",
        ".journal.backup.fedcba98.partial-journal",  # its database file already gone
        "notebook.db.restoring",
        "notebook.db.restoring-journal",
    ]
    plant(folder, leftovers)
    return leftovers


def test_unlocking_removes_leftovers_in_the_journals_folder(photo_vault: Path) -> None:
    before = names(photo_vault)
    kept = plant(photo_vault, LOOKALIKES)
    plant_leftovers(photo_vault)
    Vault.open(photo_vault, PASSPHRASE).close()
    assert names(photo_vault) == sorted(before + LOOKALIKES)
    assert_untouched(photo_vault, kept)


def test_a_wrong_passphrase_removes_nothing(photo_vault: Path) -> None:
    leftovers = plant_leftovers(photo_vault)
    with pytest.raises(WrongPassphrase):
        Vault.open(photo_vault, "not the passphrase")
    assert set(leftovers) <= set(names(photo_vault))


def test_the_duress_journal_cleans_up_the_same_way(photo_vault: Path) -> None:
    """Files on disk must not tell which journal was opened (SECURITY.md, coercion)."""
    with Vault.open(photo_vault, PASSPHRASE) as vault:
        set_alternate_passphrase(vault, "the other passphrase", progress=None)
    before = names(photo_vault)
    plant_leftovers(photo_vault)
    with Vault.open(photo_vault, "the other passphrase") as opened:
        assert opened.stem != "notebook"
    assert names(photo_vault) == before


# ---------------------------------------------------------------------- read-only folder
def _drop_file_override() -> None:
    """Root obeys file modes once these capabilities are gone (for the exec'd program)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


@pytest.fixture
def as_unprivileged() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the CLI so that a folder's mode 555 really keeps it out."""
    preexec = None
    if os.geteuid() == 0:
        probe = subprocess.run(
            [sys.executable, "-c", "pass"], preexec_fn=_drop_file_override, check=False
        )
        if probe.returncode != 0:
            pytest.skip("running as root and cannot drop the file-permission override")
        preexec = _drop_file_override

    def run(*args: object, stdin: str) -> subprocess.CompletedProcess[str]:
        return run_cli([str(a) for a in args], stdin=stdin, preexec_fn=preexec)

    return run


@pytest.fixture
def read_only_usb(tmp_path: Path) -> Iterator[Path]:
    usb = tmp_path / "read-only stick"
    plant(usb, ["notes.txt"])
    usb.chmod(0o555)
    try:
        yield usb
    finally:
        usb.chmod(0o755)


def one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "unexpected" not in lines[0] and "Traceback" not in result.stderr
    return lines[0]


def test_backup_into_a_read_only_folder_says_so_and_leaves_nothing(
    photo_vault: Path,
    read_only_usb: Path,
    as_unprivileged: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    head = head_of(photo_vault)
    result = as_unprivileged(
        "backup", photo_vault, "--out", read_only_usb / "x.backup", "--passphrase-file", "-",
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    line = one_clear_line(result)
    assert f"No backup was made: the folder {read_only_usb} cannot be written to" in line
    assert names(read_only_usb) == ["notes.txt"]
    assert head_of(photo_vault) == head


def test_restore_into_a_read_only_folder_says_so(
    backup_file: Path,
    read_only_usb: Path,
    as_unprivileged: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    target = read_only_usb / "restored"
    result = as_unprivileged(
        "restore", backup_file, "--to", target, "--passphrase-file", "-", stdin=PASSPHRASE + "\n"
    )
    line = one_clear_line(result)
    assert "The backup was not restored" in line and "cannot be written to" in line
    assert names(read_only_usb) == ["notes.txt"]


def test_backup_into_a_missing_folder_says_so(photo_vault: Path, tmp_path: Path) -> None:
    missing = tmp_path / "unplugged"
    result = run_cli(
        ["backup", photo_vault, "--out", missing / "x.backup", "--passphrase-file", "-"],
        stdin=PASSPHRASE + "\n",
    )
    line = one_clear_line(result)
    assert f"No backup was made: the folder {missing} does not exist." in line
    assert not missing.exists()


# ---------------------------------------------------------------------- full disk
def database_part(backup: Path) -> int:
    """Where the manifest starts: after both journals."""
    from journal_app.vault.restore import read_backup

    return sum(section.database + section.rollback for section in read_backup(backup))


@pytest.mark.parametrize("where", ["during the copy", "at the very end"])
def test_backup_onto_a_full_disk_says_so_and_leaves_nothing(
    photo_vault: Path, backup_file: Path, tmp_path: Path, where: str
) -> None:
    """The file-size limit stands in for a full stick (SECURITY.md test 11)."""
    head = head_of(photo_vault)
    # The manifest is the last thing written: a limit just past the journals lets the copy
    # and its checks through and stops the manifest.
    limit = 1024 * 1024 if where == "during the copy" else database_part(backup_file) + 16
    usb = tmp_path / "full"
    kept = plant(usb, ["notes.txt"])
    result = run_script(LIMITED, "backup", photo_vault, usb / "x.backup", limit)
    assert result.returncode == 0, result.stderr
    kind, _, message = result.stdout.strip().partition(" ")
    assert kind == StorageFull.__name__, result.stdout
    assert message.startswith("No backup was made: ") and str(usb) in message
    if where == "at the very end":
        assert message == f"No backup was made: there is not enough free space in {usb}."
    assert names(usb) == ["notes.txt"]
    assert_untouched(usb, kept)
    assert head_of(photo_vault) == head


def test_restore_onto_a_full_disk_says_so_and_leaves_nothing(
    backup_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "restored"
    result = run_script(LIMITED, "restore", backup_file, folder, 1024 * 1024)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"StorageFull The backup was not restored: there is not enough free space in {folder}."
    )
    assert names(folder) == []
