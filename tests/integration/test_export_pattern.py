"""The bundle's pattern summary, read back from the PDF with pdftotext: its month table gives
the counts an independent recount of the exported entries gives, and it appears only when
asked for (dialog option, `export --pattern`)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.core.models import Category, EntryFilter, Kind, Occurred
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from journal_app.export.verify import verify_bundle
from tests.support.helpers import PASSPHRASE, fields, run_cli

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def pdftotext(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _fill(journal: Journal) -> None:
    journal.add(Kind.INCIDENT, fields("A", occurred=Occurred.parse("2026-01-03T22:10"), severity=2))
    journal.add(
        Kind.INCIDENT,
        fields(
            "B", occurred=Occurred.parse("2026-01-20", approximate=True), category=Category.PHYSICAL
        ),
    )
    moved = journal.add(Kind.INCIDENT, fields("C", occurred=Occurred.parse("2026-02-02T08:00")))
    journal.edit(moved, fields("C", occurred=Occurred.parse("2026-04-09T08:00"), severity=5))
    gone = journal.add(Kind.INCIDENT, fields("D", occurred=Occurred.parse("2026-04-10T08:00")))
    journal.delete(gone)
    for day in ("2026-04-10", "2026-04-10", "2026-04-11"):
        journal.add(
            Kind.MESSAGE,
            fields(
                "",
                occurred=Occurred.parse(day + "T23:05"),
                channel="sms",
                sender="+44 7700 900123",
                category=Category.DIGITAL,
            ),
        )


def _recount(journal: Journal) -> dict[str, Counter[str]]:
    """Per month, per category: from each live entry's latest version, as the chronology shows."""
    months: dict[str, Counter[str]] = {}
    for summary in journal.entries(EntryFilter(newest_first=False)):
        latest = journal.get(summary.id).latest_fields
        assert latest is not None
        months.setdefault(latest.occurred.day.strftime("%Y-%m"), Counter())[
            latest.categories[0].label
        ] += 1
    return months


def _month_rows(text: str) -> dict[str, list[int]]:
    table = text.split("Entries per month and category", 1)[1]
    return {
        m.group(1): [int(n) for n in m.group(2).split()]
        for m in re.finditer(r"^\s*(\d{4}-\d{2})((?:\s+\d+)+)\s*$", table, re.MULTILINE)
    }


def test_the_summary_table_matches_a_recount(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    target = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(include_pattern=True), target, now=NOW)
    text = pdftotext(target)
    assert text.index("Chronology") < text.index("Pattern summary")
    assert "No score, no prediction, no judgement." in text
    rows = _month_rows(text)
    expected = _recount(journal)
    # Columns: the categories present, in the app's order, then the total and approx.
    order = ["Physical", "Threats", "Digital / online"]
    assert list(rows) == ["2026-01", "2026-02", "2026-03", "2026-04"]
    for month, counts in rows.items():
        want = expected.get(month, Counter())
        assert counts[:3] == [want[c] for c in order], month
        assert counts[3] == sum(want.values())
    assert [r[4] for r in rows.values()] == [1, 0, 0, 0]  # the approximate date, in January
    assert "Entries counted: 6 (incidents: 3, messages: 3)." in text
    assert "Longest time with no entry: 78 days, 2026-01-21 to 2026-04-08." in text
    # Every chart has its table; hatchings and labels carry the series in black and white.
    for title in ("Severity recorded, per month", "Messages per day, by sender", "Day of the week"):
        assert title in text
    assert re.search(r"2026-04-10\s+2\s*$", text, re.MULTILINE)
    assert verify_bundle(target, None).intact


def test_no_summary_unless_asked(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    target = tmp_path / "plain.pdf"
    export_bundle(journal, ExportOptions(), target, now=NOW)
    assert "Pattern summary" not in pdftotext(target)


@pytest.mark.parametrize(
    ("language", "heading"), [("es", "Resumen del patrón"), ("pt_BR", "Resumo do padrão")]
)
def test_the_summary_speaks_the_bundle_language(
    journal: Journal, tmp_path: Path, language: str, heading: str
) -> None:
    _fill(journal)
    target = tmp_path / f"{language}.pdf"
    export_bundle(journal, ExportOptions(include_pattern=True, language=language), target, now=NOW)
    text = pdftotext(target)
    assert heading in text
    assert "Pattern summary" not in text and "Facts only" not in text
    assert _month_rows_any(text)["2026-04"][-2] == 4


def _month_rows_any(text: str) -> dict[str, list[int]]:
    return {
        m.group(1): [int(n) for n in m.group(2).split()]
        for m in re.finditer(r"^\s*(\d{4}-\d{2})((?:\s+\d+)+)\s*$", text, re.MULTILINE)
    }


def test_cli_export_pattern(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    assert (
        run_cli(["init", vault, "--passphrase-file", "-"], stdin=PASSPHRASE + "\n").returncode == 0
    )
    for day in ("2026-01-05", "2026-01-06", "2026-03-01"):
        added = run_cli(
            [
                "add",
                vault,
                "--occurred",
                day,
                "--title",
                "T",
                "--category",
                "threats",
                "--passphrase-file",
                "-",
            ],
            stdin=PASSPHRASE + "\n",
        )
        assert added.returncode == 0, added.stderr
    out = tmp_path / "cli.pdf"
    done = run_cli(
        ["export", vault, "--out", out, "--pattern", "--passphrase-file", "-"],
        stdin=PASSPHRASE + "\n",
    )
    assert done.returncode == 0, done.stderr
    rows = _month_rows(pdftotext(out))
    assert rows == {"2026-01": [2, 2, 0], "2026-02": [0, 0, 0], "2026-03": [1, 1, 0]}


def test_a_run_of_one_day_is_written_as_one_day(journal: Journal, tmp_path: Path) -> None:
    """No '1 days' in a document a court reads."""
    journal.add(Kind.INCIDENT, fields("Only one", occurred=Occurred.parse("2026-03-01")))
    out = tmp_path / "one.pdf"
    export_bundle(journal, ExportOptions(include_pattern=True), out)
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Most recent day with an entry: 2026-03-01 (1 entry)." in text
    assert "1 days" not in text and "1 entries" not in text
