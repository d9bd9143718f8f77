"""What a person notices when recording, amending, deleting and finding entries; passphrase
change and its crash safety (SECURITY.md test 10, parameter-file steps); attachment streaming
and cancelling (test 17)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from journal_app.core.errors import (
    Cancelled,
    DamagedJournal,
    EntryNotFound,
    InvalidInput,
    WrongPassphrase,
)
from journal_app.core.journal import Journal
from journal_app.core.models import (
    AttachmentSource,
    Category,
    EntryFilter,
    Kind,
    Occurred,
)
from journal_app.core.secrets import passphrase_bytes
from journal_app.vault.kdf import KdfParams, derive_key
from journal_app.vault.params import KeySlot, VaultParameters, key_check, read_parameters
from journal_app.vault.vault import Vault, db_path, params_path
from tests.support.helpers import FAST_KDF, PASSPHRASE, ROOT, cli_env, fields

NEW_PASSPHRASE = "a much better passphrase, 2026"
NOW = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)


def table_count(vault: Vault, table: str) -> int:
    return int(vault.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# --------------------------------------------------------------------- add / edit / delete
def test_new_entry_reads_back_as_written(journal: Journal) -> None:
    written = fields(
        body="He threw my phone.",
        location="Kitchen",
        people=("J.",),
        tags=("Police", " phone "),
        severity=4,
    )
    entry_id = journal.add(Kind.INCIDENT, written)
    entry = journal.get(entry_id)
    assert entry.kind is Kind.INCIDENT
    assert len(entry.versions) == 1 and entry.current.action == "create"
    assert entry.current.fields is not None
    assert entry.current.fields.body == "He threw my phone."
    assert entry.current.fields.tags == ("police", "phone")
    assert not entry.amended and not entry.deleted
    assert journal.head().size == 1


def test_incident_without_title_is_refused(journal: Journal) -> None:
    with pytest.raises(InvalidInput):
        journal.add(Kind.INCIDENT, fields("   "))
    assert journal.count() == 0


def test_message_gets_a_title_from_channel_and_sender(journal: Journal) -> None:
    entry_id = journal.add(Kind.MESSAGE, fields("", channel="sms", sender="J."))
    assert journal.get(entry_id).current.fields.title == "SMS / text message from J."  # type: ignore[union-attr]


def test_edit_adds_version_two_and_version_one_text_remains(journal: Journal) -> None:
    entry_id = journal.add(Kind.INCIDENT, fields(body="He pushed me."))
    assert journal.edit(entry_id, fields(body="He pushed me into the door.")) == 2
    entry = journal.get(entry_id)
    assert [v.version_no for v in entry.versions] == [1, 2]
    assert [v.action for v in entry.versions] == ["create", "edit"]
    assert entry.versions[0].fields.body == "He pushed me."  # type: ignore[union-attr]
    assert entry.current.fields.body == "He pushed me into the door."  # type: ignore[union-attr]
    assert entry.versions[0].content_sha256 != entry.versions[1].content_sha256
    assert entry.amended
    [summary] = journal.entries()
    assert summary.amended and summary.version_count == 2
    assert journal.head().size == 2
    assert journal.check().ok


def test_edit_with_no_change_is_refused_and_saves_nothing(journal: Journal) -> None:
    entry_id = journal.add(Kind.INCIDENT, fields(body="same", tags=("a",)))
    head = journal.head()
    with pytest.raises(InvalidInput):
        journal.edit(entry_id, fields(body="same", tags=("a",)))
    with pytest.raises(InvalidInput):
        journal.edit(entry_id, fields(body="same", tags=(" A ",)))  # same after normalising
    assert journal.head() == head
    assert len(journal.get(entry_id).versions) == 1


def test_edit_of_a_missing_entry_is_not_found(journal: Journal) -> None:
    with pytest.raises(EntryNotFound):
        journal.edit(404, fields())


def test_edit_can_add_and_remove_attachments(journal: Journal) -> None:
    entry_id = journal.add(
        Kind.INCIDENT, fields(), [AttachmentSource(name="a.txt", data=b"first file")]
    )
    [first] = journal.get(entry_id).current.attachments
    journal.edit(
        entry_id,
        fields(),
        add_attachments=[AttachmentSource(name="b.txt", data=b"second file")],
        remove_attachment_ids=[first.id],
    )
    entry = journal.get(entry_id)
    assert [a.original_name for a in entry.versions[0].attachments] == ["a.txt"]
    assert [a.original_name for a in entry.current.attachments] == ["b.txt"]
    assert journal.attachment_bytes(first.id) == b"first file"  # still in the history
    with pytest.raises(InvalidInput):
        journal.edit(entry_id, fields(), remove_attachment_ids=[9999])


def test_delete_leaves_a_tombstone_and_erases_text_and_files(journal: Journal) -> None:
    keep = journal.add(Kind.INCIDENT, fields("kept", body="other entry"))
    entry_id = journal.add(
        Kind.INCIDENT,
        fields(body="secret words", tags=("gone",)),
        [AttachmentSource(name="photo.jpg", data=b"\xff\xd8\xff not really a photo")],
    )
    journal.edit(entry_id, fields(body="secret words, amended", tags=("gone",)))
    [attachment] = journal.get(entry_id).current.attachments
    hashes = [v.content_sha256 for v in journal.get(entry_id).versions]

    journal.delete(entry_id)

    entry = journal.get(entry_id)
    assert entry.deleted
    assert [v.action for v in entry.versions] == ["create", "edit", "delete"]
    assert all(v.fields is None for v in entry.versions)
    assert entry.current.content_sha256 == hashes[-1]  # the tombstone keeps the hash
    assert [v.content_sha256 for v in entry.versions[:2]] == hashes
    with pytest.raises(EntryNotFound):
        journal.attachment_bytes(attachment.id)
    assert journal.attachment(attachment.id).erased
    assert journal.attachment(attachment.id).original_name == ""
    assert table_count(journal.vault, "attachment_chunks") == 0
    assert journal.search("secret") == []
    assert journal.tags() == []
    assert [s.id for s in journal.entries()] == [keep]
    deleted = journal.entries(EntryFilter(include_deleted=True))
    assert {s.id for s in deleted} == {keep, entry_id}
    assert next(s for s in deleted if s.id == entry_id).title == ""
    report = journal.check()
    assert report.ok, report.problems
    assert report.versions_checked == 4
    with pytest.raises(InvalidInput):
        journal.edit(entry_id, fields(body="resurrected"))
    with pytest.raises(InvalidInput):
        journal.delete(entry_id)


def test_deleted_text_is_gone_from_the_database_after_reopening(vault_dir: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = Journal(vault)
        entry_id = journal.add(Kind.INCIDENT, fields(body="erase-me-7731"))
        journal.delete(entry_id)
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        rows = vault.connection.execute("SELECT fields FROM versions").fetchall()
        assert all(row[0] is None for row in rows)
        dump = "\n".join(
            str(r) for r in vault.connection.execute("SELECT * FROM search_index").fetchall()
        )
        assert "erase-me-7731" not in dump


# --------------------------------------------------------------------- late entries
@pytest.mark.parametrize(
    ("occurred", "late"),
    [
        ("2026-03-01T21:30+00:00", True),  # 30 days before the clock
        ("2026-03-01", True),
        ("2026-03-30T08:00+00:00", False),
        ("2026-03-25", False),  # six days
        ("2026-03-24T12:30+00:00", False),  # just under a week
        ("2026-03-24T12:30+01:00", True),  # just over a week once the offset is applied
    ],
)
def test_late_entry_flag(vault: Vault, occurred: str, late: bool) -> None:
    journal = Journal(vault, clock=lambda: NOW)
    entry_id = journal.add(Kind.INCIDENT, fields(occurred=Occurred.parse(occurred)))
    assert journal.get(entry_id).late is late
    assert journal.entries()[0].late is late
    journal.edit(entry_id, fields(body="amended today", occurred=Occurred.parse(occurred)))
    assert journal.get(entry_id).late is late  # an amendment keeps the original flag


def test_recorded_time_comes_from_the_clock(vault: Vault) -> None:
    journal = Journal(vault, clock=lambda: NOW)
    entry_id = journal.add(Kind.INCIDENT, fields())
    assert journal.get(entry_id).current.recorded_at == "2026-03-31T12:00:00.000000+00:00"


# --------------------------------------------------------------------- finding entries
@pytest.fixture
def timeline(journal: Journal) -> dict[str, int]:
    def at(day: str) -> Occurred:
        return Occurred.parse(day)

    return {
        "jan": journal.add(
            Kind.INCIDENT,
            fields(
                "January", occurred=at("2026-01-05"), category=Category.PHYSICAL, tags=("police",)
            ),
        ),
        "feb": journal.add(
            Kind.INCIDENT,
            fields("February", occurred=at("2026-02-10T09:00"), category=Category.FINANCIAL),
        ),
        "feb-msg": journal.add(
            Kind.MESSAGE,
            fields("Text", occurred=at("2026-02-20"), category=Category.THREATS, channel="sms"),
        ),
        "mar": journal.add(
            Kind.INCIDENT,
            fields(
                "March",
                occurred=at("2026-03-15"),
                category=Category.PHYSICAL,
                tags=("Police", "children"),
            ),
        ),
    }


def _ids(journal: Journal, query: EntryFilter | None = None) -> list[int]:
    return [s.id for s in journal.entries(query)]


def test_newest_first_by_default_and_oldest_first_on_request(
    journal: Journal, timeline: dict[str, int]
) -> None:
    order = ["mar", "feb-msg", "feb", "jan"]
    assert _ids(journal) == [timeline[k] for k in order]
    oldest = _ids(journal, EntryFilter(newest_first=False))
    assert oldest == [timeline[k] for k in reversed(order)]


def test_filter_by_date_range_is_inclusive(journal: Journal, timeline: dict[str, int]) -> None:
    query = EntryFilter(date_from=date(2026, 2, 10), date_to=date(2026, 2, 20))
    assert set(_ids(journal, query)) == {timeline["feb"], timeline["feb-msg"]}
    assert journal.count(query) == 2
    assert _ids(journal, EntryFilter(date_from=date(2026, 3, 16))) == []
    assert _ids(journal, EntryFilter(date_to=date(2026, 1, 5))) == [timeline["jan"]]


def test_filter_by_category_tag_and_kind(journal: Journal, timeline: dict[str, int]) -> None:
    physical = EntryFilter(categories=(Category.PHYSICAL,))
    assert set(_ids(journal, physical)) == {timeline["jan"], timeline["mar"]}
    several = EntryFilter(categories=(Category.PHYSICAL, Category.THREATS))
    assert journal.count(several) == 3
    assert set(_ids(journal, EntryFilter(tags=("POLICE",)))) == {timeline["jan"], timeline["mar"]}
    assert _ids(journal, EntryFilter(tags=("police", "children"))) == [timeline["mar"]]
    assert _ids(journal, EntryFilter(kinds=(Kind.MESSAGE,))) == [timeline["feb-msg"]]
    assert journal.tags() == [("children", 1), ("police", 2)]


def test_count_and_paging_agree_with_the_list(journal: Journal, timeline: dict[str, int]) -> None:
    assert journal.count() == len(timeline) == 4
    pages = [s.id for s in journal.entries(limit=2)] + [
        s.id for s in journal.entries(limit=2, offset=2)
    ]
    assert pages == _ids(journal)
    journal.delete(timeline["feb"])
    assert journal.count() == 3
    assert journal.count(EntryFilter(include_deleted=True)) == 4


def test_search_combines_with_filters(journal: Journal, timeline: dict[str, int]) -> None:
    journal.edit(timeline["mar"], fields("March", body="the car keys", category=Category.PHYSICAL))
    assert [s.id for s in journal.search("car")] == [timeline["mar"]]
    assert journal.search("car", EntryFilter(categories=(Category.THREATS,))) == []
    assert [s.id for s in journal.search("february")] == [timeline["feb"]]


# --------------------------------------------------------------------- passphrase change
def test_change_passphrase_old_fails_new_opens(vault: Vault) -> None:
    journal = Journal(vault)
    entry_id = journal.add(Kind.INCIDENT, fields(body="before the change"))
    folder = vault.folder
    vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    journal.add(Kind.INCIDENT, fields(body="after the change"))
    vault.close()

    before = db_path(folder).read_bytes()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    assert db_path(folder).read_bytes() == before
    with Vault.open(folder, NEW_PASSPHRASE) as reopened:
        again = Journal(reopened)
        assert again.get(entry_id).current.fields.body == "before the change"  # type: ignore[union-attr]
        assert again.count() == 2
        assert again.check().ok
    assert read_parameters(params_path(folder)).pending is None


def test_empty_new_passphrase_is_refused(vault: Vault) -> None:
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("", kdf=FAST_KDF)
    vault.close()
    Vault.open(vault.folder, PASSPHRASE).close()


def _slot_for(folder: Path, passphrase: str, params: KdfParams) -> KeySlot:
    salt = db_path(folder).read_bytes()[:16]
    return KeySlot(params, key_check(derive_key(passphrase_bytes(passphrase), salt, params)))


NEW_KDF = KdfParams(2048, 1, 1)  # differs from FAST_KDF, as a recalibration would


@pytest.fixture
def killed_before_rekey(closed_vault: Path) -> Path:
    """The new settings were written as `pending`; the process died before the re-key."""
    old = read_parameters(params_path(closed_vault)).current
    pending = VaultParameters(old, _slot_for(closed_vault, NEW_PASSPHRASE, NEW_KDF))
    params_path(closed_vault).write_bytes(pending.to_bytes())
    return closed_vault


@pytest.fixture
def killed_before_promotion(closed_vault: Path) -> Path:
    """The database was re-keyed; the process died before `pending` became `current`."""
    old = read_parameters(params_path(closed_vault)).current
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, kdf=NEW_KDF)
        new = vault.parameters.current
    params_path(closed_vault).write_bytes(VaultParameters(old, new).to_bytes())
    return closed_vault


def test_killed_before_rekey_opens_with_the_old_passphrase(killed_before_rekey: Path) -> None:
    with Vault.open(killed_before_rekey, PASSPHRASE) as vault:
        assert Journal(vault).check().ok
    settled = read_parameters(params_path(killed_before_rekey))
    assert settled.pending is None and settled.current.kdf == FAST_KDF
    Vault.open(killed_before_rekey, PASSPHRASE).close()


def test_killed_before_rekey_new_passphrase_is_simply_wrong(killed_before_rekey: Path) -> None:
    """The change never happened; the journal is not damaged and must not be called so."""
    before = db_path(killed_before_rekey).read_bytes()
    with pytest.raises(WrongPassphrase):
        Vault.open(killed_before_rekey, NEW_PASSPHRASE)
    assert db_path(killed_before_rekey).read_bytes() == before
    Vault.open(killed_before_rekey, PASSPHRASE).close()


def test_killed_before_promotion_opens_with_the_new_passphrase(
    killed_before_promotion: Path,
) -> None:
    with Vault.open(killed_before_promotion, NEW_PASSPHRASE) as vault:
        assert Journal(vault).check().ok
    settled = read_parameters(params_path(killed_before_promotion))
    assert settled.pending is None and settled.current.kdf == NEW_KDF
    with pytest.raises(WrongPassphrase):
        Vault.open(killed_before_promotion, PASSPHRASE)


def test_killed_before_promotion_old_passphrase_is_simply_wrong(
    killed_before_promotion: Path,
) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.open(killed_before_promotion, PASSPHRASE)
    Vault.open(killed_before_promotion, NEW_PASSPHRASE).close()


# --------------------------------------------------------------------- attachments (test 17)
STREAM_SCRIPT = """
import hashlib, json, resource, sys
from pathlib import Path
from journal_app.core.journal import Journal
from journal_app.core.models import AttachmentSource, Kind
from journal_app.vault.vault import Vault
from tests.support.helpers import FAST_KDF, PASSPHRASE, fields

