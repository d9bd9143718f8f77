"""A journal moved to a slower computer offers to re-tune itself (issue 15, calibration).

"Slower" is simulated by lowering the threshold an unlock is compared with
(`SLOW_UNLOCK_SECONDS`) and by giving the re-tune a fixed measurement (`calibrate`), so the
test runs in a second; the key derivations, files and command line are the real ones.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from journal_app.cli.main import run
from journal_app.vault import vault as vault_module
from journal_app.vault.alternate import set_alternate_passphrase
from journal_app.vault.kdf import KdfParams
from journal_app.vault.params import read_parameters
from journal_app.vault.vault import (
    ALTERNATE,
    MAIN,
    Vault,
    params_path,
)
from tests.support.helpers import FAST_KDF, PASSPHRASE

RETUNED = KdfParams(memory_kib=2048, time_cost=1, parallelism=1)
DURESS = "shopping list 2026"


def cli(*args: object, passphrase: str = PASSPHRASE) -> tuple[int, str]:
    err = io.StringIO()
    status = run(
        [str(a) for a in args], out=io.StringIO(), err=err, stdin=io.StringIO(passphrase + "\n")
    )
    return status, err.getvalue()


@pytest.fixture
def slow_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vault_module, "SLOW_UNLOCK_SECONDS", 0.0)
    monkeypatch.setattr(vault_module, "calibrate", lambda **_kwargs: RETUNED)


def test_a_fast_unlock_says_nothing(closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        assert vault.slow_unlock is False
    status, err = cli("list", closed_vault, "--passphrase-file", "-")
    assert status == 0 and "retune" not in err


@pytest.mark.usefixtures("slow_computer")
def test_a_slow_unlock_offers_the_retune_command_once_and_the_retune_works(
    closed_vault: Path,
) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        assert vault.slow_unlock is True
    status, err = cli("list", closed_vault, "--passphrase-file", "-")
    assert status == 0
    assert err.count(f"journal-app passwd {closed_vault} --retune") == 1

    status, err = cli("passwd", closed_vault, "--retune", "--passphrase-file", "-")
    assert status == 0, err
    assert "re-tuned" in err and "--retune" not in err
    # The same passphrase opens it, now with the setting measured "here"; the alternate
    # journal, still the placeholder nobody can open, follows, so unlocks get quicker.
    assert read_parameters(params_path(closed_vault, MAIN)).current.kdf == RETUNED
    assert read_parameters(params_path(closed_vault, ALTERNATE)).current.kdf == RETUNED
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        assert vault.stem == MAIN


@pytest.mark.usefixtures("slow_computer")
def test_a_retune_never_touches_a_real_duress_journals_settings(closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        set_alternate_passphrase(vault, DURESS)
    status, _err = cli("passwd", closed_vault, "--retune", "--passphrase-file", "-")
    assert status == 0
    assert read_parameters(params_path(closed_vault, ALTERNATE)).current.kdf == FAST_KDF
    with Vault.open(closed_vault, DURESS) as decoy:
        assert decoy.stem == ALTERNATE
    # Re-tuned with its own passphrase, the same sentences.
    status, err = cli(
        "passwd", closed_vault, "--retune", "--passphrase-file", "-", passphrase=DURESS
    )
    assert status == 0 and "re-tuned" in err
    assert read_parameters(params_path(closed_vault, ALTERNATE)).current.kdf == RETUNED
    with Vault.open(closed_vault, DURESS) as decoy:
        assert decoy.stem == ALTERNATE
