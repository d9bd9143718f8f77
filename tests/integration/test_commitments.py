"""Per-field salted commitments (content format 2, issue 12 finding 2): `check` recomputes them
from the vault, `verify` recomputes every disclosed field's commitment from its value and salt
and combines it with the withheld ones, a "redacted" mark never skips a check, and versions
whose content cannot be rechecked are listed with the reason. Real vaults, real bundles."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Disclosure, Kind
from journal_app.evidence import manifest as mf
from journal_app.evidence import signing
from journal_app.evidence.canonical import canonical_json
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions, Redactions
from journal_app.export.verify import verify_bundle
from journal_app.vault import schema
from journal_app.vault.backup import write_backup
from journal_app.vault.restore import restore_backup
from journal_app.vault.vault import Vault
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields, run_cli
from tests.support.old_format import write_old_entry
from tests.support.schema2 import add_schema2_entry

PLACE = "Refuge PLACE-7 Calle del Olmo"
NAME = "NAME-Dariusz"
REDACT = Redactions(locations=True, people=True)


def _secret(title: str = "At the refuge", **changes: Any) -> Any:
    values: dict[str, Any] = {
        "body": "He waited outside.",
        "location": PLACE,
        "people": (NAME,),
        "told": (Disclosure("Officer Brandt", "CAD-5531"),),
    }
    return fields(title, **(values | changes))


def _export(journal: Journal, out: Path, **options: Any) -> Path:
    export_bundle(journal, ExportOptions(**options), out)
    return out


def _files(pdf: Path) -> dict[str, bytes]:
    return {name: blobs[0] for name, blobs in PdfReader(pdf).attachments.items()}


def _recheck(journal: Journal, pdf: Path, change: Any) -> mf.ManifestCheck:
    """What verify's manifest check says after someone holding the journal's own key changed
    the manifest and signed it again: only the content checks can catch it."""
    files = _files(pdf)
    manifest = json.loads(files[mf.MANIFEST_NAME])
    change(manifest)
    data = canonical_json(manifest)
    key = journal.vault.meta("signing_key")
    assert key is not None
    digests = {
        name: (hashlib.sha256(blob).hexdigest(), len(blob))
        for name, blob in files.items()
        if name not in mf.SUPPORT_FILES
    }
    check = mf.check_manifest(data, signing.sign(key, data), digests)
    assert check.signature_ok
    return check


def _version(manifest: dict[str, Any], number: int, version: int = 1) -> dict[str, Any]:
    entry = next(e for e in manifest["entries"] if e["number"] == number)
    return dict(next(v for v in entry["versions"] if v["version"] == version))


def _set(manifest: dict[str, Any], number: int, version: int, **values: Any) -> None:
    entry = next(e for e in manifest["entries"] if e["number"] == number)
    record = next(v for v in entry["versions"] if v["version"] == version)
    for key, value in values.items():
        if isinstance(value, dict) and isinstance(record.get(key), dict):
            record[key].update(value)
        else:
            record[key] = value


# ---------------------------------------------------------------------------- the vault
def test_check_recomputes_each_salted_version_and_names_a_changed_salt(journal: Journal) -> None:
    entry = journal.add(Kind.INCIDENT, _secret())
    journal.edit(entry, _secret(body="Amended."))
    versions = journal.get(entry).versions
    assert [v.content_format for v in versions] == [2, 2]
    first, second = (v.salts or {} for v in versions)
    assert len(first["location"]) == 64 and first["location"] != second["location"]
    assert len(set(first.values())) == len(first)  # one fresh salt per part
    assert journal.check().ok
    changed = dict(first, location="00" * 32)
    journal.vault.connection.execute(
        "UPDATE version_salts SET salts = ? WHERE version_seq = ?",
        (canonical_json(changed).decode(), versions[0].seq),
    )
    report = journal.check()
    assert not report.ok and report.first_bad_entry == entry
    assert "does not match its recorded hash" in report.problems[0]
    # Dropping the salts does not pass the version off as one written before salts existed.
    journal.vault.connection.execute(
        "DELETE FROM version_salts WHERE version_seq = ?", (versions[0].seq,)
    )
    assert journal.check().first_bad_entry == entry


def test_a_deletion_erases_the_salts_with_the_content(journal: Journal) -> None:
    entry = journal.add(Kind.INCIDENT, _secret())
    journal.delete(entry)
    rows = journal.vault.connection.execute("SELECT count(*) FROM version_salts").fetchone()
    assert rows[0] == 0
    assert journal.check().ok


def test_an_old_journal_migrates_keeps_its_old_versions_and_salts_new_ones(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        old = add_schema2_entry(vault.connection, "Written before salts", "threats", "At the flat.")
    monkeypatch.undo()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        journal = Journal(vault)
        assert journal.check().ok
        journal.edit(old, _secret(body="Amended after the update."))
        assert [v.content_format for v in journal.get(old).versions] == [1, 2]
        assert journal.check().ok


def test_a_backup_made_before_the_update_restores_and_then_migrates(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup on a USB stick from before salts existed has no salts table: restoring it
    still checks its whole history, and opening it afterwards migrates it."""
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        old = add_schema2_entry(vault.connection, "Written before salts", "threats", "At the flat.")
        head = write_backup(vault, PASSPHRASE, tmp_path / "old.backup")
    monkeypatch.undo()
    restored = tmp_path / "restored"
    assert restore_backup(tmp_path / "old.backup", restored, PASSPHRASE) == head
    with Vault.open(restored, PASSPHRASE) as vault:
        journal = Journal(vault)
        assert journal.check().ok and journal.get(old).current.content_format == 1


