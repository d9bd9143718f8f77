"""Typed transcripts of recordings (issue 13): part of the entry's version (hashed, chained, in
the history), printed beside the recording's exhibit sheet, rechecked by `verify`; a redacted
copy shows it like the other free text, unless the recording itself is left out, when its
transcript goes with it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, EntryFilter, Kind
from journal_app.evidence import manifest as mf
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions, Redactions
from journal_app.export.verify import verify_bundle
from tests.integration.test_commitments import _files, _recheck, _version
from tests.integration.test_export import embedded
from tests.integration.test_export_media import flat_text, voicemail
from tests.support.helpers import PASSPHRASE, fields, run_cli

SAID = "You will never see the children again. I know the refuge is on Calle Mayor."


def _voicemail_entry(journal: Journal) -> tuple[int, str]:
    """An incident with a recording and a photo, then a second version with the transcript."""
    entry = journal.add(
        Kind.INCIDENT,
        fields("Voicemail at night"),
        [
            AttachmentSource("voicemail.wav", data=voicemail(3)),
            AttachmentSource("note.txt", data=b"a note"),
        ],
    )
    recording = journal.get(entry).current.attachments[0]
    base = journal.get(entry).current.fields
    assert base is not None
    journal.edit(entry, base.with_transcript(recording.sha256, SAID))
    return entry, recording.sha256


def test_a_transcript_is_part_of_a_new_version_and_its_hash(journal: Journal) -> None:
    entry, sha256 = _voicemail_entry(journal)
    first, second = journal.get(entry).versions
    assert first.fields is not None and second.fields is not None
    assert first.fields.transcripts == () and "transcripts" not in first.fields.to_json()
    assert second.fields.transcript_of(sha256) == SAID
    assert second.content_sha256 != first.content_sha256
    assert second.salts is not None and second.salts.keys() >= {
        "attachment.0.transcript",
        "attachment.1.transcript",
    }
    assert journal.check().ok
    # Searching finds the words of the recording.
    assert [s.id for s in journal.search("refuge", EntryFilter())] == [entry]


def test_a_transcript_must_be_of_a_file_the_entry_has_and_goes_with_it(
    journal: Journal,
) -> None:
    entry, _sha256 = _voicemail_entry(journal)
    current = journal.get(entry).current
    assert current.fields is not None
    with pytest.raises(InvalidInput, match="names a file this entry does not have"):
        journal.edit(entry, current.fields.with_transcript("ab" * 32, "words"))
    journal.edit(entry, current.fields, remove_attachment_ids=[current.attachments[0].id])
    latest = journal.get(entry).current.fields
    assert latest is not None and latest.transcripts == ()
    assert journal.check().ok


def test_the_bundle_prints_the_transcript_on_the_recordings_sheet_and_verify_rechecks_it(
    journal: Journal, tmp_path: Path
) -> None:
    entry, sha256 = _voicemail_entry(journal)
    mark = f"A{journal.get(entry).current.attachments[0].id}"
    pdf = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), pdf)
    text = flat_text(pdf)
    sheet = text[text.index(f"Exhibit {mark} Original name voicemail.wav") :]
    assert sheet.index("Duration 0:00:03") < sheet.index(
        "Transcript typed by the person who kept the journal"
    )
    assert f"From entry {entry}, version 2." in sheet
    assert SAID in sheet
    result = verify_bundle(pdf)
    assert result.intact and result.verdict.startswith("INTACT:"), result.problems
    assert result.content_checked == 2 and not result.unchecked
    assert _version(json.loads(_files(pdf)[mf.MANIFEST_NAME]), entry, 2)["fields"][
        "transcripts"
    ] == {sha256: SAID}


def _fields_of(m: dict[str, Any], version: int) -> dict[str, Any]:
    """The shown fields of entry 1's version, to change in place."""
    entry = next(e for e in m["entries"] if e["number"] == 1)
    record = next(v for v in entry["versions"] if v["version"] == version)
    fields: dict[str, Any] = record["fields"]
    return fields


def _tamper_cases(sha256: str) -> dict[str, Any]:
    def changed(m: dict[str, Any]) -> None:
        _fields_of(m, 2)["transcripts"] = {sha256: "Nothing was said."}

    def removed(m: dict[str, Any]) -> None:
        del _fields_of(m, 2)["transcripts"]

    def moved(m: dict[str, Any]) -> None:
        other = _version(m, 1, 2)["attachments"][1]["sha256"]
        _fields_of(m, 2)["transcripts"] = {other: SAID}

    def invented(m: dict[str, Any]) -> None:
        _fields_of(m, 1)["transcripts"] = {sha256: "Invented."}

    return {"changed": changed, "removed": removed, "moved": moved, "invented": invented}


def test_a_transcript_changed_in_the_manifest_and_signed_again_is_not_intact(
    journal: Journal, tmp_path: Path
) -> None:
    """Someone holding the journal's own key rewrites what the recording says, moves the text
    to another file, drops it, or gives the first version one, and signs again."""
    entry, sha256 = _voicemail_entry(journal)
    assert entry == 1
    pdf = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), pdf)
    untouched = _recheck(journal, pdf, lambda m: None)
    assert untouched.ok and untouched.content_checked == 2
    for name, change in _tamper_cases(sha256).items():
        check = _recheck(journal, pdf, change)
        assert not check.ok, name
        assert any(p.startswith("Entry 1, version ") for p in check.problems), (name, check)


