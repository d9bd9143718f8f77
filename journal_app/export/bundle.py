"""Export an evidence bundle: check the vault, lay out the pages, embed originals and the
signed manifest with pypdf, encrypt (AES-256) if asked, and write atomically.

Memory: pages are laid out in memory; pypdf holds every embedded original in memory until the
file is written, so one original may be at most EMBED_FILE_LIMIT bytes and all of them together
at most EMBED_TOTAL_LIMIT. Larger files are listed with their SHA-256 but not embedded, and the
bundle says so. Originals are read one at a time, streamed from the vault in chunks.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import secrets
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter

from journal_app import __version__
from journal_app.core.errors import Cancelled, IntegrityError, InvalidInput
from journal_app.core.journal import Journal
from journal_app.core.models import Version
from journal_app.evidence import manifest as mf
from journal_app.evidence import signing
from journal_app.evidence.certificate import pdf_signing_identity
from journal_app.evidence.chain import ChainHead
from journal_app.evidence.commitments import commitments_of, parts_of
from journal_app.evidence.export_log import ExportRecord
from journal_app.export.boxes import Box, black_out, derivative_note
from journal_app.export.clean import CopyFacts, clean_file
from journal_app.export.cover import CoverFacts
from journal_app.export.images import Preview, make_preview
from journal_app.export.layout import lay_out
from journal_app.export.media import plan_media
from journal_app.export.pades import sign_bundle
from journal_app.export.printed import plan_printing, print_into
from journal_app.export.selection import (
    OLD_LEFT_OUT_REASON,
    Exhibit,
    ExportOptions,
    Plan,
    PlannedEntry,
    exhibit_mark,
    exposed_old_entry,
    plan_export,
    redacted_fields,
    withheld_parts,
)
from journal_app.export.streamed import (
    VaultFileStream,
    add_streamed_attachment,
    encrypt_as_written,
)
from journal_app.export.witness import CertificateFacts
from journal_app.i18n import N_, Message, normalise, translator
from journal_app.vault.files import fsync_directory, replace_with_retry
from journal_app.vault.foreign import refuse_output_over_journal
from journal_app.vault.repository import Repository

EMBED_FILE_LIMIT = mf.EMBED_FILE_LIMIT
EMBED_TOTAL_LIMIT = 1024 * 1024 * 1024
PREVIEW_FILE_LIMIT = 64 * 1024 * 1024
PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # no l, o, 0, 1: easy to read aloud

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def generate_password(groups: int = 5, size: int = 5) -> str:
    """A strong random password, e.g. `k7m2q-...`: 25 characters, about 125 bits."""
    return "-".join(
        "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(size)) for _ in range(groups)
    )


@dataclass
class ExportResult:
    path: Path
    export_id: str
    entries: int
    exhibits: int
    encrypted: bool
    head: ChainHead
    fingerprint: str
    not_embedded: dict[str, str] = field(default_factory=dict)
    # Entries a redacted copy left out: written before per-field salts (selection.py).
    left_out_old: list[int] = field(default_factory=list)
    # The finished file's SHA-256 and size, as recorded in the export log.
    sha256: str = ""
    size: int = 0


def export_bundle(
    journal: Journal,
    options: ExportOptions,
    destination: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Write the bundle to `destination` (temp file in the same folder, then rename)."""
    report_progress = progress or (lambda _d, _t: None)
    is_cancelled = cancelled or (lambda: False)
    destination = Path(destination)
    refuse_output_over_journal(destination, journal.vault.folder)
    if not destination.parent.is_dir():
        raise InvalidInput(
            key="The folder '{folder}' does not exist.", params={"folder": destination.parent}
        )
    if destination.is_dir():
        raise InvalidInput(
            key="'{path}' is a folder; choose a file name for the bundle.",
            params={"path": destination},
        )
    if options.password is not None and not options.password:
        raise InvalidInput("The PDF password is empty.")
    check = journal.check(verify_attachments=False)
    if not check.ok:
        raise IntegrityError(
            "The journal's integrity check found a problem, so nothing was exported. "
            "Run 'journal-app check' for details."
        )
    private_key = journal.vault.meta("signing_key")
    if private_key is None:
        raise InvalidInput("This journal has no signing key.")
    plan = plan_export(journal, options)
    if not any(not item.entry.deleted for item in plan.entries):
        if plan.left_out_old:
            raise InvalidInput(
                "Every entry in this selection was written with an earlier version of the app, "
                "so a redacted copy leaves it out; nothing was exported. Export without "
                "redaction, or choose to include those entries anyway."
            )
        raise InvalidInput("No entries match this selection; nothing was exported.")
    created = (now or datetime.now(UTC)).astimezone(UTC)
    number, export_id = journal.next_export_id()
    earlier = journal.exports()
    public_key = signing.public_key_bytes(private_key)
    head = journal.head()
    reasons = _too_large(plan)
    copies = (
        _clean_copies(journal, plan, options.redactions.boxed, reasons, is_cancelled)
        if options.redactions.any
        else {}
    )
    not_embedded = {number: reason.english() for number, reason in reasons.items()}
    total_steps = len(plan.entries) + 2 * len(plan.exhibits) + 1

    facts = CoverFacts(
        export_id=export_id,
        created_at=created,
        chain_size=head.size,
        chain_head=head.head,
        fingerprint=signing.fingerprint(public_key),
        versions=sum(len(e.versions) for e in plan.entries),
        encrypted=options.password is not None,
        not_embedded=not_embedded,
        not_embedded_reasons=reasons,
        cleaned={
            number: CopyFacts(hashlib.sha256(data).hexdigest(), len(data), removed, regions)
            for number, (data, removed, regions) in copies.items()
        },
        earlier_exports=tuple(record.disclosed() for record in earlier),
    )

    def previews(exhibit: Exhibit) -> Preview | None:
        info = exhibit.info
        if not info.mime_type.startswith("image/") or info.size > PREVIEW_FILE_LIMIT:
            return None
        if exhibit.number in copies:
            return make_preview(copies[exhibit.number][0])
        if info.id in options.redactions.boxed:
            return None  # not embedded (too large): never print the picture without its boxes
        return make_preview(journal.attachment_bytes(info.id, limit=PREVIEW_FILE_LIMIT))

    def printed_source(exhibit: Exhibit) -> bytes:
        """What a PDF exhibit prints, or a recording is measured from: the cleaned copy in a
        redacted bundle, else the original."""
        if exhibit.number in copies:
            return copies[exhibit.number][0]
        return _read_verified(journal, exhibit)

    # The manifest describes the files and versions, not the pages, so it is made first and
    # its SHA-256 printed on the certificate page.
    pdf_key_hash = pdf_signing_identity(private_key)[2]
    manifest = build_manifest(plan, options, facts, journal, public_key, not_embedded, pdf_key_hash)
    manifest_bytes = mf.encode(manifest)
    signature = mf.sign(private_key, manifest_bytes)

    laid_out = lay_out(
        plan,
        options,
        facts,
        previews,
        progress=lambda done, _t: report_progress(done, total_steps),
        cancelled=is_cancelled,
        printables=plan_printing(plan.exhibits, printed_source, reasons),
        certificate=CertificateFacts(hashlib.sha256(manifest_bytes).hexdigest()),
        media=plan_media(plan.exhibits, printed_source, reasons),
    )
    pages = laid_out.pdf

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pages)))
    del pages
    print_into(writer, laid_out.slots, laid_out.pages, printed_source)
    step = len(plan.entries) + len(plan.exhibits)
    checksums: list[str] = []
    for exhibit in plan.exhibits:
        if is_cancelled():
            raise Cancelled()
        if exhibit.number in copies:
            writer.add_attachment(exhibit.file_name, copies[exhibit.number][0])
            checksums.append(f"{facts.cleaned[exhibit.number].sha256}  {exhibit.file_name}\n")
        elif exhibit.number not in not_embedded:
            _embed_original(writer, journal, exhibit)
            checksums.append(f"{exhibit.info.sha256}  {exhibit.file_name}\n")
        step += 1
        report_progress(step, total_steps)
    writer.add_attachment(mf.MANIFEST_NAME, manifest_bytes)
    writer.add_attachment(mf.SIGNATURE_NAME, signature)
    writer.add_attachment(mf.PUBLIC_KEY_NAME, signing.public_key_pem(public_key))
    writer.add_attachment(mf.CHECKSUMS_NAME, "".join(checksums).encode("ascii"))
    title = translator(options.language)("Evidence bundle {export_id}", export_id=export_id)
    writer.add_metadata({"/Title": title, "/Creator": "journal-app"})
    if options.password is not None:
        writer.encrypt(options.password, algorithm="AES-256")
        encrypt_as_written(writer)
    if is_cancelled():
        raise Cancelled()
    with _scratch_files(destination) as (unsigned_path, signed_path):
        # Files, not memory: pypdf writes the originals out as it goes (streamed.py), and
        # pyHanko reads and hashes in chunks, so a large exhibit is never held twice.
        with unsigned_path.open("wb") as handle:
            writer.write(handle)
        del writer
        with unsigned_path.open("rb") as unsigned, signed_path.open("w+b") as signed:
            # The last step: a standard PDF signature over every byte (pages, files, manifest).
            sign_bundle(unsigned, signed, private_key, options.password)
            signed.flush()
            os.fsync(signed.fileno())
        if is_cancelled():
            raise Cancelled()
        sha256, size = _file_sha256(signed_path)
        record = ExportRecord(
            number=number,
            export_id=export_id,
            created_at=facts.created_at.isoformat(timespec="seconds"),
            selection=options.selection_json(),
            redactions={
                "fields": options.redactions.field_names(),
                "attachments_left_out": len(options.redactions.attachment_ids),
            },
            sha256=sha256,
            size=size,
            entries=len(plan.entries),
            exhibits=len(plan.exhibits),
            encrypted=options.password is not None,
            chain_size=head.size,
            chain_head=head.head,
        )
        # Recorded only now, when the file is complete and hashed; putting it in place runs
        # inside the log's transaction, so a bundle that could not be put there leaves no row.
        journal.record_export(record, lambda: replace_with_retry(signed_path, destination))
    fsync_directory(destination.parent)
    report_progress(total_steps, total_steps)
    return ExportResult(
        path=destination,
        export_id=export_id,
        entries=len(plan.entries),
        exhibits=len(plan.exhibits),
        encrypted=options.password is not None,
        head=head,
        fingerprint=facts.fingerprint,
        not_embedded=not_embedded,
        left_out_old=list(plan.left_out_old),
        sha256=sha256,
        size=size,
    )


