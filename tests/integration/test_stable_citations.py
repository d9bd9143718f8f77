"""Two bundles given to the same court cite the same things the same way (issue 12,
finding 6): an entry keeps its journal number, and a file keeps its journal-wide mark."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from pypdf import PdfReader

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from tests.support.helpers import fields


def manifest_of(pdf: Path) -> dict[str, object]:
    data = PdfReader(pdf).attachments["manifest.json"][0]
    document: dict[str, object] = json.loads(data)
    return document


def test_an_entry_and_its_file_are_cited_alike_in_every_bundle(
    journal: Journal, tmp_path: Path
) -> None:
    ids = [
        journal.add(
            Kind.INCIDENT,
            fields(f"Incident {n}"),
            [AttachmentSource(name=f"photo{n}.png", data=f"picture {n}".encode() * 40)],
        )
        for n in range(1, 4)
    ]
    journal.delete(ids[0])  # a gap before the one we cite
    whole, one = tmp_path / "whole.pdf", tmp_path / "one.pdf"
    export_bundle(journal, ExportOptions(), whole)
    export_bundle(journal, ExportOptions(entry_ids=(ids[2],)), one)

    def cited(pdf: Path) -> dict[int, list[str]]:
        manifest = manifest_of(pdf)
        entries = manifest["entries"]
        exhibits = manifest["exhibits"]
        assert isinstance(entries, list) and isinstance(exhibits, list)
        return {
            e["number"]: sorted(x["number"] for x in exhibits if x["entry"] == e["number"])
            for e in entries
        }

    in_whole, in_one = cited(whole), cited(one)
    assert in_one == {ids[2]: in_whole[ids[2]]}
    (mark,) = in_one[ids[2]]
    text = subprocess.run(
        ["pdftotext", "-layout", str(one), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"Entry {ids[2]}" in text and f"Exhibit {mark}" in text
    assert any(name.startswith(f"{mark}_") for name in PdfReader(one).attachments)
