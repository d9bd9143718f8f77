"""Checkpoints: a short code that pins the history at one moment, to hand to an advocate.

A code such as `CP2-42-3f9a2b7c1d4e5f608a7b6c5d-20261127-ab12cd34ef56ab12cd34ef56ab12cd34`
records the history size (42 versions), the first 96 bits of the chain link at that size, the
date, and the signing-key fingerprint (128 bits). Later, `check --checkpoint CODE` proves the
current history *extends* it: the link at position 42 must still be the same, under the same
key. A journal replaced by an older copy (fewer versions) or with rewritten history fails.
96 bits make forging a matching history infeasible; 128 bits of the key make grinding a
look-alike key infeasible too.

Codes made before (`CP1-...`) hold only 32 bits of the fingerprint: a key with the same 32
bits can be found by brute force in hours. They are still read, and a verdict on one says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from journal_app.core.errors import InvalidInput
from journal_app.i18n import N_, Message

PREFIX = "CP2"
HEAD_HEX_CHARS = 24
FINGERPRINT_HEX_CHARS = 32  # the whole 128-bit fingerprint
_OLD_PREFIX, _OLD_FINGERPRINT_HEX_CHARS = "CP1", 8
_KEY_CHARS = {PREFIX: FINGERPRINT_HEX_CHARS, _OLD_PREFIX: _OLD_FINGERPRINT_HEX_CHARS}
_PATTERN = re.compile(
    rf"^(CP[12])-(\d{{1,12}})-([0-9a-f]{{{HEAD_HEX_CHARS}}})-(\d{{8}})-([0-9a-f]+)$"
)


@dataclass(frozen=True)
class Checkpoint:
    size: int
    head_prefix: str
    day: date
    key_prefix: str

    @property
    def is_old(self) -> bool:
        """A CP1 code, holding only 32 bits of the key fingerprint."""
        return len(self.key_prefix) < FINGERPRINT_HEX_CHARS

    @property
    def code(self) -> str:
        prefix = _OLD_PREFIX if self.is_old else PREFIX
        return (
            f"{prefix}-{self.size}-{self.head_prefix}-{self.day.strftime('%Y%m%d')}-"
            f"{self.key_prefix}"
        )

    @classmethod
    def make(cls, size: int, head_hex: str, day: date, fingerprint: str) -> Checkpoint:
        compact = fingerprint.replace(" ", "")
        return cls(size, head_hex[:HEAD_HEX_CHARS], day, compact[:FINGERPRINT_HEX_CHARS])

    @classmethod
    def parse(cls, code: str) -> Checkpoint:
        cleaned = "".join(code.split())
        cleaned = cleaned[:4].upper() + cleaned[4:].lower()
        match = _PATTERN.match(cleaned)
        if match is None or len(match.group(5)) != _KEY_CHARS[match.group(1)]:
            raise InvalidInput(
                "That is not a checkpoint code (it looks like CP2-42-3f9a…-20261127-ab12…)."
            )
        _prefix, size, head, day, key = match.groups()
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


# The same verdicts for an old (CP1) code, with a caution about its short key fingerprint.
_EXTENDS_OLD_CODE = {
    "journal": N_(
        "The history extends the checkpoint of {day} ({expected} versions then, {added} added "
        "since). This is an older checkpoint code, which holds only 32 bits of the signing "
        "key's fingerprint: compare the full fingerprint too."
    ),
    "bundle": N_(
        "The bundle's history extends the checkpoint of {day} ({expected} versions then, "
        "{added} added since). This is an older checkpoint code, which holds only 32 bits of "
        "the signing key's fingerprint: compare the full fingerprint too."
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
    if point.is_old:
        return CheckpointResult(True, Message(_EXTENDS_OLD_CODE[subject], params))
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
