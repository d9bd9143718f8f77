"""The pattern's figures, recounted independently from the journal's own entries."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

import pytest

from journal_app.core.journal import Journal
from journal_app.core.models import Category, EntryFilter, Kind, Occurred
from journal_app.core.pattern import (
    OTHER_SENDERS,
    Granularity,
    Stretch,
    latest_run,
    load_pattern,
    longest_gap,
    month_table,
)
from tests.support.helpers import fields


def _fill(journal: Journal) -> dict[str, int]:
    """A small journal with every case: amended, deleted, approximate, untimed, messages."""
    ids: dict[str, int] = {}
    ids["jan"] = journal.add(
        Kind.INCIDENT, fields("Jan shove", occurred=Occurred.parse("2026-01-05T08:15"), severity=2)
    )
    ids["jan2"] = journal.add(
        Kind.INCIDENT,
        fields(
            "Jan threat",
            occurred=Occurred.parse("2026-01-06", approximate=True),
            category=Category.THREATS,
        ),
    )
    # Amended: written as February, corrected to March; counts once, in March, severity 4.
    ids["moved"] = journal.add(
        Kind.INCIDENT, fields("Moved", occurred=Occurred.parse("2026-02-10T22:00"), severity=1)
    )
    journal.edit(
        ids["moved"],
        fields(
            "Moved",
            occurred=Occurred.parse("2026-03-02T23:40"),
            category=Category.PHYSICAL,
            severity=4,
        ),
    )
    ids["gone"] = journal.add(
        Kind.INCIDENT, fields("Deleted", occurred=Occurred.parse("2026-03-03T10:00"))
    )
    journal.delete(ids["gone"])
    ids["run1"] = journal.add(
        Kind.INCIDENT,
        fields("Run 1", occurred=Occurred.parse("2026-03-03T10:00"), category=Category.STALKING),
    )
    for n, sender in enumerate(["+44 7700 900123", "+44 7700 900123", "ex@example.org"]):
        ids[f"msg{n}"] = journal.add(
            Kind.MESSAGE,
            fields(
                "",
                occurred=Occurred.parse(f"2026-03-0{3 + n // 2}T0{n}:30"),
                channel="sms",
                sender=sender,
                category=Category.DIGITAL,
            ),
        )
    return ids


def test_counts_match_an_independent_recount_of_the_journal(journal: Journal) -> None:
    _fill(journal)
    pattern = load_pattern(journal, EntryFilter(), Granularity.MONTH)

    expected: Counter[tuple[str, str]] = Counter()
    hours: Counter[int] = Counter()
    weekdays: Counter[int] = Counter()
    for summary in journal.entries(EntryFilter(include_deleted=True)):
        entry = journal.get(summary.id)
        latest = entry.latest_fields
        if entry.deleted or latest is None:
            continue
        for category in latest.categories:
            expected[latest.occurred.day.strftime("%Y-%m"), category.value] += 1
        weekdays[latest.occurred.day.weekday()] += 1
        if latest.occurred.at is not None:
            hours[latest.occurred.at.hour] += 1

    drawn = {
        (bar.label, series): value
        for bar in pattern.by_period.bars
        for series, value in zip(pattern.by_period.series, bar.values, strict=True)
        if value
    }
    assert drawn == dict(expected)
    assert [bar.label for bar in pattern.by_period.bars] == ["2026-01", "2026-02", "2026-03"]
    assert pattern.by_period.bars[1].total == 0  # the amended entry left February
    assert [b.values[0] for b in pattern.hours.bars] == [hours[h] for h in range(24)]
    assert [b.values[0] for b in pattern.weekdays.bars] == [weekdays[d] for d in range(7)]
    assert (pattern.entries, pattern.incidents, pattern.messages) == (7, 4, 3)
    assert (pattern.deleted, pattern.approximate, pattern.amended, pattern.untimed) == (1, 1, 1, 1)
    assert pattern.approximate_by_period == (1, 0, 0)


def test_severity_counts_only_where_recorded_and_uses_the_amended_value(
    journal: Journal,
) -> None:
    _fill(journal)
    pattern = load_pattern(journal, EntryFilter(), Granularity.MONTH)
    by_label = {bar.label: bar.values for bar in pattern.severity.bars}
    assert by_label["2026-01"] == (0, 1, 0, 0, 0)
    assert by_label["2026-02"] == (0, 0, 0, 0, 0)
    assert by_label["2026-03"] == (0, 0, 0, 1, 0)
    assert pattern.with_severity == 2


def test_messages_per_day_by_sender_as_written(journal: Journal) -> None:
    _fill(journal)
    chart = load_pattern(journal, EntryFilter(), Granularity.WEEK).messages_by_day
    assert chart.series == ("+44 7700 900123", "ex@example.org")
    assert [(b.label, b.values) for b in chart.bars] == [
        ("2026-03-03", (2, 0)),
        ("2026-03-04", (0, 1)),
    ]


def test_weeks_start_on_monday_and_bars_carry_their_days(journal: Journal) -> None:
    _fill(journal)
    pattern = load_pattern(journal, EntryFilter(), Granularity.WEEK)
    first = pattern.by_period.bars[0]
    assert (first.label, first.first, first.last) == (
        "2026-01-05",
        date(2026, 1, 5),
        date(2026, 1, 11),
    )
    # Every bar's days, asked of the timeline, give exactly the bar's count.
    for bar in pattern.by_period.bars:
        for series, value in zip(pattern.by_period.series, bar.values, strict=True):
            query = EntryFilter(
                date_from=bar.first, date_to=bar.last, categories=(Category(series),)
            )
            assert journal.count(query) == value


def test_filters_narrow_the_counts_and_the_range(journal: Journal) -> None:
    _fill(journal)
    query = EntryFilter(
        date_from=date(2026, 3, 1), date_to=date(2026, 3, 31), categories=(Category.DIGITAL,)
    )
    pattern = load_pattern(journal, query, Granularity.MONTH)
    assert pattern.entries == 3
    assert [(b.label, b.first, b.last, b.total) for b in pattern.by_period.bars] == [
        ("2026-03", date(2026, 3, 1), date(2026, 3, 31), 3)
    ]
    assert pattern.deleted == 0


def test_quiet_gap_and_latest_run() -> None:
    days = [date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 20), date(2026, 2, 1)]
    days += [date(2026, 2, 2), date(2026, 2, 2), date(2026, 2, 3)]
    assert longest_gap(days) == Stretch(date(2026, 1, 3), date(2026, 1, 19))
    assert longest_gap(days).days == 17  # type: ignore[union-attr]
    run = latest_run(days)
    assert run == Stretch(date(2026, 2, 1), date(2026, 2, 3), 4)
    assert run is not None and run.days == 3
    assert longest_gap([date(2026, 1, 1)]) is None
    assert latest_run([]) is None


def test_many_senders_keep_the_six_most_frequent_and_group_the_rest(journal: Journal) -> None:
    for n in range(8):
        for _ in range(8 - n):
            journal.add(
                Kind.MESSAGE,
                fields("", occurred=Occurred.parse("2026-04-01"), channel="sms", sender=f"s{n}"),
            )
    chart = load_pattern(journal, EntryFilter(), Granularity.MONTH).messages_by_day
    assert chart.series == ("s0", "s1", "s2", "s3", "s4", "s5", OTHER_SENDERS)
    assert chart.bars[0].values == (8, 7, 6, 5, 4, 3, 2 + 1)


def test_month_table_rows_add_up(journal: Journal) -> None:
    _fill(journal)
    pattern = load_pattern(journal, EntryFilter(), Granularity.MONTH)
    series, rows = month_table(pattern)
    assert series == ("physical", "threats", "stalking", "digital")
    assert rows[0] == ("2026-01", "0", "2", "0", "0", "2", "1")
    assert rows[2] == ("2026-03", "1", "0", "1", "3", "5", "0")
    assert sum(int(r[-2]) for r in rows) == pattern.entries


@pytest.mark.parametrize("granularity", list(Granularity))
def test_an_empty_journal_has_no_bars(journal: Journal, granularity: Granularity) -> None:
    pattern = load_pattern(journal, EntryFilter(), granularity)
    assert pattern.entries == 0
    assert pattern.by_period.bars == () and pattern.longest_gap is None
    assert replace(pattern, granularity=granularity).messages_by_day.bars == ()


def test_an_entry_in_two_categories_counts_under_each_and_once_in_the_total(
    journal: Journal,
) -> None:
    both = (Category.PHYSICAL, Category.THREATS)
    journal.add(Kind.INCIDENT, fields("Hit and threatened", categories=both))
    journal.add(Kind.INCIDENT, fields("Card taken", category=Category.FINANCIAL))
    pattern = load_pattern(journal, EntryFilter(), Granularity.MONTH)
    series, rows = month_table(pattern)
    assert series == ("physical", "threats", "financial")
    assert rows == [("2026-03", "1", "1", "1", "2", "0")]
    assert pattern.entries == 2
    (bar,) = pattern.by_period.bars
    assert bar.total == 3 and bar.entry_count == 2
    # Filtering by either category finds the entry and counts it.
    for category in both:
        only = load_pattern(journal, EntryFilter(categories=(category,)), Granularity.MONTH)
        assert only.entries == 1
