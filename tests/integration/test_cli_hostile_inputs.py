"""Odd and hostile inputs to the command line, as a new user (or an abuser) would try them.

Each case here once ended in a hang, an "unexpected error (TypeName)" or a silent overwrite
(issue 10). The contract: one clear line on stderr, an exit status from the README, and no
change to anything the command was not meant to change.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal_app.core.errors import VaultExists
from journal_app.vault.vault import Vault
from tests.integration.test_cli import (
    add,
    add_args,
    assert_clean_failure,
    cli,
    list_json,
    ok,
    show_json,
)
from tests.support.helpers import FAST_KDF, PASSPHRASE, cli_env, run_cli

HUGE_ID = "99999999999999999999999"


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# ---------- 1. not a regular file
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_attaching_a_named_pipe_is_refused_at_once(closed_vault: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "photo.png"
    os.mkfifo(pipe)
    started = time.monotonic()
    line = assert_clean_failure(
        cli("add", closed_vault, *add_args(), "--attach", pipe, timeout=30), 1
    )
    assert time.monotonic() - started < 20
    assert "photo.png" in line and "not an ordinary file" in line
    assert list_json(closed_vault) == []


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_attaching_a_device_is_refused_at_once(closed_vault: Path) -> None:
    line = assert_clean_failure(
        cli("add", closed_vault, *add_args(), "--attach", "/dev/zero", timeout=30), 1
    )
    assert "not an ordinary file" in line
    assert list_json(closed_vault) == []


def test_attaching_a_folder_is_refused(closed_vault: Path, tmp_path: Path) -> None:
    entry = add(closed_vault)
    line = assert_clean_failure(cli("edit", closed_vault, str(entry), "--attach", tmp_path), 1)
    assert "not an ordinary file" in line
    assert show_json(closed_vault, entry)["versions"][-1]["version"] == 1


# ---------- 2. every error a sentence
def test_a_year_no_incident_can_have_is_refused_as_a_date(closed_vault: Path) -> None:
    for when in ("9999-12-31", "9999-12-31T23:59"):
        result = cli("add", closed_vault, "--occurred", when, "--title", "T", "--category", "other")
        line = assert_clean_failure(result, 2)
        assert "--occurred" in line
    assert list_json(closed_vault) == []


def test_an_id_too_large_for_any_journal_is_a_usage_error(closed_vault: Path) -> None:
    add(closed_vault)
    for argv in (
        ["show", closed_vault, HUGE_ID],
        ["edit", closed_vault, HUGE_ID, "--title", "x"],
        ["delete", closed_vault, HUGE_ID],
        ["edit", closed_vault, "1", "--detach", HUGE_ID],
    ):
        line = assert_clean_failure(cli(*argv), 2)
        assert HUGE_ID in line
    assert len(list_json(closed_vault)) == 1


def test_export_onto_a_path_that_cannot_be_written_says_why(
    closed_vault: Path, tmp_path: Path
) -> None:
    add(closed_vault)
    before = folder_state(closed_vault)
    for out in (Path("/proc/x.pdf"), tmp_path / "missing-folder" / "bundle.pdf", tmp_path):
        line = assert_clean_failure(cli("export", closed_vault, "--out", out), 1)
        assert "Error" not in line and "unexpected" not in line
    assert folder_state(closed_vault) == before
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_vault_path_that_is_a_file_is_one_sentence(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("shopping list\n", encoding="utf-8")
    for argv in (["add", not_a_folder, *add_args()], ["list", not_a_folder]):
        line = assert_clean_failure(cli(*argv), 1)
        assert "unexpected" not in line
    assert not_a_folder.read_text(encoding="utf-8") == "shopping list\n"


def test_restore_given_a_folder_instead_of_a_backup_file(tmp_path: Path) -> None:
    line = assert_clean_failure(cli("restore", tmp_path, "--to", tmp_path / "new"), 1)
    assert "unexpected" not in line
    assert not (tmp_path / "new").exists()


def test_output_closed_early_is_not_a_traceback(closed_vault: Path) -> None:
    for n in range(40):
        add(closed_vault, f"Entry number {n} with a long enough title to fill the pipe")
    command = [sys.executable, "-m", "journal_app", "list", str(closed_vault), "--json"]
    reader = subprocess.Popen(
        [*command, "--passphrase-file", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(),
    )
    assert reader.stdin is not None and reader.stdout is not None and reader.stderr is not None
    reader.stdin.write((PASSPHRASE + "\n").encode())
    reader.stdin.close()
    reader.stdout.read(10)
    reader.stdout.close()  # like `| head -c 10`
    reader.wait(timeout=60)
    errors = reader.stderr.read().decode()
    assert "Traceback" not in errors and "BrokenPipeError" not in errors
    assert "Exception ignored" not in errors
    assert reader.returncode in (0, 1)


# ---------- 3. never mix with others' files
def test_init_never_replaces_a_file_it_did_not_write(tmp_path: Path) -> None:
    folder = tmp_path / "notebook"
    folder.mkdir()
    theirs = folder / "notebook.json"
    theirs.write_text('{"recipe": "soup"}', encoding="utf-8")
    line = assert_clean_failure(
        run_cli(["init", folder, "--passphrase-file", "-"], stdin=f"{PASSPHRASE}\n"), 1
    )
    assert "notebook.json" in line
    assert theirs.read_text(encoding="utf-8") == '{"recipe": "soup"}'
    assert sorted(p.name for p in folder.iterdir()) == ["notebook.json"]


def test_restore_refuses_a_folder_that_is_not_empty(closed_vault: Path, tmp_path: Path) -> None:
    add(closed_vault)
    backup = tmp_path / "journal.backup"
    ok(cli("backup", closed_vault, "--out", backup))
    target = tmp_path / "photos"
    target.mkdir()
    (target / "holiday.jpg").write_bytes(b"\xff\xd8 not really a photo")
    line = assert_clean_failure(cli("restore", backup, "--to", target), 1)
    assert "empty" in line
    assert sorted(p.name for p in target.iterdir()) == ["holiday.jpg"]
    # An empty folder, or one that does not exist yet, is fine.
    empty = tmp_path / "empty"
    empty.mkdir()
    ok(cli("restore", backup, "--to", empty))
    assert len(list_json(empty)) == 1


# ---------- 6. verify: one line or the report
def test_verify_of_a_damaged_pdf_prints_no_library_warnings(tmp_path: Path) -> None:
    broken = tmp_path / "bundle.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n")
    result = run_cli(["verify", broken])
    assert result.returncode == 4, result.stderr
    assert "Traceback" not in result.stderr
    assert "EOF marker" not in result.stdout + result.stderr
    for line in result.stderr.strip().splitlines():
        assert line.startswith("journal-app: "), line


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_verify_of_an_endless_device_does_not_hang() -> None:
    started = time.monotonic()
    result = run_cli(["verify", "/dev/zero"], timeout=30)
    assert time.monotonic() - started < 20
    line = assert_clean_failure(result, 1)
    assert "not an ordinary file" in line


# ---------- 7. no screen
@pytest.mark.skipif(sys.platform != "linux", reason="DISPLAY is how Linux names a screen")
def test_the_app_without_a_screen_says_so_in_one_line(tmp_path: Path) -> None:
    env = {k: "" for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    for argv in ([], ["gui", "--vault", str(tmp_path / "v")]):
        result = run_cli(argv, env=env, timeout=60)
        line = assert_clean_failure(result, 1)
        assert "screen" in line and "--help" in line
    assert not (tmp_path / "v").exists()


# ---------- 8. the contract's edges
def test_an_empty_new_passphrase_is_a_usage_error(tmp_path: Path, closed_vault: Path) -> None:
    result = run_cli(["init", tmp_path / "new", "--passphrase-file", "-"], stdin="\n")
    assert "empty" in assert_clean_failure(result, 2)
    assert not (tmp_path / "new" / "notebook.db").exists()
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    before = folder_state(closed_vault)
    result = cli("passwd", closed_vault, "--new-passphrase-file", empty)
    assert "empty" in assert_clean_failure(result, 2)
    assert folder_state(closed_vault) == before


@pytest.mark.parametrize(
    "when", ["20260301", "2026-W09-1", "+05:00", "2026-03-01T21:30+05:00", "2026-03-01 21:30"]
)
def test_only_the_two_documented_date_forms_are_accepted(closed_vault: Path, when: str) -> None:
    result = cli("add", closed_vault, "--occurred", when, "--title", "T", "--category", "other")
    line = assert_clean_failure(result, 2)
    assert "YYYY-MM-DD" in line and "YYYY-MM-DDTHH:MM" in line
    assert_clean_failure(cli("list", closed_vault, "--from", "20260301"), 2)
    assert list_json(closed_vault) == []


def test_the_documented_date_forms_still_work(closed_vault: Path) -> None:
    ok(cli("add", closed_vault, "--occurred", "2026-03-01", "--title", "A", "--category", "other"))
    ok(cli("add", closed_vault, *add_args("B")))
    assert [e["title"] for e in list_json(closed_vault, "--from", "2026-03-01")] == ["B", "A"]


# ---------- 9. text out of the process list
def test_every_free_text_field_can_come_from_a_file_or_standard_input(
    closed_vault: Path, tmp_path: Path
) -> None:
    texts = {
        "title": "Threat at the door",
        "location": "Flat 2, 14 Elm Road",
        "injuries": "Bruised left arm",
        "medical-care": "Walk-in clinic",
        "sender": "+44 7700 900123",
    }
    argv: list[str | Path] = ["add", closed_vault, "--occurred", "2026-03-01", "--category"]
    argv.append("threats")
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        argv += [f"--{name}-file", path]
    people = tmp_path / "people.txt"
    people.write_text("Neighbour (Mrs. Kaur), heard shouting\nHis brother\n", encoding="utf-8")
    argv += ["--person-file", people, "--witness-file", people]
    passphrase = tmp_path / "pw.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    body = "He said he would call immigration.\nSecond line.\n"
    result = run_cli([*argv, "--body-file", "-", "--passphrase-file", passphrase], stdin=body)
    entry_id = int(ok(result).stdout)
    stored = show_json(closed_vault, entry_id)["fields"]
    assert stored["title"] == "Threat at the door"  # one line: the newline is not part of it
    assert stored["location"] == "Flat 2, 14 Elm Road"
    assert stored["medical_care"] == "Walk-in clinic"
    assert stored["sender"] == "+44 7700 900123"
    assert stored["body"] == body
    assert stored["people"] == ["Neighbour (Mrs. Kaur), heard shouting", "His brother"]
    assert stored["witnesses"] == stored["people"]


def test_standard_input_can_feed_only_one_option(closed_vault: Path) -> None:
    result = cli(
        "add", closed_vault, *add_args(), "--body-file", "-", "--location-file", "-"
    )  # the passphrase also comes from standard input here
    line = assert_clean_failure(result, 2)
    assert "standard input" in line
    assert list_json(closed_vault) == []


def test_a_text_option_and_its_file_together_is_a_usage_error(
    closed_vault: Path, tmp_path: Path
) -> None:
    path = tmp_path / "t.txt"
    path.write_text("x", encoding="utf-8")
    result = cli("add", closed_vault, *add_args(), "--title-file", path)
    assert "--title" in assert_clean_failure(result, 2)


def test_help_says_how_to_keep_text_out_of_the_process_list() -> None:
    result = run_cli(["add", "--help"])
    assert result.returncode == 0
    assert "--title-file" in result.stdout and "process list" in result.stdout


# ---------- 4. the settings file is a hint, and the person is told when it was repaired
def test_an_altered_settings_file_is_repaired_and_the_person_is_told(closed_vault: Path) -> None:
    add(closed_vault)
    settings = closed_vault / "notebook.json"
    document = json.loads(settings.read_text(encoding="utf-8"))
    document["current"]["key_check"] = "0" * 32
    settings.write_text(json.dumps(document), encoding="utf-8")
    result = ok(cli("list", closed_vault))
    assert "He shouted at me" in result.stdout
    assert "altered" in result.stderr and "repaired" in result.stderr
    again = ok(cli("list", closed_vault))  # repaired: said once, not at every opening
    assert "repaired" not in again.stderr


def test_creating_a_journal_in_the_app_never_replaces_a_file_either(tmp_path: Path) -> None:
    """The app's own 'new notebook' goes through Vault.create, which refuses the same way."""
    folder = tmp_path / "notebook"
    folder.mkdir()
    (folder / "notebook.1.json").write_text("their file", encoding="utf-8")
    with pytest.raises(VaultExists):
        Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    assert sorted(p.name for p in folder.iterdir()) == ["notebook.1.json"]
    assert (folder / "notebook.1.json").read_text(encoding="utf-8") == "their file"
