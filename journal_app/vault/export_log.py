"""SQL for the export log (see evidence/export_log.py for what it records and why)."""

from __future__ import annotations

from journal_app.evidence.export_log import GENESIS, ExportRecord, LogHead, LogRow, next_link
from journal_app.vault.connection import Connection

HEAD_KEY = "export_log_head"


def create_table(connection: Connection) -> None:
    """The schema migration's part: the table, and an empty log's recorded end."""
    connection.execute(
        "CREATE TABLE export_log ("
        " seq       INTEGER PRIMARY KEY,"
        " export_id TEXT    NOT NULL UNIQUE,"
        " record    TEXT    NOT NULL,"
        " link      TEXT    NOT NULL)"
    )
    connection.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)", (HEAD_KEY, LogHead(0, GENESIS).encode())
    )


def rows(connection: Connection) -> list[LogRow]:
    return [
        LogRow(int(seq), str(export_id), str(record), str(link))
        for seq, export_id, record, link in connection.execute(
            "SELECT seq, export_id, record, link FROM export_log ORDER BY seq"
        )
    ]


def head(connection: Connection) -> LogHead | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    return None if row is None else LogHead.decode(bytes(row[0]))


def append(connection: Connection, record: ExportRecord) -> LogHead:
    """Add one record after the recorded end; the caller holds the write transaction."""
    current = head(connection) or LogHead(0, GENESIS)
    text = record.encode()
    link = next_link(current.link, text)
    connection.execute(
        "INSERT INTO export_log (seq, export_id, record, link) VALUES (?, ?, ?, ?)",
        (current.count + 1, record.export_id, text, link),
    )
    new_head = LogHead(current.count + 1, link)
    connection.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (HEAD_KEY, new_head.encode())
    )
    return new_head
