"""End-to-end tests of the command line, run as a person would: `python -m journal_app ...`.

PRODUCT.md "Command line" is the contract; SECURITY.md tests 2, 8, 12, 15 and 23 are held here
(test 23, no network, by the autouse `no_network` fixture for every CLI subprocess).
Only the walkthrough uses `init` and `passwd` (real Argon2 calibration); everything else starts
from the `closed_vault` fixture, whose parameters file holds the fast test setting.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from journal_app.core.errors import VaultLocked
from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.vault.vault import Vault
from tests.support.helpers import PASSPHRASE, cli_env, fields, files_containing, run_cli

MARKER = "QUOKKA-7f3e-MARKER"
WRONG = "this is not the passphrase"

Result = subprocess.CompletedProcess[str]


# ---------------------------------------------------------------------- helpers
def cli(*args: str | os.PathLike[str], passphrase: str = PASSPHRASE, **kw: Any) -> Result:
    """Run a command that needs the passphrase, giving it on standard input."""
    return run_cli([*args, "--passphrase-file", "-"], stdin=passphrase + "\n", **kw)


def ok(result: Result) -> Result:
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
    assert "Traceback" not in result.stderr
    return result


def assert_clean_failure(result: Result, status: int) -> str:
    """Non-zero exit with exactly one `journal-app: ...` line on stderr and no traceback."""
    assert result.returncode == status, (
        f"expected exit {status}, got {result.returncode}: {result.stderr!r}"
    )
    assert "Traceback" not in result.stderr
    assert "Traceback" not in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    assert lines[0].startswith("journal-app: "), lines
    assert len(lines[0]) > len("journal-app: ") + 10, lines
    return lines[0]


def make_png(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, (200, 30, 30))
    for x in range(size[0]):
        image.putpixel((x, x % size[1]), (0, 0, 0))
    image.save(path, format="PNG")
    return path


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_args(title: str = "He shouted at me", *extra: str) -> list[str]:
    return ["--occurred", "2026-03-01T21:30", "--title", title, "--category", "threats", *extra]


def add(vault: Path, title: str = "He shouted at me", *extra: str | os.PathLike[str]) -> int:
    result = ok(cli("add", vault, *add_args(title), *map(str, extra)))
    return int(result.stdout.strip())


def list_json(vault: Path, *extra: str, passphrase: str = PASSPHRASE) -> list[dict[str, Any]]:
    result = ok(cli("list", vault, "--json", *extra, passphrase=passphrase))
    document = json.loads(result.stdout)
    assert document["format"] == 1
    entries: list[dict[str, Any]] = document["entries"]
    return entries


def show_json(vault: Path, entry_id: int, passphrase: str = PASSPHRASE) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        ok(cli("show", vault, str(entry_id), "--json", passphrase=passphrase)).stdout
    )
    return document


def assert_iso_with_offset(value: object) -> datetime:
    assert isinstance(value, str), value
    moment = datetime.fromisoformat(value)
    assert moment.tzinfo is not None, f"{value!r} has no UTC offset"
    return moment


@dataclass(frozen=True)
class Snapshot:
    files: dict[str, tuple[bytes, int, int]]

    @classmethod
    def of(cls, folder: Path) -> Snapshot:
        files: dict[str, tuple[bytes, int, int]] = {}
        for path in sorted(folder.rglob("*")):
            info = path.stat()
            data = path.read_bytes() if path.is_file() else b""
            files[str(path.relative_to(folder))] = (data, info.st_mtime_ns, info.st_size)
        files["."] = (b"", folder.stat().st_mtime_ns, 0)
        return cls(files)


# ---------------------------------------------------------------------- the walkthrough
@pytest.mark.slow
def test_walkthrough_a_person_keeps_a_journal_with_the_cli_alone(tmp_path: Path) -> None:
    """The foundation issue's "done when", step by step, with the real key strength."""
    old_pass = "walk the long way home 1987"
    new_pass = "seven blue herons at dawn 2026"
    secrets_dir = tmp_path / "secrets"
    secrets_dir.mkdir()
    old_file = secrets_dir / "old.txt"
    new_file = secrets_dir / "new.txt"
    old_file.write_text(old_pass + "\n", encoding="utf-8")
    new_file.write_text(new_pass + "\n", encoding="utf-8")
    # Anything the app writes to a home folder or a temp folder lands inside tmp_path.
    home = tmp_path / "home"
    scratch = tmp_path / "tmp"
    home.mkdir()
    scratch.mkdir()
    env = {"HOME": str(home), "TMPDIR": str(scratch), "XDG_CACHE_HOME": str(home / ".cache")}
    vault = tmp_path / "journal"
    screenshot = make_png(tmp_path / "photos" / "screenshot.png")
    results: list[Result] = []

    def run(*args: str | os.PathLike[str], pw: Path = old_file) -> Result:
        result = run_cli([*args, "--passphrase-file", pw], env=env)
        results.append(result)
        return result

    # Create the journal.
    created = ok(run("init", vault))
    assert Path(created.stdout.strip()) == vault
    assert "Created a journal" in created.stderr
    assert {p.name for p in vault.iterdir()} >= {"notebook.db", "notebook.json"}

    # An incident with a screenshot and every field.
    first = ok(
        run(
            "add",
            vault,
            "--occurred",
            "2026-03-01T21:30",
            "--approximate",
            "--title",
            "He threw my phone",
            "--category",
            "physical",
            "--body",
            f"He grabbed my phone and said {MARKER} before throwing it.",
            "--location",
            f"Kitchen at {MARKER} Road",
            "--person",
            "Alex",
            "--person",
            "Alex's brother",
            "--witness",
            "Sam (neighbour)",
            "--injuries",
            "Bruised left wrist",
            "--medical-care",
            "GP appointment on 3 March",
            "--told",
            "police:REF 123",
            "--told",
            "advocate",
            "--tag",
            "Phone",
            "--tag",
            "evidence",
            "--severity",
            "4",
            "--attach",
            screenshot,
        )
    )
    incident = int(first.stdout.strip())
    # A message, as it arrived.
    message = int(
        ok(
            run(
                "add",
                vault,
                "--kind",
                "message",
                "--channel",
                "sms",
                "--sender",
                "+44 7700 900123",
                "--occurred",
                "2026-03-02T08:15",
                "--title",
                "Text at breakfast",
                "--category",
                "threats",
                "--body",
                f"You will regret this {MARKER}",
            )
        ).stdout.strip()
    )
    # One more, to delete later.
    doomed = int(
        ok(
            run(
                "add",
                vault,
                "--occurred",
                "2026-02-20",
                "--title",
                "Called me names",
                "--category",
                "emotional",
            )
        ).stdout.strip()
    )
    assert len({incident, message, doomed}) == 3

    # Edit: a new version; the old text stays in the history.
    edited = ok(
        run(
            "edit",
            vault,
            str(incident),
            "--title",
            "He threw my phone at the wall",
            "--body",
            "He grabbed my phone and threw it at the wall.",
        )
    )
    assert edited.stdout.strip() == "2"
    shown = json.loads(ok(run("show", vault, str(incident), "--json")).stdout)
    assert shown["id"] == incident
    assert shown["amended"] is True
    assert shown["fields"]["title"] == "He threw my phone at the wall"
    assert [v["version"] for v in shown["versions"]] == [1, 2]
    assert [v["action"] for v in shown["versions"]] == ["create", "edit"]
    original = shown["versions"][0]["fields"]
    assert original["title"] == "He threw my phone"
    assert original["body"] == f"He grabbed my phone and said {MARKER} before throwing it."
    current = shown["fields"]
    assert current["occurred"].startswith("2026-03-01T21:30")
    assert_iso_with_offset(current["occurred"])
    assert current["occurred_approximate"] is True
    assert current["category"] == "physical"
    assert current["location"] == f"Kitchen at {MARKER} Road"
    assert current["people"] == ["Alex", "Alex's brother"]
    assert current["witnesses"] == ["Sam (neighbour)"]
    assert current["injuries"] == "Bruised left wrist"
    assert current["medical_care"] == "GP appointment on 3 March"
    assert current["told"] == [
        {"who": "police", "reference": "REF 123"},
        {"who": "advocate", "reference": ""},
    ]
    assert sorted(current["tags"]) == ["evidence", "phone"]
    assert current["severity"] == 4
    [attachment] = shown["attachments"]
    assert attachment["name"] == "screenshot.png"
    assert attachment["size"] == screenshot.stat().st_size
    assert attachment["sha256"] == sha256_of(screenshot)
    assert attachment["mime_type"] == "image/png"
    assert (attachment["width"], attachment["height"]) == (64, 48)

    sms = json.loads(ok(run("show", vault, str(message), "--json")).stdout)
    assert sms["kind"] == "message"
    assert sms["fields"]["channel"] == "sms"
    assert sms["fields"]["sender"] == "+44 7700 900123"

    # Delete: a tombstone stays.
    ok(run("delete", vault, str(doomed)))
    tomb = json.loads(ok(run("show", vault, str(doomed), "--json")).stdout)
    assert tomb["deleted"] is True
    assert tomb["fields"] is None
    assert tomb["versions"][-1]["action"] == "delete"
    assert_iso_with_offset(tomb["versions"][-1]["recorded_at"])

    # List and search, for people and for scripts.
    table = ok(run("list", vault)).stdout
    assert "He threw my phone at the wall" in table
    assert "Text at breakfast" in table
    assert "Called me names" not in table
    listed = json.loads(ok(run("list", vault, "--json")).stdout)["entries"]
    assert {e["id"] for e in listed} == {incident, message}
    everything = json.loads(ok(run("list", vault, "--json", "--include-deleted")).stdout)
    assert {e["id"]: e["deleted"] for e in everything["entries"]} == {
        incident: False,
        message: False,
        doomed: True,
    }
    found = ok(run("search", vault, "wall")).stdout
    assert "He threw my phone at the wall" in found
    assert "Text at breakfast" not in found
    hits = json.loads(ok(run("search", vault, MARKER, "--json")).stdout)["entries"]
    assert {e["id"] for e in hits} == {incident, message}

    # Change the passphrase: the old one stops working, the new one works.
    ok(run("passwd", vault, "--new-passphrase-file", new_file))
    refused = run("list", vault)
    assert_clean_failure(refused, 3)
    assert {
        e["id"] for e in json.loads(ok(run("list", vault, "--json", pw=new_file)).stdout)["entries"]
    } == {incident, message}

    # Back up to one file, restore it elsewhere, check both.
    backup = tmp_path / "usb-stick" / "journal.backup"
    backup.parent.mkdir()
    ok(run("backup", vault, "--out", backup, pw=new_file))
    assert backup.is_file() and backup.stat().st_size > 0
    restored = tmp_path / "new-laptop" / "journal"
    ok(run("restore", backup, "--to", restored, pw=new_file))
    before = json.loads(ok(run("list", vault, "--json", "--include-deleted", pw=new_file)).stdout)
    after = json.loads(ok(run("list", restored, "--json", "--include-deleted", pw=new_file)).stdout)
    assert after == before
    copy = json.loads(ok(run("show", restored, str(incident), "--json", pw=new_file)).stdout)
    assert copy["attachments"][0]["sha256"] == sha256_of(screenshot)
    assert [v["version"] for v in copy["versions"]] == [1, 2]
    checked = ok(run("check", vault, pw=new_file))
    assert "OK: the journal file is intact" in checked.stdout
    report = json.loads(ok(run("check", restored, "--json", pw=new_file)).stdout)
    assert report["ok"] is True
    assert report["history_size"] == 5  # three entries created, one edit, one delete
    assert_clean_failure(run("list", restored), 3)

    # Files the journal wrote are private to this user.
    for path in [*vault.iterdir(), *restored.iterdir(), backup]:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path

    # Nothing typed in is on disk in the clear; no passphrase outside its own file.
    passphrase_files = {old_file, new_file}
    roots = [vault, backup, restored, tmp_path]
    assert set(files_containing(roots, MARKER.encode())) - passphrase_files == set()
    for secret in (old_pass, new_pass):
        assert set(files_containing(roots, secret.encode())) - passphrase_files == set()
    for result in results:
        for secret in (MARKER, old_pass, new_pass):
            assert secret not in result.stderr
        assert "Traceback" not in result.stderr


