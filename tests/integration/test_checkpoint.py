"""Checkpoints reveal a journal swapped for an older copy, or history rewritten with the key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.evidence.chain import content_hash, leaf_hash, next_link
from journal_app.evidence.checkpoint import Checkpoint
from journal_app.vault.backup import write_backup
from journal_app.vault.repository import decode_fields, encode_fields
from journal_app.vault.restore import restore_backup
from journal_app.vault.vault import Vault
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields


def _record(journal: Journal, *titles: str) -> None:
    for title in titles:
        journal.add(Kind.INCIDENT, fields(title))


def test_code_round_trips_and_tolerates_spaces_and_case(journal: Journal) -> None:
    _record(journal, "one", "two")
    point = journal.checkpoint()
    assert point.size == 2
    assert Checkpoint.parse(point.code) == point
    spaced = " ".join(point.code.upper()[i : i + 7] for i in range(0, len(point.code), 7))
    assert Checkpoint.parse(spaced) == point


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "CP1-x",
        "CP2-1-" + "a" * 24 + "-20260101-abcdabcd",
        "CP1-1-" + "a" * 24 + "-20261399-abcdabcd",
    ],
)
def test_malformed_codes_are_refused_with_a_sentence(bad: str) -> None:
    with pytest.raises(InvalidInput):
        Checkpoint.parse(bad)


def test_history_that_grew_since_the_checkpoint_passes(journal: Journal) -> None:
    _record(journal, "one", "two")
    code = journal.checkpoint().code
    _record(journal, "three")
    journal.edit(1, fields("one, corrected"))
    result = journal.verify_checkpoint(code)
    assert result.ok, result.message
    assert "2 added" in result.message


def test_a_journal_replaced_by_an_older_backup_fails(vault: Vault, tmp_path: Path) -> None:
    journal = Journal(vault)
    _record(journal, "one")
    backup = tmp_path / "old.backup"
    write_backup(vault, PASSPHRASE, backup)
    _record(journal, "two", "three")
    code = journal.checkpoint().code

    restored = tmp_path / "swapped"
    restore_backup(backup, restored, PASSPHRASE)
    with Vault.open(restored, PASSPHRASE) as old:
        result = Journal(old).verify_checkpoint(code)
    assert not result.ok
    assert "older copy" in result.message


def test_history_rewritten_with_the_key_passes_check_but_fails_the_checkpoint(
    journal: Journal,
) -> None:
    _record(journal, "He pushed me", "He took my passport")
    code = journal.checkpoint().code
    _forge_first_version(journal, "Nothing happened")
    assert journal.check().ok, "the forger recomputed every hash, so check alone cannot tell"
    result = journal.verify_checkpoint(code)
    assert not result.ok
    assert "rewritten" in result.message


def test_a_checkpoint_from_another_journal_is_recognised(tmp_path: Path, journal: Journal) -> None:
    with Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF) as other:
        foreign = Journal(other).checkpoint()
    result = journal.verify_checkpoint(foreign)
    assert not result.ok
    assert "different journal" in result.message


def test_checkpoint_date_comes_from_the_clock(vault: Vault) -> None:
    from datetime import UTC, datetime

    journal = Journal(vault, clock=lambda: datetime(2026, 5, 4, 12, 0, tzinfo=UTC))
    assert journal.checkpoint().day == date(2026, 5, 4)


def _forge_first_version(journal: Journal, new_title: str) -> None:
    """What someone holding the key could do: rewrite version 1 and re-link the chain (with
    the salts dropped, every version passes for one written before salts existed)."""
    db = journal.vault.connection
    db.execute("DELETE FROM version_salts")
    rows = db.execute(
        "SELECT v.seq, e.uid, e.kind, v.version_no, v.action, v.recorded_at, v.fields "
        "FROM versions v JOIN entries e ON e.id = v.entry_id ORDER BY v.seq"
    ).fetchall()
    previous = None
    for seq, uid, kind, version_no, action, recorded_at, fields_json in rows:
        current = decode_fields(fields_json)
        assert current is not None
        if seq == 1:
            from dataclasses import replace

            current = replace(current, title=new_title)
        content = content_hash(current.to_json(), [])
        leaf = leaf_hash(
            entry_uid=uid,
            kind=kind,
            version=version_no,
            action=action,
            recorded_at=recorded_at,
            content_sha256=content,
        )
        link = next_link(previous, leaf)
        db.execute(
            "UPDATE versions SET fields = ?, content_sha256 = ?, leaf_sha256 = ?, "
            "chain_sha256 = ? WHERE seq = ?",
            (encode_fields(current), content, leaf, link, seq),
        )
        previous = link
    db.execute("UPDATE entries SET title = ? WHERE id = 1", (new_title,))
