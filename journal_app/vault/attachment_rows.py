"""SQL for attachments and their chunks, mixed into Repository (repository.py). Like the rest
of the repository, no policy lives here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from journal_app.core.errors import EntryNotFound
from journal_app.core.models import AttachmentInfo
from journal_app.vault.attachments import ImportedFile
from journal_app.vault.connection import Connection

_ATTACHMENT_COLUMNS = (
    "id, uid, sha256, size, mime_type, original_name, captured_at, image_width, image_height, "
    "imported_at, erased"
)


class AttachmentRows:
    """The attachment methods of Repository, which sets `db`."""

    db: Connection

    # ------------------------------------------------------------------ attachments
    def stored_attachment(self, sha256: str) -> AttachmentInfo | None:
        """A kept (not erased) file with these bytes, so an export is stored only once."""
        row = self.db.execute(
            f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments WHERE sha256 = ? AND erased = 0 "
            "ORDER BY id LIMIT 1",
            (sha256,),
        ).fetchone()
        return None if row is None else _attachment(row)

    def insert_attachment_row(self, uid: str, name: str, imported_at: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO attachments (uid, sha256, size, mime_type, original_name, imported_at) "
            "VALUES (?, '', 0, 'application/octet-stream', ?, ?)",
            (uid, name, imported_at),
        )
        return int(cursor.lastrowid or 0)

    def write_chunk(self, attachment_id: int, index: int, data: bytes) -> None:
        self.db.execute(
            "INSERT INTO attachment_chunks (attachment_id, idx, data) VALUES (?, ?, ?)",
            (attachment_id, index, data),
        )

    def finish_attachment(self, attachment_id: int, imported: ImportedFile) -> None:
        self.db.execute(
            "UPDATE attachments SET sha256 = ?, size = ?, mime_type = ?, captured_at = ?, "
            "image_width = ?, image_height = ? WHERE id = ?",
            (
                imported.sha256,
                imported.size,
                imported.mime_type,
                imported.captured_at,
                imported.width,
                imported.height,
                attachment_id,
            ),
        )

    def attachment(self, attachment_id: int) -> AttachmentInfo:
        row = self.db.execute(
            f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            raise EntryNotFound(
                key="There is no attachment number {attachment_id}.",
                params={"attachment_id": attachment_id},
            )
        return _attachment(row)

    def attachments_of_version(self, seq: int) -> list[AttachmentInfo]:
        rows = self.db.execute(
            f"SELECT {', '.join('a.' + c.strip() for c in _ATTACHMENT_COLUMNS.split(','))} "
            "FROM version_attachments va JOIN attachments a ON a.id = va.attachment_id "
            "WHERE va.version_seq = ? ORDER BY va.position",
            (seq,),
        ).fetchall()
        return [_attachment(r) for r in rows]

    def chunk(self, attachment_id: int, index: int) -> bytes | None:
        """One stored chunk of an original (None past the end): callers stream chunk by chunk,
        so memory stays flat for huge files."""
        row = self.db.execute(
            "SELECT data FROM attachment_chunks WHERE attachment_id = ? AND idx = ?",
            (attachment_id, index),
        ).fetchone()
        return None if row is None else bytes(row[0])

    def all_attachments(self) -> list[AttachmentInfo]:
        rows = self.db.execute(
            f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments ORDER BY id"
        ).fetchall()
        return [_attachment(r) for r in rows]


def _attachment(row: Sequence[Any]) -> AttachmentInfo:
    return AttachmentInfo(
        id=int(row[0]),
        uid=str(row[1]),
        sha256=str(row[2]),
        size=int(row[3]),
        mime_type=str(row[4]),
        original_name=str(row[5]),
        captured_at=row[6],
        image_width=row[7],
        image_height=row[8],
        imported_at=str(row[9]),
        erased=bool(row[10]),
    )
