"""Schema and versioned migrations. `PRAGMA user_version` holds the schema version.

A migration runs in its own transaction; the vault takes an encrypted backup first
(see `Vault._migrate`). A vault newer than this code is refused, never "downgraded".
"""

from __future__ import annotations

import json
from collections.abc import Callable

from journal_app.core.errors import IncompatibleVersion
from journal_app.core.models import EntryFields
from journal_app.vault import export_log
from journal_app.vault.connection import Connection, write_transaction

SCHEMA_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

-- One row per entry. Columns after `kind`/`created_at` are a cache of the latest version for
-- the timeline; `check` rebuilds them from `versions` and reports any difference.
CREATE TABLE entries (
    id               INTEGER PRIMARY KEY,
    uid              TEXT    NOT NULL UNIQUE,
    kind             TEXT    NOT NULL CHECK (kind IN ('incident', 'message')),
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    version_count    INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0,
    occurred_sort    TEXT    NOT NULL,
    occurred_date    TEXT    NOT NULL,
    category         TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    attachment_count INTEGER NOT NULL,
    late             INTEGER NOT NULL
);
CREATE INDEX entries_by_occurred ON entries (occurred_sort, id);
CREATE INDEX entries_by_category ON entries (category, occurred_sort);

CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries (id),
    tag      TEXT    NOT NULL,
    PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_tag ON entry_tags (tag, entry_id);

-- Append-only history. `seq` is the position in the hash chain: 1, 2, 3, ... without gaps.
CREATE TABLE versions (
    seq            INTEGER PRIMARY KEY,
    entry_id       INTEGER NOT NULL REFERENCES entries (id),
    version_no     INTEGER NOT NULL,
    action         TEXT    NOT NULL CHECK (action IN ('create', 'edit', 'delete')),
    recorded_at    TEXT    NOT NULL,
    fields         TEXT,
    content_sha256 TEXT    NOT NULL,
    leaf_sha256    TEXT    NOT NULL,
    chain_sha256   TEXT    NOT NULL,
    UNIQUE (entry_id, version_no)
);

CREATE TABLE attachments (
    id            INTEGER PRIMARY KEY,
    uid           TEXT    NOT NULL UNIQUE,
    sha256        TEXT    NOT NULL,
    size          INTEGER NOT NULL,
    mime_type     TEXT    NOT NULL,
    original_name TEXT    NOT NULL,
    captured_at   TEXT,
    image_width   INTEGER,
    image_height  INTEGER,
    imported_at   TEXT    NOT NULL,
    derived_from  INTEGER REFERENCES attachments (id),
    erased        INTEGER NOT NULL DEFAULT 0
);

-- Originals are split into chunks so a multi-gigabyte file streams in and out.
CREATE TABLE attachment_chunks (
    attachment_id INTEGER NOT NULL REFERENCES attachments (id),
    idx           INTEGER NOT NULL,
    data          BLOB    NOT NULL,
    UNIQUE (attachment_id, idx)
);

CREATE TABLE version_attachments (
    version_seq   INTEGER NOT NULL REFERENCES versions (seq),
    position      INTEGER NOT NULL,
    attachment_id INTEGER NOT NULL REFERENCES attachments (id),
    PRIMARY KEY (version_seq, position)
) WITHOUT ROWID;
CREATE INDEX version_attachments_by_attachment ON version_attachments (attachment_id);

-- Full-text search over the latest version of each live entry; rowid = entries.id.
CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, details,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""


def _create_v1(connection: Connection) -> None:
    for statement in _statements(SCHEMA_V1):
        connection.execute(statement)


def _statements(script: str) -> list[str]:
    """Split a DDL script on semicolons that end a statement (no semicolons inside strings)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]


def _add_timeline_index(connection: Connection) -> None:
    """v2: the timeline's filter (live entries) and order in one index, so opening a journal of
    100,000 entries counts and pages them from the index instead of decrypting every row."""
    connection.execute("CREATE INDEX entries_timeline ON entries (deleted, occurred_sort, id)")


def _add_version_salts(connection: Connection) -> None:
    """Content format 2 (evidence/commitments.py): the random salt of every part of every
    version written from now on, as canonical JSON {part: salt hex}. A version with a row here
    has a salted content hash; one without was written before (format 1) and keeps its
    unsalted hash. A deletion removes the rows of the versions it erases."""
    connection.execute(
        "CREATE TABLE version_salts ("
        " version_seq INTEGER PRIMARY KEY REFERENCES versions (seq),"
        " salts TEXT NOT NULL)"
    )


def _add_export_log(connection: Connection) -> None:
    """v4: the export log (one hash-linked row per bundle exported; issue 12)."""
    export_log.create_table(connection)


def _add_entry_categories(connection: Connection) -> None:
    """v5: an entry can hold several categories (issue 14). `entry_categories` lists them in
    the order chosen, for the timeline and the category filter; `entries.category` keeps the
    first. Filled from the latest readable version of every entry (a deleted entry keeps its
    cached category, as before). Versions are never rewritten: old ones keep their single
    `category` field. The search index learns the category words of every live entry."""
    connection.execute(
        "CREATE TABLE entry_categories ("
        " entry_id INTEGER NOT NULL REFERENCES entries (id),"
        " position INTEGER NOT NULL,"
        " category TEXT NOT NULL,"
        " PRIMARY KEY (entry_id, category)"
        ") WITHOUT ROWID"
    )
    connection.execute(
        "CREATE INDEX entry_categories_by_category ON entry_categories (category, entry_id)"
    )
    rows = connection.execute(
        "SELECT e.id, e.category, e.deleted, (SELECT v.fields FROM versions v"
        " WHERE v.entry_id = e.id AND v.fields IS NOT NULL ORDER BY v.version_no DESC LIMIT 1)"
        " FROM entries e"
    ).fetchall()
    for entry_id, cached, deleted, stored in rows:
        fields = _readable(stored)
        categories = [c.value for c in fields.categories] if fields else [str(cached)]
        connection.executemany(
            "INSERT INTO entry_categories (entry_id, position, category) VALUES (?, ?, ?)",
            [(entry_id, position, value) for position, value in enumerate(categories) if value],
        )
        if fields is not None and not deleted:
            connection.execute(
                "UPDATE search_index SET details = ? WHERE rowid = ?",
                (fields.search_details(), entry_id),
            )


def _readable(stored: str | None) -> EntryFields | None:
    """A version's fields, or None when erased or unreadable (check reports those)."""
    if stored is None:
        return None
    try:
        return EntryFields.from_json(json.loads(stored))
    except (ValueError, KeyError, TypeError):
        return None


# MIGRATIONS[n] takes a vault from schema version n to n + 1.
MIGRATIONS: list[Callable[[Connection], None]] = [
    _create_v1,
    _add_timeline_index,
    _add_version_salts,
    _add_export_log,
    _add_entry_categories,
]


def latest_version() -> int:
    return len(MIGRATIONS)


def schema_version(connection: Connection) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def needs_migration(connection: Connection) -> bool:
    current = schema_version(connection)
    if current > latest_version():
        raise IncompatibleVersion(
            "This journal was written by a newer version of the app; update the app to open it."
        )
    return current < latest_version()


def migrate(connection: Connection) -> None:
    """Apply every pending migration, each in its own transaction."""
    while needs_migration(connection):
        current = schema_version(connection)
        with write_transaction(connection):
            MIGRATIONS[current](connection)
            connection.execute(f"PRAGMA user_version = {current + 1:d}")
