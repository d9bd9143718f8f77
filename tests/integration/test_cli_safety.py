"""Command-line checkpoints (proof against rollback) and the duress passphrase, end to end."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.vault.backup import write_backup
from journal_app.vault.restore import restore_backup
from journal_app.vault.vault import Vault
from tests.support.helpers import PASSPHRASE, fields, run_cli

DURESS = "tomatoes and basil"


def cli(*args: str | Path, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    return run_cli([*args, "--passphrase-file", "-"], stdin=passphrase + "\n")


def _record(folder: Path, *titles: str) -> None:
    with Vault.open(folder, PASSPHRASE) as vault:
        for title in titles:
            Journal(vault).add(Kind.INCIDENT, fields(title))


def _checkpoint(folder: Path) -> str:
    result = cli("checkpoint", folder)
    assert result.returncode == 0, result.stderr
    code = result.stdout.strip().splitlines()[-1]
    assert code.startswith("CP2-")
    return code


def test_check_proves_the_history_extends_an_earlier_checkpoint(closed_vault: Path) -> None:
    _record(closed_vault, "First")
    code = _checkpoint(closed_vault)
    _record(closed_vault, "Second")
    result = cli("check", closed_vault, "--checkpoint", code)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "extends the checkpoint" in result.stdout


def test_an_older_copy_swapped_in_fails_with_exit_4(closed_vault: Path, tmp_path: Path) -> None:
    _record(closed_vault, "First")
    backup = tmp_path / "old.backup"
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        write_backup(vault, PASSPHRASE, backup)
    _record(closed_vault, "Second", "Third")
    code = _checkpoint(closed_vault)

    # Someone replaces the journal with the older backup.
    shutil.rmtree(closed_vault)
    restore_backup(backup, closed_vault, PASSPHRASE)
    result = cli("check", closed_vault, "--checkpoint", code)
    assert result.returncode == 4
    assert "older copy" in result.stdout


def test_a_malformed_code_is_a_clear_failure(closed_vault: Path) -> None:
    result = cli("check", closed_vault, "--checkpoint", "CP1-nonsense")
    assert result.returncode == 1
    assert "not a checkpoint code" in result.stderr
    assert "Traceback" not in result.stderr


def test_bundles_prove_consistency_with_a_checkpoint(closed_vault: Path, tmp_path: Path) -> None:
    _record(closed_vault, "First", "Second")
    early = _checkpoint(closed_vault)
    bundle = tmp_path / "bundle.pdf"
    assert cli("export", closed_vault, "--out", bundle).returncode == 0
    _record(closed_vault, "Third")
    late = _checkpoint(closed_vault)

    assert run_cli(["verify", bundle, "--checkpoint", early]).returncode == 0
    stale = run_cli(["verify", bundle, "--checkpoint", late])
    assert stale.returncode == 4
    assert "older copy" in stale.stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="Poppler's pdftotext is absent")
def test_printable_checkpoint_page_carries_the_code(closed_vault: Path, tmp_path: Path) -> None:
    _record(closed_vault, "First")
    page = tmp_path / "checkpoint.pdf"
    result = cli("checkpoint", closed_vault, "--pdf", page)
    assert result.returncode == 0, result.stderr
    code = result.stdout.strip().splitlines()[-1]
    text = subprocess.run(
        ["pdftotext", page, "-"], capture_output=True, text=True, check=True
    ).stdout
    assert code in text
    assert "First" not in text, "the checkpoint page must reveal nothing of the content"


def test_duress_passphrase_set_from_the_command_line_opens_an_empty_journal(
    closed_vault: Path,
) -> None:
    _record(closed_vault, "The real record")
    result = run_cli(
        ["duress", closed_vault, "--passphrase-file", "-", "--new-passphrase-file", "-"],
        stdin=f"{PASSPHRASE}\n{DURESS}\n",
    )
    assert result.returncode == 0, result.stderr
    decoy = cli("list", closed_vault, "--json", passphrase=DURESS)
    assert decoy.returncode == 0, decoy.stderr
    assert '"entries": []' in decoy.stdout
    real = cli("list", closed_vault, "--json")
    assert "The real record" in real.stdout


def test_export_refuses_a_journal_whose_history_was_altered(
    closed_vault: Path, tmp_path: Path
) -> None:
    _record(closed_vault, "He took my passport")
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        vault.connection.execute(
            "UPDATE versions SET fields = replace(fields, 'passport', 'umbrella') WHERE seq = 1"
        )
    bundle = tmp_path / "bundle.pdf"
    result = cli("export", closed_vault, "--out", bundle)
    assert result.returncode == 4, result.stderr
    assert "nothing was exported" in result.stderr
    assert "Traceback" not in result.stderr
    assert not bundle.exists()
    assert list(tmp_path.glob(".bundle-*")) == []
