"""A journal entry written the way the app wrote it before an entry could hold several
categories (schema version 2): one `category` key in the version's stored fields, hashed and
chained in that form. Raw SQL with the evidence chain's own functions, so the test does not
depend on today's model to produce yesterday's bytes."""

from __future__ import annotations

import uuid
from typing import Any

from journal_app.evidence.canonical import canonical_json
from journal_app.evidence.chain import content_hash, leaf_hash, next_link
from journal_app.vault.connection import Connection, write_transaction

RECORDED_AT = "2026-03-02T08:00:00.000000+00:00"


def old_fields(title: str, category: str, body: str = "") -> dict[str, Any]:
    return {
        "title": title,
        "occurred": {"date": "2026-03-01", "time": "21:30", "utc_offset": "+00:00",
                     "approximate": False},
        "category": category,
        "body": body,
        "location": "",
        "people": [],
        "witnesses": [],
        "injuries": "",
        "medical_care": "",
        "told": [],
        "tags": [],
        "severity": None,
        "channel": "",
        "sender": "",
    }  # fmt: skip


def add_schema2_entry(connection: Connection, title: str, category: str, body: str = "") -> int:
    """Append one incident as the schema-2 app did: entry row, chained version, tags, search."""
    fields = old_fields(title, category, body)
    uid = uuid.uuid4().hex
    digest = content_hash(fields, [])
    with write_transaction(connection):
        row = connection.execute(
            "SELECT seq, chain_sha256 FROM versions ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq, previous = (1, None) if row is None else (int(row[0]) + 1, str(row[1]))
        leaf = leaf_hash(
            entry_uid=uid,
            kind="incident",
            version=1,
            action="create",
            recorded_at=RECORDED_AT,
            content_sha256=digest,
        )
        cursor = connection.execute(
            "INSERT INTO entries (uid, kind, created_at, updated_at, version_count, "
            "occurred_sort, occurred_date, category, title, attachment_count, late) "
            "VALUES (?, 'incident', ?, ?, 1, '2026-03-01T21:30', '2026-03-01', ?, ?, 0, 0)",
            (uid, RECORDED_AT, RECORDED_AT, category, title),
        )
        entry_id = int(cursor.lastrowid or 0)
        connection.execute(
            "INSERT INTO versions (seq, entry_id, version_no, action, recorded_at, fields, "
            "content_sha256, leaf_sha256, chain_sha256) VALUES (?, ?, 1, 'create', ?, ?, ?, ?, ?)",
            (
                seq,
                entry_id,
                RECORDED_AT,
                canonical_json(fields).decode("utf-8"),
                digest,
                leaf,
                next_link(previous, leaf),
            ),
        )
        connection.execute(
            "INSERT INTO search_index (rowid, title, body, details) VALUES (?, ?, ?, '')",
            (entry_id, title, body),
        )
    return entry_id
