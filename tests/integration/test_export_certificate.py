"""The certificate page (issue 13): the facts a witness would sign for, filled in by the app and
true of this very bundle (the manifest's SHA-256 is the embedded manifest's, the fingerprint is
the signing key's), blank lines for name, signature and date, in the bundle's language."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.evidence import manifest as mf
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from journal_app.export.styles import grouped
from tests.integration.test_export import embedded, need
from tests.support.helpers import fields

HEADINGS = {
    "en": ("Certificate", "SHA-256 of manifest.json", ("Name", "Signature", "Date", "Place")),
    "es": ("Certificado", "SHA-256 de manifest.json", ("Nombre", "Firma", "Fecha", "Lugar")),
    "pt_BR": ("Certificado", "SHA-256 de manifest.json", ("Nome", "Assinatura", "Data", "Local")),
}


def last_page_lines(pdf: Path) -> list[str]:
    out = subprocess.run(
        [need("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, check=True
    )
    pages = [p for p in out.stdout.decode("utf-8").split("\f") if p.strip()]
    return [line.strip() for line in pages[-1].splitlines() if line.strip()]


@pytest.mark.parametrize("language", sorted(HEADINGS))
def test_the_certificate_states_this_bundles_facts_with_lines_to_sign(
    journal: Journal, tmp_path: Path, language: str
) -> None:
    journal.add(Kind.INCIDENT, fields("He broke the door"))
    out = tmp_path / "bundle.pdf"
    result = export_bundle(journal, ExportOptions(language=language), out)
    title, manifest_label, blanks = HEADINGS[language]
    lines = last_page_lines(out)
    text = " ".join(lines)
    assert lines[0] == title
    manifest_sha = hashlib.sha256(embedded(out)[mf.MANIFEST_NAME]).hexdigest()
    assert manifest_label in text
    assert grouped(manifest_sha) in " ".join(text.split())  # may wrap across two lines
    assert result.fingerprint in text
    assert result.export_id in text
    # Blank lines to sign on: each label stands alone on its line, nothing filled in.
    for label in blanks:
        assert label in lines, (label, lines)
    # A reader on screen finds it in the bookmarks.
    outline = PdfReader(out).outline
    assert str(outline[-1].title) == title
