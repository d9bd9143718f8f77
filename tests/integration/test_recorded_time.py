"""'Recorded' and the late mark come from the history chain, not from a column anyone with the
key can change (issue 12, finding 4); a clock that ran backwards is said, never hidden."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from journal_app.core.journal import Journal
from journal_app.core.models import Kind, Occurred
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from journal_app.export.verify import verify_bundle
from journal_app.vault.vault import Vault
from tests.integration.test_verify import _resigned, files_of, rebuild
from tests.support.helpers import fields

NOW = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)


def late_entry(vault: Vault) -> tuple[Journal, int]:
    journal = Journal(vault, clock=lambda: NOW)
    entry_id = journal.add(
        Kind.INCIDENT, fields("Written weeks later", occurred=Occurred.parse("2026-02-01"))
    )
    assert journal.get(entry_id).late
    return journal, entry_id


def test_a_recorded_time_changed_behind_the_app_is_not_believed(vault: Vault) -> None:
    journal, entry_id = late_entry(vault)
    genuine = journal.get(entry_id).created_at
    vault.connection.execute(
        "UPDATE entries SET created_at = ?, late = 0 WHERE id = ?",
        ("2026-02-01T09:00:00.000000+00:00", entry_id),
    )
    entry = journal.get(entry_id)
    assert entry.created_at == genuine and entry.late  # what the bundle prints comes from here
    report = journal.check(verify_attachments=False)
    assert not report.ok and report.first_bad_entry == entry_id
    assert any("recorded" in p for p in report.problems)


def test_the_bundle_states_the_chained_time_and_verify_rechecks_it(
    vault: Vault, tmp_path: Path
) -> None:
    journal, _ = late_entry(vault)
    bundle = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), bundle)
    manifest = json.loads(files_of(bundle)["manifest.json"])
    (stated,) = manifest["entries"]
    assert stated["recorded_at"] == stated["versions"][0]["recorded_at"]
    assert stated["late_entry"] is True
    assert verify_bundle(bundle).intact
    # Someone with the journal's key restates the entry as written on the day, not late.
    stated["recorded_at"] = "2026-02-01T09:00:00.000000+00:00"
    stated["late_entry"] = False
    key = vault.meta("signing_key")
    assert key is not None
    forged = rebuild(bundle, tmp_path / "forged.pdf", _resigned(files_of(bundle), manifest, key))
    result = verify_bundle(forged)
    assert not result.intact
    assert any("recorded" in p for p in result.problems)
    assert any("late" in p for p in result.problems)


def test_a_clock_that_ran_backwards_is_noted_by_check_and_verify(
    vault: Vault, tmp_path: Path
) -> None:
    times = iter([NOW, NOW - timedelta(days=3)])
    journal = Journal(vault, clock=lambda: next(times))
    journal.add(Kind.INCIDENT, fields("First"))
    journal.add(Kind.INCIDENT, fields("Second, with the clock set back"))
    report = journal.check(verify_attachments=False)
    assert report.ok  # nothing was tampered with
    assert any("clock may have been changed" in n for n in report.notes)
    bundle = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), bundle)
    result = verify_bundle(bundle)
    assert result.intact
    assert any("clock may have been changed" in n for n in result.notes)
