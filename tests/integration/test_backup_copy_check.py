"""SECURITY.md test 21, the copy's check: a backup copy with any page that is not exactly what
SQLCipher wrote is refused before it replaces anything.

`write_backup` checks the fresh copy in one read of every page (`copy_problems`: quick_check,
whose decryption authenticates every page it reads, and no free pages) instead of reading and
authenticating every page twice. These tests damage the real copy on disk between the export
and the check, in every kind of page, to show that the single pass still catches it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.errors import IntegrityError
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.vault import backup
from journal_app.vault.backup import write_backup
from journal_app.vault.restore import restore_backup
from journal_app.vault.vault import PAGE_SIZE, Vault, db_path
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields


def flip(data: bytearray, page: int, offset: int = 100) -> None:
    data[(page - 1) * PAGE_SIZE + offset] ^= 0x01


def zero(data: bytearray, page: int) -> None:
    data[(page - 1) * PAGE_SIZE : page * PAGE_SIZE] = bytes(PAGE_SIZE)


def copy_page(data: bytearray, page: int) -> None:
    """Page `page` replaced by its neighbour: a whole page with a valid MAC, in the wrong place."""
    data[(page - 1) * PAGE_SIZE : page * PAGE_SIZE] = data[
        page * PAGE_SIZE : (page + 1) * PAGE_SIZE
    ]


Damage = Callable[[bytearray, int], None]
DAMAGES: dict[str, Damage] = {
    "schema page, one bit": lambda data, pages: flip(data, 1, 2000),
    "first table page, one bit": lambda data, pages: flip(data, 2),
    "attachment data page, one bit": lambda data, pages: flip(data, pages // 2),
    "attachment data page, zeroed": lambda data, pages: zero(data, pages // 2),
    "attachment data page, a neighbour's copy": lambda data, pages: copy_page(data, pages // 2),
    "last page, one bit of its MAC": lambda data, pages: flip(data, pages, PAGE_SIZE - 3),
    "a page appended": lambda data, pages: data.extend(os.urandom(PAGE_SIZE)),
}


@pytest.fixture
def photo_journal(vault: Vault) -> Vault:
    journal = Journal(vault)
    journal.add(
        Kind.INCIDENT,
        fields(body="what the photos show"),
        [AttachmentSource(name="photos.bin", data=os.urandom(3 * 1024 * 1024 + 5))],
    )
    for number in range(30):
        journal.add(Kind.INCIDENT, fields(f"Entry {number}", body="details " * 200))
    return vault


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_copy_is_refused_and_leaves_nothing(
    photo_journal: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    real_export = backup._export

    def export_then_damage(vault: Vault, staging: Path, *args: Any) -> Any:
        head = real_export(vault, staging, *args)
        data = bytearray(staging.read_bytes())
        assert len(data) % PAGE_SIZE == 0 and len(data) // PAGE_SIZE > 500
        DAMAGES[damage](data, len(data) // PAGE_SIZE)
        staging.write_bytes(bytes(data))
        return head

    monkeypatch.setattr(backup, "_export", export_then_damage)
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(IntegrityError, match="The backup copy failed its integrity check"):
        write_backup(photo_journal, PASSPHRASE, usb / "journal.backup")
    assert list(usb.iterdir()) == []


def test_an_intact_copy_passes_and_restores(photo_journal: Vault, tmp_path: Path) -> None:
    target = tmp_path / "journal.backup"
    head = write_backup(photo_journal, PASSPHRASE, target)
    assert head == Journal(photo_journal).head()
    assert restore_backup(target, tmp_path / "restored", PASSPHRASE) == head


def test_a_damaged_journal_is_not_backed_up(tmp_path: Path) -> None:
    """A page of the journal itself that fails its MAC stops the export with a sentence that
    names the journal (not the backup's disk), and leaves nothing behind."""
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        Journal(vault).add(
            Kind.INCIDENT,
            fields(body="what the photos show"),
            [AttachmentSource(name="photos.bin", data=os.urandom(3 * 1024 * 1024))],
        )
    database = db_path(folder)
    data = bytearray(database.read_bytes())
    flip(data, len(data) // PAGE_SIZE // 2)  # a page of the attachment
    database.write_bytes(bytes(data))
    usb = tmp_path / "usb"
    usb.mkdir()
    damaged = pytest.raises(IntegrityError, match="No backup was made: the journal is damaged")
    with Vault.open(folder, PASSPHRASE) as vault, damaged:
        write_backup(vault, PASSPHRASE, usb / "journal.backup")
    assert list(usb.iterdir()) == []
