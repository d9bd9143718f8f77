"""Importing exports into a real SQLCipher journal (issue 16): chain of custody, idempotency,
all-or-nothing, and the `import` command."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date, time
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.core.models import EntryFilter, Kind
from journal_app.importers import ImportRefused, ParseOptions, parse_bytes, read_export
from journal_app.importers.store import apply, plan, zone
from tests.support.helpers import PASSPHRASE, run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
MADRID = "Europe/Madrid"


def _import(journal: Journal, path: Path, **options: object) -> list[int]:
    parsed = read_export(path)
    return apply(journal, plan(parsed, zone(MADRID), journal.imported_message_keys())).entry_ids


def test_whatsapp_messages_become_message_entries_with_their_source(journal: Journal) -> None:
    path = FIXTURES / "whatsapp_android_dmy.txt"
    ids = _import(journal, path)
    assert len(ids) == 8
    entry = journal.get(ids[0])
    assert entry.kind is Kind.MESSAGE
    fields = entry.current.fields
    assert fields is not None and fields.source is not None
    assert fields.sender == "Marco Ruiz" and fields.channel == "whatsapp"
    assert fields.occurred.day == date(2024, 1, 12) and fields.occurred.at == time(21, 15)
    assert fields.occurred.utc_offset == "+01:00"  # Madrid in January
    assert fields.source.zone == MADRID and fields.source.position == "line 2"
    assert fields.source.written == "12/01/2024, 21:15"
    exhibit = entry.current.attachments[0]
    assert exhibit.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert fields.source.export_sha256 == exhibit.sha256
    stored = b"".join(journal.attachment_chunks(exhibit.id))
    assert stored == path.read_bytes()  # byte-exact
    # Stored once: every message shares the one attachment.
    assert {journal.get(i).current.attachments[0].id for i in ids} == {exhibit.id}
    assert journal.check().ok


def test_reimport_adds_nothing_and_an_overlapping_export_adds_only_the_new(
    journal: Journal, tmp_path: Path
) -> None:
    path = FIXTURES / "whatsapp_android_dmy.txt"
    first = _import(journal, path)
    assert _import(journal, path) == []
    later = tmp_path / "later.txt"
    later.write_bytes(path.read_bytes() + "15/01/2024, 10:00 - Marco Ruiz: Again 🙂\n".encode())
    added = _import(journal, later)
    assert len(added) == 1
    assert journal.count(EntryFilter(kinds=(Kind.MESSAGE,))) == len(first) + 1
    # Two identical messages in the same minute stay two.
    bodies = [journal.get(i).current.fields.body for i in first]  # type: ignore[union-attr]
    assert bodies.count("Where are you? Answer me now") == 2


def test_zip_media_are_attached_to_their_message(journal: Journal, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    picture = b"\xff\xd8\xff\xe0 synthetic jpeg bytes"
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "WhatsApp Chat with Marco Ruiz.txt",
            (FIXTURES / "whatsapp_android_dmy.txt").read_bytes(),
        )
        archive.writestr("IMG-20240113-WA0003.jpg", picture)
    path = tmp_path / "WhatsApp Chat with Marco Ruiz.zip"
    path.write_bytes(buffer.getvalue())
    ids = _import(journal, path)
    with_media = [journal.get(i) for i in ids if len(journal.get(i).current.attachments) == 2]
    assert len(with_media) == 1
    export, media = with_media[0].current.attachments
    assert export.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert media.original_name == "IMG-20240113-WA0003.jpg"
    assert b"".join(journal.attachment_chunks(media.id)) == picture


def test_mms_pictures_and_email_attachments_are_attached(journal: Journal) -> None:
    sms = _import(journal, FIXTURES / "sms_backup.xml")
    names = [[a.original_name for a in journal.get(i).current.attachments] for i in sms]
    assert ["sms_backup.xml", "IMG_0042.png"] in names
    mail = _import(journal, FIXTURES / "email_html_attachment.eml")
    assert [a.original_name for a in journal.get(mail[0]).current.attachments] == [
        "email_html_attachment.eml",
        "proof.png",
    ]


def test_a_failure_midway_keeps_nothing(journal: Journal) -> None:
    parsed = read_export(FIXTURES / "whatsapp_android_dmy.txt")
    the_plan = plan(parsed, zone(MADRID), set())
    calls = 0

    def chosen(_item: object) -> bool:
        nonlocal calls
        calls += 1
        if calls > 3:
            raise ImportRefused("stop")
        return True

    with pytest.raises(ImportRefused):
        apply(journal, the_plan, chosen=chosen)
    assert journal.count() == 0
    assert journal.head().size == 0


def _vault_state(vault_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}


@pytest.mark.parametrize("case", ["laughs", "traversal", "truncated"])
def test_hostile_files_are_refused_by_the_command_with_nothing_kept(
    closed_vault: Path, tmp_path: Path, case: str
) -> None:
    passphrase = tmp_path / "pass"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    bad = tmp_path / "export"
    if case == "laughs":
        bad.write_bytes(
            b'<?xml version="1.0"?><!DOCTYPE smses [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><smses><sms address="1" date="1" '
            b'type="1" body="&b;"/></smses>'
        )
    elif case == "traversal":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("_chat.txt", (FIXTURES / "whatsapp_android_dmy.txt").read_bytes())
            archive.writestr("../../.bashrc", b"echo owned")
        bad.write_bytes(buffer.getvalue())
    else:
        bad.write_bytes((FIXTURES / "telegram_result.json").read_bytes()[:700])
    before = _vault_state(closed_vault)
    result = run_cli(["import", closed_vault, bad, "--passphrase-file", passphrase])
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("journal-app: ")
    assert "nothing was imported" in lines[0]
    assert _vault_state(closed_vault) == before
    assert not (tmp_path / ".bashrc").exists()


def test_command_dry_run_json_then_import(closed_vault: Path, tmp_path: Path) -> None:
    passphrase = tmp_path / "pass"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    path = FIXTURES / "whatsapp_iphone_mdy.txt"
    before = _vault_state(closed_vault)
    dry = run_cli(
        [
            "import",
            closed_vault,
            path,
            "--dry-run",
            "--json",
            "--timezone",
            "America/Sao_Paulo",
            "--passphrase-file",
            passphrase,
        ]
    )
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["dry_run"] and report["to_import"] == 4 and report["imported"] == 0
    assert report["export"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert report["preview"][0]["occurred"] == "2024-01-12T21:15-03:00"
    assert report["date_order"] == "mdy"
    assert _vault_state(closed_vault) == before
    done = run_cli(["import", closed_vault, path, "--json", "--passphrase-file", passphrase])
    assert json.loads(done.stdout)["imported"] == 4
    again = run_cli(["import", closed_vault, path, "--passphrase-file", passphrase])
    assert again.returncode == 0 and "Nothing new to import." in again.stdout


def test_command_asks_for_the_date_order(closed_vault: Path, tmp_path: Path) -> None:
    result = run_cli(["import", closed_vault, FIXTURES / "whatsapp_ambiguous.txt"], stdin="")
    assert result.returncode == 2
    assert "--date-order dmy" in result.stderr
    parsed = parse_bytes(
        (FIXTURES / "whatsapp_ambiguous.txt").read_bytes(), None, ParseOptions("dmy")
    )
    assert parsed.messages[0].local is not None and parsed.messages[0].local.month == 4


def test_one_e_mail_is_reported_as_one_message_in_each_language(
    closed_vault: Path, tmp_path: Path
) -> None:
    passphrase = tmp_path / "pass"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    mail = FIXTURES / "email_plain.eml"
    dry = run_cli(["import", closed_vault, mail, "--dry-run", "--passphrase-file", passphrase])
    assert "Would import 1 message (dry run: nothing written)." in dry.stdout, dry.stderr
    done = run_cli(
        ["--language", "es", "import", closed_vault, mail, "--passphrase-file", passphrase]
    )
    assert "Se importó 1 mensaje como entrada 1." in done.stdout, done.stderr
    assert "mensajes" not in done.stdout.splitlines()[-1]


def test_the_zone_assumed_is_said_in_the_persons_language(
    closed_vault: Path, tmp_path: Path
) -> None:
    passphrase = tmp_path / "pass"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    chat = FIXTURES / "whatsapp_android_dmy.txt"
    command = ["--language", "pt_BR", "import", closed_vault, chat, "--dry-run"]
    result = run_cli([*command, "--passphrase-file", passphrase])
    assert result.returncode == 0, result.stderr
    assert "(o fuso deste computador)" in result.stdout
    assert "computer" not in result.stdout
