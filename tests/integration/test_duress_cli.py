"""The command line never says which journal is open (issue 15).

Someone who forced the duress passphrase out of a person may try it at the command line. Every
command run with it must print what the same command prints with the main passphrase: the same
sentences, the same JSON fields, the same exit status. Only what the entries themselves say
(here the same titles in both journals, so only ids, times and hashes) may differ.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.journal import Journal
from journal_app.core.models import Category, Kind
from journal_app.vault.alternate import set_alternate_passphrase
from journal_app.vault.vault import Vault
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields, run_cli

DURESS = "shopping list 2026"
TITLES = ("Bread and milk", "Dentist on Friday")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Both journals hold the same two entries, so only ids, times and hashes can differ."""
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        set_alternate_passphrase(vault, DURESS)
    for passphrase in (PASSPHRASE, DURESS):
        with Vault.open(folder, passphrase) as vault:
            for title in TITLES:
                Journal(vault).add(Kind.INCIDENT, fields(title, category=Category.OTHER))
    return folder


def neutral(text: str, folder: Path) -> str:
    """The output with what entries alone decide (times, hashes, codes) blanked out."""
    text = text.replace(str(folder.parent), "<tmp>")
    text = re.sub(r"[0-9a-fA-F]{8,}", "<hex>", text)
    return re.sub(r"\d+", "<n>", text)


def shape(document: Any) -> Any:
    """A JSON document's fields and types, values left out."""
    if isinstance(document, dict):
        return {key: shape(value) for key, value in document.items()}
    if isinstance(document, list):
        return [shape(value) for value in document]
    return type(document).__name__


def session(folder: Path, passphrase: str, tmp_path: Path) -> list[tuple[str, int, str, str]]:
    """What a person sees from a run of ordinary commands with `passphrase`."""
    out = tmp_path / "out"
    out.mkdir(parents=True)
    given = ["--passphrase-file", "-"]
    wrong = "not the passphrase at all"
    # (arguments, the passphrase typed: None for the session's own, as it stands by then)
    runs: list[tuple[list[object], str | None]] = [
        (["list", folder, "--json", *given], None),
        (["show", folder, "1", "--json", *given], None),
        (["search", folder, "Dentist", "--json", *given], None),
        (["check", folder, *given], None),
        (["check", folder, "--json", *given], None),
        (["checkpoint", folder, *given], None),
        (["backup", folder, "--out", out / "journal.backup", *given], None),
        (["restore", out / "journal.backup", "--to", out / "restored", *given], None),
        (["list", folder, "--json", *given], wrong),
        (["duress", folder, *given, "--new-passphrase-file", out / "main"], None),
        (["duress", folder, *given, "--new-passphrase-file", out / "new"], None),
        (["list", folder, "--json", *given], None),
    ]
    (out / "new").write_text("a brand new duress passphrase\n", encoding="utf-8")
    (out / "main").write_text(PASSPHRASE + "\n", encoding="utf-8")
    seen = []
    for args, typed in runs:
        result = run_cli([str(a) for a in args], stdin=(typed or passphrase) + "\n")
        stdout = result.stdout
        if "--json" in args and result.returncode == 0:
            stdout = json.dumps(shape(json.loads(stdout)), sort_keys=True)
        seen.append(
            (
                str(args[0]),
                result.returncode,
                neutral(stdout, folder),
                neutral(result.stderr.replace(str(out), "<out>"), folder),
            )
        )
        if args[0] == "duress" and result.returncode == 0 and passphrase == DURESS:
            # From the duress journal, `duress` replaced that journal: the new passphrase
            # now opens it (from the main journal the main passphrase is unchanged).
            passphrase = "a brand new duress passphrase"
    return seen


def test_every_command_says_the_same_whichever_journal_is_open(
    folder: Path, tmp_path: Path
) -> None:
    twin = tmp_path / "twin" / folder.name  # the same folder, for the other session
    shutil.copytree(folder, twin)
    main = session(folder, PASSPHRASE, tmp_path / "main")
    duress = session(twin, DURESS, tmp_path / "duress")
    for seen_main, seen_duress in zip(main[:-1], duress[:-1], strict=True):
        assert seen_duress == seen_main
    # `duress` emptied the duress journal (the one it replaces), so only the entries differ.
    assert (main[-1][0], main[-1][1], main[-1][3]) == (duress[-1][0], duress[-1][1], duress[-1][3])
    statuses = [status for _command, status, _out, _err in main]
    assert statuses == [0] * 8 + [3, 1, 0, 0]