# ---------------------------------------------------------------------- exit statuses
def test_success_exits_0_and_prints_only_the_new_id(closed_vault: Path) -> None:
    result = ok(cli("add", closed_vault, *add_args()))
    assert result.stdout.strip().isdigit()
    assert result.stdout.count("\n") == 1
    assert [e["title"] for e in list_json(closed_vault)] == ["He shouted at me"]


def test_missing_attachment_fails_with_exit_1_and_saves_nothing(
    closed_vault: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-photo.png"
    result = cli("add", closed_vault, *add_args(), "--attach", str(missing))
    line = assert_clean_failure(result, 1)
    assert "no-such-photo.png" in line
    assert result.stdout == ""
    assert list_json(closed_vault) == []


def test_failures_exit_1_with_one_line(closed_vault: Path, tmp_path: Path) -> None:
    entry = add(closed_vault)
    assert "99" in assert_clean_failure(cli("show", closed_vault, "99"), 1)
    assert_clean_failure(cli("edit", closed_vault, "99", "--title", "x"), 1)
    assert_clean_failure(cli("edit", closed_vault, str(entry), "--title", "He shouted at me"), 1)
    ok(cli("delete", closed_vault, str(entry)))
    assert_clean_failure(cli("delete", closed_vault, str(entry)), 1)
    assert_clean_failure(cli("edit", closed_vault, str(entry), "--title", "again"), 1)
    assert_clean_failure(cli("list", tmp_path / "nowhere"), 1)
    assert_clean_failure(
        run_cli(["list", closed_vault, "--passphrase-file", tmp_path / "missing.txt"]), 1
    )
    assert_clean_failure(cli("restore", tmp_path / "missing.backup", "--to", tmp_path / "x"), 1)
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"--category": "shouting"}, id="unknown-category"),
        pytest.param({"--severity": "9"}, id="severity-out-of-range"),
        pytest.param({"--kind": "diary"}, id="unknown-kind"),
        pytest.param({"--channel": "pigeon"}, id="unknown-channel"),
        pytest.param({"--from-the-future": "yes"}, id="unknown-option"),
    ],
)
def test_usage_errors_exit_2(closed_vault: Path, changes: dict[str, str]) -> None:
    options = {"--occurred": "2026-03-01", "--title": "T", "--category": "threats", **changes}
    result = cli("add", closed_vault, *[item for pair in options.items() for item in pair])
    line = assert_clean_failure(result, 2)
    assert "usage error" in line
    assert list_json(closed_vault) == []


