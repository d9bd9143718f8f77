"""A backup carries both journals, whichever one is open, and restores both (issue 15).

Before, a backup held only the open journal: a backup made with the duress passphrase was
smaller than one made with the main passphrase, and restoring it lost the real journal.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from journal_app.core.errors import WrongPassphrase
from journal_app.core.journal import Journal
from journal_app.core.models import Category, Kind
from journal_app.vault.alternate import set_alternate_passphrase
from journal_app.vault.backup import write_backup
from journal_app.vault.restore import restore_backup
from journal_app.vault.vault import (
    ALTERNATE,
    MAIN,
    Vault,
    db_path,
    params_path,
)
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields

DURESS = "shopping list 2026"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        Journal(vault).add(Kind.INCIDENT, fields("He took my passport"))
        set_alternate_passphrase(vault, DURESS)
    with Vault.open(folder, DURESS) as decoy:
        Journal(decoy).add(Kind.INCIDENT, fields("Bread, milk", category=Category.OTHER))
    return folder


def titles(folder: Path, passphrase: str) -> tuple[str, list[str]]:
    with Vault.open(folder, passphrase) as vault:
        journal = Journal(vault)
        assert journal.check().ok
        return vault.stem, [entry.title for entry in journal.entries()]


def test_a_backup_is_the_same_file_whichever_journal_was_open(folder: Path, tmp_path: Path) -> None:
    with Vault.open(folder, PASSPHRASE) as main:
        write_backup(main, PASSPHRASE, tmp_path / "from-main.backup")
    with Vault.open(folder, DURESS) as decoy:
        write_backup(decoy, DURESS, tmp_path / "from-duress.backup")
    from_main = (tmp_path / "from-main.backup").read_bytes()
    from_duress = (tmp_path / "from-duress.backup").read_bytes()
    assert len(from_main) == len(from_duress)
    assert from_main == from_duress


@pytest.mark.parametrize("passphrase", [PASSPHRASE, DURESS], ids=["main", "duress"])
def test_a_backup_restores_both_journals(folder: Path, tmp_path: Path, passphrase: str) -> None:
    target = tmp_path / "usb" / "journal.backup"
    target.parent.mkdir()
    with Vault.open(folder, passphrase) as vault:
        write_backup(vault, passphrase, target)
    restored = tmp_path / "restored"
    restore_backup(target, restored, passphrase)
    assert titles(restored, PASSPHRASE) == (MAIN, ["He took my passport"])
    assert titles(restored, DURESS) == (ALTERNATE, ["Bread, milk"])
    with pytest.raises(WrongPassphrase):
        Vault.open(restored, "neither of them")


def test_backup_progress_counts_both_journals_up_to_the_end(folder: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with Vault.open(folder, DURESS) as decoy:
        write_backup(decoy, DURESS, tmp_path / "journal.backup", progress=lambda *p: seen.append(p))
    done = [d for d, _total in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1]
    # The open journal is copied, checked, then both are assembled: all of it is counted.
    both = sum(db_path(folder, stem).stat().st_size for stem in (MAIN, ALTERNATE))
    assert seen[-1][1] == both + db_path(folder, ALTERNATE).stat().st_size


def test_a_wrong_passphrase_restores_nothing(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "journal.backup"
    with Vault.open(folder, PASSPHRASE) as vault:
        write_backup(vault, PASSPHRASE, target)
    with pytest.raises(WrongPassphrase):
        restore_backup(target, tmp_path / "restored", "neither of them")
    assert not (tmp_path / "restored").exists()


def test_an_old_single_journal_backup_still_restores(tmp_path: Path) -> None:
    """Format 1: one database, its settings, their length and b"NTBKUP01"."""
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        Journal(vault).add(Kind.INCIDENT, fields("Written before the update"))
    settings = params_path(folder).read_bytes()
    old = tmp_path / "old.backup"
    old.write_bytes(
        db_path(folder).read_bytes() + settings + struct.pack(">Q8s", len(settings), b"NTBKUP01")
    )
    restored = tmp_path / "restored"
    restore_backup(old, restored, PASSPHRASE)
    assert titles(restored, PASSPHRASE) == (MAIN, ["Written before the update"])
    assert db_path(restored, ALTERNATE).exists(), "the restored folder gets its second journal"
