"""Versions as the app wrote them before per-field commitments (content format 1).

A journal kept with an earlier version of the app holds such versions: their content hash is
the unsalted SHA-256 of the canonical fields and files, and they have no salts. The app no
longer writes them, so the tests write them through the repository as the old code did.
"""

from __future__ import annotations

import uuid

from journal_app.core.journal import Journal, timestamp, utc_now
from journal_app.core.models import EntryFields, Kind, is_late_entry
from journal_app.evidence.chain import content_hash
from journal_app.vault.connection import write_transaction
from journal_app.vault.repository import Repository, encode_fields


def write_old_entry(journal: Journal, entry_fields: EntryFields) -> int:
    """A new incident whose first version is in content format 1; returns its id."""
    entry_fields = entry_fields.validated(Kind.INCIDENT)
    now = utc_now()
    recorded_at = timestamp(now)
    with journal.vault.guard:
        repo = Repository(journal.vault.connection)
        with write_transaction(repo.db):
            entry_id = repo.insert_entry(uuid.uuid4().hex, Kind.INCIDENT, recorded_at)
            uid = repo.entry_header(entry_id)[0]
            repo.append_version(
                entry_id=entry_id,
                entry_uid=uid,
                kind=Kind.INCIDENT,
                version_no=1,
                action="create",
                recorded_at=recorded_at,
                fields_json=encode_fields(entry_fields),
                content_sha256=content_hash(entry_fields.to_json(), []),
                attachment_ids=(),
            )
            repo.update_cache(
                entry_id,
                entry_fields,
                version_count=1,
                updated_at=recorded_at,
                attachment_count=0,
                late=is_late_entry(entry_fields.occurred, now),
                deleted=False,
            )
            repo.index_entry(entry_id, entry_fields)
    return entry_id