def test_missing_required_option_and_missing_command_exit_2(closed_vault: Path) -> None:
    line = assert_clean_failure(cli("add", closed_vault, "--occurred", "2026-03-01"), 2)
    assert "--title" in line
    assert_clean_failure(run_cli(["frobnicate"]), 2)
    assert_clean_failure(cli("list", closed_vault, "--from", "2026-02-30"), 2)


@pytest.mark.parametrize("when", ["2026-13-01", "yesterday", "2026-03-01T25:99"])
def test_bad_occurred_date_is_a_usage_error_exit_2(closed_vault: Path, when: str) -> None:
    """PRODUCT.md: 2 = usage error. A malformed --occurred value is a command-line mistake,
    like a malformed --from (which exits 2); it must not be reported as a failure (1)."""
    result = cli("add", closed_vault, "--occurred", when, "--title", "T", "--category", "threats")
    line = assert_clean_failure(result, 2)
    assert when in line
    assert list_json(closed_vault) == []


def test_check_finds_altered_history_exit_4(closed_vault: Path) -> None:
    first = add(closed_vault, "He shouted at me", "--body", "He shouted at me in the car.")
    add(closed_vault, "He followed me")
    assert "OK" in ok(cli("check", closed_vault)).stdout
    # Someone with the key rewrites the first entry's text behind the app's back.
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        vault.connection.execute(
            "UPDATE versions SET fields = replace(fields, 'in the car', 'at home') "
            "WHERE entry_id = ?",
            (first,),
        )
    result = cli("check", closed_vault)
    assert result.returncode == 4, result.stderr
    assert "Traceback" not in result.stderr
    assert f"entry {first}" in result.stdout
    report = json.loads(cli("check", closed_vault, "--json").stdout)
    assert report["ok"] is False
    assert report["first_bad_entry"] == first
    assert report["problems"]


