"""Schema migrations: applied in order, with an encrypted backup taken first."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal_app.core.errors import IncompatibleVersion
from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.vault import schema
from journal_app.vault.connection import Connection
from journal_app.vault.restore import restore_backup
from journal_app.vault.vault import Vault
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields
from tests.support.schema2 import add_schema2_entry


def _add_reminders_table(connection: Connection) -> None:
    connection.execute("CREATE TABLE reminders (id INTEGER PRIMARY KEY, note TEXT)")


def test_opening_an_older_journal_backs_it_up_then_migrates(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        Journal(vault).add(Kind.INCIDENT, fields("Before the upgrade"))

    current = schema.latest_version()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, _add_reminders_table])
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert schema.schema_version(vault.connection) == current + 1
        vault.connection.execute("SELECT count(*) FROM reminders").fetchone()
        assert [e.title for e in Journal(vault).entries()] == ["Before the upgrade"]

    backups = sorted(vault_dir.glob(f"notebook-schema{current}-*.backup"))
    assert len(backups) == 1, "an encrypted backup must be taken before migrating"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:current])
    restored = tmp_path / "restored"
    restore_backup(backups[0], restored, PASSPHRASE)
    with Vault.open(restored, PASSPHRASE) as old:
        assert schema.schema_version(old.connection) == current
        assert [e.title for e in Journal(old).entries()] == ["Before the upgrade"]


def test_a_journal_from_a_newer_app_is_refused_and_left_alone(vault_dir: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.connection.execute("PRAGMA user_version = 99")
    before = (vault_dir / "notebook.db").read_bytes()
    with pytest.raises(IncompatibleVersion):
        Vault.open(vault_dir, PASSPHRASE)
    assert (vault_dir / "notebook.db").read_bytes() == before
    # The lock is released: the refusal does not leave the journal stuck "open elsewhere".
    with pytest.raises(IncompatibleVersion):
        Vault.open(vault_dir, PASSPHRASE)


def test_a_version_1_journal_gains_the_timeline_index(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        add_schema2_entry(vault.connection, "Written with version 1", "other")
    monkeypatch.undo()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        indexes = {
            row[0]
            for row in vault.connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index'"
            )
        }
        assert "entries_timeline" in indexes
        plan = " ".join(
            str(row[-1])
            for row in vault.connection.execute(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM entries e WHERE e.deleted = 0"
            )
        )
        assert "entries_timeline" in plan
        assert [e.title for e in Journal(vault).entries()] == ["Written with version 1"]
    assert len(list(vault_dir.glob("notebook-schema1-*.backup"))) == 1
