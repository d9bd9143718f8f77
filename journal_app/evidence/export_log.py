"""The export log: one record per evidence bundle the journal produced, hash-linked.

    record   = canonical JSON of what was disclosed (id, time, selection, redactions, the
               bundle's SHA-256 and size, the history chain's size and head at export time)
    link_0   = 32 zero bytes
    link_n   = SHA-256(b"journal_app export log v1\\0" || link_(n-1) || SHA-256(record_n))

The vault keeps the count and the last link beside the rows (in `meta`), written in the same
transaction, so removing or changing any row, the last one included, no longer matches. Each
record also names the history chain's head at export time, which `check` finds in the chain.
Someone holding the key can still rewrite the whole log consistently: what pins it is the list
of earlier exports printed on every later bundle's cover and signed in its manifest.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from journal_app.evidence.canonical import canonical_json

LOG_FORMAT = 1
GENESIS = bytes(32).hex()
_LINK_PREFIX = b"journal_app export log v1\x00"
# Export ids: "EX-<n>-<5 letters>"; the alphabet has no look-alikes (no 0/O, 1/I/L).
_ID_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_export_id(number: int) -> str:
    """Short and unambiguous, e.g. EX-3-K7M2Q: the journal's third export, and a random part
    so that two journals' third exports (or a removed one and its replacement) differ."""
    return f"EX-{number}-" + "".join(secrets.choice(_ID_ALPHABET) for _ in range(5))


@dataclass(frozen=True)
class ExportRecord:
    number: int
    export_id: str
    created_at: str
    selection: dict[str, Any]
    redactions: dict[str, Any]
    sha256: str
    size: int
    entries: int
    exhibits: int
    encrypted: bool
    chain_size: int
    chain_head: str

    def to_json(self) -> dict[str, Any]:
        return {
            "v": LOG_FORMAT,
            "number": self.number,
            "export_id": self.export_id,
            "created_at": self.created_at,
            "selection": self.selection,
            "redactions": self.redactions,
            "sha256": self.sha256,
            "size": self.size,
            "entries": self.entries,
            "exhibits": self.exhibits,
            "encrypted": self.encrypted,
            "chain": {"size": self.chain_size, "head": self.chain_head},
        }

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> ExportRecord:
        return cls(
            number=int(document["number"]),
            export_id=str(document["export_id"]),
            created_at=str(document["created_at"]),
            selection=dict(document["selection"]),
            redactions=dict(document["redactions"]),
            sha256=str(document["sha256"]),
            size=int(document["size"]),
            entries=int(document["entries"]),
            exhibits=int(document["exhibits"]),
            encrypted=bool(document["encrypted"]),
            chain_size=int(document["chain"]["size"]),
            chain_head=str(document["chain"]["head"]),
        )

    def encode(self) -> str:
        return canonical_json(self.to_json()).decode("utf-8")

    def disclosed(self) -> dict[str, Any]:
        """What a later bundle prints about this export. Tags and hand-picked entry numbers
        are given as counts: a copy for the other party must not repeat an earlier
        selection's tag names (they are the person's own words)."""
        selection = self.selection
        return {
            "export_id": self.export_id,
            "number": self.number,
            "created_at": self.created_at,
            "date_from": selection.get("date_from"),
            "date_to": selection.get("date_to"),
            "categories": list(selection.get("categories", [])),
            "tags_selected": len(selection.get("tags", [])),
            "entries_picked": len(selection.get("entry_ids", [])),
            "include_history": bool(selection.get("include_history", True)),
            "redacted_fields": list(self.redactions.get("fields", [])),
            "attachments_left_out": int(self.redactions.get("attachments_left_out", 0)),
            "encrypted": self.encrypted,
            "entries": self.entries,
            "exhibits": self.exhibits,
            "sha256": self.sha256,
            "size": self.size,
            "chain": {"size": self.chain_size, "head": self.chain_head},
        }


def next_link(previous: str, record_text: str) -> str:
    record_hash = hashlib.sha256(record_text.encode("utf-8")).digest()
    return hashlib.sha256(_LINK_PREFIX + bytes.fromhex(previous) + record_hash).hexdigest()


@dataclass(frozen=True)
class LogRow:
    """One stored row, as read back: its position, the record's text and its link."""

    seq: int
    export_id: str
    record: str
    link: str


@dataclass(frozen=True)
class LogHead:
    count: int
    link: str

    def encode(self) -> bytes:
        return f"{self.count} {self.link}".encode("ascii")

    @classmethod
    def decode(cls, value: bytes | None) -> LogHead | None:
        try:
            count, link = (value or b"").decode("ascii").split(" ")
            bytes.fromhex(link)
            return cls(int(count), link)
        except ValueError:
            return None


def check_log(
    rows: Sequence[LogRow],
    head: LogHead | None,
    chain_link_at: Callable[[int], str | None],
) -> list[str]:
    """Problems in the stored log (English, like every `check` problem): a changed or removed
    row, a head that does not match, or a record naming a history the journal never had."""
    problems: list[str] = []
    link = GENESIS
    for position, row in enumerate(rows, start=1):
        name = f"export log row {position} ({row.export_id})"
        if row.seq != position:
            problems.append(
                f"{name}: rows are missing before it (it is stored as number {row.seq})."
            )
            return problems
        expected = next_link(link, row.record)
        if row.link != expected:
            problems.append(f"{name}: it does not match its hash link; it was changed.")
            return problems
        try:
            record = ExportRecord.from_json(json.loads(row.record))
        except (ValueError, KeyError, TypeError):
            problems.append(f"{name}: its record cannot be read.")
            return problems
        if record.export_id != row.export_id or record.number != position:
            problems.append(f"{name}: its record names a different export.")
        chain_link = chain_link_at(record.chain_size)
        if chain_link != record.chain_head:
            problems.append(
                f"{name}: it records a history head that is not in this journal's history."
            )
        link = expected
    if head is None:
        problems.append("export log: its recorded end (count and last link) is missing.")
    elif head.count != len(rows) or head.link != link:
        problems.append(
            f"export log: {head.count} exports were recorded but {len(rows)} matching rows "
            "remain; a record was removed or replaced."
        )
    return problems
