"""Checkpoints: a short code that pins the history at one moment, to hand to an advocate.

A code such as `CP1-42-3f9a2b7c1d4e5f608a7b6c5d-20261127-ab12cd34` records the history size
(42 versions), the first 96 bits of the chain link at that size, the date, and the first 32 bits
of the signing-key fingerprint. Later, `check --checkpoint CODE` proves the current history
*extends* it: the link at position 42 must still be the same. A journal replaced by an older
copy (fewer versions) or with rewritten history fails. 96 bits make forging a matching history
infeasible; the code stays short enough to write down or read over the phone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from journal_app.core.errors import InvalidInput
from journal_app.i18n import N_, Message

PREFIX = "CP1"
HEAD_HEX_CHARS = 24
FINGERPRINT_HEX_CHARS = 8
_PATTERN = re.compile(
    rf"^{PREFIX}-(\d{{1,12}})-([0-9a-f]{{{HEAD_HEX_CHARS}}})-(\d{{8}})-([0-9a-f]{{{FINGERPRINT_HEX_CHARS}}})$"
)


@dataclass(frozen=True)
class Checkpoint:
    size: int
    head_prefix: str
    day: date
    key_prefix: str

    @property
    def code(self) -> str:
        return (
            f"{PREFIX}-{self.size}-{self.head_prefix}-{self.day.strftime('%Y%m%d')}-"
            f"{self.key_prefix}"
        )

    @classmethod
    def make(cls, size: int, head_hex: str, day: date, fingerprint: str) -> Checkpoint:
        compact = fingerprint.replace(" ", "")
        return cls(size, head_hex[:HEAD_HEX_CHARS], day, compact[:FINGERPRINT_HEX_CHARS])

    @classmethod
    def parse(cls, code: str) -> Checkpoint:
        cleaned = "".join(code.split())
        if cleaned[:4].upper() == f"{PREFIX}-":
            cleaned = f"{PREFIX}-" + cleaned[4:].lower()
        match = _PATTERN.match(cleaned)
        if match is None:
            raise InvalidInput(
                "That is not a checkpoint code (it looks like CP1-42-3f9a…-20261127-ab12cd34)."
            )
        size, head, day, key = match.groups()
        try:
            parsed_day = date(int(day[:4]), int(day[4:6]), int(day[6:]))
        except ValueError as exc:
            raise InvalidInput("The checkpoint code has an impossible date.") from exc
        return cls(int(size), head, parsed_day, key)


@dataclass(frozen=True)
class CheckpointResult:
    ok: bool
    note: Message

    @property
    def message(self) -> str:
        return self.note.english()


# Two wordings each, for a journal and for a bundle: the subject changes the grammar of the
# translations, so it is never pasted in as a word.
_DIFFERENT_KEY = N_("This checkpoint belongs to a different journal.")
_OLDER = {
    "journal": N_(
        "This journal holds {size} versions but the checkpoint of {day} saw {expected}: it was "
        "replaced by an older copy, or history was removed."
    ),
    "bundle": N_(
        "The bundle holds {size} versions but the checkpoint of {day} saw {expected}: the "
        "journal was replaced by an older copy, or history was removed."
    ),
}
_REWRITTEN = N_(
    "The history up to the checkpoint of {day} was rewritten since: it no longer matches."
)
_EXTENDS = {
    "journal": N_(
        "The history extends the checkpoint of {day} ({expected} versions then, {added} added "
        "since)."
    ),
    "bundle": N_(
        "The bundle's history extends the checkpoint of {day} ({expected} versions then, "
        "{added} added since)."
    ),
}


def compare(
    point: Checkpoint, *, size_now: int, link_at_point: str, same_key: bool, subject: str
) -> CheckpointResult:
    """The verdict for a history of `size_now` versions whose link at `point.size` is given."""
    day = point.day.isoformat()
    if not same_key:
        return CheckpointResult(False, Message(_DIFFERENT_KEY))
    if size_now < point.size:
        params = {"size": size_now, "day": day, "expected": point.size}
        return CheckpointResult(False, Message(_OLDER[subject], params))
    if not link_at_point.startswith(point.head_prefix):
        return CheckpointResult(False, Message(_REWRITTEN, {"day": day}))
    params = {"day": day, "expected": point.size, "added": size_now - point.size}
    return CheckpointResult(True, Message(_EXTENDS[subject], params))


def link_at(leaves: list[str], size: int) -> str:
    """The chain link after `size` leaves (32 zero bytes for size 0)."""
    from journal_app.evidence.chain import GENESIS, next_link

    link: str | None = None
    for leaf in leaves[:size]:
        link = next_link(link, leaf)
    return GENESIS.hex() if link is None else link


def extends(point: Checkpoint, leaves: list[str], fingerprint: str) -> CheckpointResult:
    """Does a bundle's history, given as its leaf hashes, extend `point`?"""
    return compare(
        point,
        size_now=len(leaves),
        link_at_point=link_at(leaves, min(point.size, len(leaves))),
        same_key=fingerprint.replace(" ", "").startswith(point.key_prefix),
        subject="bundle",
    )
