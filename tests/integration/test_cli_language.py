"""The command line in Spanish and Brazilian Portuguese: `--language`, or the system language
read from LANGUAGE/LC_ALL/LC_MESSAGES/LANG; English for anything else. Run as a person would."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.support.helpers import PASSPHRASE, run_cli

Result = subprocess.CompletedProcess[str]
ENGLISH_ENV = {"LANG": "en_US.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}


def cli(
    *args: str | Path, passphrase: str = PASSPHRASE, env: dict[str, str] | None = None
) -> Result:
    return run_cli(
        [*args, "--passphrase-file", "-"],
        stdin=passphrase + "\n",
        env={**ENGLISH_ENV, **(env or {})},
    )


@pytest.fixture
def recorded(closed_vault: Path) -> Path:
    for title, category in (("Primera QZX", "threats"), ("Segunda QZX", "physical")):
        result = cli(
            "add",
            closed_vault,
            "--title",
            title,
            "--occurred",
            "2026-04-01",
            "--category",
            category,
            "--tag",
            "qzx",
        )
        assert result.returncode == 0, result.stderr
    result = cli("edit", closed_vault, "1", "--title", "Primera QZX editada")
    assert result.returncode == 0, result.stderr
    return closed_vault


@pytest.mark.parametrize(
    ("language", "amended", "no_entries"),
    [("es", "modificada", "No hay entradas."), ("pt_BR", "alterado", "Nenhum registro.")],
)
def test_list_marks_and_notes_follow_the_language(
    recorded: Path, language: str, amended: str, no_entries: str
) -> None:
    result = cli("--language", language, "list", recorded)
    assert result.returncode == 0, result.stderr
    assert "Primera QZX editada" in result.stdout and f"{amended}]" in result.stdout
    assert "amended" not in result.stdout and "late" not in result.stdout
    empty = cli("list", recorded, "--tag", "nothing", "--language", language)
    assert empty.returncode == 0 and empty.stderr.strip() == no_entries


@pytest.mark.parametrize(
    ("language", "ok", "history"),
    [
        ("es", "CORRECTO: el archivo del diario está intacto", "Historial: 3 versiones"),
        ("pt_BR", "OK: o arquivo do diário está íntegro", "Histórico: 3 versões"),
    ],
)
def test_check_is_reported_in_the_language(
    recorded: Path, language: str, ok: str, history: str
) -> None:
    result = cli("check", recorded, env={"LANG": f"{language}.UTF-8"})
    assert result.returncode == 0, result.stderr
    assert ok in result.stdout and history in result.stdout
    assert "Checked" not in result.stdout and "is intact" not in result.stdout


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("es", "journal-app: Esa frase de acceso no abre este diario."),
        ("pt_BR", "journal-app: Essa frase de acesso não abre este diário."),
        ("en", "journal-app: That passphrase does not open this journal."),
        ("klingon", "journal-app: That passphrase does not open this journal."),
    ],
)
def test_a_wrong_passphrase_is_explained_in_the_language(
    closed_vault: Path, language: str, message: str
) -> None:
    result = cli("--language", language, "list", closed_vault, passphrase="not it")
    assert result.returncode == 3
    assert result.stderr.strip() == message


def test_messages_with_variable_parts_are_translated_through_their_key(recorded: Path) -> None:
    result = cli("show", recorded, "99", env={"LANGUAGE": "pt_BR:en"})
    assert result.returncode == 1
    assert result.stderr.strip() == "journal-app: Não existe o registro número 99."
    result = cli("--language", "es", "show", recorded, "1")
    assert result.returncode == 0, result.stderr
    for spanish in (
        "Entrada 1 - incidente (modificada",
        "Título: Primera QZX editada",
        "Categoría: Amenazas",
        "Historial:",
        "cambios: title",
    ):
        assert spanish in result.stdout
    assert "Recorded:" not in result.stdout and "Category:" not in result.stdout


def test_an_unknown_or_absent_language_falls_back_to_english(recorded: Path) -> None:
    for env in ({"LANG": "de_DE.UTF-8"}, {"LANG": "C"}, {}):
        result = cli("check", recorded, env=env)
        assert "OK: the journal file is intact" in result.stdout, env
    result = cli("--language", "fr", "delete", recorded, "2")
    assert "Deleted entry 2; a dated tombstone stays in the history." in result.stderr


def test_usage_errors_and_help_texts_are_translated(closed_vault: Path) -> None:
    usage = run_cli(["--language", "es", "list"], env=ENGLISH_ENV)
    assert usage.returncode == 2
    assert usage.stderr.startswith("journal-app: error de uso: ")
    day = run_cli(["--language", "pt_BR", "list", closed_vault, "--from", "ontem"], env=ENGLISH_ENV)
    assert day.returncode == 2 and "'ontem' não é uma data (AAAA-MM-DD)" in day.stderr
    helped = run_cli(["--language", "pt_BR", "export", "--help"], env=ENGLISH_ENV)
    assert helped.returncode == 0
    text = " ".join(helped.stdout.split())
    assert "idioma do dossiê: en, es ou pt_BR" in text and "nome ou iniciais para a capa" in text


def test_json_output_stays_english_whatever_the_language(recorded: Path) -> None:
    english = cli("list", recorded, "--json")
    spanish = cli("--language", "es", "list", recorded, "--json")
    assert english.stdout == spanish.stdout and '"category": "threats"' in spanish.stdout


@pytest.mark.parametrize(
    ("language", "expected"),
    [("es", "continúa el punto de control"), ("pt_BR", "continua o ponto de controle")],
)
def test_checkpoint_verdicts_are_translated(recorded: Path, language: str, expected: str) -> None:
    code = cli("checkpoint", recorded).stdout.strip().splitlines()[-1]
    result = cli("--language", language, "check", recorded, "--checkpoint", code)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    assert "extends the checkpoint" not in result.stdout