@contextlib.contextmanager
def _scratch_files(destination: Path) -> Iterator[tuple[Path, Path]]:
    """Two owner-only temporary files beside the bundle (the unsigned and the signed file);
    whatever happens, neither is left behind."""
    made: list[Path] = []
    try:
        for suffix in (".unsigned", ".part"):
            fd, name = tempfile.mkstemp(prefix=".bundle-", suffix=suffix, dir=destination.parent)
            os.close(fd)
            made.append(Path(name))
        yield made[0], made[1]
    finally:
        for path in made:
            with contextlib.suppress(OSError):
                path.unlink()


def _file_sha256(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _embed_original(writer: PdfWriter, journal: Journal, exhibit: Exhibit) -> None:
    """The original, streamed from the vault (and encrypted, with a password) as the file is
    written, and checked against its recorded SHA-256 on the way (streamed.py)."""
    source = VaultFileStream(
        lambda: journal.attachment_chunks(exhibit.info.id),
        exhibit.info.size,
        exhibit.info.sha256,
        exhibit.info.original_name,
    )
    add_streamed_attachment(writer, exhibit.file_name, source)


def _too_large(plan: Plan) -> dict[str, Message]:
    """Why some exhibits are not embedded (English in the manifest, translated on the page)."""
    reasons: dict[str, Message] = {}
    total = 0
    for exhibit in plan.exhibits:
        size = exhibit.info.size
        if size > EMBED_FILE_LIMIT:
            reasons[exhibit.number] = Message(
                N_(
                    "larger than {limit} MB; hand the original over separately and check it "
                    "against the SHA-256 above"
                ),
                {"limit": EMBED_FILE_LIMIT // (1024 * 1024)},
            )
        elif total + size > EMBED_TOTAL_LIMIT:
            reasons[exhibit.number] = Message(
                N_(
                    "the bundle reached its size limit; export fewer entries at a time, or hand "
                    "the original over separately"
                )
            )
        else:
            total += size
    return reasons


def _clean_copies(
    journal: Journal,
    plan: Plan,
    boxes: dict[int, tuple[Box, ...]],
    reasons: dict[str, Message],
    is_cancelled: CancelCheck,
) -> dict[str, tuple[bytes, tuple[str, ...], int]]:
    """For a redacted copy: every exhibit as a copy with its metadata removed, and pictures
    with black boxes redrawn with the boxes in their pixels (boxes.py). A file that cannot be
    cleaned is left out (with the reason), never embedded as it is; a box that cannot be drawn
    stops the export."""
    unknown = set(boxes) - {exhibit.info.id for exhibit in plan.exhibits}
    if unknown:
        raise InvalidInput(
            key="There is no picture {marks} in this selection, so no box can be drawn on it.",
            params={"marks": ", ".join(exhibit_mark(i) for i in sorted(unknown))},
        )
    copies: dict[str, tuple[bytes, tuple[str, ...], int]] = {}
    for exhibit in plan.exhibits:
        if is_cancelled():
            raise Cancelled()
        if exhibit.number in reasons:
            continue
        if exhibit.info.id in boxes:
            data = _read_verified(journal, exhibit)
            boxed = black_out(data, exhibit.info.mime_type, boxes[exhibit.info.id], exhibit.number)
            copies[exhibit.number] = (boxed.data, boxed.removed, boxed.regions)
            continue
        result = clean_file(_read_verified(journal, exhibit), exhibit.info.mime_type)
        if result.data is None:
            reasons[exhibit.number] = Message(
                N_(
                    "this is a redacted copy and the file's hidden details (metadata) could not "
                    "be removed, so it is left out; hand the original over separately only if "
                    "that is safe"
                )
            )
        else:
            copies[exhibit.number] = (result.data, result.removed, 0)
    return copies


def _read_verified(journal: Journal, exhibit: Exhibit) -> bytes:
    """The original's bytes, checked against the hash recorded at import."""
    digest = hashlib.sha256()
    buffer = io.BytesIO()
    for chunk in journal.attachment_chunks(exhibit.info.id):
        digest.update(chunk)
        buffer.write(chunk)
    if digest.hexdigest() != exhibit.info.sha256 or buffer.tell() != exhibit.info.size:
        raise IntegrityError(
            key="The stored file '{name}' does not match its recorded SHA-256, so nothing was "
            "exported. Run 'journal-app check'.",
            params={"name": exhibit.info.original_name},
        )
    # getvalue() shares the buffer's memory when nothing else refers to it: no second copy.
    return buffer.getvalue()


# ---------------------------------------------------------------------------- manifest
def build_manifest(
    plan: Plan,
    options: ExportOptions,
    facts: CoverFacts,
    journal: Journal,
    public_key: bytes,
    not_embedded: dict[str, str],
    pdf_key_hash: str,
) -> dict[str, Any]:
    leaves = _all_leaves(journal)
    return {
        "format": mf.FORMAT,
        "format_version": mf.FORMAT_VERSION,
        "app": f"journal-app {__version__}",
        "export_id": facts.export_id,
        "created_at": facts.created_at.isoformat(timespec="seconds"),
        # The language of the pages; the manifest itself is always in English.
        "language": normalise(options.language),
        "selection": options.selection_json(),
        "redactions": options.redactions_json() | _old_entries_json(plan, options),
        "entries": [_entry_json(item, options) for item in plan.entries],
        "exhibits": [
            {
                "number": e.number,
                "file": e.file_name,
                "embedded": e.number not in not_embedded,
                **({"reason": not_embedded[e.number]} if e.number in not_embedded else {}),
                "sha256": e.info.sha256,
                "size": e.info.size,
                **_copy_json(e, facts),
                "mime_type": e.info.mime_type,
                **({} if e.withhold_name else {"original_name": e.info.original_name}),
                "captured_at": e.info.captured_at,
                "entry": e.entry_number,
                "version": e.version_no,
            }
            for e in plan.exhibits
        ],
        "chain": {"size": facts.chain_size, "head": facts.chain_head, "leaves": leaves},
        # What the journal's export log recorded before this bundle (tags and hand-picked
        # entries as counts only); this bundle's own record is written after it is signed.
        "earlier_exports": list(facts.earlier_exports),
        "signing_key": {
            "algorithm": "Ed25519",
            "public_key": public_key.hex(),
            "fingerprint": facts.fingerprint,
            # The PDF signature's key (ECDSA P-256, derived from this one): binds the two.
            "pdf_signature": {
                "format": "PAdES (ETSI.CAdES.detached)",
                "algorithm": "ECDSA P-256 with SHA-256",
                "public_key_sha256": pdf_key_hash,
            },
        },
    }


def _old_entries_json(plan: Plan, options: ExportOptions) -> dict[str, Any]:
    """Entries written before per-field salts, in a redacted copy: which were left out and why,
    or which were included by choice (their withheld values can be guessed)."""
    if not options.redactions.any:
        return {}
    included = [e.number for e in plan.entries if exposed_old_entry(e.entry, options.redactions)]
    return {
        "old_entries_left_out": {
            "entries": list(plan.left_out_old),
            "reason": Message(OLD_LEFT_OUT_REASON).english(),
        },
        "old_entries_included": included,
    }


def _copy_json(exhibit: Exhibit, facts: CoverFacts) -> dict[str, Any]:
    """A cleaned copy: `sha256` and `size` describe the embedded bytes, and the original's
    are kept beside them, with what was removed (English)."""
    copy = facts.cleaned.get(exhibit.number)
    if copy is None:
        return {}
    return {
        "sha256": copy.sha256,
        "size": copy.size,
        "original_sha256": exhibit.info.sha256,
        "original_size": exhibit.info.size,
        "metadata_removed": list(copy.removed),
        **(
            {
                "regions_blacked_out": copy.regions,
                "derivation": derivative_note(exhibit.number, copy.regions),
            }
            if copy.regions
            else {}
        ),
    }


def _all_leaves(journal: Journal) -> list[str]:
    with journal.vault.guard:
        return [str(row[9]) for row in Repository(journal.vault.connection).iter_versions()]


def _entry_json(item: PlannedEntry, options: ExportOptions) -> dict[str, Any]:
    entry = item.entry
    return {
        "number": item.number,
        "journal_id": entry.id,
        "uid": entry.uid,
        "kind": entry.kind.value,
        "recorded_at": entry.created_at,
        "late_entry": entry.late,
        "deleted": entry.deleted,
        "amended": entry.amended,
        "versions_total": len(entry.versions),
        "versions": [_version_json(v, item, options) for v in item.versions],
    }


def _version_json(version: Version, item: PlannedEntry, options: ExportOptions) -> dict[str, Any]:
    red = options.redactions
    numbers = {e.info.id: e.number for e in item.exhibits}
    attachments: list[dict[str, Any]] = []
    for info in version.attachments:
        if info.id in red.attachment_ids:
            attachments.append({"redacted": True})
        elif red.any:
            # The file's own name is withheld in a redacted copy (Exhibit.withhold_name): in
            # format 2 it is a part of its own (commitments.name_part), so the file's hash,
            # size and type stay checkable while its name is only committed to.
            hashed = {k: v for k, v in info.hashed_form().items() if k != "name"}
            attachments.append({**hashed, "exhibit": numbers.get(info.id)})
        else:
            attachments.append({**info.hashed_form(), "exhibit": numbers.get(info.id)})
    withheld = withheld_parts(version, red)
    record: dict[str, Any] = {
        "version": version.version_no,
        "action": version.action,
        "recorded_at": version.recorded_at,
        "content_sha256": version.content_sha256,
        "leaf_sha256": version.leaf_sha256,
        "history_position": version.seq,
        "redacted": withheld,
        "fields": None,
        "attachments": attachments,
    }
    if version.fields is None:
        return record  # erased by a deletion
    full = version.fields.to_json()
    record["content_format"] = version.content_format
    left_out = frozenset(a.sha256 for a in version.attachments if a.id in red.attachment_ids)
    record["fields"] = redacted_fields(full, red, left_out) if withheld else full
    if version.salts is not None:
        # Format 2: each disclosed part's salt, each withheld part's commitment only.
        parts = parts_of(full, [a.hashed_form() for a in version.attachments])
        commitments = commitments_of(parts, version.salts)
        record["salts"] = {n: version.salts[n] for n in parts if n not in withheld}
        record["withheld"] = {n: commitments[n] for n in withheld}
    return record
