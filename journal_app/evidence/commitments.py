"""Content format 2: a salted commitment to each part of a version, so that a bundle can
disclose some parts, withhold others, and let nobody test a guess of a withheld one.

    part        = one field of the version (`location`, `people`, ...; `told` is split into
                  `told.who` and `told.reference`, which are redacted separately), one
                  attached file (`attachment.0`, `attachment.1`, ... in order: its SHA-256,
                  size and type) or that file's own name (`attachment.0.name`, ...), which a
                  redacted copy withholds since a file name can name a person or a place,
                  and, when the version holds typed transcripts of recordings, each file's
                  transcript (`attachment.0.transcript`, ...; "" for a file without one),
                  so a copy that leaves a file out withholds its transcript with it
    commitment  = SHA-256(canonical([salt_hex, part_name, value]))      salt: 32 random bytes
    content     = SHA-256(canonical({"content_format": 2,
                                     "commitments": {part_name: commitment, ...}}))

Every part has its own fresh salt, kept encrypted in the vault (`version_salts`). A bundle gives
the value and the salt of each disclosed part and only the commitment of a withheld one; a
recipient recomputes the content hash from the two. Without the salt (256 bits) a withheld
commitment cannot be tested against any guess. The leaf and the chain are built from the content
hash as in format 1 (evidence/chain.py).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable
from typing import Any

from journal_app.evidence.canonical import canonical_json, sha256_hex

CONTENT_FORMAT = 2
SALT_BYTES = 32
ATTACHMENT_PREFIX = "attachment."
NAME_SUFFIX = ".name"
# What a format-1 version withholds when a redacted copy leaves out its files' own names.
ATTACHMENT_NAMES = "attachment names"
# The redactable parts a bundle may withhold, by the redaction that withholds them.
TOLD_WHO = "told.who"
TOLD_REFERENCE = "told.reference"
TRANSCRIPTS = "transcripts"
TRANSCRIPT_SUFFIX = ".transcript"


class CommitmentError(ValueError):
    """A version's parts and its salts do not describe the same thing."""


def parts_of(fields: dict[str, Any], attachments: list[dict[str, Any]]) -> dict[str, Any]:
    """The committed parts of one version: its fields (as `EntryFields.to_json` gives them)
    and its attachments' hashed forms."""
    parts = {name: value for name, value in fields.items() if name not in ("told", TRANSCRIPTS)}
    if "told" in fields:
        told = fields["told"] if isinstance(fields["told"], list) else []
        parts[TOLD_WHO] = [_item(d, "who") for d in told]
        parts[TOLD_REFERENCE] = [_item(d, "reference") for d in told]
    for index, attachment in enumerate(attachments):
        parts[f"{ATTACHMENT_PREFIX}{index}"] = {k: v for k, v in attachment.items() if k != "name"}
        parts[name_part(index)] = attachment.get("name", "")
    if TRANSCRIPTS in fields:
        texts = fields[TRANSCRIPTS]
        held = [attachment.get("sha256") for attachment in attachments]
        if not isinstance(texts, dict) or not set(texts) <= set(held):
            raise CommitmentError("a transcript names a file the version does not have")
        for index, sha256 in enumerate(held):
            parts[transcript_part(index)] = texts.get(sha256, "")
    return parts


def transcript_part(index: int) -> str:
    """The part that commits to the typed transcript of the version's file at `index`."""
    return f"{ATTACHMENT_PREFIX}{index}{TRANSCRIPT_SUFFIX}"


def name_part(index: int) -> str:
    """The part that commits to an attached file's own name, apart from the file itself, so a
    redacted copy can withhold the name (it may name a person or a place) and still let the
    recipient check the file's hash, size and type."""
    return f"{ATTACHMENT_PREFIX}{index}{NAME_SUFFIX}"


def _item(disclosure: Any, key: str) -> Any:
    return disclosure.get(key, "") if isinstance(disclosure, dict) else None


def new_salts(parts: dict[str, Any]) -> dict[str, str]:
    """A fresh 32-byte salt for every part (hex)."""
    # One read of the system's random source for all of them (a large import saves a million
    # system calls); each salt is still its own 32 bytes of it.
    pool = secrets.token_bytes(SALT_BYTES * len(parts)).hex()
    width = 2 * SALT_BYTES
    return {name: pool[i * width : (i + 1) * width] for i, name in enumerate(parts)}


def commitment(salt_hex: str, name: str, value: Any) -> str:
    if type(value) is str:
        text = _string(value)
    elif type(value) is list and all(type(item) is str for item in value):
        text = _array(map(_string, value))
    else:
        return sha256_hex(canonical_json([salt_hex, name, value]))
    # Most parts are one string or a list of strings (often empty), where no float can hide:
    # written here as the very bytes canonical_json gives (the JSON encoder's own string
    # escaping, "," between items), without its walk over the value and its encoder set-up;
    # an import commits to hundreds of thousands of parts.
    return sha256_hex(_array((_string(salt_hex), _string(name), text)).encode("utf-8"))


# The string escaping json.dumps(..., ensure_ascii=False) itself uses (its C speed-up).
_string = json.encoder.encode_basestring


def _array(items: Iterable[str]) -> str:
    return "[" + ",".join(items) + "]"


def combine(commitments: dict[str, str]) -> str:
    """The content hash of a version from the commitments of all its parts."""
    return sha256_hex(
        canonical_json({"content_format": CONTENT_FORMAT, "commitments": commitments})
    )


def commitments_of(parts: dict[str, Any], salts: dict[str, str]) -> dict[str, str]:
    if set(parts) != set(salts):
        raise CommitmentError("the version's parts and its salts differ")
    return {name: commitment(salts[name], name, value) for name, value in parts.items()}


def content_hash_v2(
    fields: dict[str, Any], attachments: list[dict[str, Any]], salts: dict[str, str]
) -> str:
    return combine(commitments_of(parts_of(fields, attachments), salts))
