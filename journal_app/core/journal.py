"""The journal service: record, amend, delete, find and check entries in an unlocked vault.

Every save appends a version to the history chain inside one transaction; nothing is
overwritten. Deleting appends a tombstone and erases the content of earlier versions (their
hashes stay, so the chain still checks). The GUI and the CLI both call this; neither touches SQL.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import BinaryIO

from journal_app.core import integrity
from journal_app.core.errors import Cancelled, DamagedJournal, EntryNotFound, InvalidInput
from journal_app.core.files import open_regular_file, regular_file_size
from journal_app.core.integrity import CheckReport, verify_chain
from journal_app.core.models import (
    AttachmentInfo,
    AttachmentSource,
    Entry,
    EntryFields,
    EntryFilter,
    EntrySummary,
    Kind,
    is_late_entry,
)
from journal_app.evidence import signing
from journal_app.evidence.chain import (
    GENESIS,
    ChainHead,
    leaf_hash,
    next_link,
)
from journal_app.evidence.checkpoint import Checkpoint, CheckpointResult, compare
from journal_app.evidence.commitments import content_hash_v2, new_salts, parts_of
from journal_app.evidence.export_log import ExportRecord, new_export_id
from journal_app.i18n import N_, Message
from journal_app.vault import export_log
from journal_app.vault.attachments import clean_name, new_uid, stream_into
from journal_app.vault.connection import UnreadablePage, write_transaction
from journal_app.vault.repository import NewEntry, Repository, encode_fields
from journal_app.vault.vault import Vault

Progress = Callable[[int, int], None]
# Entries written per batch by `add_many` (and so how often it reports progress).
BULK_BATCH = 500
CancelCheck = Callable[[], bool]
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def timestamp(moment: datetime) -> str:
    """Recorded times: UTC, ISO 8601 with offset, microseconds so order is unambiguous."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class Journal:
    def __init__(self, vault: Vault, clock: Clock = utc_now) -> None:
        self.vault = vault
        self._clock = clock

    @property
    def _repo(self) -> Repository:
        return Repository(self.vault.connection)

    # ------------------------------------------------------------------ writing
    def add(
        self,
        kind: Kind,
        fields: EntryFields,
        attachments: Sequence[AttachmentSource] = (),
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> int:
        """Record a new entry with its attachments in one transaction; returns its id."""
        fields = fields.validated(kind)
        with self.vault.guard:
            repo = self._repo
            with write_transaction(repo.db):
                now = self._clock()
                imported = self._import_all(repo, attachments, timestamp(now), progress, cancelled)
                return self._create(repo, kind, fields, imported, now)

    def add_many(
        self,
        kind: Kind,
        items: Iterable[tuple[EntryFields, Sequence[AttachmentSource]]],
        *,
        shared: Sequence[AttachmentSource | AttachmentInfo] = (),
        check_shared: Callable[[Sequence[AttachmentInfo]], None] | None = None,
        total: int = 0,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> list[int]:
        """Record many entries in one transaction: all of them, or (on any error or a cancel)
        none. `shared` files (an imported export) are stored once, or reused when already
        stored, and attached first to every entry; `check_shared` may refuse them before any
        entry is written. `items` may be a generator, so each entry's files are read only when
        it is written; `progress(done, total)` counts entries."""
        ids: list[int] = []
        with self.vault.guard:
            repo = self._repo
            with write_transaction(repo.db):
                now = self._clock()
                recorded_at = timestamp(now)
                stored = [
                    s
                    if isinstance(s, AttachmentInfo)
                    else self._import_one(
                        repo, s, recorded_at, _source_size(s), lambda _d, _t: None, cancelled
                    )
                    for s in shared
                ]
                if check_shared is not None:
                    check_shared(stored)
                # The bulk path: the chain head is read once and each link computed here, and
                # rows go in by batches, one prepared statement per table (docs/benchmarks.md).
                head = repo.chain_head()
                seq, link = head.size, None if head.size == 0 else head.head
                next_id = repo.next_entry_id()
                batch: list[NewEntry] = []
                for fields, attachments in items:
                    if cancelled is not None and cancelled():
                        raise Cancelled()
                    valid = fields.validated(kind)
                    own = self._import_all(repo, attachments, recorded_at, None, cancelled)
                    row = _new_entry(
                        next_id + len(ids), seq + 1, link, kind, valid, [*stored, *own], now
                    )
                    seq, link = row.seq, row.chain_sha256
                    batch.append(row)
                    ids.append(row.entry_id)
                    if len(batch) >= BULK_BATCH:
                        repo.insert_new_entries(batch)
                        batch = []
                        if progress is not None:
                            progress(len(ids), max(total, len(ids)))
                if cancelled is not None and cancelled():
                    raise Cancelled()
                repo.insert_new_entries(batch)
                if progress is not None:
                    progress(len(ids), max(total, len(ids)))
        return ids

    def _create(
        self,
        repo: Repository,
        kind: Kind,
        fields: EntryFields,
        attachments: Sequence[AttachmentInfo],
        now: datetime,
    ) -> int:
        """Insert an entry and its first version (inside the caller's transaction)."""
        recorded_at = timestamp(now)
        entry_id = repo.insert_entry(uuid.uuid4().hex, kind, recorded_at)
        self._append(repo, entry_id, 1, "create", fields, attachments, recorded_at)
        repo.update_cache(
            entry_id,
            fields,
            version_count=1,
            updated_at=recorded_at,
            attachment_count=len(attachments),
            late=is_late_entry(fields.occurred, now),
            deleted=False,
        )
        repo.index_entry(entry_id, fields)
        return entry_id

    def edit(
        self,
        entry_id: int,
        fields: EntryFields,
        *,
        add_attachments: Sequence[AttachmentSource] = (),
        remove_attachment_ids: Sequence[int] = (),
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> int:
        """Save an amended version; earlier versions stay. Returns the new version number.

        An edit that changes nothing is refused, so the history holds only real amendments.
        """
        with self.vault.guard:
            repo = self._repo
            _uid, kind, _created_at, count, deleted, late = repo.entry_header(entry_id)
            if deleted:
                raise InvalidInput(
                    key="Entry {entry_id} was deleted and cannot be edited.",
                    params={"entry_id": entry_id},
                )
            fields = fields.validated(kind)
            previous = repo.versions_of(entry_id)[-1]
            unknown = set(remove_attachment_ids) - {a.id for a in previous.attachments}
            if unknown:
                raise InvalidInput(
                    key="Entry {entry_id} has no attachment {attachments}.",
                    params={
                        "entry_id": entry_id,
                        "attachments": ", ".join(map(str, sorted(unknown))),
                    },
                )
            kept = [a for a in previous.attachments if a.id not in set(remove_attachment_ids)]
            # A removed file takes its transcript with it; a file still there keeps its own.
            gone = {a.sha256 for a in previous.attachments} - {a.sha256 for a in kept}
            fields = fields.without_transcripts_of(gone)
            if (
                fields == previous.fields
                and not add_attachments
                and len(kept) == len(previous.attachments)
            ):
                raise InvalidInput("Nothing was changed, so no new version was saved.")
            with write_transaction(repo.db):
                recorded_at = timestamp(self._clock())
                imported = self._import_all(repo, add_attachments, recorded_at, progress, cancelled)
                all_attachments = kept + imported
                self._append(
                    repo, entry_id, count + 1, "edit", fields, all_attachments, recorded_at
                )
                repo.update_cache(
                    entry_id,
                    fields,
                    version_count=count + 1,
                    updated_at=recorded_at,
                    attachment_count=len(all_attachments),
                    late=late,
                    deleted=False,
                )
                repo.index_entry(entry_id, fields)
        return count + 1

    def delete(self, entry_id: int) -> None:
        """Append a dated tombstone and erase the entry's content (its hashes stay)."""
        with self.vault.guard:
            repo = self._repo
            uid, kind, _created, count, deleted, _late = repo.entry_header(entry_id)
            if deleted:
                raise InvalidInput(
                    key="Entry {entry_id} is already deleted.", params={"entry_id": entry_id}
                )
            last = repo.versions_of(entry_id)[-1]
            with write_transaction(repo.db):
                recorded_at = timestamp(self._clock())
                repo.append_version(
                    entry_id=entry_id,
                    entry_uid=uid,
                    kind=kind,
                    version_no=count + 1,
                    action="delete",
                    recorded_at=recorded_at,
                    fields_json=None,
                    content_sha256=last.content_sha256,
                    attachment_ids=(),
                )
                repo.erase_entry_content(entry_id)
                repo.db.execute(
                    "UPDATE entries SET version_count = ?, updated_at = ?, attachment_count = 0 "
                    "WHERE id = ?",
                    (count + 1, recorded_at, entry_id),
                )
                repo.index_entry(entry_id, None)

    def _append(
        self,
        repo: Repository,
        entry_id: int,
        version_no: int,
        action: str,
        fields: EntryFields,
        attachments: Sequence[AttachmentInfo],
        recorded_at: str,
    ) -> None:
        uid, kind, *_ = repo.entry_header(entry_id)
        fields_json, salts, digest = _version_content(fields, attachments)
        repo.append_version(
            entry_id=entry_id,
            entry_uid=uid,
            kind=kind,
            version_no=version_no,
            action=action,
            recorded_at=recorded_at,
            fields_json=fields_json,
            content_sha256=digest,
            attachment_ids=[a.id for a in attachments],
            salts=salts,
        )

    def _import_all(
        self,
        repo: Repository,
        sources: Sequence[AttachmentSource],
        imported_at: str,
        progress: Progress | None,
        cancelled: CancelCheck | None,
    ) -> list[AttachmentInfo]:
        totals = [_source_size(s) for s in sources]
        grand_total = sum(totals)
        done_before = 0
        result: list[AttachmentInfo] = []
        for source, size in zip(sources, totals, strict=True):
            offset = done_before

            def report(done: int, _total: int, offset: int = offset) -> None:
                if progress is not None:
                    progress(offset + done, max(grand_total, offset + done))

            result.append(self._import_one(repo, source, imported_at, size, report, cancelled))
            done_before += size
        return result

    def _import_one(
        self,
        repo: Repository,
        source: AttachmentSource,
        imported_at: str,
        size: int,
        progress: Progress,
        cancelled: CancelCheck | None,
    ) -> AttachmentInfo:
        attachment_id = repo.insert_attachment_row(new_uid(), clean_name(source.name), imported_at)
        with _open_source(source) as handle:
            imported = stream_into(
                lambda index, data: repo.write_chunk(attachment_id, index, data),
                handle,
                total=size,
                progress=progress,
                cancelled=cancelled,
            )
        repo.finish_attachment(attachment_id, imported)
        return repo.attachment(attachment_id)

    # ------------------------------------------------------------------ reading
    def get(self, entry_id: int) -> Entry:
        with self.vault.guard:
            return self._repo.load_entry(entry_id)

    def entries(
        self,
        query: EntryFilter | None = None,
        *,
        limit: int = 1_000_000,
        offset: int = 0,
        after: tuple[str, int] | None = None,
    ) -> list[EntrySummary]:
        """Summaries in timeline order. For paging, pass the previous page's last `cursor` as
        `after` rather than an offset."""
        query = query or EntryFilter()
        if query.text:
            self._check_search_index()
        with self.vault.guard:
            return self._repo.summaries(query, limit, offset, after)

    def _check_search_index(self) -> None:
        """Before the first text search of a session: a page zeroed on disk reads as a blank
        page, unchecked, and a blank page of the search index makes a search find less
        without any error. A search must fail with the damage, never look complete."""
        if not self.vault.blank_pages_checked:
            blank = self.vault.blank_pages()
            if blank:
                shown = ", ".join(str(page) for page in blank[:5])
                raise UnreadablePage(f"{len(blank)} blank page(s) in the journal file: {shown}")
            self.vault.blank_pages_checked = True

    def imported_message_keys(self) -> set[str]:
        """The keys of messages already imported (importers/ skips these on a re-import)."""
        with self.vault.guard:
            return self._repo.imported_message_keys()

    def stored_attachment(self, sha256: str) -> AttachmentInfo | None:
        with self.vault.guard:
            return self._repo.stored_attachment(sha256)

    def set_private_note(self, name: str, text: str) -> None:
        """Keep a small private text (e.g. local support contacts) inside the encrypted vault."""
        self.vault.set_meta(f"note:{name}", text.encode("utf-8"))

    def private_note(self, name: str) -> str:
        value = self.vault.meta(f"note:{name}")
        return "" if value is None else value.decode("utf-8")

    def count(self, query: EntryFilter | None = None) -> int:
        query = query or EntryFilter()
        if query.text:
            self._check_search_index()
        with self.vault.guard:
            return self._repo.count(query)

    def search(self, text: str, query: EntryFilter | None = None) -> list[EntrySummary]:
        base = query or EntryFilter()
        return self.entries(replace(base, text=text))

    def tags(self) -> list[tuple[str, int]]:
        with self.vault.guard:
            return self._repo.all_tags()

    def attachment(self, attachment_id: int) -> AttachmentInfo:
        with self.vault.guard:
            return self._repo.attachment(attachment_id)

    def attachment_chunks(self, attachment_id: int) -> Iterator[bytes]:
        """Stream an original's bytes. Holds the vault guard only per chunk."""
        info = self.attachment(attachment_id)
        if info.erased:
            raise EntryNotFound(
                key="Attachment {attachment_id} was erased with its entry.",
                params={"attachment_id": attachment_id},
            )
        index = 0
        while True:
            with self.vault.guard:
                data = self._repo.chunk(attachment_id, index)
            if data is None:
                return
            yield data
            index += 1

    def attachment_bytes(self, attachment_id: int, *, limit: int = 256 * 1024 * 1024) -> bytes:
        """A whole original in memory, for previews; refuses files larger than `limit`."""
        info = self.attachment(attachment_id)
        if info.size > limit:
            raise InvalidInput("This file is too large to preview; save a copy to open it.")
        data = b"".join(self.attachment_chunks(attachment_id))
        # SQLCipher hands back a page that fails its check as zeros, which can leave the bytes
        # the right length and wrong; a preview is never drawn from them. (`check` and the
        # export hash the stream themselves and say which file it was.)
        if len(data) != info.size or hashlib.sha256(data).hexdigest() != info.sha256:
            raise DamagedJournal()
        return data

    def head(self) -> ChainHead:
        with self.vault.guard:
            return self._repo.chain_head()

    def checkpoint(self) -> Checkpoint:
        """A short code pinning the history as it is now (see evidence/checkpoint.py)."""
        head = self.head()
        fingerprint = signing.fingerprint(self.signing_public_key())
        return Checkpoint.make(head.size, head.head, self._clock().date(), fingerprint)

    def verify_checkpoint(self, code: str | Checkpoint) -> CheckpointResult:
        """Does the current history extend the checkpoint? Also re-checks the whole chain."""
        point = code if isinstance(code, Checkpoint) else Checkpoint.parse(code)
        fingerprint = signing.fingerprint(self.signing_public_key()).replace(" ", "")
        with self.vault.guard:
            report = verify_chain(self._repo, CheckReport())
            head = self._repo.chain_head()
            row = self.vault.connection.execute(
                "SELECT chain_sha256 FROM versions WHERE seq = ?", (point.size,)
            ).fetchone()
        if report.problems:
            return CheckpointResult(
                False,
                Message(
                    N_("The history does not check: {problem}"), {"problem": report.problems[0]}
                ),
            )
        link = GENESIS.hex() if point.size == 0 else (str(row[0]) if row else "")
        return compare(
            point,
            size_now=head.size,
            link_at_point=link,
            same_key=fingerprint.startswith(point.key_prefix),
            subject="journal",
        )

    # ------------------------------------------------------------------ export log
    def exports(self) -> list[ExportRecord]:
        """Every bundle this journal exported, oldest first (read from the export log)."""
        with self.vault.guard:
            stored = export_log.rows(self.vault.connection)
        return [ExportRecord.from_json(json.loads(row.record)) for row in stored]

    def next_export_id(self) -> tuple[int, str]:
        """The number and id the next bundle will carry (recorded only once it is written)."""
        with self.vault.guard:
            head = export_log.head(self.vault.connection)
        number = (head.count if head else 0) + 1
        return number, new_export_id(number)

    def record_export(self, record: ExportRecord, finish: Callable[[], None]) -> None:
        """Add `record` to the export log; `finish` (putting the bundle in place) runs inside
        the same transaction, so a bundle that could not be put in place leaves no record."""
        with self.vault.guard, write_transaction(self.vault.connection) as connection:
            head = export_log.head(connection)
            if record.number != (head.count if head else 0) + 1:
                raise InvalidInput(
                    "Another export was recorded meanwhile; export again to number it."
                )
            export_log.append(connection, record)
            finish()

    def signing_public_key(self) -> bytes:
        private = self.vault.meta("signing_key")
        if private is None:
            raise InvalidInput("This journal has no signing key.")
        return signing.public_key_bytes(private)

    # ------------------------------------------------------------------ checking
    def check(
        self,
        *,
        verify_attachments: bool = True,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> CheckReport:
        """SQLCipher integrity, the history chain, the timeline cache and attachment hashes."""
        return integrity.check(
            self, verify_attachments=verify_attachments, progress=progress, cancelled=cancelled
        )


def _new_entry(
    entry_id: int,
    seq: int,
    previous_link: str | None,
    kind: Kind,
    fields: EntryFields,
    attachments: Sequence[AttachmentInfo],
    now: datetime,
) -> NewEntry:
    """The rows `_create` would write for a new entry, with its chain link computed here."""
    uid = uuid.uuid4().hex
    recorded_at = timestamp(now)
    fields_json, salts, digest = _version_content(fields, attachments)
    leaf = leaf_hash(
        entry_uid=uid,
        kind=kind.value,
        version=1,
        action="create",
        recorded_at=recorded_at,
        content_sha256=digest,
    )
    return NewEntry(
        entry_id=entry_id,
        uid=uid,
        kind=kind,
        recorded_at=recorded_at,
        fields=fields,
        fields_json=fields_json,
        content_sha256=digest,
        salts=salts,
        leaf_sha256=leaf,
        chain_sha256=next_link(previous_link, leaf),
        seq=seq,
        attachment_ids=tuple(a.id for a in attachments),
        late=is_late_entry(fields.occurred, now),
    )


def _version_content(
    fields: EntryFields, attachments: Sequence[AttachmentInfo]
) -> tuple[str, dict[str, str], str]:
    """A new version's stored fields (canonical JSON), its salts and its content hash, in
    content format 2: every field and file committed with its own fresh salt, so a bundle can
    withhold one without letting anyone test a guess of it. Every save goes through here,
    one by one (`_append`) or in bulk (`_new_entry`)."""
    _check_transcripts(fields, attachments)
    plain = fields.to_json()
    hashed = [a.hashed_form() for a in attachments]
    salts = new_salts(parts_of(plain, hashed))
    return encode_fields(fields), salts, content_hash_v2(plain, hashed, salts)


def _check_transcripts(fields: EntryFields, attachments: Sequence[AttachmentInfo]) -> None:
    """Every transcript is of a file this version has (its SHA-256 is one of theirs)."""
    if not fields.transcripts:
        return  # almost every entry (a 50,000-message import checks this 50,000 times)
    held = {a.sha256 for a in attachments}
    if any(sha256 not in held for sha256, _text in fields.transcripts):
        raise InvalidInput("A transcript names a file this entry does not have.")


def _source_size(source: AttachmentSource) -> int:
    if source.data is not None:
        return len(source.data)
    if source.path is None:
        raise InvalidInput("An attachment needs a file or data.")
    return regular_file_size(source.path)


@contextlib.contextmanager
def _open_source(source: AttachmentSource) -> Iterator[BinaryIO]:
    """The attachment's bytes as a file: from memory (a pasted screenshot) or from disk."""
    if source.data is not None:
        yield io.BytesIO(source.data)
        return
    assert source.path is not None
    handle = open_regular_file(source.path)
    with handle:
        yield handle
