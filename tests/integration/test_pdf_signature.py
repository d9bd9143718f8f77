"""A standard PDF signature (PAdES) over the whole bundle (issue 12): every reader a court uses
can show "signed, not modified since", and any change to a page, an embedded file or the
manifest, or any later revision, makes `verify` say NOT INTACT. Poppler's pdfsig is the
outside judge."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.core.journal import Journal
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from journal_app.export.verify import verify_bundle
from tests.integration.test_export import THREAT_MARKER, populate

PASSWORD = "correct-horse-pdf"


def pdfsig(pdf: Path, *extra: str) -> str:
    if shutil.which("pdfsig") is None:
        pytest.fail("Poppler's pdfsig is needed (apt-get install poppler-utils; .ci/run does)")
    result = subprocess.run(
        ["pdfsig", *extra, str(pdf)], capture_output=True, text=True, check=False, timeout=60
    )
    return result.stdout + result.stderr


@pytest.fixture
def bundle(journal: Journal, tmp_path: Path) -> Path:
    populate(journal)
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), out)
    return out


def test_pdfsig_finds_one_valid_signature_over_the_whole_document(bundle: Path) -> None:
    report = pdfsig(bundle)
    assert "Signature #1" in report and "Signature #2" not in report
    assert "Total document signed" in report
    assert "Signature is Valid" in report
    assert verify_bundle(bundle).intact


def test_the_signature_works_with_the_aes_256_password(journal: Journal, tmp_path: Path) -> None:
    populate(journal)
    out = tmp_path / "protected.pdf"
    export_bundle(journal, ExportOptions(password=PASSWORD), out)
    assert PdfReader(out).is_encrypted
    report = pdfsig(out, "-opw", PASSWORD)
    assert "Total document signed" in report and "Signature is Valid" in report
    assert verify_bundle(out, PASSWORD).intact


def test_one_changed_byte_of_a_printed_page_is_not_intact(bundle: Path, tmp_path: Path) -> None:
    """The pages are what a court reads: the signature covers them, the manifest does not."""
    reader = PdfReader(bundle)
    reference = reader.pages[0].get_object().raw_get("/Contents")
    number = reference.idnum  # the first page's own content stream, stored compressed
    data = bundle.read_bytes()
    start = data.index(b"stream", data.index(f"\n{number} 0 obj".encode()))
    index = start + len(b"stream\n") + 10
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :])
    result = verify_bundle(forged)
    assert not result.intact
    assert "Signature is Valid" not in pdfsig(forged)


def test_a_later_revision_appended_to_the_file_is_not_intact(bundle: Path, tmp_path: Path) -> None:
    """An incremental update (a new page text, an annotation) after signing is refused, even
    though the signed bytes are untouched."""
    from pypdf import PdfWriter

    writer = PdfWriter(bundle, incremental=True)
    writer.add_metadata({"/Title": f"Changed later {THREAT_MARKER}"})
    updated = tmp_path / "updated.pdf"
    with updated.open("wb") as handle:
        writer.write(handle)
    assert updated.read_bytes().startswith(bundle.read_bytes())  # only appended
    result = verify_bundle(updated)
    assert not result.intact
    assert any("after it was signed" in p for p in result.problems)
    assert "Total document signed" not in pdfsig(updated)


def test_the_signing_certificate_is_bound_by_the_journals_manifest(bundle: Path) -> None:
    result = verify_bundle(bundle)
    assert result.pdf_signature_ok
    assert result.pdf_certificate_fingerprint is not None
