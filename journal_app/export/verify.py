"""Check an evidence bundle: the manifest's signature, every embedded original, every version's
hashes and the history chain. Says exactly what does not match."""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader, apply_configuration
from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.files import open_regular_file, regular_file_size
from journal_app.evidence import certificate
from journal_app.evidence import manifest as mf
from journal_app.export.pades import check_bundle_signature
from journal_app.i18n import N_, Translate

MAX_BUNDLE_BYTES = 4 * 1024 * 1024 * 1024
INTACT_VERDICT = N_(
    "INTACT: the signature, every embedded file and every entry's hashes match the manifest, "
    "and the history chain checks."
)
NO_MANIFEST = N_(
    "No manifest.json is embedded: this is not a journal evidence bundle, or the manifest was "
    "removed."
)
INTACT_EXCEPT_OLD = N_(
    "INTACT, with exceptions: the signature, every embedded file and the history chain check, "
    "but some versions written with an earlier version of the app have withheld fields, so "
    "their content could not be rechecked (listed below)."
)
REDACTED_NOTE = N_(
    "Some fields were withheld in this copy. Each disclosed field is checked with its own "
    "salt; a withheld field is represented only by a commitment that cannot be tested against "
    "a guess."
)


NOT_A_PDF = N_("The file cannot be read as a PDF.")


NO_PDF_SIGNATURE = N_(
    "This bundle was made before bundles carried a PDF signature: its embedded files and "
    "manifest are checked, but its printed pages are not covered by a signature."
)


class BundlePasswordError(JournalError):
    """The bundle is encrypted and no password, or the wrong one, was given."""

    exit_status = 3


NOT_RECHECKED = N_("Not fully rechecked: entry {entry}, version {version}: {reason}.")


def unchecked_lines(result: VerifyResult, translate: Translate) -> list[str]:
    """One line per version whose content could not be fully rechecked, and why."""
    return [
        translate(NOT_RECHECKED, entry=u.entry, version=u.version, reason=translate(u.reason))
        for u in result.unchecked
    ]


@dataclass
class VerifyResult:
    path: Path
    intact: bool = False
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    export_id: str | None = None
    created_at: str | None = None
    entries: int = 0
    exhibits: int = 0
    files_checked: int = 0
    versions_checked: int = 0
    content_checked: int = 0
    signature_ok: bool = False
    fingerprint: str | None = None
    # The standard PDF signature over the whole file (pages included).
    pdf_signature_ok: bool = False
    pdf_certificate_fingerprint: str | None = None
    chain_size: int | None = None
    chain_head: str | None = None
    # Every leaf of the journal's history chain, for checkpoint comparisons.
    chain_leaves: list[str] | None = None
    encryption: dict[str, Any] | None = None
    redactions: list[str] = field(default_factory=list)
    # Every version whose content could not be fully rechecked, with the reason.
    unchecked: list[mf.Unchecked] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        """In English (for JSON and logs); the CLI shows it in the user's language."""
        if self.intact:
            if any(u.reason == mf.OLD_WITHHELD for u in self.unchecked):
                return INTACT_EXCEPT_OLD
            return INTACT_VERDICT
        return "NOT INTACT: " + (self.problems[0] if self.problems else "the bundle failed.")


