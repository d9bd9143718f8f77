"""The export log (issue 12): every bundle is recorded after it is written, the next bundle's
cover lists it with its real SHA-256, `exports` lists the log, and a removed or changed row is
found by `check`. Read back as a recipient would: pdftotext, pypdf, sha256sum-equivalent."""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from journal_app.core.errors import Cancelled, IntegrityError, InvalidInput
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Category, Kind, Occurred
from journal_app.evidence.export_log import next_link
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions, Redactions
from journal_app.vault.connection import write_transaction
from journal_app.vault.vault import Vault
from tests.integration.test_export import pdftotext
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields, run_cli

EXPORT_ID = re.compile(r"^EX-\d+-[A-HJKMNP-Z2-9]{5}$")


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_of(pdf: Path) -> dict[str, Any]:
    attachments = PdfReader(pdf).attachments
    return dict(json.loads(attachments["manifest.json"][0]))


def fill(journal: Journal) -> None:
    journal.add(
        Kind.INCIDENT,
        fields("Threat at the door", location="Elm Street 12", tags=("door",)),
        [AttachmentSource("screenshot.txt", data=b"you will regret this")],
    )
    journal.add(
        Kind.INCIDENT,
        fields(
            "Pushed on the stairs",
            occurred=Occurred.parse("2026-04-02T18:00"),
            category=Category.PHYSICAL,
        ),
    )


def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_the_second_bundle_cover_lists_the_first_with_its_real_sha256(
    journal: Journal, tmp_path: Path
) -> None:
    fill(journal)
    first = tmp_path / "for-the-police.pdf"
    result = export_bundle(
        journal,
        ExportOptions(redactions=Redactions(locations=True), date_from=None),
        first,
    )
    first_sha = sha256_of(first)
    assert result.sha256 == first_sha
    assert EXPORT_ID.match(result.export_id)
    first_text = pdftotext(first)
    assert result.export_id in first_text
    assert "records no earlier bundle" in first_text
    assert manifest_of(first)["export_id"] == result.export_id

    second = tmp_path / "for-the-court.pdf"
    later = export_bundle(journal, ExportOptions(categories=(Category.PHYSICAL,)), second)
    assert later.export_id != result.export_id
    text = pdftotext(second)
    assert "Earlier exports from this journal" in text
    assert result.export_id in text
    # Printed in monospaced groups of eight: every group of the first file's real hash.
    groups = [first_sha[i : i + 8] for i in range(0, 64, 8)]
    assert all(group in text for group in groups), (groups, text)
    assert "redacted: locations" in text
    listed = manifest_of(second)["earlier_exports"]
    assert [e["export_id"] for e in listed] == [result.export_id]
    assert listed[0]["sha256"] == first_sha
    assert listed[0]["redacted_fields"] == ["location"]
    # The second bundle is in the log too, with its own file's hash.
    assert [(r.export_id, r.sha256) for r in journal.exports()] == [
        (result.export_id, first_sha),
        (later.export_id, sha256_of(second)),
    ]


def test_an_earlier_selections_tag_names_are_not_repeated_on_a_later_cover(
    journal: Journal, tmp_path: Path
) -> None:
    """A copy for the other party must not carry an earlier selection's own words."""
    fill(journal)
    export_bundle(journal, ExportOptions(tags=("door",)), tmp_path / "one.pdf")
    journal.add(Kind.INCIDENT, fields("Followed home", tags=("refuge-leeds",)))
    export_bundle(journal, ExportOptions(tags=("refuge-leeds",)), tmp_path / "two.pdf")
    export_bundle(journal, ExportOptions(), tmp_path / "three.pdf")
    text = pdftotext(tmp_path / "three.pdf")
    assert "1 tag(s) chosen" in text
    manifest = json.dumps(manifest_of(tmp_path / "three.pdf")["earlier_exports"])
    assert "refuge-leeds" not in manifest and "door" not in manifest


def test_cli_export_prints_id_and_sha256_and_exports_json_lists_both(
    vault: Vault, tmp_path: Path
) -> None:
    fill(Journal(vault))
    folder = vault.folder
    vault.close()
    secret = passphrase_file(tmp_path)
    outputs = []
    for name in ("one.pdf", "two.pdf"):
        out = tmp_path / name
        done = run_cli(["export", folder, "--out", out, "--passphrase-file", secret])
        assert done.returncode == 0, done.stderr
        sha = sha256_of(out)
        assert sha in done.stderr
        export_id = manifest_of(out)["export_id"]
        assert export_id in done.stderr
        outputs.append((export_id, sha, out))

    listed = run_cli(["exports", folder, "--json", "--passphrase-file", secret])
    assert listed.returncode == 0, listed.stderr
    document = json.loads(listed.stdout)
    assert [(e["export_id"], e["sha256"]) for e in document["exports"]] == [
        (export_id, sha) for export_id, sha, _ in outputs
    ]
    assert [e["size"] for e in document["exports"]] == [p.stat().st_size for *_, p in outputs]
    text = run_cli(["exports", folder, "--passphrase-file", secret])
    assert text.returncode == 0
    for export_id, sha, _ in outputs:
        assert export_id in text.stdout and sha in text.stdout


