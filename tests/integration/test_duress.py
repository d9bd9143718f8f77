"""The duress passphrase opens an ordinary-looking alternate journal instead of the real one."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal_app.core.errors import JournalError, WrongPassphrase
from journal_app.core.journal import Journal
from journal_app.core.models import Category, Kind
from journal_app.vault.alternate import set_alternate_passphrase
from journal_app.vault.vault import ALTERNATE, MAIN, Vault, db_path
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields, files_containing

DURESS = "shopping list 2026"


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_duress_passphrase_opens_the_alternate_journal_and_never_the_real_one(
    vault: Vault, vault_dir: Path
) -> None:
    Journal(vault).add(Kind.INCIDENT, fields("He hit me MARKERREAL"))
    set_alternate_passphrase(vault, DURESS)
    vault.close()

    with Vault.open(vault_dir, DURESS) as decoy:
        assert decoy.stem == ALTERNATE
        journal = Journal(decoy)
        assert journal.entries() == []
        journal.add(Kind.INCIDENT, fields("Bought bread", category=Category.OTHER))
        assert [e.title for e in journal.entries()] == ["Bought bread"]
        assert journal.search("MARKERREAL") == []

    with Vault.open(vault_dir, PASSPHRASE) as real:
        assert real.stem == MAIN
        assert [e.title for e in Journal(real).entries()] == ["He hit me MARKERREAL"]
    assert files_containing([vault_dir], b"MARKERREAL") == []


def test_the_folder_looks_the_same_with_or_without_a_duress_passphrase(
    tmp_path: Path,
) -> None:
    plain = tmp_path / "plain"
    with_duress = tmp_path / "with-duress"
    Vault.create(plain, PASSPHRASE, kdf=FAST_KDF).close()
    with Vault.create(with_duress, PASSPHRASE, kdf=FAST_KDF) as vault:
        set_alternate_passphrase(vault, DURESS)
    assert _listing(plain) == _listing(with_duress)
    for folder in (plain, with_duress):
        sizes = [db_path(folder, stem).stat().st_size for stem in (MAIN, ALTERNATE)]
        assert all(size % 4096 == 0 and size > 0 for size in sizes)
        assert max(sizes) <= 2 * min(sizes), "the two databases should look like siblings"


def test_wrong_passphrase_is_still_simply_wrong(vault: Vault, vault_dir: Path) -> None:
    set_alternate_passphrase(vault, DURESS)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "neither of them")


def test_setting_a_duress_passphrase_works_the_same_from_either_journal(
    vault: Vault, vault_dir: Path
) -> None:
    """Nothing says which journal is open: from the duress journal the same command does the
    same thing (it replaces the duress journal, the one open), and the main passphrase is
    refused with the same sentence from both."""
    Journal(vault).add(Kind.INCIDENT, fields("He hit me"))
    with pytest.raises(JournalError, match="different") as from_main:
        set_alternate_passphrase(vault, PASSPHRASE)
    set_alternate_passphrase(vault, DURESS)
    vault.close()
    with Vault.open(vault_dir, DURESS) as decoy:
        Journal(decoy).add(Kind.INCIDENT, fields("Bought bread", category=Category.OTHER))
        with pytest.raises(JournalError, match="different") as from_decoy:
            set_alternate_passphrase(decoy, PASSPHRASE)
        assert str(from_decoy.value) == str(from_main.value)
        set_alternate_passphrase(decoy, "another one")
        assert Journal(decoy).entries() == [], "the open journal is the new, empty one"
        Journal(decoy).add(Kind.INCIDENT, fields("Dentist at 3", category=Category.OTHER))
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, DURESS)
    with Vault.open(vault_dir, "another one") as again:
        assert again.stem == ALTERNATE
        assert [e.title for e in Journal(again).entries()] == ["Dentist at 3"]
    with Vault.open(vault_dir, PASSPHRASE) as real:
        assert [e.title for e in Journal(real).entries()] == ["He hit me"]


def test_before_any_duress_passphrase_the_alternate_opens_for_nobody(
    closed_vault: Path,
) -> None:
    assert db_path(closed_vault, ALTERNATE).exists()
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, "")


def test_an_older_folder_without_an_alternate_gains_one_on_unlock(closed_vault: Path) -> None:
    for name in ("notebook.1.db", "notebook.1.json"):
        (closed_vault / name).unlink()
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, "wrong")
    assert not db_path(closed_vault, ALTERNATE).exists(), "a failed unlock creates nothing"
    Vault.open(closed_vault, PASSPHRASE).close()
    assert db_path(closed_vault, ALTERNATE).exists()


def test_a_full_disk_while_adding_the_alternate_never_blocks_the_main_journal(
    closed_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.vault import alternate as alternate_module
    from journal_app.vault.connection import DatabaseError

    for name in ("notebook.1.db", "notebook.1.json"):
        (closed_vault / name).unlink()
    real_create = alternate_module._create_database

    def disk_full_for_the_alternate(folder: Path, stem: str, key: bytearray, salt: bytes) -> None:
        if stem == ALTERNATE:
            raise DatabaseError("database or disk is full")
        real_create(folder, stem, key, salt)

    monkeypatch.setattr(alternate_module, "_create_database", disk_full_for_the_alternate)
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        Journal(vault).add(Kind.INCIDENT, fields("Still saved"))
    assert not db_path(closed_vault, ALTERNATE).exists()

    monkeypatch.undo()
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        assert [e.title for e in Journal(vault).entries()] == ["Still saved"]
    assert db_path(closed_vault, ALTERNATE).exists()
