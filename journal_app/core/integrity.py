"""Checking a journal: SQLCipher integrity, the history chain, the timeline cache, the export
log and attachment hashes. `Journal.check` and `Journal.verify_checkpoint` call this."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from journal_app.core.errors import Cancelled
from journal_app.core.models import recording_of
from journal_app.evidence.chain import GENESIS, ChainHead
from journal_app.evidence.export_log import check_log
from journal_app.evidence.history import check_history
from journal_app.vault import export_log
from journal_app.vault.connection import DatabaseError
from journal_app.vault.repository import Repository

if TYPE_CHECKING:
    from journal_app.core.journal import CancelCheck, Journal, Progress
    from journal_app.vault.connection import Connection
    from journal_app.vault.vault import Vault


@dataclass
class CheckReport:
    """What `check` found. `problems` is empty when everything matches."""

    integrity: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    first_bad_entry: int | None = None
    # Said, not failed: e.g. recorded times that run backwards (the clock was changed).
    notes: list[str] = field(default_factory=list)
    head: ChainHead | None = None
    versions_checked: int = 0
    attachments_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.problems

    def _flag(self, entry_id: int | None, message: str) -> None:
        if entry_id is not None and self.first_bad_entry is None:
            self.first_bad_entry = entry_id
        self.problems.append(message)


def check(
    journal: Journal,
    *,
    verify_attachments: bool = True,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> CheckReport:
    """SQLCipher integrity, the history chain, the timeline cache and attachment hashes."""
    report = CheckReport()
    report.integrity = journal.vault.integrity_problems()
    try:
        with journal.vault.guard:
            verify_chain(Repository(journal.vault.connection), report)
            check_cache(Repository(journal.vault.connection), report)
            check_export_log(journal.vault.connection, report)
            report.head = Repository(journal.vault.connection).chain_head()
        if verify_attachments:
            check_attachments(journal, report, progress, cancelled)
    except DatabaseError as exc:
        # A damaged page stops the walk; integrity_problems already says where.
        report.problems.append(f"Part of the journal cannot be read: {exc}.")
    return report


def verify_chain(repo: Repository, report: CheckReport) -> CheckReport:
    """Recompute every content hash, leaf and link; flag the first entry that differs."""
    report.versions_checked += check_history(
        repo.history_records(),
        repo.deleted_entry_ids(),
        report._flag,
        lambda _entry, note: report.notes.append(note),
    )
    return report


def check_cache(repo: Repository, report: CheckReport) -> None:
    """The timeline cache shows what each entry's history says, and nothing else."""
    for entry_id in repo.entry_ids():
        versions = repo.versions_of(entry_id)
        if not versions:
            report._flag(entry_id, f"entry {entry_id}: has no recorded version.")
            continue
        count, deleted, sort_key, category, title, attachment_count, _late = repo.cached_row(
            entry_id
        )
        is_deleted = versions[-1].action == "delete"
        latest = next((v for v in reversed(versions) if v.fields is not None), None)
        expected_title = "" if is_deleted or latest is None else latest.fields.title  # type: ignore[union-attr]
        mismatched = (
            count != len(versions)
            or bool(deleted) != is_deleted
            or title != expected_title
            or (
                latest is not None
                and latest.fields is not None
                and (
                    category != latest.fields.categories[0].value
                    or repo.cached_categories(entry_id)
                    != tuple(c.value for c in latest.fields.categories)
                    or sort_key != latest.fields.occurred.sort_key()
                    or attachment_count != len(latest.attachments)
                )
            )
        )
        if mismatched:
            report._flag(
                entry_id, f"entry {entry_id}: the timeline shows values not in its history."
            )
        _uid, _kind, created_at, _count, _deleted, cached_late = repo.entry_header(entry_id)
        recorded, late = recording_of(versions)
        if created_at != recorded or (late is not None and bool(cached_late) != late):
            report._flag(
                entry_id,
                f"entry {entry_id}: its recorded time or late mark was changed outside its "
                "history.",
            )


def check_export_log(connection: Connection, report: CheckReport) -> None:

    def chain_link_at(size: int) -> str | None:
        if size == 0:
            return GENESIS.hex()
        row = connection.execute(
            "SELECT chain_sha256 FROM versions WHERE seq = ?", (size,)
        ).fetchone()
        return None if row is None else str(row[0])

    for problem in check_log(
        export_log.rows(connection), export_log.head(connection), chain_link_at
    ):
        report._flag(None, problem)


def check_attachments(
    journal: Journal,
    report: CheckReport,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> None:
    with journal.vault.guard:
        infos = [a for a in Repository(journal.vault.connection).all_attachments() if not a.erased]
    total = sum(a.size for a in infos)
    done = 0
    for info in infos:
        digest = hashlib.sha256()
        size = 0
        for chunk in journal.attachment_chunks(info.id):
            if cancelled is not None and cancelled():
                raise Cancelled()
            digest.update(chunk)
            size += len(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        if digest.hexdigest() != info.sha256 or size != info.size:
            owner = owner_of(journal.vault, info.id)
            report._flag(
                owner,
                f"attachment {info.id} ('{info.original_name}'): its bytes do not match "
                "the recorded SHA-256.",
            )
        report.attachments_checked += 1


def owner_of(vault: Vault, attachment_id: int) -> int | None:
    with vault.guard:
        row = vault.connection.execute(
            "SELECT v.entry_id FROM version_attachments va JOIN versions v "
            "ON v.seq = va.version_seq WHERE va.attachment_id = ? ORDER BY v.seq LIMIT 1",
            (attachment_id,),
        ).fetchone()
    return None if row is None else int(row[0])