def test_check_finds_a_damaged_page_exit_4_and_changes_nothing(closed_vault: Path) -> None:
    for n in range(3):
        add(closed_vault, f"Entry {n}", "--body", "x" * 3000)
    database = closed_vault / "notebook.db"
    data = bytearray(database.read_bytes())
    offset = len(data) - 4096 + 2000  # the middle of the last page, not page 1
    data[offset] ^= 0xFF
    database.write_bytes(bytes(data))
    before = Snapshot.of(closed_vault)
    result = cli("check", closed_vault)
    assert result.returncode == 4, (result.stdout, result.stderr)
    assert "DAMAGED" in result.stdout
    assert "Traceback" not in result.stderr
    assert Snapshot.of(closed_vault) == before


# ---------------------------------------------------------------------- passphrases
def test_wrong_passphrase_exits_3_and_leaves_the_folder_untouched(
    closed_vault: Path, tmp_path: Path
) -> None:
    """SECURITY.md test 2: bytes, mtimes and the file list are unchanged; no new files."""
    add(closed_vault, "Before", "--body", "first")
    time.sleep(0.05)  # so any write would show up as a different mtime
    before = Snapshot.of(closed_vault)
    out = tmp_path / "out"
    out.mkdir()
    attempts = [
        cli("list", closed_vault, passphrase=WRONG),
        cli("show", closed_vault, "1", "--json", passphrase=WRONG),
        cli("add", closed_vault, *add_args(MARKER), passphrase=WRONG),
        cli("edit", closed_vault, "1", "--title", "Changed", passphrase=WRONG),
        cli("delete", closed_vault, "1", passphrase=WRONG),
        cli("check", closed_vault, passphrase=WRONG),
        cli("search", closed_vault, "first", passphrase=WRONG),
        cli("backup", closed_vault, "--out", out / "b.backup", passphrase=WRONG),
    ]
    for result in attempts:
        line = assert_clean_failure(result, 3)
        assert "passphrase" in line.lower()
        assert WRONG not in result.stderr and PASSPHRASE not in result.stderr
        assert result.stdout == ""
    assert Snapshot.of(closed_vault) == before
    assert list(out.iterdir()) == []
    assert [e["title"] for e in list_json(closed_vault)] == ["Before"]


