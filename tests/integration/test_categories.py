"""Issue 14: an entry can carry several categories (a threat during an assault), through every
layer: the command line, filters, search, the bundle a recipient reads, and the history, where
entries written before keep their one category and still verify."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from journal_app.core.journal import Journal
from journal_app.core.models import Category, EntryFilter, Kind
from journal_app.vault import schema
from journal_app.vault.vault import Vault
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields, run_cli
from tests.support.schema2 import add_schema2_entry

Result = subprocess.CompletedProcess[str]


def cli(*args: str | Path) -> Result:
    result = run_cli([*args, "--passphrase-file", "-"], stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


def add(vault: Path, title: str, *categories: str) -> int:
    options = [part for c in categories for part in ("--category", c)]
    result = cli("add", vault, "--occurred", "2026-03-01T21:30", "--title", title, *options)
    return int(result.stdout.strip())


def listed(vault: Path, *extra: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = json.loads(cli("list", vault, "--json", *extra).stdout)[
        "entries"
    ]
    return entries


def pdf_text(pdf: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


def test_the_cli_records_two_categories_and_shows_both(closed_vault: Path) -> None:
    entry_id = add(closed_vault, "Threatened me while he hit me", "physical", "threats")
    shown = json.loads(cli("show", closed_vault, str(entry_id), "--json").stdout)
    assert shown["fields"]["categories"] == ["physical", "threats"]
    assert shown["fields"]["category"] == "physical"  # scripts written before keep working
    (row,) = listed(closed_vault)
    assert row["categories"] == ["physical", "threats"]
    assert "Physical, Threats" in cli("show", closed_vault, str(entry_id)).stdout


def test_edit_replaces_the_categories_and_the_filter_follows(closed_vault: Path) -> None:
    entry_id = add(closed_vault, "Followed me home", "stalking")
    cli("edit", closed_vault, str(entry_id), "--category", "stalking", "--category", "threats")
    assert [e["id"] for e in listed(closed_vault, "--category", "threats")] == [entry_id]
    cli("edit", closed_vault, str(entry_id), "--category", "digital")
    (row,) = listed(closed_vault)
    assert row["categories"] == ["digital"]
    assert listed(closed_vault, "--category", "threats") == []
    assert json.loads(cli("check", closed_vault, "--json").stdout)["ok"] is True


def test_export_by_one_category_includes_an_entry_in_two_and_names_both(
    closed_vault: Path, tmp_path: Path
) -> None:
    both = "QZX pushed and threatened"
    add(closed_vault, both, "physical", "threats")
    add(closed_vault, "QZX money taken", "financial")
    out = tmp_path / "threats.pdf"
    cli("export", closed_vault, "--out", out, "--category", "threats", "--pattern")
    text = pdf_text(out)
    assert both in text and "QZX money taken" not in text
    # The chronology and the entry's own section both name both categories.
    assert text.count("Physical") >= 2 and text.count("Threats") >= 2, text
    assert "Categories" in text
    # The pattern summary counts it under both and says so in words.
    words = " ".join(text.split())
    assert "An incident can be in more than one category" in words
    verify = run_cli(["verify", out])
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_search_finds_an_entry_by_its_category_in_any_language(journal: Journal) -> None:
    entry_id = journal.add(
        Kind.INCIDENT, fields("At the door", categories=(Category.PHYSICAL, Category.THREATS))
    )
    journal.add(Kind.INCIDENT, fields("Bank card", category=Category.FINANCIAL))
    for word in ("threats", "amenazas", "ameaças", "physical", "física"):
        assert [s.id for s in journal.search(word)] == [entry_id], word


def test_check_notices_categories_changed_outside_the_history(journal: Journal) -> None:
    entry_id = journal.add(
        Kind.INCIDENT, fields("At the door", categories=(Category.PHYSICAL, Category.THREATS))
    )
    assert journal.check().ok
    journal.vault.connection.execute(
        "DELETE FROM entry_categories WHERE entry_id = ? AND category = 'threats'", (entry_id,)
    )
    report = journal.check()
    assert not report.ok and report.first_bad_entry == entry_id


@pytest.fixture
def schema2_vault(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int, str]:
    """A journal at schema version 2 holding one entry as the app wrote it then."""
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        entry_id = add_schema2_entry(vault.connection, "He said he would burn it", "threats")
        stored = vault.connection.execute("SELECT fields FROM versions").fetchone()[0]
    monkeypatch.undo()
    return vault_dir, entry_id, str(stored)


def test_an_entry_written_before_still_verifies_and_shows_its_one_category(
    schema2_vault: tuple[Path, int, str],
) -> None:
    vault_dir, entry_id, stored = schema2_vault
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        journal = Journal(vault)
        assert schema.schema_version(vault.connection) == schema.latest_version()
        report = journal.check()
        assert report.ok, report.problems
        latest = journal.get(entry_id).latest_fields
        assert latest is not None and latest.categories == (Category.THREATS,)
        (summary,) = journal.entries(EntryFilter(categories=(Category.THREATS,)))
        assert summary.categories == (Category.THREATS,)
        # The migration taught search the category words of entries written before.
        assert [s.id for s in journal.search("amenazas")] == [entry_id]
        # History is never rewritten: the old version keeps its single category field.
        assert vault.connection.execute("SELECT fields FROM versions").fetchone()[0] == stored
        both = (Category.THREATS, Category.PHYSICAL)
        journal.edit(entry_id, fields("He said he would burn it", categories=both))
        new = vault.connection.execute("SELECT fields FROM versions WHERE version_no = 2")
        assert json.loads(new.fetchone()[0])["categories"] == ["threats", "physical"]
        assert journal.check().ok
    shown = json.loads(cli("show", vault_dir, str(entry_id), "--json").stdout)
    first, second = shown["versions"]
    assert first["fields"]["categories"] == ["threats"]
    assert second["fields"]["categories"] == ["threats", "physical"]
    assert json.loads(cli("check", vault_dir, "--json").stdout)["ok"] is True
