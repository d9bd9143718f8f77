"""The history chain's hashes are reproducible by anyone, and any change to a version shows."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from journal_app.evidence.canonical import canonical_json, sha256_hex
from journal_app.evidence.chain import (
    GENESIS,
    ChainHead,
    content_hash,
    content_hash_encoded,
    empty_head,
    leaf_hash,
    next_link,
)
from tests.support.helpers import fields

LEAF: dict[str, Any] = {
    "entry_uid": "0f" * 16,
    "kind": "incident",
    "version": 1,
    "action": "create",
    "recorded_at": "2026-03-01T21:30:00.000000+00:00",
    "content_sha256": "ab" * 32,
}


# --------------------------------------------------------------------- canonical JSON
def test_canonical_json_sorts_keys_at_every_level_and_has_no_whitespace() -> None:
    value = {"b": 1, "a": {"z": [3, {"y": 2, "x": 1}], "c": None}}
    assert canonical_json(value) == b'{"a":{"c":null,"z":[3,{"x":1,"y":2}]},"b":1}'


def test_canonical_json_is_independent_of_insertion_order() -> None:
    forwards = {"title": "t", "body": "b", "tags": ["x"]}
    backwards = dict(reversed(list(forwards.items())))
    assert canonical_json(forwards) == canonical_json(backwards)


def test_canonical_json_is_utf8_not_escaped() -> None:
    text = "é مرحبا 😀 \u202e"
    encoded = canonical_json({"t": text})
    assert encoded == ('{"t":"' + text + '"}').encode("utf-8")
    assert b"\\u" not in encoded
    assert json.loads(encoded.decode("utf-8")) == {"t": text}


def test_canonical_json_matches_the_documented_recipe() -> None:
    """A court expert can recompute it with any JSON library (canonical.py's docstring)."""
    value = fields(body="Zoë said ‘no’", tags=("a", "b")).to_json()
    recipe = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert canonical_json(value) == recipe.encode("utf-8")
    assert sha256_hex(canonical_json(value)) == hashlib.sha256(recipe.encode()).hexdigest()


@pytest.mark.parametrize(
    "value",
    [
        1.5,
        {"severity": 2.0},
        {"a": [1, 2, 3.0]},
        {"a": {"b": (float("nan"),)}},
        [float("inf")],
    ],
)
def test_canonical_json_refuses_floats(value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        canonical_json(value)


def test_canonical_json_refuses_non_string_keys() -> None:
    with pytest.raises(TypeError):
        canonical_json({1: "one"})


def test_canonical_json_keeps_integers_exact() -> None:
    assert canonical_json({"n": 2**63 + 1}) == b'{"n":9223372036854775809}'


# --------------------------------------------------------------------- content and leaf hashes
def test_content_hash_is_deterministic() -> None:
    attachment = {"sha256": "cd" * 32, "size": 3, "mime_type": "text/plain", "name": "a.txt"}
    first = content_hash(fields().to_json(), [attachment])
    second = content_hash(dict(reversed(list(fields().to_json().items()))), [dict(attachment)])
    assert first == second
    assert len(first) == 64 and int(first, 16) >= 0


def test_the_bulk_import_hashes_content_exactly_as_content_hash_does() -> None:
    # The bulk path hashes fields it has already encoded; a different byte would break the
    # chain for every imported message.
    attachment = {"sha256": "cd" * 32, "size": 3, "mime_type": "text/plain", "name": "ñ.txt"}
    value = fields(body="Это последнее предупреждение 😡 \u202e", people=("أحمد",)).to_json()
    encoded = canonical_json(value)
    assert content_hash_encoded(encoded, [attachment]) == content_hash(value, [attachment])
    assert content_hash_encoded(encoded, []) == content_hash(value, [])


@pytest.mark.parametrize(
    "change",
    [
        {"title": "He shouted at me."},
        {"body": "x"},
        {"location": "kitchen"},
        {"people": ("A",)},
        {"tags": ("police",)},
        {"severity": 3},
        {"injuries": "bruise"},
    ],
    ids=lambda change: next(iter(change)),
)
def test_a_changed_field_changes_the_content_hash(change: dict[str, object]) -> None:
    assert content_hash(fields(**change).to_json(), []) != content_hash(fields().to_json(), [])


def test_a_changed_attachment_changes_the_content_hash() -> None:
    original = {"sha256": "cd" * 32, "size": 3, "mime_type": "text/plain", "name": "a.txt"}
    base = content_hash(fields().to_json(), [original])
    assert content_hash(fields().to_json(), []) != base
    for key, value in [("sha256", "ce" * 32), ("size", 4), ("name", "b.txt")]:
        assert content_hash(fields().to_json(), [{**original, key: value}]) != base
    second = {**original, "sha256": "ef" * 32}
    assert content_hash(fields().to_json(), [original, second]) != content_hash(
        fields().to_json(), [second, original]
    )


def test_erased_content_hashes_differently_from_empty_content() -> None:
    assert content_hash(None, []) != content_hash({}, [])


def test_leaf_hash_is_deterministic_and_covers_every_field() -> None:
    base = leaf_hash(**LEAF)
    assert leaf_hash(**dict(LEAF)) == base
    for key, value in [
        ("entry_uid", "10" * 16),
        ("kind", "message"),
        ("version", 2),
        ("action", "edit"),
        ("recorded_at", "2026-03-01T21:30:00.000001+00:00"),
        ("content_sha256", "ac" * 32),
    ]:
        assert leaf_hash(**{**LEAF, key: value}) != base, key


def test_leaf_hash_is_sha256_of_the_canonical_record() -> None:
    record = {
        "v": 1,
        "entry": LEAF["entry_uid"],
        "kind": LEAF["kind"],
        "version": LEAF["version"],
        "action": LEAF["action"],
        "recorded_at": LEAF["recorded_at"],
        "content_sha256": LEAF["content_sha256"],
    }
    assert leaf_hash(**LEAF) == hashlib.sha256(canonical_json(record)).hexdigest()


# --------------------------------------------------------------------- links
def test_first_link_starts_from_thirty_two_zero_bytes() -> None:
    leaf = leaf_hash(**LEAF)
    expected = hashlib.sha256(b"journal_app chain v1\x00" + GENESIS + bytes.fromhex(leaf))
    assert next_link(None, leaf) == expected.hexdigest()
    assert next_link(GENESIS.hex(), leaf) == next_link(None, leaf)


def test_links_depend_on_order_and_on_every_earlier_leaf() -> None:
    a = leaf_hash(**LEAF)
    b = leaf_hash(**{**LEAF, "version": 2, "action": "edit"})
    c = leaf_hash(**{**LEAF, "version": 3, "action": "delete"})

    def head(leaves: list[str]) -> str:
        link: str | None = None
        for leaf in leaves:
            link = next_link(link, leaf)
        assert link is not None
        return link

    assert head([a, b, c]) == head([a, b, c])
    assert head([a, b, c]) != head([b, a, c])
    assert head([a, b, c]) != head([a, c])
    altered = leaf_hash(**{**LEAF, "content_sha256": "00" * 32})
    assert head([altered, b, c]) != head([a, b, c])


def test_empty_head_and_short_form() -> None:
    assert empty_head() == ChainHead(0, "00" * 32)
    head = ChainHead(5, "ab" * 32)
    assert head.short == "ab" * 8