def test_passphrase_file_dash_reads_the_first_line_of_standard_input(
    closed_vault: Path, tmp_path: Path
) -> None:
    result = run_cli(
        ["add", closed_vault, *add_args("From stdin"), "--passphrase-file", "-"],
        stdin=PASSPHRASE + "\nsomething else on the second line\n",
    )
    entry = int(ok(result).stdout)
    windows_style = tmp_path / "pass-crlf.txt"
    windows_style.write_bytes(PASSPHRASE.encode() + b"\r\nsecond line\r\n")
    shown = ok(
        run_cli(["show", closed_vault, str(entry), "--json", "--passphrase-file", windows_style])
    )
    assert json.loads(shown.stdout)["fields"]["title"] == "From stdin"
    assert_clean_failure(
        run_cli(["list", closed_vault, "--passphrase-file", "-"], stdin=WRONG + "\n"), 3
    )


def test_no_passphrase_and_no_terminal_is_a_usage_error(closed_vault: Path) -> None:
    for stdin in ("", PASSPHRASE + "\n"):
        result = run_cli(["list", closed_vault], stdin=stdin)
        line = assert_clean_failure(result, 2)
        assert "--passphrase-file" in line
    result = subprocess.run(
        [sys.executable, "-m", "journal_app", "add", str(closed_vault), *add_args()],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
        check=False,
    )
    assert_clean_failure(result, 2)
    assert list_json(closed_vault) == []


# ---------------------------------------------------------------------- JSON and human output
def test_json_output_has_the_documented_keys(closed_vault: Path, tmp_path: Path) -> None:
    photo = make_png(tmp_path / "bruise.png", (32, 20))
    letter = tmp_path / "letter.txt"
    letter.write_bytes(b"a note he left\n")
    entry = add(
        closed_vault,
        "He pushed me",
        "--tag",
        "car",
        "--attach",
        photo,
        "--attach",
        letter,
        "--body",
        "in the car park",
    )
    ok(cli("edit", closed_vault, str(entry), "--body", "in the car park, by the exit"))

    [summary] = list_json(closed_vault)
    assert {
        "id",
        "kind",
        "occurred",
        "occurred_approximate",
        "category",
        "title",
        "tags",
        "attachment_count",
        "versions",
        "recorded_at",
        "updated_at",
        "deleted",
    } <= summary.keys()
    assert summary["id"] == entry
    assert summary["attachment_count"] == 2
    assert summary["versions"] == 2
    assert summary["tags"] == ["car"]
    for key in ("occurred", "recorded_at", "updated_at"):
        assert_iso_with_offset(summary[key])
    assert assert_iso_with_offset(summary["updated_at"]) >= assert_iso_with_offset(
        summary["recorded_at"]
    )

    search = json.loads(ok(cli("search", closed_vault, "exit", "--json")).stdout)
    assert search["format"] == 1
    assert [e["id"] for e in search["entries"]] == [entry]
    assert search["entries"][0].keys() == summary.keys()

    shown = show_json(closed_vault, entry)
    assert {"id", "kind", "recorded_at", "fields", "attachments", "versions"} <= shown.keys()
    assert_iso_with_offset(shown["recorded_at"])
    assert shown["fields"]["body"] == "in the car park, by the exit"
    assert_iso_with_offset(shown["fields"]["occurred"])
    originals = {photo.name: photo, letter.name: letter}
    assert {a["name"] for a in shown["attachments"]} == set(originals)
    for a in shown["attachments"]:
        assert {"id", "name", "size", "sha256"} <= a.keys()
        assert a["size"] == originals[a["name"]].stat().st_size
        assert a["sha256"] == hashlib.sha256(originals[a["name"]].read_bytes()).hexdigest()
        assert_iso_with_offset(a["imported_at"])
    assert len(shown["versions"]) == 2
    for number, version in enumerate(shown["versions"], start=1):
        assert version["version"] == number
        assert_iso_with_offset(version["recorded_at"])
        assert {"action", "fields", "attachments", "content_sha256"} <= version.keys()
        assert len(version["attachments"]) == 2
    assert shown["versions"][0]["fields"]["body"] == "in the car park"

    report = json.loads(ok(cli("check", closed_vault, "--json")).stdout)
    assert report["ok"] is True
    assert report["problems"] == [] and report["integrity_problems"] == []
    assert report["history_size"] == 2
    assert report["versions_checked"] == 2
    assert report["attachments_checked"] == 2
    assert isinstance(report["history_head"], str) and len(report["history_head"]) == 64