def test_a_redacted_copy_shows_the_transcript_and_says_free_text_is_not_redacted(
    journal: Journal, tmp_path: Path
) -> None:
    _voicemail_entry(journal)
    pdf = tmp_path / "redacted.pdf"
    export_bundle(journal, ExportOptions(redactions=Redactions(locations=True, people=True)), pdf)
    text = flat_text(pdf)
    assert SAID in text
    assert (
        "names or places written in the free text (what happened, message texts and typed "
        "transcripts of recordings) are not removed" in text
    )
    result = verify_bundle(pdf)
    assert result.intact and result.content_checked == 2, result.problems
    assert not result.unchecked


def test_a_recording_left_out_takes_its_transcript_with_it(
    journal: Journal, tmp_path: Path
) -> None:
    entry, sha256 = _voicemail_entry(journal)
    recording = journal.get(entry).current.attachments[0]
    pdf = tmp_path / "without-recording.pdf"
    export_bundle(
        journal,
        ExportOptions(redactions=Redactions(attachment_ids=frozenset({recording.id}))),
        pdf,
    )
    text = flat_text(pdf)
    assert "Calle Mayor" not in text
    # Nor does the entry's history say that a transcript changed, or call it a first version.
    history = text[text.index("History of this entry") :]
    assert "amended transcripts of recordings" not in history
    assert "amended what changed is withheld in this copy" in history
    manifest = embedded(pdf)[mf.MANIFEST_NAME]
    assert b"Calle Mayor" not in manifest and sha256.encode() not in manifest
    record = _version(json.loads(manifest), entry, 2)
    assert "attachment.0.transcript" in record["withheld"]
    assert record["fields"]["transcripts"] == {}
    result = verify_bundle(pdf)
    assert result.intact and result.content_checked == 2, result.problems
    assert not result.unchecked


def test_the_transcript_sheet_speaks_the_bundles_language(journal: Journal, tmp_path: Path) -> None:
    entry, _sha256 = _voicemail_entry(journal)
    for language, label, source in (
        ("es", "Transcripción escrita por la persona que llevaba el diario", "De la entrada"),
        ("pt_BR", "Transcrição digitada pela pessoa que manteve o diário", "Do registro"),
    ):
        pdf = tmp_path / f"{language}.pdf"
        export_bundle(journal, ExportOptions(language=language), pdf)
        text = flat_text(pdf)
        assert label in text and f"{source} {entry}, " in text and SAID in text


def test_the_command_line_sets_and_removes_a_transcript_from_a_file(
    closed_vault: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def edit(entry: str, option: str) -> Any:
        return run_cli(
            ["edit", closed_vault, entry, "--transcript", option, "--passphrase-file", secret]
        )

    wav = tmp_path / "voicemail.wav"
    wav.write_bytes(voicemail(2))
    digest = hashlib.sha256(wav.read_bytes()).hexdigest()
    made = run_cli(
        [
            "add", closed_vault, "--occurred", "2026-03-01T21:30", "--title", "Voicemail",
            "--category", "threats", "--attach", wav, "--passphrase-file", secret,
        ]
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    entry = made.stdout.strip()
    shown = run_cli(["show", closed_vault, entry, "--json", "--passphrase-file", secret])
    mark = f"A{json.loads(shown.stdout)['attachments'][0]['id']}"
    typed = tmp_path / "typed.txt"
    typed.write_text(SAID + "\n", encoding="utf-8")
    done = edit(entry, f"{mark}={typed}")
    assert done.returncode == 0, done.stderr
    shown = run_cli(["show", closed_vault, entry, "--json", "--passphrase-file", secret])
    assert json.loads(shown.stdout)["fields"]["transcripts"] == {digest: SAID + "\n"}
    plain = run_cli(["show", closed_vault, entry, "--passphrase-file", secret]).stdout
    assert f"Transcript of {mark}:\n{SAID}\n" in plain
    assert "v2  edit" in plain and "changed: transcripts" in plain
    # A mark the entry does not hold, and a malformed option: one line, nothing saved.
    wrong = edit(entry, f"A999={typed}")
    assert wrong.returncode == 1 and "has no attachment 999" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    bad = run_cli(["edit", closed_vault, entry, "--transcript", "A17"])
    assert bad.returncode == 2 and "A17=FILE" in bad.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    gone = edit(entry, f"{mark}={empty}")
    assert gone.returncode == 0, gone.stderr
    shown = run_cli(["show", closed_vault, entry, "--json", "--passphrase-file", secret])
    document = json.loads(shown.stdout)
    assert "transcripts" not in document["fields"]
    assert len(document["versions"]) == 3
    plain = run_cli(["show", closed_vault, entry, "--passphrase-file", secret]).stdout
    assert "Transcript of" not in plain and "changed: transcripts" in plain.split("v3")[1]


def test_the_entrys_history_in_the_bundle_names_the_change_and_keeps_the_earlier_text(
    journal: Journal, tmp_path: Path
) -> None:
    entry, sha256 = _voicemail_entry(journal)
    current = journal.get(entry).current
    assert current.fields is not None
    journal.edit(entry, current.fields.with_transcript(sha256, "Corrected: " + SAID))
    mark = f"A{current.attachments[0].id}"
    pdf = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), pdf)
    text = flat_text(pdf)
    history = text[text.index("History of this entry") :]
    assert "2 " in history and "amended transcripts of recordings" in history
    earlier = history[history.index("As written in version 2") :]
    assert f"Transcript of {mark} {SAID}" in earlier
    sheet = text[text.index("Transcript typed by the person who kept the journal") :]
    assert f"From entry {entry}, version 3." in sheet and "Corrected: " + SAID in sheet