# ---------------------------------------------------------------------------- the bundle
@pytest.fixture
def redacted(journal: Journal, tmp_path: Path) -> tuple[int, Path]:
    entry = journal.add(Kind.INCIDENT, _secret())
    return entry, _export(journal, tmp_path / "redacted.pdf", redactions=REDACT)


def test_a_redacted_copy_discloses_salts_and_withholds_commitments_only(
    redacted: tuple[int, Path],
) -> None:
    entry, pdf = redacted
    raw = _files(pdf)[mf.MANIFEST_NAME].decode()
    assert PLACE not in raw and NAME not in raw and "Officer Brandt" not in raw
    version = _version(json.loads(raw), entry)
    assert version["content_format"] == 2
    assert set(version["withheld"]) == {"location", "people", "witnesses", "told.who"}
    assert "location" not in version["salts"] and "body" in version["salts"]
    assert version["fields"]["told"] == [{"reference": "CAD-5531"}]
    result = verify_bundle(pdf)
    assert result.intact and result.content_checked == 1 and result.unchecked == []


def test_a_changed_disclosed_value_or_salt_or_withheld_commitment_is_not_intact(
    journal: Journal, redacted: tuple[int, Path]
) -> None:
    entry, pdf = redacted
    salts = _version(json.loads(_files(pdf)[mf.MANIFEST_NAME]), entry)["salts"]
    for change in (
        lambda m: _set(m, entry, 1, fields={"body": "Nothing happened."}),
        lambda m: _set(m, entry, 1, salts={"body": "11" * 32}),
        lambda m: _set(m, entry, 1, salts={"title": salts["body"]}),
        lambda m: _set(m, entry, 1, withheld={"location": "22" * 32}),
        lambda m: _set(m, entry, 1, fields={"told": [{"who": "Someone", "reference": "X"}]}),
    ):
        check = _recheck(journal, pdf, change)
        assert any(p.startswith(f"Entry {entry}, version 1:") for p in check.problems), (
            check.problems
        )
        assert check.content_checked == 0


def test_a_field_shown_without_its_salt_is_not_intact(
    journal: Journal, redacted: tuple[int, Path]
) -> None:
    """A forger puts a false place into the shown fields while its commitment stays withheld:
    nothing shown may go unchecked."""
    entry, pdf = redacted
    check = _recheck(journal, pdf, lambda m: _set(m, entry, 1, fields={"location": "Elsewhere"}))
    assert any("location without the salt" in p for p in check.problems), check.problems