def test_show_lists_the_history_with_what_changed(closed_vault: Path) -> None:
    entry = add(closed_vault, "He shouted at me", "--body", "In the hall.")
    ok(cli("edit", closed_vault, str(entry), "--title", "He screamed at me"))
    ok(cli("edit", closed_vault, str(entry), "--body", "In the hall, at 2am.", "--tag", "night"))
    text = ok(cli("show", closed_vault, str(entry))).stdout
    assert "Title: He screamed at me" in text
    assert "In the hall, at 2am." in text
    assert "History:" in text
    history = text.split("History:", 1)[1].strip().splitlines()
    assert len(history) == 3
    assert "v1" in history[0] and "create" in history[0] and "changed:" not in history[0]
    assert "v2" in history[1] and "changed: title" in history[1]
    assert "v3" in history[2] and "changed:" in history[2]
    assert "body" in history[2] and "tags" in history[2]


# ---------------------------------------------------------------------- damaged files
@pytest.mark.parametrize(
    "size",
    [
        pytest.param(0, id="empty"),
        pytest.param(16, id="salt-only"),
        pytest.param(4096, id="one-page"),
        pytest.param(4096 + 1500, id="mid-page"),
    ],
)
def test_truncated_database_is_refused_never_recreated(closed_vault: Path, size: int) -> None:
    """SECURITY.md test 8: a clean error, never treated as a new vault, the file unchanged."""
    add(closed_vault, "Something I need to keep")
    database = closed_vault / "notebook.db"
    with database.open("r+b") as handle:
        handle.truncate(size)
    before = Snapshot.of(closed_vault)
    for args in (["list"], ["add", *add_args("New")], ["check"]):
        result = cli(args[0], closed_vault, *args[1:])
        assert result.returncode != 0, (args, result.stdout)
        assert result.returncode in (1, 4)
        assert_clean_failure(result, result.returncode)
        assert "created" not in (result.stdout + result.stderr).lower()
        assert Snapshot.of(closed_vault) == before
    init = run_cli(["init", closed_vault, "--passphrase-file", "-"], stdin=PASSPHRASE + "\n")
    assert init.returncode == 1
    assert "Traceback" not in init.stderr
    assert "already" in init.stderr.strip().splitlines()[-1]
    assert "created" not in init.stderr.lower()
    assert Snapshot.of(closed_vault) == before


# ---------------------------------------------------------------------- a second instance
def test_a_second_instance_is_refused_while_the_journal_is_open(closed_vault: Path) -> None:
    """SECURITY.md test 12: a clean error (exit 1), and no damage to the open journal."""
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        journal = Journal(vault)
        first = journal.add(Kind.INCIDENT, fields("Open in the app"))
        for args in (["add", *add_args("From the CLI")], ["list"], ["check"]):
            result = cli(args[0], closed_vault, *args[1:])
            line = assert_clean_failure(result, 1)
            assert "already open" in line
        with pytest.raises(VaultLocked):
            Vault.open(closed_vault, PASSPHRASE)
        second = journal.add(Kind.INCIDENT, fields("Still saving in the app"))
        assert journal.check().ok
    titles = {e["id"]: e["title"] for e in list_json(closed_vault)}
    assert titles == {first: "Open in the app", second: "Still saving in the app"}
    assert "OK" in ok(cli("check", closed_vault)).stdout


# ---------------------------------------------------------------------- read-only
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER = 1, 2, 3
_NOBODY = 65534


def _as_nobody() -> None:
    os.setgroups([])
    os.setgid(_NOBODY)
    os.setuid(_NOBODY)


def _without_root_file_override() -> None:
    """Drop the capabilities that let root ignore file permissions (for the exec'd program)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def _works(preexec: Callable[[], None]) -> bool:
    try:
        probe = subprocess.run(
            [sys.executable, "-c", "import journal_app.cli"],
            preexec_fn=preexec,
            env=cli_env(),
            cwd="/",
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0


@dataclass
class Unprivileged:
    """How to run the CLI as someone who may read the journal's folder but not write to it."""

    how: str
    preexec: Callable[[], None] | None
    make_read_only: Callable[[Path, bool], None]


