"""The history chain: one leaf per saved version, each link hashing the previous one.

    content = SHA-256(canonical({"fields": ..., "attachments": [...]}))   (content format 1,
              versions written before per-field salts; format 2: evidence/commitments.py)
    leaf    = SHA-256(canonical({"action", "content_sha256", "entry", "kind",
                                 "recorded_at", "v", "version"}))
    link_0  = 32 zero bytes
    link_n  = SHA-256(b"journal_app chain v1\\0" || link_(n-1) || leaf_n)

The leaf covers the content hash, not the content, so deleting an entry can erase its text and
keep the chain checkable. The head (size n, link_n) is shown in the app and printed in exports.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from journal_app.evidence.canonical import canonical_json, sha256_hex

LEAF_FORMAT = 1
GENESIS = bytes(32)
_LINK_PREFIX = b"journal_app chain v1\x00"


@dataclass(frozen=True)
class ChainHead:
    size: int
    head: str

    @property
    def short(self) -> str:
        return self.head[:16]


def content_hash(fields: dict[str, Any] | None, attachments: list[dict[str, Any]]) -> str:
    """Content format 1: unsalted, kept so that versions written before salts still check."""
    return sha256_hex(canonical_json({"fields": fields, "attachments": attachments}))


def content_hash_encoded(fields_json: bytes, attachments: list[dict[str, Any]]) -> str:
    """`content_hash` for fields already in canonical JSON (the bulk import encodes them once
    to store them): the same bytes, as sorted keys put "attachments" before "fields"."""
    return sha256_hex(
        b'{"attachments":' + canonical_json(attachments) + b',"fields":' + fields_json + b"}"
    )


def leaf_hash(
    *, entry_uid: str, kind: str, version: int, action: str, recorded_at: str, content_sha256: str
) -> str:
    return sha256_hex(
        canonical_json(
            {
                "v": LEAF_FORMAT,
                "entry": entry_uid,
                "kind": kind,
                "version": version,
                "action": action,
                "recorded_at": recorded_at,
                "content_sha256": content_sha256,
            }
        )
    )


def next_link(previous_link_hex: str | None, leaf_hex: str) -> str:
    previous = GENESIS if previous_link_hex is None else bytes.fromhex(previous_link_hex)
    return hashlib.sha256(_LINK_PREFIX + previous + bytes.fromhex(leaf_hex)).hexdigest()


def empty_head() -> ChainHead:
    return ChainHead(0, GENESIS.hex())
