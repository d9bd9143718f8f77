"""The course-of-conduct pattern: counts and dates only, the same for the app and the bundle.

How entries are counted (docs/pattern.md says the same to the person reading):
- each live entry once, on the day it happened as written in its latest version; an amended
  entry counts with its amended date, categories and severity, never twice;
- an entry can be in more than one category: the per-category counts count it under each of
  its categories, so they can add up to more than the entries; every total counts it once;
- deleted entries are not counted (their text is gone); `Pattern.deleted` says how many
  matched the filter;
- an approximate date counts on that day; `approximate` counts are given beside the totals;
- time of day counts only entries with a time; severity only entries where it was recorded;
- messages per day counts message entries by their sender exactly as written.

No scores, no predictions: every figure can be recounted from the chronology.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import Any

from journal_app.core.journal import Journal
from journal_app.core.models import Category, Entry, EntryFilter, Kind, Occurred
from journal_app.vault.repository import Repository

TOP_SENDERS = 6
OTHER_SENDERS = "\x00others"
NO_SENDER = "\x00none"
SEVERITY_LEVELS = ("1", "2", "3", "4", "5")
HOURS = tuple(f"{h:02d}" for h in range(24))
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# One look per series position, shared by the screen and the print: a grey level that reads in
# black and white plus a hatching, so colour is never the only difference between two series.
HATCHES = ("solid", "hor", "ver", "fdiag", "bdiag", "cross", "diagcross", "dots", "none", "dense")
FILLS = (
    "#1f4e79",
    "#c55a11",
    "#548235",
    "#7030a0",
    "#bf9000",
    "#2e75b6",
    "#a50021",
    "#7f7f7f",
    "#ffffff",
    "#00806b",
)


class Granularity(StrEnum):
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class Point:
    """One entry as the pattern counts it."""

    entry_id: int
    kind: Kind
    day: date
    at: time | None
    approximate: bool
    categories: tuple[Category, ...]
    severity: int | None
    sender: str
    amended: bool


@dataclass(frozen=True)
class Bar:
    label: str
    values: tuple[int, ...]
    # The days the bar covers, so the timeline can show exactly its entries.
    first: date | None = None
    last: date | None = None
    # How many entries the bar stands for, when its parts can share one (an entry in two
    # categories is in two parts); None when every entry is in exactly one part.
    entries: int | None = None

    @property
    def total(self) -> int:
        """The height of the stacked parts."""
        return sum(self.values)

    @property
    def entry_count(self) -> int:
        """How many entries: what a total column and "n entries" say."""
        return self.total if self.entries is None else self.entries


@dataclass(frozen=True)
class Chart:
    """Bars stacked by series. `series` holds keys: category values, severity levels, senders."""

    series: tuple[str, ...]
    bars: tuple[Bar, ...]

    @property
    def total(self) -> int:
        return sum(bar.total for bar in self.bars)

    def largest(self) -> int:
        return max((bar.total for bar in self.bars), default=0)


@dataclass(frozen=True)
class Stretch:
    first: date
    last: date
    entries: int = 0

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class Pattern:
    granularity: Granularity
    entries: int
    incidents: int
    messages: int
    approximate: int
    amended: int
    untimed: int
    with_severity: int
    deleted: int
    first: date | None
    last: date | None
    by_period: Chart
    approximate_by_period: tuple[int, ...]
    severity: Chart
    messages_by_day: Chart
    hours: Chart
    weekdays: Chart
    longest_gap: Stretch | None
    latest_run: Stretch | None


def point_from_row(row: tuple[Any, ...]) -> Point | None:
    """A `Repository.pattern_rows` row; None for an entry with no readable version."""
    entry_id, kind, version_count, categories, occurred, severity, sender = row
    if occurred is None:
        return None
    when = Occurred.from_json(json.loads(occurred))
    values = json.loads(categories) if categories else []
    return Point(
        int(entry_id),
        Kind(kind),
        when.day,
        when.at,
        when.approximate,
        tuple(Category(c) for c in values),
        int(severity) if severity is not None else None,
        str(sender or ""),
        int(version_count) > 1,
    )


def points_from_entries(entries: Iterable[Entry]) -> list[Point]:
    """The same points from loaded entries (the bundle's plan)."""
    points = []
    for entry in entries:
        fields = entry.latest_fields
        if entry.deleted or fields is None:
            continue
        points.append(
            Point(
                entry.id,
                entry.kind,
                fields.occurred.day,
                fields.occurred.at,
                fields.occurred.approximate,
                fields.categories,
                fields.severity,
                fields.sender,
                len(entry.versions) > 1,
            )
        )
    return points


def load_points(journal: Journal, query: EntryFilter) -> list[Point]:
    """Every live entry matching `query`, in one pass over the journal's timeline cache."""
    with journal.vault.guard:
        rows = Repository(journal.vault.connection).pattern_rows(query)
    return [p for p in map(point_from_row, rows) if p is not None]


def load_pattern(journal: Journal, query: EntryFilter, granularity: Granularity) -> Pattern:
    query = replace(query, include_deleted=False, text="")
    points = load_points(journal, query)
    deleted = journal.count(replace(query, include_deleted=True)) - journal.count(query)
    return summarise(points, granularity, query.date_from, query.date_to, deleted=deleted)


def period_start(day: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def next_period(start: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def period_label(start: date, granularity: Granularity) -> str:
    return start.isoformat() if granularity is Granularity.WEEK else start.strftime("%Y-%m")


def _periods(first: date, last: date, granularity: Granularity) -> list[date]:
    starts = [period_start(first, granularity)]
    while next_period(starts[-1], granularity) <= last:
        starts.append(next_period(starts[-1], granularity))
    return starts


def summarise(
    points: list[Point],
    granularity: Granularity = Granularity.MONTH,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    deleted: int = 0,
) -> Pattern:
    days = [p.day for p in points]
    first = min(days) if days else None
    last = max(days) if days else None
    span_first = date_from or first
    span_last = date_to or last
    categories = tuple(c.value for c in Category if any(c in p.categories for p in points))
    by_period: Counter[tuple[date, str]] = Counter()
    entries: Counter[date] = Counter()
    approx: Counter[date] = Counter()
    severity: Counter[tuple[date, str]] = Counter()
    for p in points:
        start = period_start(p.day, granularity)
        entries[start] += 1
        for category in p.categories:
            by_period[start, category.value] += 1
        approx[start] += p.approximate
        if p.severity is not None:
            severity[start, str(p.severity)] += 1
    starts = _periods(span_first, span_last, granularity) if span_first and span_last else []

    def bounds(start: date) -> tuple[date, date]:
        end = next_period(start, granularity) - timedelta(days=1)
        low = max(start, date_from) if date_from else start
        return low, min(end, date_to) if date_to else end

    period_bars = tuple(
        Bar(
            period_label(s, granularity),
            tuple(by_period[s, c] for c in categories),
            *bounds(s),
            entries[s],
        )
        for s in starts
    )
    severity_bars = tuple(
        Bar(
            period_label(s, granularity), tuple(severity[s, v] for v in SEVERITY_LEVELS), *bounds(s)
        )
        for s in starts
    )
    return Pattern(
        granularity=granularity,
        entries=len(points),
        incidents=sum(p.kind is Kind.INCIDENT for p in points),
        messages=sum(p.kind is Kind.MESSAGE for p in points),
        approximate=sum(p.approximate for p in points),
        amended=sum(p.amended for p in points),
        untimed=sum(p.at is None for p in points),
        with_severity=sum(p.severity is not None for p in points),
        deleted=deleted,
        first=first,
        last=last,
        by_period=Chart(categories, period_bars),
        approximate_by_period=tuple(approx[s] for s in starts),
        severity=Chart(SEVERITY_LEVELS, severity_bars),
        messages_by_day=_messages_by_day(points),
        hours=_hours(points),
        weekdays=_weekdays(points),
        longest_gap=longest_gap(days),
        latest_run=latest_run(days),
    )


def _messages_by_day(points: list[Point]) -> Chart:
    messages = [p for p in points if p.kind is Kind.MESSAGE]
    if not messages:
        return Chart((), ())
    senders = Counter(p.sender.strip() or NO_SENDER for p in messages)
    top = [s for s, _ in sorted(senders.items(), key=lambda i: (-i[1], i[0]))[:TOP_SENDERS]]
    series = tuple(top) + ((OTHER_SENDERS,) if len(senders) > len(top) else ())
    index = {s: i for i, s in enumerate(top)}
    counts: dict[date, list[int]] = {}
    for p in messages:
        row = counts.setdefault(p.day, [0] * len(series))
        row[index.get(p.sender.strip() or NO_SENDER, len(top))] += 1
    first, last = min(counts), max(counts)
    bars = []
    day = first
    while day <= last:
        bars.append(Bar(day.isoformat(), tuple(counts.get(day, [0] * len(series))), day, day))
        day += timedelta(days=1)
    return Chart(series, tuple(bars))


def _hours(points: list[Point]) -> Chart:
    counts = Counter(p.at.hour for p in points if p.at is not None)
    return Chart(("entries",), tuple(Bar(HOURS[h], (counts[h],)) for h in range(24)))


def _weekdays(points: list[Point]) -> Chart:
    counts = Counter(p.day.weekday() for p in points)
    return Chart(("entries",), tuple(Bar(WEEKDAYS[d], (counts[d],)) for d in range(7)))


def longest_gap(days: Iterable[date]) -> Stretch | None:
    """The longest run of days with no entry between two days that have one (earliest wins)."""
    ordered = sorted(set(days))
    best: Stretch | None = None
    for before, after in pairwise(ordered):
        if (after - before).days > 1:
            gap = Stretch(before + timedelta(days=1), after - timedelta(days=1))
            if best is None or gap.days > best.days:
                best = gap
    return best


def latest_run(days: Iterable[date]) -> Stretch | None:
    """The most recent stretch of consecutive days that each have at least one entry."""
    counts = Counter(days)
    if not counts:
        return None
    last = max(counts)
    first = last
    while first - timedelta(days=1) in counts:
        first -= timedelta(days=1)
    total = sum(n for d, n in counts.items() if first <= d <= last)
    return Stretch(first, last, total)


def month_table(pattern: Pattern) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """Counts per period and category, with the entries of each period (an entry in two
    categories counts in both columns and once in the total): (series keys, rows)."""
    chart = pattern.by_period
    rows = [
        (bar.label, *(str(v) for v in bar.values), str(bar.entry_count), str(approx))
        for bar, approx in zip(chart.bars, pattern.approximate_by_period, strict=True)
    ]
    return chart.series, rows
