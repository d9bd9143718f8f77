"""Imported messages in the bundle as a conversation (issue 16): a transcript per source export,
each message with its journal number, sender and text in time order, and the export embedded
byte-exact so a recipient can check any message against it."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from journal_app.core.journal import Journal
from journal_app.core.models import Kind
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from journal_app.importers import read_export
from journal_app.importers.store import apply, plan, zone
from tests.integration.test_export import embedded, pdftotext
from tests.support.helpers import PASSPHRASE, fields, run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def _zip(folder: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "WhatsApp Chat with Marco Ruiz.txt",
            (FIXTURES / "whatsapp_android_dmy.txt").read_bytes(),
        )
        archive.writestr("IMG-20240113-WA0003.jpg", b"\xff\xd8\xff\xe0 synthetic jpeg bytes")
    path = folder / "WhatsApp Chat with Marco Ruiz.zip"
    path.write_bytes(buffer.getvalue())
    return path


def _import(journal: Journal, path: Path, sender: str | None = None) -> list[int]:
    parsed = read_export(path)
    return apply(
        journal,
        plan(parsed, zone("Europe/Madrid"), journal.imported_message_keys()),
        chosen=None if sender is None else (lambda item: item.message.sender == sender),
    ).entry_ids


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def test_the_bundle_shows_each_chosen_message_in_order_and_embeds_the_export(
    journal: Journal, tmp_path: Path
) -> None:
    export = _zip(tmp_path)
    incident = journal.add(Kind.INCIDENT, fields("He came to the door"))
    ids = _import(journal, export)
    pdf = tmp_path / "bundle.pdf"
    # The selection: the incident and the messages of two days (not the last one).
    chosen = [journal.get(i) for i in ids if journal.get(i).current.fields.occurred.day.day < 14]  # type: ignore[union-attr]
    export_bundle(
        journal,
        ExportOptions(entry_ids=(incident, *(e.id for e in chosen))),
        pdf,
    )
    text = _squeezed(pdftotext(pdf))
    listing = "Transcript 1: WhatsApp Chat with Marco Ruiz.zip"
    assert listing in text
    section = text[text.index(listing, text.index(listing) + 1) :]
    section = section[: section.index("Exhibits")]
    # Each chosen message: its number, then its sender and time as written, then its text, in
    # the order they were sent.
    at = 0
    for entry in chosen:
        message = entry.current.fields
        assert message is not None and message.source is not None
        for piece in (str(entry.id), message.sender, message.source.written):
            found = section.find(piece, at)
            assert found >= 0, (piece, section[at : at + 200])
            at = found + len(piece)
        # Up to any emoji: the bundle's font draws those as a named placeholder.
        first_line = message.body.splitlines()[0].split("🙏")[0].split("😡")[0].strip()
        found = section.find(first_line, at)
        assert found >= 0, (first_line, section[at : at + 200])
        at = found + len(first_line)
    assert "Europe/Madrid (UTC+01:00)" in section and "line 2" in section
    # Not chosen: the messages of the 14th are in no transcript row.
    assert "Это последнее предупреждение" not in section
    # The export itself, byte-exact, among the embedded files; the transcript names its mark.
    files = embedded(pdf)
    digest = hashlib.sha256(export.read_bytes()).hexdigest()
    originals = [data for data in files.values() if hashlib.sha256(data).hexdigest() == digest]
    assert originals == [export.read_bytes()]
    mark = chosen[0].current.attachments[0]
    assert f"The export is exhibit A{mark.id}, embedded unchanged" in section


def test_transcripts_can_be_left_out_and_are_absent_without_imported_messages(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add(Kind.INCIDENT, fields())
    plain = tmp_path / "plain.pdf"
    export_bundle(journal, ExportOptions(), plain)
    assert "Transcript" not in pdftotext(plain)
    _import(journal, _zip(tmp_path), sender="Marco Ruiz")
    without = tmp_path / "without.pdf"
    export_bundle(journal, ExportOptions(include_transcripts=False), without)
    assert "Transcript" not in pdftotext(without)


def test_the_command_includes_transcripts_unless_told_not_to(
    closed_vault: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    done = run_cli(["import", closed_vault, _zip(tmp_path), "--passphrase-file", secret])
    assert done.returncode == 0, done.stderr
    for extra, expected in (([], True), (["--no-transcripts"], False)):
        out = tmp_path / f"bundle{len(extra)}.pdf"
        made = run_cli(["export", closed_vault, "--out", out, *extra, "--passphrase-file", secret])
        assert made.returncode == 0, made.stderr
        assert ("Transcript 1: WhatsApp Chat" in _squeezed(pdftotext(out))) is expected
