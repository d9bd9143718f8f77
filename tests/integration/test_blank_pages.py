"""A page zeroed on disk (a failing disk, an interrupted copy) is handed to SQLite by SQLCipher
as a blank page, without its HMAC check. A blank page of the search index made `search` answer
"No entries." with exit 0, as if complete. A text search now finds the damage first."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.core.models import EntryFilter, Kind
from journal_app.vault.connection import UnreadablePage
from journal_app.vault.places import PAGE_SIZE
from journal_app.vault.vault import Vault
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields, run_cli


def _journal_with_a_big_search_index(folder: Path) -> int:
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = Journal(vault)
        for number in range(40):
            journal.add(Kind.INCIDENT, fields(f"Entry {number}", body=f"bruise word{number} " * 80))
    return (folder / "notebook.db").stat().st_size // PAGE_SIZE


def _zero(folder: Path, page: int) -> None:
    database = folder / "notebook.db"
    data = bytearray(database.read_bytes())
    data[(page - 1) * PAGE_SIZE : page * PAGE_SIZE] = bytes(PAGE_SIZE)
    database.write_bytes(bytes(data))


def test_a_search_never_looks_complete_over_a_blank_page(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    pages = _journal_with_a_big_search_index(folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.blank_pages() == []
        assert len(Journal(vault).search("bruise")) == 40
    _zero(folder, pages)  # the last page: part of the search index, written last
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.blank_pages() == [pages]
        journal = Journal(vault)
        with pytest.raises(UnreadablePage):
            journal.search("bruise")
        with pytest.raises(UnreadablePage):
            journal.count(EntryFilter(text="bruise"))
    result = run_cli(["search", folder, "bruise", "--passphrase-file", "-"], stdin=PASSPHRASE)
    assert result.returncode == 4, result.stdout  # 4: an integrity problem was found
    assert result.stderr.strip().count("\n") == 0 and "damaged" in result.stderr
    assert "No entries" not in result.stdout + result.stderr
