"""Deletions are accounted for (issue 12, finding 5): a deleted entry in the selected period
has its row in the chronology and a short section of its own, and its tombstone is in the
manifest and checked, so a gap in the numbers is never read as concealment."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from pypdf import PdfReader

from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from journal_app.export.verify import verify_bundle
from tests.support.helpers import fields

ERASED = "content erased by the person who kept the journal"


def text_of(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_a_deleted_entry_has_its_row_and_section_and_is_checked(
    journal: Journal, tmp_path: Path
) -> None:
    first = journal.add(Kind.INCIDENT, fields("Kept one"))
    gone = journal.add(Kind.INCIDENT, fields("Written then deleted SECRET-WORDS"))
    last = journal.add(Kind.INCIDENT, fields("Kept two"))
    journal.delete(gone)
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), out)
    text = " ".join(text_of(out).split())
    assert f"Entry {gone}" in text and ERASED in text
    assert "SECRET-WORDS" not in text
    manifest = json.loads(PdfReader(out).attachments["manifest.json"][0])
    numbers = [e["number"] for e in manifest["entries"]]
    assert sorted(numbers) == [first, gone, last]
    (tombstone,) = [e for e in manifest["entries"] if e["number"] == gone]
    assert tombstone["deleted"] is True
    assert [v["action"] for v in tombstone["versions"]] == ["create", "delete"]
    assert all(v["fields"] is None for v in tombstone["versions"])
    result = verify_bundle(out)
    assert result.intact, result.problems
    assert result.versions_checked == 4


def test_a_deletion_outside_the_selected_entries_is_left_out(
    journal: Journal, tmp_path: Path
) -> None:
    kept = journal.add(Kind.INCIDENT, fields("Kept"))
    gone = journal.add(Kind.INCIDENT, fields("Deleted"))
    journal.delete(gone)
    out = tmp_path / "one.pdf"
    export_bundle(journal, ExportOptions(entry_ids=(kept,)), out)
    assert ERASED not in " ".join(text_of(out).split())