def _read_bundle(path: Path) -> bytes:
    """The whole file, refused at once if it is a pipe, a device or larger than any bundle."""
    if regular_file_size(path) > MAX_BUNDLE_BYTES:
        raise InvalidInput("This file is larger than any bundle the app writes.")
    try:
        with open_regular_file(path) as handle:
            return handle.read(MAX_BUNDLE_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(
            key="The file '{path}' cannot be read: {reason}",
            params={"path": path, "reason": exc.strerror},
        ) from exc


# pypdf refuses streams over 75 MB by default (a guard against hostile PDFs); a bundle embeds
# originals up to mf.EMBED_FILE_LIMIT, and whatever the export embeds, verify must read. Still
# bounded, so a planted PDF cannot make the reader inflate without end.
_STREAM_LIMIT = mf.EMBED_FILE_LIMIT + 16 * 1024 * 1024
_STREAM_LIMITS = {
    "maximum_declared_stream_length": _STREAM_LIMIT,
    "zlib_maximum_output_length": _STREAM_LIMIT,
    "stream_decoding_work_maximum_length": 2 * _STREAM_LIMIT,
}


@contextlib.contextmanager
def _quiet_pdf_library() -> Iterator[None]:
    """pypdf reports damage it works around ("EOF marker not found") through logging and
    warnings; the verdict already says what matters, so those lines never reach the person."""
    logger = logging.getLogger("pypdf")  # its modules log through children of this logger
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings(), apply_configuration(None, **_STREAM_LIMITS):
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def verify_bundle(path: Path, password: str | None = None) -> VerifyResult:
    result = VerifyResult(Path(path))
    data = _read_bundle(Path(path))
    with _quiet_pdf_library():
        return _verify(data, password, result)


def _verify(data: bytes, password: str | None, result: VerifyResult) -> VerifyResult:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            result.encryption = _encryption(reader)
            if password is None:
                raise BundlePasswordError("This bundle is protected by a password; give it.")
            if not reader.decrypt(password):
                raise BundlePasswordError("That password does not open this bundle.")
        files = _embedded(reader, result)
    except (PdfReadError, PyPdfError, FileNotDecryptedError, ValueError, KeyError) as exc:
        if isinstance(exc, FileNotDecryptedError):
            raise BundlePasswordError("That password does not open this bundle.") from exc
        result.problems.append(NOT_A_PDF)
        return result
    manifest_bytes = files.get(mf.MANIFEST_NAME)
    if manifest_bytes is None:
        result.problems.append(NO_MANIFEST)
        return result
    signature = files.get(mf.SIGNATURE_NAME)
    digests = {
        name: (hashlib.sha256(blob).hexdigest(), len(blob))
        for name, blob in files.items()
        if name not in mf.SUPPORT_FILES
    }
    try:
        check = mf.check_manifest(manifest_bytes, signature, digests)
        _summarise(mf.parse(manifest_bytes), result)
    except mf.ManifestError as exc:
        result.problems.append(f"The manifest cannot be read: {exc}")
        return result
    result.problems += check.problems
    result.notes += check.notes
    result.signature_ok = check.signature_ok
    result.fingerprint = check.fingerprint
    result.files_checked = check.files_checked
    result.versions_checked = check.versions_checked
    result.content_checked = check.content_checked
    result.unchecked = check.unchecked
    _check_pdf_signature(data, password, mf.parse(manifest_bytes), result)
    result.intact = not result.problems
    return result


def _check_pdf_signature(
    data: bytes, password: str | None, manifest: dict[str, Any], result: VerifyResult
) -> None:
    """The PDF signature over the whole file (pages included), made with the key the signed
    manifest names. Bundles made before it existed carry none; that is said, not hidden."""
    claim = manifest["signing_key"].get("pdf_signature")
    if not isinstance(claim, dict):
        result.notes.append(NO_PDF_SIGNATURE)
        return
    check = check_bundle_signature(data, password)
    result.problems += check.problems
    if check.public_key_sha256 is not None:
        result.pdf_certificate_fingerprint = certificate.fingerprint(check.public_key_sha256)
        if check.public_key_sha256 != claim.get("public_key_sha256"):
            result.problems.append(
                "The PDF was signed with a key the journal's manifest does not name."
            )
            return
    result.pdf_signature_ok = check.ok


def _embedded(reader: PdfReader, result: VerifyResult) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for name, blobs in reader.attachments.items():
        if len(blobs) != 1 or name in files:
            result.problems.append(f"The PDF holds more than one file named '{name}'.")
        files[name] = bytes(blobs[0]) if blobs else b""
    return files


def _encryption(reader: PdfReader) -> dict[str, Any]:
    encrypt = reader.trailer.get("/Encrypt")
    if encrypt is None:
        return {}
    encrypt = encrypt.get_object()
    revision = int(encrypt.get("/R", 0))
    version = int(encrypt.get("/V", 0))
    algorithm = "AES-256" if revision >= 6 and version == 5 else "older (not AES-256)"
    return {"algorithm": algorithm, "revision": revision, "version": version}


def _summarise(manifest: dict[str, Any], result: VerifyResult) -> None:
    result.export_id = str(manifest.get("export_id"))
    result.created_at = str(manifest.get("created_at"))
    result.entries = len(manifest["entries"])
    result.exhibits = len(manifest["exhibits"])
    chain = manifest["chain"]
    result.chain_size = chain.get("size") if isinstance(chain.get("size"), int) else None
    result.chain_head = str(chain.get("head"))
    leaves = chain.get("leaves")
    if isinstance(leaves, list) and all(isinstance(leaf, str) for leaf in leaves):
        result.chain_leaves = list(leaves)
    redactions = manifest.get("redactions")
    if isinstance(redactions, dict) and isinstance(redactions.get("statement"), list):
        result.redactions = [str(s) for s in redactions["statement"]]
    # Format 1 bundles had no per-field salts: what they withheld is listed as not rechecked.
    if result.redactions and manifest.get("format_version") != 1:
        result.notes.append(REDACTED_NOTE)


def verify_json(result: VerifyResult) -> dict[str, Any]:
    """The `verify --json` document (docs/cli-json.md)."""
    return {
        "format": 1,
        "intact": result.intact,
        "verdict": result.verdict,
        "problems": result.problems,
        "notes": result.notes,
        "export_id": result.export_id,
        "created_at": result.created_at,
        "entries": result.entries,
        "exhibits": result.exhibits,
        "files_checked": result.files_checked,
        "versions_checked": result.versions_checked,
        "content_hashes_recomputed": result.content_checked,
        "content_not_rechecked": [
            {"entry": u.entry, "version": u.version, "reason": u.reason} for u in result.unchecked
        ],
        "signature_valid": result.signature_ok,
        "signing_key_fingerprint": result.fingerprint,
        "pdf_signature_valid": result.pdf_signature_ok,
        "pdf_signing_key_fingerprint": result.pdf_certificate_fingerprint,
        "history_size": result.chain_size,
        "history_head": result.chain_head,
        "encryption": result.encryption,
        "redactions": result.redactions,
    }
