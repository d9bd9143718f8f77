"""SQL for entries, versions, attachments and the search index. No policy lives here: the
journal service (core/journal.py) decides what to write; this module knows how. The attachment
SQL is in attachment_rows.py, a mixin of Repository.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from journal_app.core.errors import EntryNotFound
from journal_app.core.models import (
    Category,
    Entry,
    EntryFields,
    EntryFilter,
    EntrySummary,
    Kind,
    Occurred,
    Version,
    recording_of,
)
from journal_app.evidence.canonical import canonical_json
from journal_app.evidence.chain import ChainHead, empty_head, leaf_hash, next_link
from journal_app.evidence.history import UNREADABLE, VersionRecord
from journal_app.vault.attachment_rows import AttachmentRows
from journal_app.vault.connection import Connection, UnreadablePage

# An entry's categories in the order chosen, as a JSON array (schema v3, entry_categories).
_CATEGORIES = (
    "(SELECT json_group_array(category) FROM "
    "  (SELECT c.category FROM entry_categories c WHERE c.entry_id = e.id ORDER BY c.position))"
)
# One query per timeline page: the latest stored `occurred` (only that part of the fields JSON,
# not the whole body) and the entry's tags (as a JSON array) come from correlated subqueries,
# instead of decoding every row's full fields and running one tag query per row.
_SUMMARY_COLUMNS = (
    "e.id, e.kind, e.occurred_sort, e.category, e.title, e.attachment_count, e.version_count, "
    "e.late, e.deleted, e.created_at, e.updated_at, "
    "(SELECT json_extract(v.fields, '$.occurred') FROM versions v "
    "  WHERE v.entry_id = e.id AND v.fields IS NOT NULL ORDER BY v.version_no DESC LIMIT 1), "
    "(SELECT json_group_array(tag) FROM "
    "  (SELECT t.tag FROM entry_tags t WHERE t.entry_id = e.id ORDER BY t.tag)), "
    f"{_CATEGORIES}"
)


# A version's salts (content format 2), or NULL for one written before them.
_SALTS_OF_V = "(SELECT s.salts FROM version_salts s WHERE s.version_seq = v.seq)"


@dataclass(frozen=True)
class NewEntry:
    """One new entry and its first ("create") version, hashed and linked by the caller."""

    entry_id: int
    uid: str
    kind: Kind
    recorded_at: str
    fields: EntryFields
    fields_json: str
    content_sha256: str
    salts: dict[str, str]
    leaf_sha256: str
    chain_sha256: str
    seq: int
    attachment_ids: tuple[int, ...]
    late: bool


# Rows per statement in `insert_rows`: enough to share a statement's allocations, few enough to
# stay small to prepare, and never more bound values than SQLite's smallest default limit
# (999, before SQLite 3.32; the bundled one allows 32,766), whatever the SQLite underneath.
ROWS_PER_STATEMENT = 100
MAX_BOUND_VALUES = 999


def insert_rows(db: Connection, insert: str, row: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """`insert` ("INSERT INTO t (a, b)") each of `rows` through multi-row statements
    ("VALUES (?, ?), (?, ?), ..."), `row` being one row's placeholders.

    Why not `executemany`: with `cipher_memory_security` (SECURITY.md) SQLCipher mlocks and
    munlocks every allocation, and a statement run once per row re-allocates its cursors (and
    the versions CHECK's IN-list table) every time; run once per hundred rows, it allocates
    them once. The 50,000-message import spent half its time in those system calls
    (docs/benchmarks.md)."""
    step = min(ROWS_PER_STATEMENT, MAX_BOUND_VALUES // max(1, row.count("?")))
    for start in range(0, len(rows), step):
        part = rows[start : start + step]
        values = ", ".join([row] * len(part))
        db.execute(f"{insert} VALUES {values}", [value for one in part for value in one])


def encode_fields(fields: EntryFields) -> str:
    return canonical_json(fields.to_json()).decode("utf-8")


def decode_fields(text: str | None) -> EntryFields | None:
    return None if text is None else EntryFields.from_json(json.loads(text))


class Repository(AttachmentRows):
    def __init__(self, connection: Connection) -> None:
        self.db = connection

    # ------------------------------------------------------------------ chain
    def chain_head(self) -> ChainHead:
        row = self.db.execute(
            "SELECT seq, chain_sha256 FROM versions ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return empty_head() if row is None else ChainHead(int(row[0]), str(row[1]))

    def append_version(
        self,
        *,
        entry_id: int,
        entry_uid: str,
        kind: Kind,
        version_no: int,
        action: str,
        recorded_at: str,
        fields_json: str | None,
        content_sha256: str,
        attachment_ids: Sequence[int],
        salts: dict[str, str] | None = None,
    ) -> int:
        head = self.chain_head()
        leaf = leaf_hash(
            entry_uid=entry_uid,
            kind=kind.value,
            version=version_no,
            action=action,
            recorded_at=recorded_at,
            content_sha256=content_sha256,
        )
        link = next_link(None if head.size == 0 else head.head, leaf)
        seq = head.size + 1
        self.db.execute(
            "INSERT INTO versions (seq, entry_id, version_no, action, recorded_at, fields, "
            "content_sha256, leaf_sha256, chain_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq,
                entry_id,
                version_no,
                action,
                recorded_at,
                fields_json,
                content_sha256,
                leaf,
                link,
            ),
        )
        self.db.executemany(
            "INSERT INTO version_attachments (version_seq, position, attachment_id) "
            "VALUES (?, ?, ?)",
            [
                (seq, position, attachment_id)
                for position, attachment_id in enumerate(attachment_ids)
            ],
        )
        if salts is not None:
            self.db.execute(
                "INSERT INTO version_salts (version_seq, salts) VALUES (?, ?)",
                (seq, canonical_json(salts).decode("ascii")),
            )
        return seq

    def insert_new_entries(self, rows: Sequence[NewEntry]) -> None:
        """Many new entries at once, each with its first version (the bulk path of
        `Journal.add_many`): the same rows `insert_entry`, `append_version`, `update_cache` and
        `index_entry` would write one by one, by multi-row statements (`insert_rows`)."""
        insert_rows(
            self.db,
            "INSERT INTO entries (id, uid, kind, created_at, updated_at, version_count, deleted, "
            "occurred_sort, occurred_date, category, title, attachment_count, late)",
            "(?, ?, ?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?)",
            [
                (
                    r.entry_id,
                    r.uid,
                    r.kind.value,
                    r.recorded_at,
                    r.recorded_at,
                    r.fields.occurred.sort_key(),
                    r.fields.occurred.day.isoformat(),
                    r.fields.categories[0].value,
                    r.fields.title,
                    len(r.attachment_ids),
                    int(r.late),
                )
                for r in rows
            ],
        )
        insert_rows(
            self.db,
            "INSERT INTO versions (seq, entry_id, version_no, action, recorded_at, fields, "
            "content_sha256, leaf_sha256, chain_sha256)",
            "(?, ?, 1, 'create', ?, ?, ?, ?, ?)",
            [
                (
                    r.seq,
                    r.entry_id,
                    r.recorded_at,
                    r.fields_json,
                    r.content_sha256,
                    r.leaf_sha256,
                    r.chain_sha256,
                )
                for r in rows
            ],
        )
        insert_rows(
            self.db,
            "INSERT INTO version_attachments (version_seq, position, attachment_id)",
            "(?, ?, ?)",
            [
                (r.seq, position, attachment_id)
                for r in rows
                for position, attachment_id in enumerate(r.attachment_ids)
            ],
        )
        insert_rows(
            self.db,
            "INSERT INTO version_salts (version_seq, salts)",
            "(?, ?)",
            [(r.seq, canonical_json(r.salts).decode("ascii")) for r in rows],
        )
        insert_rows(
            self.db,
            "INSERT INTO entry_categories (entry_id, position, category)",
            "(?, ?, ?)",
            [
                (r.entry_id, position, category.value)
                for r in rows
                for position, category in enumerate(r.fields.categories)
            ],
        )
        insert_rows(
            self.db,
            "INSERT INTO entry_tags (entry_id, tag)",
            "(?, ?)",
            [(r.entry_id, tag) for r in rows for tag in r.fields.tags],
        )
        insert_rows(
            self.db,
            "INSERT INTO search_index (rowid, title, body, details)",
            "(?, ?, ?, ?)",
            [(r.entry_id, r.fields.title, r.fields.body, r.fields.search_details()) for r in rows],
        )

    def next_entry_id(self) -> int:
        """The id SQLite would give the next entry (inside the caller's write transaction)."""
        row = self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM entries").fetchone()
        return int(row[0])

    # ------------------------------------------------------------------ entries
    def insert_entry(self, uid: str, kind: Kind, created_at: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO entries (uid, kind, created_at, updated_at, version_count, occurred_sort, "
            "occurred_date, category, title, attachment_count, late) "
            "VALUES (?, ?, ?, ?, 0, '', '', '', '', 0, 0)",
            (uid, kind.value, created_at, created_at),
        )
        return int(cursor.lastrowid or 0)

    def entry_header(self, entry_id: int) -> tuple[str, Kind, str, int, bool, bool]:
        """(uid, kind, created_at, version_count, deleted, late)"""
        row = self.db.execute(
            "SELECT uid, kind, created_at, version_count, deleted, late FROM entries WHERE id = ?",
            (entry_id,),
        ).fetchone()
        if row is None:
            raise EntryNotFound(
                key="There is no entry number {entry_id}.", params={"entry_id": entry_id}
            )
        return str(row[0]), Kind(row[1]), str(row[2]), int(row[3]), bool(row[4]), bool(row[5])

    def update_cache(
        self,
        entry_id: int,
        fields: EntryFields,
        *,
        version_count: int,
        updated_at: str,
        attachment_count: int,
        late: bool,
        deleted: bool,
    ) -> None:
        self.db.execute(
            "UPDATE entries SET updated_at = ?, version_count = ?, deleted = ?, occurred_sort = ?, "
            "occurred_date = ?, category = ?, title = ?, attachment_count = ?, late = ? "
            "WHERE id = ?",
            (
                updated_at,
                version_count,
                int(deleted),
                fields.occurred.sort_key(),
                fields.occurred.day.isoformat(),
                fields.categories[0].value,
                "" if deleted else fields.title,
                attachment_count,
                int(late),
                entry_id,
            ),
        )
        self.db.execute("DELETE FROM entry_categories WHERE entry_id = ?", (entry_id,))
        self.db.executemany(
            "INSERT INTO entry_categories (entry_id, position, category) VALUES (?, ?, ?)",
            [(entry_id, position, c.value) for position, c in enumerate(fields.categories)],
        )
        self.db.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
        if not deleted:
            self.db.executemany(
                "INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)",
                [(entry_id, tag) for tag in fields.tags],
            )

    def index_entry(self, entry_id: int, fields: EntryFields | None) -> None:
        self.db.execute("DELETE FROM search_index WHERE rowid = ?", (entry_id,))
        if fields is not None:
            self.db.execute(
                "INSERT INTO search_index (rowid, title, body, details) VALUES (?, ?, ?, ?)",
                (entry_id, fields.title, fields.body, fields.search_details()),
            )

    def erase_entry_content(self, entry_id: int) -> list[int]:
        """Blank every version's fields and erase attachments no other entry uses.

        Returns the erased attachment ids. secure_delete overwrites the freed pages.
        """
        self.db.execute("UPDATE versions SET fields = NULL WHERE entry_id = ?", (entry_id,))
        # Salts of erased content go with it: nobody, not even the key's holder, can then test
        # a guess of what was erased against its (salted) content hash.
        self.db.execute(
            "DELETE FROM version_salts WHERE version_seq IN "
            "(SELECT seq FROM versions WHERE entry_id = ?)",
            (entry_id,),
        )
        rows = self.db.execute(
            "SELECT DISTINCT va.attachment_id FROM version_attachments va "
            "JOIN versions v ON v.seq = va.version_seq WHERE v.entry_id = ? "
            "AND NOT EXISTS (SELECT 1 FROM version_attachments va2 "
            "  JOIN versions v2 ON v2.seq = va2.version_seq "
            "  WHERE va2.attachment_id = va.attachment_id AND v2.entry_id != ?)",
            (entry_id, entry_id),
        ).fetchall()
        erased = [int(r[0]) for r in rows]
        for attachment_id in erased:
            self.db.execute(
                "DELETE FROM attachment_chunks WHERE attachment_id = ?", (attachment_id,)
            )
            self.db.execute(
                "UPDATE attachments SET erased = 1, original_name = '', captured_at = NULL "
                "WHERE id = ?",
                (attachment_id,),
            )
        self.db.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
        self.db.execute("UPDATE entries SET title = '', deleted = 1 WHERE id = ?", (entry_id,))
        return erased

    def versions_of(self, entry_id: int) -> list[Version]:
        rows = self.db.execute(
            "SELECT seq, version_no, action, recorded_at, fields, content_sha256, leaf_sha256, "
            f"chain_sha256, {_SALTS_OF_V} FROM versions v WHERE entry_id = ? ORDER BY version_no",
            (entry_id,),
        ).fetchall()
        return [
            Version(
                seq=int(r[0]),
                version_no=int(r[1]),
                action=str(r[2]),
                recorded_at=str(r[3]),
                fields=_stored_fields(r[4], entry_id),
                attachments=tuple(self.attachments_of_version(int(r[0]))),
                content_sha256=str(r[5]),
                leaf_sha256=str(r[6]),
                chain_sha256=str(r[7]),
                salts=_stored_salts(r[8], entry_id),
            )
            for r in rows
        ]

    def load_entry(self, entry_id: int) -> Entry:
        uid, kind, created_at, _count, deleted, late = self.entry_header(entry_id)
        versions = tuple(self.versions_of(entry_id))
        if versions:
            # What an entry states about itself comes from its chained first version, never
            # from the timeline's cached columns (check compares the two).
            created_at, chained_late = recording_of(versions)
            late = late if chained_late is None else chained_late
        return Entry(
            id=entry_id,
            uid=uid,
            kind=kind,
            created_at=created_at,
            deleted=deleted,
            late=late,
            versions=versions,
        )

    def summaries(
        self,
        query: EntryFilter,
        limit: int,
        offset: int,
        after: tuple[str, int] | None = None,
    ) -> list[EntrySummary]:
        """One page of the timeline. Pass `after` (the last row's cursor) instead of a large
        offset: keyset paging costs the same at row 100,000 as at row 0."""
        where, params = _filter_sql(query)
        order = "DESC" if query.newest_first else "ASC"
        if after is not None:
            where += f" AND (e.occurred_sort, e.id) {'<' if query.newest_first else '>'} (?, ?)"
            params = [*params, after[0], after[1]]
        # Pick the page's ids first, then build only those rows: when the filter forces a sort
        # (e.g. search results), SQLite would otherwise compute every column of every match.
        rows = self.db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM ("
            f"  SELECT e.id FROM entries e WHERE {where} "
            f"  ORDER BY e.occurred_sort {order}, e.id {order} LIMIT ? OFFSET ?"
            ") AS page JOIN entries e ON e.id = page.id "
            f"ORDER BY e.occurred_sort {order}, e.id {order}",
            (*params, limit, offset),
        ).fetchall()
        return [_summary(row) for row in rows]

    def count(self, query: EntryFilter) -> int:
        where, params = _filter_sql(query)
        row = self.db.execute(f"SELECT count(*) FROM entries e WHERE {where}", params).fetchone()
        return int(row[0])

    def pattern_rows(self, query: EntryFilter) -> list[tuple[Any, ...]]:
        """(id, kind, version_count, categories JSON array, occurred JSON, severity, sender) of
        each match, from its latest readable version: what the pattern page counts
        (core/pattern.py)."""
        where, params = _filter_sql(query)
        return self.db.execute(
            f"SELECT e.id, e.kind, e.version_count, {_CATEGORIES}, "
            "json_extract(f.fields, '$.occurred'), json_extract(f.fields, '$.severity'), "
            "json_extract(f.fields, '$.sender') FROM entries e "
            "LEFT JOIN versions f ON f.seq = (SELECT v.seq FROM versions v WHERE v.entry_id = e.id"
            " AND v.fields IS NOT NULL ORDER BY v.version_no DESC LIMIT 1) "
            f"WHERE {where} ORDER BY e.occurred_sort, e.id",
            params,
        ).fetchall()

    def _tags(self, entry_id: int) -> tuple[str, ...]:
        rows = self.db.execute(
            "SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY tag", (entry_id,)
        ).fetchall()
        return tuple(str(r[0]) for r in rows)

    def all_tags(self) -> list[tuple[str, int]]:
        rows = self.db.execute(
            "SELECT tag, count(*) FROM entry_tags GROUP BY tag ORDER BY tag"
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def imported_message_keys(self) -> set[str]:
        """The re-import keys of imported messages (any version that still has its content)."""
        rows = self.db.execute(
            "SELECT DISTINCT json_extract(fields, '$.source.key') FROM versions "
            "WHERE fields IS NOT NULL AND json_extract(fields, '$.source.key') IS NOT NULL"
        ).fetchall()
        return {str(r[0]) for r in rows}

    # ------------------------------------------------------------------ check support
    def iter_versions(self) -> Iterator[tuple[Any, ...]]:
        """Every version in chain order with its entry's uid and kind. Also reads a backup
        written before salts existed (restore checks it before it is migrated)."""
        has_salts = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'version_salts'"
        ).fetchone()
        yield from self.db.execute(
            "SELECT v.seq, v.entry_id, e.uid, e.kind, v.version_no, v.action, v.recorded_at, "
            "v.fields, v.content_sha256, v.leaf_sha256, v.chain_sha256, "
            f"{_SALTS_OF_V if has_salts else 'NULL'} "
            "FROM versions v JOIN entries e ON e.id = v.entry_id ORDER BY v.seq"
        )

    def history_records(self) -> Iterator[VersionRecord]:
        """Every version in chain order, as the history check reads it (evidence.history)."""
        for row in self.iter_versions():
            seq, entry_id, uid, kind, version_no, action, recorded_at = row[:7]
            fields_json, content_sha, leaf_sha, link_sha, salts_json = row[7:]
            fields: Any = None
            if fields_json is not None and action != "delete":
                try:
                    decoded = decode_fields(fields_json)
                    fields = decoded.to_json() if decoded is not None else None
                except (ValueError, KeyError, TypeError):
                    fields = UNREADABLE
            elif fields_json is not None:
                fields = UNREADABLE  # a deletion keeps no content; never checked as text
            yield VersionRecord(
                seq=int(seq),
                entry_id=int(entry_id),
                entry_uid=str(uid),
                kind=str(kind),
                version_no=int(version_no),
                action=str(action),
                recorded_at=str(recorded_at),
                fields=fields,
                attachments=[a.hashed_form() for a in self.attachments_of_version(int(seq))]
                if fields is not None and fields is not UNREADABLE
                else [],
                content_sha256=str(content_sha),
                leaf_sha256=str(leaf_sha),
                chain_sha256=str(link_sha),
                salts=_salts_or_unreadable(salts_json),
            )

    def deleted_entry_ids(self) -> set[int]:
        """Entries a deletion erased (their content may be gone)."""
        rows = self.db.execute("SELECT entry_id FROM versions WHERE action = 'delete'")
        return {int(r[0]) for r in rows}

    def entry_ids(self) -> list[int]:
        return [int(r[0]) for r in self.db.execute("SELECT id FROM entries ORDER BY id")]

    def cached_categories(self, entry_id: int) -> tuple[str, ...]:
        rows = self.db.execute(
            "SELECT category FROM entry_categories WHERE entry_id = ? ORDER BY position",
            (entry_id,),
        ).fetchall()
        return tuple(str(r[0]) for r in rows)

    def cached_row(self, entry_id: int) -> tuple[Any, ...]:
        row = self.db.execute(
            "SELECT version_count, deleted, occurred_sort, category, title, attachment_count, "
            "late FROM entries WHERE id = ?",
            (entry_id,),
        ).fetchone()
        return tuple(row)


def _decode_salts(text: str | None) -> dict[str, str] | None:
    if text is None:
        return None
    value = json.loads(text)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValueError("salts are a map of part names to hex")
    return dict(value)


def _stored_salts(text: str | None, entry_id: int) -> dict[str, str] | None:
    try:
        return _decode_salts(text)
    except ValueError as exc:
        raise UnreadablePage(f"entry {entry_id}: its stored salts cannot be read") from exc


def _salts_or_unreadable(text: str | None) -> Any:
    """For the history check: salts that do not decode never match a recorded hash."""
    try:
        return _decode_salts(text)
    except ValueError:
        return UNREADABLE


def _stored_fields(text: str | None, entry_id: int) -> EntryFields | None:
    """The app stores only JSON it wrote. Text that does not parse was damaged on disk: when a
    page fails its check, SQLCipher hands SQLite zeros, and the tail of a long value can come
    back that way without an SQLite error."""
    try:
        return decode_fields(text)
    except (ValueError, KeyError, TypeError) as exc:
        raise UnreadablePage(f"entry {entry_id}: its stored text cannot be read") from exc


def _filter_sql(query: EntryFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if not query.include_deleted:
        clauses.append("e.deleted = 0")
    if query.date_from is not None:
        clauses.append("e.occurred_date >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to is not None:
        clauses.append("e.occurred_date <= ?")
        params.append(query.date_to.isoformat())
    if query.categories:
        # Any of the chosen categories: an entry about threats and assault is found by either.
        clauses.append(
            "EXISTS (SELECT 1 FROM entry_categories c WHERE c.entry_id = e.id AND c.category IN "
            f"({', '.join('?' * len(query.categories))}))"
        )
        params.extend(c.value for c in query.categories)
    if query.kinds:
        clauses.append(f"e.kind IN ({', '.join('?' * len(query.kinds))})")
        params.extend(k.value for k in query.kinds)
    if query.entry_ids:
        clauses.append(f"e.id IN ({', '.join('?' * len(query.entry_ids))})")
        params.extend(query.entry_ids)
    for tag in query.tags:
        clauses.append("EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = e.id AND t.tag = ?)")
        params.append(tag.strip().lower())
    match = fts_query(query.text)
    if match:
        clauses.append("e.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)")
        params.append(match)
    return (" AND ".join(clauses) or "1"), params


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must match, the last one as
    a prefix (so results appear while typing). Quotes make FTS5 syntax characters literal."""
    words = [w for w in text.split() if w.strip()]
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " AND ".join(quoted)


def _summary(row: Sequence[Any]) -> EntrySummary:
    occurred = (
        Occurred.from_json(json.loads(row[11]))
        if row[11] is not None
        else Occurred.parse(str(row[2])[:10])
    )
    tags = tuple(str(tag) for tag in json.loads(row[12])) if row[12] else ()
    return EntrySummary(
        id=int(row[0]),
        kind=Kind(row[1]),
        occurred=occurred,
        categories=categories_of(row[13], row[3]),
        title=str(row[4]),
        tags=tags,
        attachment_count=int(row[5]),
        version_count=int(row[6]),
        late=bool(row[7]),
        deleted=bool(row[8]),
        created_at=str(row[9]),
        updated_at=str(row[10]),
        sort_key=str(row[2]),
    )


def categories_of(listed: str | None, first: str) -> tuple[Category, ...]:
    """Categories from the entry_categories JSON array; the cached first one if none are listed."""
    values = [str(v) for v in json.loads(listed)] if listed else []
    return tuple(Category(v) for v in (values or [first]))