def _chmod_tree(folder: Path, dir_mode: int, file_mode: int) -> None:
    for path in [folder, *folder.rglob("*")]:
        path.chmod(dir_mode if path.is_dir() else file_mode)


@pytest.fixture(scope="module")
def unprivileged() -> Unprivileged:
    if os.geteuid() != 0:

        def plain(folder: Path, files_writable: bool) -> None:
            _chmod_tree(folder, 0o555, 0o644 if files_writable else 0o444)

        return Unprivileged("this user, folder chmod 555", None, plain)
    if _works(_as_nobody):

        def for_nobody(folder: Path, files_writable: bool) -> None:
            _chmod_tree(folder, 0o755, 0o644)
            if files_writable:
                for path in folder.iterdir():
                    os.chown(path, _NOBODY, _NOBODY)

        return Unprivileged("user nobody, root-owned 755/644", _as_nobody, for_nobody)
    # The interpreter may live under /root (pyenv), which nobody cannot enter. Root without
    # CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH/CAP_FOWNER obeys file modes like anyone else.
    if _works(_without_root_file_override):

        def for_root(folder: Path, files_writable: bool) -> None:
            _chmod_tree(folder, 0o555, 0o644 if files_writable else 0o444)

        return Unprivileged(
            "root without DAC capabilities, chmod 555", _without_root_file_override, for_root
        )
    pytest.skip("running as root and cannot drop the file-permission override (no CAP_SETPCAP)")


@pytest.fixture
def read_only_copy(closed_vault: Path) -> Iterator[Path]:
    """A copy of the vault in a fresh folder that others can enter (not under 0700 tmp_path)."""
    add(closed_vault, "Written before the folder became read-only", "--body", "keep me")
    parent = Path(tempfile.mkdtemp(prefix="journal-ro-"))
    parent.chmod(0o755)
    folder = parent / "vault"
    shutil.copytree(closed_vault, folder)
    try:
        yield folder
    finally:
        _chmod_tree(folder, 0o700, 0o600)
        shutil.rmtree(parent, ignore_errors=True)


@pytest.mark.parametrize("files_writable", [False, True], ids=["read-only-files", "folder-only"])
def test_read_only_folder_refuses_changes_cleanly_but_still_reads(
    read_only_copy: Path, unprivileged: Unprivileged, files_writable: bool
) -> None:
    """SECURITY.md test 12: `add` fails with one clear line (exit 1), `list` works, no damage."""
    unprivileged.make_read_only(read_only_copy, files_writable)
    before = Snapshot.of(read_only_copy)

    def as_other(*args: str) -> Result:
        return cli(*args, cwd=Path("/"), preexec_fn=unprivileged.preexec)

    listed = as_other("list", str(read_only_copy), "--json")
    assert listed.returncode == 0, (unprivileged.how, listed.stderr)
    titles = [e["title"] for e in json.loads(listed.stdout)["entries"]]
    assert titles == ["Written before the folder became read-only"]

    refused = as_other("add", str(read_only_copy), *add_args("Cannot be saved"))
    line = assert_clean_failure(refused, 1)
    assert "unexpected" not in line, f"{unprivileged.how}: not a clear message: {line}"
    assert "written" in line.lower() or "read-only" in line.lower(), line
    assert refused.stdout == ""
    assert Snapshot.of(read_only_copy) == before

    _chmod_tree(read_only_copy, 0o700, 0o600)
    assert "OK" in ok(cli("check", read_only_copy)).stdout
    assert [e["title"] for e in list_json(read_only_copy)] == titles


# ---------------------------------------------------------------------- search syntax
QUERIES = [
    '"',
    '"unbalanced',
    "(",
    ")",
    "(car park)",
    "*",
    "car*",
    "-",
    "car -park",
    "NEAR",
    "NEAR(car park)",
    "car NEAR park",
    "AND",
    "OR NOT",
    "title:car",
    "^car",
    "{",
    "'; DROP TABLE entries; --",
]


def search(vault: Path, query: str) -> Result:
    """`search DIR --json --passphrase-file - -- QUERY`: `--` lets a query start with '-'."""
    return run_cli(
        ["search", vault, "--json", "--passphrase-file", "-", "--", query],
        stdin=PASSPHRASE + "\n",
    )