def _delete_row(connection: Any, seq: int) -> None:
    connection.execute("DELETE FROM export_log WHERE seq = ?", (seq,))


def _restate_hash(connection: Any, seq: int) -> None:
    """Change the recorded SHA-256 and re-link that row (but not the log's recorded end)."""
    (record,) = connection.execute("SELECT record FROM export_log WHERE seq = ?", (seq,)).fetchone()
    changed = record.replace('"sha256":"', '"sha256":"0000', 1)
    previous = connection.execute(
        "SELECT link FROM export_log WHERE seq = ?", (seq - 1,)
    ).fetchone()
    link = next_link(previous[0] if previous else "00" * 32, changed)
    connection.execute(
        "UPDATE export_log SET record = ?, link = ? WHERE seq = ?", (changed, link, seq)
    )


def _forget_the_end(connection: Any, seq: int) -> None:
    """Remove the last row and leave the recorded end alone."""
    connection.execute("DELETE FROM export_log WHERE seq >= ?", (seq,))
    connection.execute("DELETE FROM meta WHERE key = 'export_log_head'")


@pytest.mark.parametrize(
    ("attack", "seq"),
    [(_delete_row, 1), (_delete_row, 2), (_restate_hash, 2), (_forget_the_end, 2)],
    ids=["delete-first", "delete-last", "restate-sha256", "delete-last-and-its-end"],
)
def test_a_removed_or_changed_log_row_is_reported_by_check(
    vault_dir: Path, tmp_path: Path, attack: Any, seq: int
) -> None:
    vault = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    journal = Journal(vault)
    fill(journal)
    export_bundle(journal, ExportOptions(), tmp_path / "one.pdf")
    export_bundle(journal, ExportOptions(), tmp_path / "two.pdf")
    assert journal.check().ok
    # With the key, behind the app's back:
    with vault.guard, write_transaction(vault.connection) as connection:
        attack(connection, seq)
    report = journal.check(verify_attachments=False)
    assert not report.ok
    assert any("export log" in problem for problem in report.problems), report.problems
    vault.close()
    checked = run_cli(["check", vault_dir, "--passphrase-file", passphrase_file(tmp_path)])
    assert checked.returncode == 4
    assert "export log" in checked.stdout


def test_a_record_naming_a_history_the_journal_never_had_is_reported(
    journal: Journal, tmp_path: Path
) -> None:
    fill(journal)
    export_bundle(journal, ExportOptions(), tmp_path / "one.pdf")
    connection = journal.vault.connection
    with journal.vault.guard, write_transaction(connection):
        (record,) = connection.execute("SELECT record FROM export_log").fetchone()
        forged = json.loads(record)
        forged["chain"]["head"] = "ab" * 32
        text = json.dumps(forged, sort_keys=True, separators=(",", ":"))
        link = next_link("00" * 32, text)
        connection.execute("UPDATE export_log SET record = ?, link = ?", (text, link))
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'export_log_head'", (f"1 {link}".encode(),)
        )
    report = journal.check(verify_attachments=False)
    assert any("history head that is not in" in p for p in report.problems), report.problems


def test_a_whole_rewrite_with_the_key_shows_on_the_next_bundle(
    journal: Journal, tmp_path: Path
) -> None:
    """The limit, said plainly in docs/evidence-bundle.md: whoever holds the key can remove the
    last record and restate the log's end, and `check` cannot know. What shows it is outside
    the journal: the next bundle takes the removed one's number again and does not list it,
    so whoever holds the removed bundle sees two different bundles numbered 2."""
    fill(journal)
    export_bundle(journal, ExportOptions(), tmp_path / "one.pdf")
    removed = export_bundle(journal, ExportOptions(), tmp_path / "two.pdf")
    connection = journal.vault.connection
    with journal.vault.guard, write_transaction(connection):
        (link,) = connection.execute("SELECT link FROM export_log WHERE seq = 1").fetchone()
        connection.execute("DELETE FROM export_log WHERE seq = 2")
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'export_log_head'", (f"1 {link}".encode(),)
        )
    assert journal.check(verify_attachments=False).ok
    later = export_bundle(journal, ExportOptions(), tmp_path / "three.pdf")
    assert later.export_id.startswith("EX-2-") and removed.export_id.startswith("EX-2-")
    assert later.export_id != removed.export_id
    text = pdftotext(tmp_path / "three.pdf")
    assert removed.export_id not in text


