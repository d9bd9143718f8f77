"""Recheck a journal's whole history: every content hash, leaf and link, in chain order.

Evidence logic, below the vault: the vault hands it the stored versions as plain records, and
both `check` (core) and a restore's check of the copy (vault) use it, so neither imports the
other's layer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from journal_app.evidence.chain import content_hash, leaf_hash, next_link
from journal_app.evidence.commitments import CommitmentError, content_hash_v2

# Fields that could not be decoded: never equal to a recorded hash.
UNREADABLE = object()


@dataclass(frozen=True)
class VersionRecord:
    """One stored version as the chain saw it. `fields` is the version's canonical JSON form,
    None once erased by a deletion, or UNREADABLE. `salts`: each part's salt (content format
    2), None for a version written before salts (format 1), or UNREADABLE."""

    seq: int
    entry_id: int
    entry_uid: str
    kind: str
    version_no: int
    action: str
    recorded_at: str
    fields: Any
    attachments: list[dict[str, Any]]
    content_sha256: str
    leaf_sha256: str
    chain_sha256: str
    salts: Any = None


Flag = Callable[[int, str], None]


def actual_content(record: VersionRecord) -> str:
    """The content hash recomputed from what is stored: salted per part (format 2) when the
    version has salts, the plain hash of its fields (format 1) when it was written before."""
    if record.fields is UNREADABLE or record.salts is UNREADABLE:
        return "unreadable"
    if record.salts is None:
        return content_hash(record.fields, record.attachments)
    try:
        return content_hash_v2(record.fields, record.attachments, record.salts)
    except CommitmentError:
        return "unreadable"


def clock_went_back(before: str, now: str, where: str) -> str | None:
    """The sentence for a recorded time earlier than the one before it in the chain, if so.
    The chain proves the order things were saved in; the times come from the computer's clock."""
    try:
        earlier = datetime.fromisoformat(now) < datetime.fromisoformat(before)
    except ValueError:
        return None
    if not earlier:
        return None
    return (
        f"{where} was recorded at {now}, before the version saved just ahead of it "
        f"({before}): the computer's clock may have been changed."
    )


def check_history(
    records: Iterable[VersionRecord], deleted: set[int], flag: Flag, note: Flag | None = None
) -> int:
    """Flag (entry id, sentence) every version that does not match; returns how many were
    checked. `deleted`: the entries a deletion erased (their content may be gone). `note`
    hears what is true but worth saying: recorded times that run backwards in chain order."""
    previous_link: str | None = None
    previous_time: str | None = None
    expected_seq = 1
    checked = 0
    for record in records:
        where = f"entry {record.entry_id} (version {record.version_no})"
        if note is not None and previous_time is not None:
            said = clock_went_back(previous_time, record.recorded_at, where)
            if said:
                note(record.entry_id, said)
        previous_time = record.recorded_at
        if record.seq != expected_seq:
            flag(record.entry_id, f"{where}: history position {record.seq} follows a gap.")
        expected_seq = record.seq + 1
        if record.fields is None:
            if record.entry_id not in deleted:
                flag(record.entry_id, f"{where}: content is missing but it was never deleted.")
        elif record.action != "delete" and actual_content(record) != record.content_sha256:
            flag(record.entry_id, f"{where}: the text does not match its recorded hash.")
        leaf = leaf_hash(
            entry_uid=record.entry_uid,
            kind=record.kind,
            version=record.version_no,
            action=record.action,
            recorded_at=record.recorded_at,
            content_sha256=record.content_sha256,
        )
        if leaf != record.leaf_sha256:
            flag(record.entry_id, f"{where}: the record of this version was altered.")
        link = next_link(previous_link, record.leaf_sha256)
        if link != record.chain_sha256:
            flag(record.entry_id, f"{where}: the history chain is broken here.")
        previous_link = record.chain_sha256
        checked += 1
    return checked