def test_marking_a_changed_version_redacted_does_not_skip_its_check(
    journal: Journal, tmp_path: Path
) -> None:
    """Issue 12, finding 1: a 'redacted' mark used to skip the content check."""
    new = journal.add(Kind.INCIDENT, _secret("Written now"))
    old = write_old_entry(journal, _secret("Written before"))
    pdf = _export(journal, tmp_path / "full.pdf")
    for number in (new, old):

        def mark(manifest: dict[str, Any], number: int = number) -> None:
            _set(manifest, number, 1, redacted=["location"], fields={"body": "Forged."})

        check = _recheck(journal, pdf, mark)
        assert f"Entry {number}, version 1: its text and files do not match its content hash." in (
            check.problems
        )
        assert check.unchecked == []


def test_content_missing_without_a_deletion_is_not_intact(
    journal: Journal, redacted: tuple[int, Path]
) -> None:
    entry, pdf = redacted
    check = _recheck(journal, pdf, lambda m: _set(m, entry, 1, fields=None))
    assert (
        f"Entry {entry}, version 1: its content is missing, but the entry was never deleted."
        in (check.problems)
    )


def test_verify_lists_every_version_it_could_not_fully_recheck_and_why(
    journal: Journal, tmp_path: Path
) -> None:
    kept = journal.add(Kind.INCIDENT, _secret("Kept"))
    gone = journal.add(Kind.INCIDENT, _secret("Deleted later"))
    journal.delete(gone)
    old = write_old_entry(journal, _secret("Written before the update"))
    pdf = _export(journal, tmp_path / "copy.pdf", redactions=REDACT, include_old_versions=True)
    result = verify_bundle(pdf)
    assert result.intact, result.problems
    listed = {(u.entry, u.version, u.reason) for u in result.unchecked}
    assert listed == {(gone, 1, mf.ERASED), (gone, 2, mf.ERASED), (old, 1, mf.OLD_WITHHELD)}
    assert result.verdict.startswith("INTACT, with exceptions")
    assert result.content_checked == 1  # the entry written now, withheld fields and all
    printed = run_cli(["verify", pdf])
    assert printed.returncode == 0, printed.stdout
    assert f"Not fully rechecked: entry {old}, version 1: it was written before" in printed.stdout
    assert f"Not fully rechecked: entry {gone}, version 2: its content was erased" in (
        printed.stdout
    )
    document = json.loads(run_cli(["verify", pdf, "--json"]).stdout)
    assert {(u["entry"], u["version"]) for u in document["content_not_rechecked"]} == {
        (gone, 1),
        (gone, 2),
        (old, 1),
    }
    assert kept not in {u["entry"] for u in document["content_not_rechecked"]}


# ---------------------------------------------------------------------------- old entries
@pytest.fixture
def old_journal(tmp_path: Path) -> tuple[Path, int, int]:
    folder = tmp_path / "journal"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = Journal(vault)
        old = write_old_entry(journal, _secret("Written before the update"))
        new = journal.add(Kind.INCIDENT, _secret("Written after the update"))
    return folder, old, new


def _cli_export(folder: Path, out: Path, *extra: str) -> Any:
    return run_cli(
        ["export", folder, "--out", out, *extra, "--passphrase-file", "-"],
        stdin=PASSPHRASE + "\n",
    )


def test_a_redacted_export_leaves_old_entries_out_with_a_warning_and_says_so_inside(
    old_journal: tuple[Path, int, int], tmp_path: Path
) -> None:
    folder, old, new = old_journal
    out = tmp_path / "copy.pdf"
    done = _cli_export(folder, out, "--redact", "locations,people")
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if "Left out" in line]
    assert warnings == [
        f"Left out of this redacted copy: entries {old}, written with an earlier version of "
        "the app (a redacted copy of them would let the withheld names and places be "
        "guessed). Add --include-old-versions to include them anyway."
    ]
    manifest = json.loads(_files(out)[mf.MANIFEST_NAME])
    assert [e["number"] for e in manifest["entries"]] == [new]
    assert manifest["redactions"]["old_entries_left_out"]["entries"] == [old]
    cover = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert f"Entries left out of this copy: {old}." in cover
    assert "earlier version of the app" in cover
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    chronology = next(p for p in pages if "Chronology" in p)
    assert f"Entries left out of this copy: {old}." in chronology
    assert verify_bundle(out).intact