def test_search_with_fts_syntax_characters_never_crashes(closed_vault: Path) -> None:
    entry = add(
        closed_vault,
        "In the car park",
        "--body",
        'He said "stay (here)" and walked off - NEAR the exit * twice',
    )
    other = add(closed_vault, "Unrelated", "--body", "nothing to see")
    for query in [*QUERIES, "-park"]:
        result = search(closed_vault, query)
        assert result.returncode == 0, (query, result.stderr)
        assert "Traceback" not in result.stderr
        ids = [e["id"] for e in json.loads(result.stdout)["entries"]]
        assert set(ids) <= {entry, other}, query
    for query in ("(here)", '"stay', "NEAR", "car park", "stay*", "-park"):
        result = ok(search(closed_vault, query))
        assert [e["id"] for e in json.loads(result.stdout)["entries"]] == [entry], query
    assert len(list_json(closed_vault)) == 2
    assert "OK" in ok(cli("check", closed_vault)).stdout


# ---------------------------------------------------------------------- process hardening
def _raise_core_limit() -> None:
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def _core_limit(pid: int) -> list[str]:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return line.split()[4:6]
    return []


@pytest.mark.skipif(not Path("/proc/self/limits").exists(), reason="needs Linux /proc")
def test_cli_process_writes_no_core_dumps_and_creates_private_files(closed_vault: Path) -> None:
    """SECURITY.md test 15, seen from outside while the CLI waits for the passphrase."""
    process = subprocess.Popen(
        [sys.executable, "-m", "journal_app", "list", str(closed_vault), "--passphrase-file", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
        preexec_fn=_raise_core_limit,  # so the limit of 0 is the app's doing
    )
    try:
        deadline = time.monotonic() + 30
        limit = _core_limit(process.pid)
        while limit != ["0", "0"] and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
            limit = _core_limit(process.pid)
        assert limit == ["0", "0"], f"core file size limit is {limit}"
        status = Path(f"/proc/{process.pid}/status").read_text()
        umask = [line.split()[1] for line in status.splitlines() if line.startswith("Umask:")]
        assert umask in ([], ["0077"]), umask
        _out, err = process.communicate(PASSPHRASE + "\n", timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "Traceback" not in err and PASSPHRASE not in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_GET_DUMPABLE is Linux-only")
def test_cli_entry_point_makes_the_process_not_dumpable(closed_vault: Path) -> None:
    """Not readable from outside the process, so the entry point reports it itself."""
    code = (
        "import os, resource, sys\n"
        "from journal_app.core.hardening import is_dumpable\n"
        "from journal_app.__main__ import main\n"
        "before = is_dumpable()\n"
        "rc = main(['list', sys.argv[1], '--passphrase-file', '-'])\n"
        "after = is_dumpable()\n"
        "core = resource.getrlimit(resource.RLIMIT_CORE)\n"
        "print('RESULT', before, after, rc, core[0], core[1], flush=True)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(closed_vault)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
        check=False,
        preexec_fn=_raise_core_limit,
    )
    assert result.returncode == 0, result.stderr
    [line] = [x for x in result.stdout.splitlines() if x.startswith("RESULT")]
    _, before, after, rc, soft, hard = line.split()
    assert before == "True", "a fresh Python process should start dumpable"
    assert after == "False"
    assert rc == "0"
    assert (soft, hard) == ("0", "0")


def test_stderr_never_shows_the_passphrase_or_what_was_written(
    closed_vault: Path, tmp_path: Path
) -> None:
    """SECURITY.md test 15: messages and progress on stderr carry no secrets."""
    results = [
        cli("add", closed_vault, *add_args(f"Title {MARKER}"), "--body", f"Body {MARKER}"),
        cli("edit", closed_vault, "1", "--location", f"At {MARKER}"),
        cli("add", closed_vault, *add_args(MARKER), "--attach", str(tmp_path / "gone.png")),
        cli("add", closed_vault, *add_args(MARKER), "--body", MARKER, passphrase=MARKER),
        cli("search", closed_vault, MARKER),
        cli("show", closed_vault, "1"),
        cli("list", closed_vault, passphrase=f"{PASSPHRASE} {MARKER}"),
        cli("backup", closed_vault, "--out", str(tmp_path / "b.backup")),
        cli("check", closed_vault),
        cli("delete", closed_vault, "1"),
    ]
    assert [r.returncode for r in results] == [0, 0, 1, 3, 0, 0, 3, 0, 0, 0]
    assert MARKER in results[5].stdout  # shown where asked for, on stdout only
    for result in results:
        assert MARKER not in result.stderr, result.stderr
        assert PASSPHRASE not in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