folder, big = Path(sys.argv[1]), Path(sys.argv[2])
with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
    journal = Journal(vault)
    journal.add(Kind.INCIDENT, fields(), [AttachmentSource(name="warm-up.txt", data=b"x" * 4096)])
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    progress = []
    entry_id = journal.add(
        Kind.INCIDENT,
        fields(),
        [AttachmentSource.from_path(big)],
        progress=lambda done, total: progress.append((done, total)),
    )
    peak_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    [info] = journal.get(entry_id).current.attachments
    digest = hashlib.sha256()
    read_back = 0
    for chunk in journal.attachment_chunks(info.id):
        digest.update(chunk)
        read_back += len(chunk)
    peak_read = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({
    "baseline": baseline, "peak_import": peak_import, "peak_read": peak_read,
    "sha256": info.sha256, "size": info.size, "read_sha256": digest.hexdigest(),
    "read_size": read_back, "progress_calls": len(progress), "last_progress": progress[-1],
}))
"""


def _sha256_in_chunks(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(4 * 1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def test_large_attachment_is_streamed_not_read_whole(tmp_path: Path) -> None:
    size = 300 * 1024 * 1024
    big = tmp_path / "recording.bin"
    with big.open("wb") as handle:
        handle.write(b"start of a long recording\n")
        handle.truncate(size - 16)  # sparse: cheap to create, real bytes to read
        handle.seek(size - 16)
        handle.write(b"end of recording")
    result = subprocess.run(
        [sys.executable, "-c", STREAM_SCRIPT, str(tmp_path / "vault"), str(big)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(),
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    expected = _sha256_in_chunks(big)
    assert report["size"] == report["read_size"] == size
    assert report["sha256"] == report["read_sha256"] == expected
    assert report["last_progress"] == [size, size]
    assert report["progress_calls"] >= 100  # reported as it went, chunk by chunk
    mib = 1024 * 1024
    assert report["peak_import"] - report["baseline"] < 150 * mib, report
    assert report["peak_read"] - report["baseline"] < 150 * mib, report


def test_cancelling_an_import_leaves_nothing_behind(vault: Vault, tmp_path: Path) -> None:
    journal = Journal(vault)
    kept = journal.add(Kind.INCIDENT, fields("kept"), [AttachmentSource(name="a", data=b"a")])
    head = journal.head()
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(12 * 1024 * 1024))
    progress_calls = 0

    def progress(_done: int, _total: int) -> None:
        nonlocal progress_calls
        progress_calls += 1

    with pytest.raises(Cancelled):
        journal.add(
            Kind.INCIDENT,
            fields("cancelled"),
            [AttachmentSource.from_path(big)],
            progress=progress,
            cancelled=lambda: progress_calls >= 3,
        )
    assert progress_calls == 3  # it really stopped partway
    assert journal.head() == head
    assert _ids(journal) == [kept]
    assert table_count(vault, "attachments") == 1
    assert table_count(vault, "attachment_chunks") == 1
    assert journal.check().ok


def test_cancelling_an_edit_import_keeps_the_entry_as_it_was(vault: Vault) -> None:
    journal = Journal(vault)
    entry_id = journal.add(Kind.INCIDENT, fields(body="original"))
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    with pytest.raises(Cancelled):
        journal.edit(
            entry_id,
            fields(body="amended"),
            add_attachments=[AttachmentSource(name="big", data=bytes(5 * 1024 * 1024))],
            cancelled=cancelled,
        )
    entry = journal.get(entry_id)
    assert len(entry.versions) == 1
    assert entry.current.fields.body == "original"  # type: ignore[union-attr]
    assert table_count(vault, "attachments") == 0
    assert table_count(vault, "attachment_chunks") == 0


def test_missing_or_folder_attachment_is_refused_cleanly(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        journal.add(Kind.INCIDENT, fields(), [AttachmentSource.from_path(tmp_path / "nope.jpg")])
    with pytest.raises(InvalidInput):
        journal.add(Kind.INCIDENT, fields(), [AttachmentSource(name="dir", path=tmp_path)])
    assert journal.count() == 0
    assert table_count(journal.vault, "attachments") == 0


def test_keyset_paging_walks_the_timeline_without_gaps_or_repeats(journal: Journal) -> None:
    for day in range(1, 29):
        for hour in (8, 20):
            journal.add(
                Kind.INCIDENT,
                fields(
                    f"Day {day} at {hour}",
                    occurred=Occurred.parse(f"2026-02-{day:02d}T{hour:02d}:00"),
                ),
            )
    for newest_first in (True, False):
        query = EntryFilter(newest_first=newest_first)
        seen: list[int] = []
        after = None
        while True:
            page = journal.entries(query, limit=5, after=after)
            if not page:
                break
            seen += [e.id for e in page]
            after = page[-1].cursor
        assert seen == [e.id for e in journal.entries(query)]
        assert len(set(seen)) == 56


def test_private_notes_live_inside_the_vault(journal: Journal, vault_dir: Path) -> None:
    from tests.support.helpers import files_containing

    journal.set_private_note("support_contacts", "Advocate Maria 0800 MARKERNOTE")
    assert journal.private_note("support_contacts").endswith("MARKERNOTE")
    assert journal.private_note("absent") == ""
    assert files_containing([vault_dir], b"MARKERNOTE") == []


def test_passphrase_can_be_confirmed_on_an_open_vault(vault: Vault) -> None:
    assert vault.verify_passphrase(PASSPHRASE)
    assert not vault.verify_passphrase("not it")


def test_an_unknown_category_is_a_clear_input_error(journal: Journal) -> None:
    with pytest.raises(InvalidInput):
        journal.add(Kind.INCIDENT, fields(category="not-a-category"))


def test_a_preview_is_never_drawn_from_bytes_that_no_longer_match(journal: Journal) -> None:
    """A damaged page comes back from SQLCipher as zeros of the right length: the bytes a
    preview would show are checked against the SHA-256 recorded at import."""
    entry_id = journal.add(
        Kind.INCIDENT, fields(), [AttachmentSource(name="photo.png", data=b"real picture" * 50)]
    )
    (attachment,) = journal.get(entry_id).current.attachments
    journal.vault.connection.execute(
        "UPDATE attachment_chunks SET data = zeroblob(length(data)) WHERE attachment_id = ?",
        (attachment.id,),
    )
    with pytest.raises(DamagedJournal):
        journal.attachment_bytes(attachment.id)