def test_old_entries_can_be_included_on_purpose_and_the_cover_says_what_that_means(
    old_journal: tuple[Path, int, int], tmp_path: Path
) -> None:
    folder, old, new = old_journal
    out = tmp_path / "copy.pdf"
    done = _cli_export(folder, out, "--redact", "locations", "--include-old-versions")
    assert done.returncode == 0 and "Left out" not in done.stderr
    manifest = json.loads(_files(out)[mf.MANIFEST_NAME])
    assert sorted(e["number"] for e in manifest["entries"]) == sorted([old, new])
    assert manifest["redactions"]["old_entries_included"] == [old]
    cover = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert f"Entries {old} were written with an earlier version of the app" in cover
    # Without redaction nothing is left out or flagged: every value is shown and rechecked.
    full = tmp_path / "full.pdf"
    assert _cli_export(folder, full).returncode == 0
    assert verify_bundle(full).content_checked == 2


def test_a_format_1_bundle_still_reads_and_lists_what_it_cannot_recheck(
    journal: Journal, tmp_path: Path
) -> None:
    """A bundle made before per-field commitments: its manifest said format 1 and its versions
    no content format. Its complete versions are rechecked; its redacted ones are listed."""
    shown = write_old_entry(journal, fields("Nothing to withhold"))
    hidden = write_old_entry(journal, _secret("Had a place"))
    pdf = _export(journal, tmp_path / "copy.pdf", redactions=REDACT, include_old_versions=True)

    def as_format_1(manifest: dict[str, Any]) -> None:
        manifest["format_version"] = 1
        for key in ("old_entries_left_out", "old_entries_included"):
            manifest["redactions"].pop(key)
        for entry in manifest["entries"]:
            for version in entry["versions"]:
                version.pop("content_format")

    check = _recheck(journal, pdf, as_format_1)
    assert check.problems == []
    assert check.content_checked == 1
    assert [(u.entry, u.reason) for u in check.unchecked] == [(hidden, mf.OLD_WITHHELD)]
    assert shown != hidden


# ------------------------------------------------------------- files whose names are withheld
def test_a_withheld_file_name_still_binds_the_file_and_hides_the_name(
    journal: Journal, tmp_path: Path
) -> None:
    """A redacted copy withholds each attached file's own name (it may name the refuge), as a
    part of its own: the name is in no published value, while the file's hash stays committed,
    so swapping in another file (even re-signed with the journal's key) is NOT INTACT."""
    secret_name = "Refuge-Elm-Street-17.png"
    source = tmp_path / secret_name
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really a picture" * 10)
    entry = journal.add(Kind.INCIDENT, _secret(), [AttachmentSource.from_path(source)])
    pdf = _export(journal, tmp_path / "redacted.pdf", redactions=REDACT)
    raw = _files(pdf)[mf.MANIFEST_NAME].decode()
    assert "Elm-Street" not in raw
    version = _version(json.loads(raw), entry)
    assert "attachment.0.name" in version["withheld"] and "attachment.0" in version["salts"]
    result = verify_bundle(pdf)
    assert result.intact and result.unchecked == [], result
    other = "ab" * 32

    def swap(manifest: dict[str, Any]) -> None:
        record = next(e for e in manifest["entries"] if e["number"] == entry)["versions"][0]
        record["attachments"][0]["sha256"] = other
        for exhibit in manifest["exhibits"]:
            exhibit["sha256"] = other if "original_sha256" not in exhibit else exhibit["sha256"]
            exhibit["original_sha256"] = other

    check = _recheck(journal, pdf, swap)
    assert f"Entry {entry}, version 1: its text and files do not match its content hash." in (
        check.problems
    ), check.problems
