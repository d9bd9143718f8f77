"""A bundle re-signed with another key can never borrow the journal's fingerprint (issue 12,
finding 1): the fingerprint shown is computed from the key that made the signature, a claim
that differs is NOT INTACT, and a checkpoint pins 128 bits of the key, not 32."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.evidence import signing
from journal_app.evidence.checkpoint import Checkpoint, extends, link_at
from journal_app.export.verify import verify_bundle
from tests.integration.test_verify import _resigned, bundle, files_of, rebuild
from tests.support.helpers import run_cli

__all__ = ["bundle"]  # the fixture, used by name below


def _forger_key() -> bytes:
    return signing.new_private_key_bytes()


def _forged(bundle: Path, tmp_path: Path, *, claim_own_fingerprint: bool) -> tuple[Path, bytes]:
    """The whole manifest re-signed with a key the forger made (its body text rewritten)."""
    files = files_of(bundle)
    manifest = json.loads(files["manifest.json"])
    key = _forger_key()
    public = signing.public_key_bytes(key)
    manifest["signing_key"]["public_key"] = public.hex()
    if claim_own_fingerprint:
        manifest["signing_key"]["fingerprint"] = signing.fingerprint(public)
    return rebuild(bundle, tmp_path / "forged.pdf", _resigned(files, manifest, key)), public


def test_a_re_signed_bundle_that_claims_the_journals_fingerprint_is_not_intact(
    journal: Journal, bundle: Path, tmp_path: Path
) -> None:
    genuine = signing.fingerprint(journal.signing_public_key())
    forged, public = _forged(bundle, tmp_path, claim_own_fingerprint=False)
    result = verify_bundle(forged)
    assert not result.intact
    assert result.fingerprint == signing.fingerprint(public) != genuine
    assert any("fingerprint" in p for p in result.problems)
    printed = run_cli(["verify", forged])
    assert printed.returncode == 4
    assert genuine not in printed.stdout  # the genuine fingerprint is never shown for it
    code = journal.checkpoint().code
    assert run_cli(["verify", forged, "--checkpoint", code]).returncode == 4


def test_a_forgery_with_its_own_fingerprint_fails_the_journals_checkpoint(
    journal: Journal, bundle: Path, tmp_path: Path
) -> None:
    point = journal.checkpoint()
    forged, _ = _forged(bundle, tmp_path, claim_own_fingerprint=True)
    result = verify_bundle(forged)
    assert result.chain_leaves is not None and result.fingerprint is not None
    verdict = extends(point, result.chain_leaves, result.fingerprint)
    assert not verdict.ok
    printed = run_cli(["verify", forged, "--checkpoint", point.code])
    assert printed.returncode == 4


def test_a_checkpoint_pins_128_bits_of_the_key_fingerprint(journal: Journal) -> None:
    point = journal.checkpoint()
    fingerprint = signing.fingerprint(journal.signing_public_key()).replace(" ", "")
    assert len(point.key_prefix) * 4 >= 128
    assert fingerprint.startswith(point.key_prefix)
    assert Checkpoint.parse(point.code) == point


def test_an_old_32_bit_code_still_reads_but_says_to_compare_the_full_fingerprint() -> None:
    """A CP1 code pins only 32 bits of the key: a ground look-alike key shares them. The code
    still reads, and the verdict says so instead of vouching for the key."""
    leaves = ["11" * 32, "22" * 32, "33" * 32]
    old = Checkpoint.parse("CP1-3-" + link_at(leaves, 3)[:24] + "-20261127-ab12cd34")
    lookalike = "ab12 cd34 " + "ffff " * 6  # 32 bits match, 96 do not
    verdict = extends(old, leaves, lookalike)
    assert verdict.ok
    assert "compare the full fingerprint" in verdict.note.english()
    assert old.code.startswith("CP1-3-")


def test_expect_fingerprint_separates_a_known_key_from_a_new_one(
    journal: Journal, bundle: Path, tmp_path: Path
) -> None:
    genuine = signing.fingerprint(journal.signing_public_key())
    expected = run_cli(["verify", bundle, "--expect-fingerprint", genuine])
    assert expected.returncode == 0
    assert "signed by the journal you expected" in expected.stdout
    unknown = run_cli(["verify", bundle])
    assert unknown.returncode == 0
    assert "compare the fingerprint" in unknown.stdout
    forged, _ = _forged(bundle, tmp_path, claim_own_fingerprint=True)
    other = run_cli(["verify", forged, "--expect-fingerprint", genuine.replace(" ", "")])
    assert other.returncode == 4
    assert "not the one you expected" in other.stdout


@pytest.mark.parametrize("spaced", [True, False])
def test_expect_fingerprint_accepts_the_printed_or_the_compact_form(
    journal: Journal, bundle: Path, spaced: bool
) -> None:
    genuine = signing.fingerprint(journal.signing_public_key())
    given = genuine if spaced else genuine.replace(" ", "").upper()
    assert run_cli(["verify", bundle, "--expect-fingerprint", given]).returncode == 0
