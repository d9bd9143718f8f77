"""The restore screen accepts a folder that holds only what an interrupted restore left, and
the restore then clears it; any other file makes the folder 'not empty'."""

from __future__ import annotations

from pathlib import Path

from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.ui.unlock import is_empty_folder
from journal_app.vault.backup import write_backup
from journal_app.vault.restore import restore_backup
from journal_app.vault.vault import Vault
from tests.support.helpers import PASSPHRASE, fields


def test_a_killed_restore_leaves_a_folder_the_next_restore_accepts_and_clears(
    vault: Vault, tmp_path: Path
) -> None:
    Journal(vault).add(Kind.INCIDENT, fields())
    backup = tmp_path / "journal.backup"
    write_backup(vault, bytearray(PASSPHRASE.encode()), backup)
    target = tmp_path / "restored"
    target.mkdir()
    (target / "notebook.db.restoring").write_bytes(b"half a copy")
    assert is_empty_folder(target)
    restore_backup(backup, target, PASSPHRASE)
    assert not (target / "notebook.db.restoring").exists()
    with Vault.open(target, PASSPHRASE) as restored:
        assert Journal(restored).count() == 1


def test_a_folder_with_someone_elses_file_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "holiday.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "notebook.db.restoring").write_bytes(b"half a copy")
    assert not is_empty_folder(tmp_path)
    assert is_empty_folder(tmp_path / "new")
