"""The fast path for one-string parts (evidence/commitments.py) must commit to exactly the
bytes canonical JSON gives, or a recipient recomputing with any JSON library would disagree."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from journal_app.evidence.canonical import canonical_json, sha256_hex
from journal_app.evidence.commitments import commitment


@given(st.text(), st.text(min_size=1, max_size=30))
def test_a_string_part_commits_to_its_canonical_bytes(value: str, name: str) -> None:
    salt = "5a" * 32
    assert commitment(salt, name, value) == sha256_hex(canonical_json([salt, name, value]))
