"""The verifier: intact bundles pass; one changed byte anywhere that matters is named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from journal_app.core.journal import Journal
from journal_app.evidence import manifest as mf
from journal_app.evidence import signing
from journal_app.evidence.canonical import canonical_json
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions, Redactions
from journal_app.export.verify import verify_bundle
from tests.integration.test_export import SCREENSHOT, populate
from tests.support.helpers import run_cli


@pytest.fixture
def bundle(journal: Journal, tmp_path: Path) -> Path:
    populate(journal)
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), out)
    return out


def rebuild(source: Path, target: Path, replace: dict[str, bytes]) -> Path:
    """The same pages and files, with some embedded files' bytes swapped (as a forger would)."""
    reader = PdfReader(source)
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    for name, blobs in reader.attachments.items():
        writer.add_attachment(name, replace.get(name, blobs[0]))
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def files_of(pdf: Path) -> dict[str, bytes]:
    return {name: blobs[0] for name, blobs in PdfReader(pdf).attachments.items()}


def flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


def test_an_intact_bundle_verifies_on_the_command_line(bundle: Path) -> None:
    result = run_cli(["verify", bundle])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "INTACT" in result.stdout and "NOT INTACT" not in result.stdout
    document = json.loads(run_cli(["verify", bundle, "--json"]).stdout)
    assert document["intact"] is True and document["signature_valid"] is True
    assert document["files_checked"] == 2 and document["content_hashes_recomputed"] == 3
    assert document["encryption"] is None and document["problems"] == []


def test_one_changed_byte_in_an_embedded_file_fails_and_names_the_exhibit(
    bundle: Path, tmp_path: Path
) -> None:
    forged = rebuild(bundle, tmp_path / "forged.pdf", {"A1_screenshot.png": flip(SCREENSHOT, 500)})
    result = run_cli(["verify", forged])
    assert result.returncode == 4
    assert "MISMATCH: Exhibit A1 ('A1_screenshot.png') does not match" in result.stdout
    assert "NOT INTACT" in result.stdout and "Traceback" not in result.stderr


def test_one_changed_byte_patched_into_the_raw_file_is_found(bundle: Path, tmp_path: Path) -> None:
    raw = bundle.read_bytes()
    at = raw.index(SCREENSHOT[200:260]) + 10  # embedded streams are stored uncompressed
    patched = tmp_path / "patched.pdf"
    patched.write_bytes(flip(raw, at))
    result = verify_bundle(patched)
    assert not result.intact
    assert any("Exhibit A1" in p for p in result.problems), result.problems
    assert run_cli(["verify", patched]).returncode == 4


def test_one_changed_byte_in_the_manifest_breaks_the_signature(
    bundle: Path, tmp_path: Path
) -> None:
    manifest = files_of(bundle)["manifest.json"]
    index = manifest.index(b'"created_at":"') + len(b'"created_at":"') + 3
    forged = rebuild(bundle, tmp_path / "forged.pdf", {"manifest.json": flip(manifest, index)})
    result = run_cli(["verify", forged, "--json"])
    assert result.returncode == 4
    problems = json.loads(result.stdout)["problems"]
    assert any("signature does not match" in p for p in problems), problems


def test_a_removed_exhibit_or_manifest_is_reported(bundle: Path, tmp_path: Path) -> None:
    reader = PdfReader(bundle)
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    for name, blobs in reader.attachments.items():
        if name != "A2_voicemail.mp3":
            writer.add_attachment(name, blobs[0])
    writer.add_attachment("extra.txt", b"slipped in later")
    stripped = tmp_path / "stripped.pdf"
    with stripped.open("wb") as handle:
        writer.write(handle)
    problems = verify_bundle(stripped).problems
    assert any("Exhibit A2" in p and "missing" in p for p in problems), problems
    assert any("extra.txt" in p for p in problems), problems
    bare = PdfWriter()
    for page in reader.pages:
        bare.add_page(page)
    plain = tmp_path / "plain.pdf"
    with plain.open("wb") as handle:
        bare.write(handle)
    result = run_cli(["verify", plain])
    assert result.returncode == 4 and "No manifest.json" in result.stdout


def _resigned(files: dict[str, bytes], manifest: dict[str, object], key: bytes) -> dict[str, bytes]:
    data = canonical_json(manifest)
    return {**files, "manifest.json": data, "manifest.sig": signing.sign(key, data)}


def test_a_rewritten_entry_fails_its_content_hash_even_when_re_signed(
    journal: Journal, bundle: Path, tmp_path: Path
) -> None:
    """Someone holding the signing key rewrites a body: the hash chain still gives it away."""
    files = files_of(bundle)
    manifest = json.loads(files["manifest.json"])
    manifest["entries"][0]["versions"][0]["fields"]["body"] = "Nothing happened."
    key = journal.vault.meta("signing_key")
    assert key is not None
    forged = rebuild(bundle, tmp_path / "forged.pdf", _resigned(files, manifest, key))
    result = verify_bundle(forged)
    assert result.signature_ok and not result.intact
    # The rebuilt file has also lost the PDF signature; the hash chain names the entry.
    assert result.problems[0] == (
        "Entry 1, version 1: its text and files do not match its content hash."
    )


def test_a_changed_leaf_breaks_the_chain_head(
    journal: Journal, bundle: Path, tmp_path: Path
) -> None:
    files = files_of(bundle)
    manifest = json.loads(files["manifest.json"])
    manifest["chain"]["leaves"][0] = "0" * 64
    key = journal.vault.meta("signing_key")
    assert key is not None
    forged = rebuild(bundle, tmp_path / "forged.pdf", _resigned(files, manifest, key))
    problems = verify_bundle(forged).problems
    assert any("history head recomputed" in p for p in problems), problems
    assert any("not at history position 1" in p for p in problems), problems


def test_a_redacted_bundle_verifies_and_says_what_it_could_not_recompute(
    journal: Journal, tmp_path: Path
) -> None:
    populate(journal)
    out = tmp_path / "redacted.pdf"
    export_bundle(journal, ExportOptions(redactions=Redactions(people=True)), out)
    result = verify_bundle(out)
    assert result.intact, result.problems
    # Every field is committed with its own salt: withholding names no longer stops the
    # recipient from recomputing every version's content hash.
    assert result.content_checked == 3 and result.versions_checked == 3
    assert result.unchecked == []
    assert any("withheld" in note for note in result.notes)


def test_not_a_pdf_and_a_missing_file_fail_cleanly(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"this is not a pdf at all")
    result = run_cli(["verify", junk])
    assert result.returncode == 4 and "cannot be read as a PDF" in result.stdout
    missing = run_cli(["verify", tmp_path / "absent.pdf"])
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1


def test_manifest_parsing_rejects_other_documents() -> None:
    for data in (b"", b"[]", b'{"format": "other"}', b"\xff\xfe", b"[" * 100_000):
        with pytest.raises(mf.ManifestError):
            mf.check_manifest(data, None, {})
