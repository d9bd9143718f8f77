"""The fast paths of evidence/commitments.py and evidence/canonical.py (a large import commits
to hundreds of thousands of parts) must give exactly the bytes the documented canonical JSON
gives, or a recipient recomputing with any JSON library would disagree."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.evidence.canonical import canonical_json, sha256_hex
from journal_app.evidence.commitments import SALT_BYTES, commitment, new_salts

SALT = "5a" * 32
# What a version's fields hold: strings, integers, booleans, null, lists and objects.
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


def _documented(value: Any) -> bytes:
    """The encoding evidence/canonical.py documents for recipients, spelled out."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


@given(st.text(), st.text(min_size=1, max_size=30))
def test_a_string_part_commits_to_its_canonical_bytes(value: str, name: str) -> None:
    assert commitment(SALT, name, value) == sha256_hex(_documented([SALT, name, value]))


@given(st.lists(st.text(), max_size=5), st.text(min_size=1, max_size=30))
def test_a_list_of_strings_commits_to_its_canonical_bytes(value: list[str], name: str) -> None:
    assert commitment(SALT, name, value) == sha256_hex(_documented([SALT, name, value]))


@given(_JSON)
def test_canonical_json_is_the_documented_encoding(value: Any) -> None:
    assert canonical_json(value) == _documented(value)
    assert commitment(SALT, "part", value) == sha256_hex(_documented([SALT, "part", value]))


def test_every_part_gets_its_own_full_length_salt() -> None:
    parts = {f"part{n}": "" for n in range(40)}
    salts = [new_salts(parts) for _ in range(3)]
    every = [salt for one in salts for salt in one.values()]
    assert all(set(one) == set(parts) for one in salts)
    assert all(len(bytes.fromhex(salt)) == SALT_BYTES for salt in every)
    assert len(set(every)) == len(every)  # 120 salts, no two alike


@pytest.mark.parametrize(
    "value",
    [1.5, [1, 2.0], {"a": {"b": ["x", 0.1]}}, ({"x": (float("nan"),)},), {"a": [{"b": 1e9}]}],
)
def test_a_float_anywhere_is_refused(value: Any) -> None:
    # A float's text differs between JSON libraries, so a hash over it would not be
    # reproducible by a recipient: canonical JSON carries none, however deep.
    with pytest.raises(TypeError):
        canonical_json(value)


@pytest.mark.parametrize("value", [{1: "x"}, [{"a": {2: "y"}}]])
def test_a_key_that_is_not_a_string_is_refused(value: Any) -> None:
    with pytest.raises(TypeError):
        canonical_json(value)