def test_a_failed_export_records_nothing(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    with pytest.raises(InvalidInput):
        export_bundle(journal, ExportOptions(), tmp_path / "missing-folder" / "bundle.pdf")
    assert journal.exports() == []
    assert journal.check(verify_attachments=False).ok


def test_an_export_cancelled_after_signing_records_nothing_and_leaves_no_file(
    journal: Journal, tmp_path: Path
) -> None:
    fill(journal)
    calls = [0]

    def count() -> bool:
        calls[0] += 1
        return False

    export_bundle(journal, ExportOptions(), tmp_path / "first.pdf", cancelled=count)
    assert len(journal.exports()) == 1
    last = calls[0]
    seen = [0]

    def at_the_last_moment() -> bool:
        # Cancel at the last check: the bundle is signed and hashed, not yet recorded.
        seen[0] += 1
        return seen[0] >= last

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        export_bundle(journal, ExportOptions(), folder / "b.pdf", cancelled=at_the_last_moment)
    assert list(folder.iterdir()) == []
    assert len(journal.exports()) == 1
    assert journal.check(verify_attachments=False).ok


def test_export_id_is_on_every_page_footer_and_in_the_manifest(
    journal: Journal, tmp_path: Path
) -> None:
    fill(journal)
    out = tmp_path / "bundle.pdf"
    result = export_bundle(journal, ExportOptions(), out)
    assert result.export_id.startswith("EX-1-")
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert all(result.export_id in page.extract_text() for page in reader.pages)
    assert manifest_of(out)["export_id"] == result.export_id


def test_the_cover_does_not_claim_more_than_the_signature_and_chain_show(
    journal: Journal, tmp_path: Path
) -> None:
    """Issue 12: the keeper could rewrite their own journal before a checkpoint was shared, so
    the cover must not say a recorded time 'cannot be edited'; it says what holds since."""
    fill(journal)
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), out)
    text = " ".join(pdftotext(out).split())
    assert "cannot be edited" not in text
    assert "has not been changed since" not in text
    assert "the person who holds the journal's passphrase from rewriting their own" in text
    assert "nothing changed since" in text
    assert "a clock the person keeping the journal controls" in text


@pytest.mark.parametrize("size", [32, 1024 * 1024 + 5], ids=["whole-blocks", "over-a-chunk"])
def test_a_streamed_original_is_encrypted_with_the_password_and_comes_back_exact(
    journal: Journal, tmp_path: Path, size: int
) -> None:
    """Originals are written (and, with a password, AES-256 encrypted) straight from the
    vault into the file: never in the clear, and byte-exact when a reader decrypts them."""
    marker = b"MARKER-ORIGINAL-BYTES-7731"
    data = (marker * (size // len(marker) + 1))[:size]
    journal.add(Kind.INCIDENT, fields("Voicemail"), [AttachmentSource("voicemail.bin", data=data)])
    out = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(password="pdf-password-for-test"), out)
    assert marker not in out.read_bytes()
    reader = PdfReader(out, password="pdf-password-for-test")
    assert reader.attachments["A1_voicemail.bin"][0] == data
    plain = tmp_path / "plain.pdf"
    export_bundle(journal, ExportOptions(), plain)
    assert PdfReader(plain).attachments["A1_voicemail.bin"][0] == data


@pytest.mark.parametrize("password", [None, "pdf-password-for-test"], ids=["plain", "password"])
def test_an_original_changed_behind_the_apps_back_stops_the_export(
    journal: Journal, tmp_path: Path, password: str | None
) -> None:
    """The original is hashed as it streams into the file: a stored file that no longer
    matches its recorded SHA-256 stops the export, leaving no file and no record."""
    fill(journal)
    connection = journal.vault.connection
    with journal.vault.guard, write_transaction(connection):
        connection.execute("UPDATE attachment_chunks SET data = ? WHERE idx = 0", (b"forged",))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(IntegrityError):
        export_bundle(journal, ExportOptions(password=password), folder / "bundle.pdf")
    assert list(folder.iterdir()) == []
    assert journal.exports() == []
