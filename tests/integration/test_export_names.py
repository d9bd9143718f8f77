"""File names in a redacted copy (issue 13): a photo saved as "Refuge-Elm-Street.jpg" names the
place it was taken. A redacted copy names each attached file by its exhibit number only: the
name is on no page, in no embedded file name, in neither the manifest nor SHA256SUMS, and the
bundle still verifies. Read back with Poppler, qpdf and pypdf."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.evidence import manifest as mf
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions, Redactions
from journal_app.export.verify import verify_bundle
from tests.integration.test_export import embedded, need, png_bytes
from tests.support.helpers import fields

NAME = "Refuge-Elm-Street-MARKER"


def export(journal: Journal, tmp_path: Path, redactions: Redactions) -> Path:
    journal.add(
        Kind.INCIDENT,
        fields("Photo of the bruise", location="somewhere"),
        [AttachmentSource(f"{NAME}.png", data=png_bytes())],
    )
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(redactions=redactions), out)
    return out


def test_a_redacted_copy_names_files_by_exhibit_number_only(
    journal: Journal, tmp_path: Path
) -> None:
    out = export(journal, tmp_path, Redactions(locations=True))
    text = subprocess.run([need("pdftotext"), str(out), "-"], capture_output=True, check=True)
    assert NAME not in text.stdout.decode("utf-8")
    expanded = tmp_path / "expanded.pdf"
    subprocess.run(
        [need("qpdf"), "--qdf", "--object-streams=disable", str(out), str(expanded)], check=True
    )
    assert NAME.encode() not in expanded.read_bytes()
    files = embedded(out)
    assert "A1.png" in files
    assert not any(NAME in name for name in files)
    assert all(NAME.encode() not in data for data in files.values())
    manifest = json.loads(files[mf.MANIFEST_NAME])
    # Format 2: the name is a part of its own, withheld by its commitment, so the file's
    # hash, size and type (and so the whole content hash) are still rechecked.
    assert "attachment.0.name" in manifest["entries"][0]["versions"][0]["redacted"]
    result = verify_bundle(out)
    assert result.intact and not result.unchecked, result


def test_a_full_copy_keeps_the_original_name(journal: Journal, tmp_path: Path) -> None:
    out = export(journal, tmp_path, Redactions())
    text = subprocess.run([need("pdftotext"), str(out), "-"], capture_output=True, check=True)
    assert NAME in text.stdout.decode("utf-8")
    assert f"A1_{NAME}.png" in embedded(out)
