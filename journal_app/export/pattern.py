"""The bundle's pattern summary: after the chronology, the same charts as the app's Pattern
page as vector drawings, then the counts per month and category as a table.

Every series has a grey level *and* a hatching and every chart has a table, so the figures
read in black and white and without the pictures.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from journal_app.core.models import Category
from journal_app.core.pattern import (
    FILLS,
    HATCHES,
    NO_SENDER,
    OTHER_SENDERS,
    WEEKDAYS,
    Chart,
    Granularity,
    Pattern,
    month_table,
    points_from_entries,
    summarise,
)
from journal_app.export.selection import ExportOptions, Plan
from journal_app.export.styles import (
    BODY_W,
    CELL,
    CELL_BOLD,
    H2,
    H3,
    NOTE,
    RULE,
    fixed,
    ruled_tables,
)
from journal_app.export.text import FONT, printable
from journal_app.i18n import N_, Translate

CHART_H = 62 * mm
_WEEKDAY_NAMES = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
assert len(_WEEKDAY_NAMES) == len(WEEKDAYS)


def pattern_of(plan: Plan, options: ExportOptions) -> Pattern:
    """The figures of exactly the entries in this bundle, per month."""
    points = points_from_entries(item.entry for item in plan.entries)
    return summarise(points, Granularity.MONTH, options.date_from, options.date_to)


def pattern_section(plan: Plan, options: ExportOptions, _: Translate) -> list[Flowable]:
    pattern = pattern_of(plan, options)
    story: list[Flowable] = [fixed(_("Pattern summary"), H2)]
    story.append(
        fixed(
            _(
                "Facts only: counts and dates of the entries in this bundle, which anyone can "
                "count again from the chronology. No score, no prediction, no judgement."
            ),
            NOTE,
        )
    )
    story.append(
        fixed(
            _(
                "Each entry is counted once, on the date it happened as last written (an "
                "amended entry counts with its amended date and categories). An incident can "
                "be in more than one category: it is counted under each of them, so the "
                "category columns can add up to more than the total. Approximate dates count "
                "on the date given. Deleted entries are not counted."
            ),
            NOTE,
        )
    )
    story += _facts(pattern, _)
    series_names = tuple(_(Category(c).label) for c in pattern.by_period.series)
    charts = [
        (_("Entries per month, by category"), pattern.by_period, series_names),
        (
            _("Severity recorded, per month"),
            pattern.severity,
            tuple(_("Severity {level}", level=v) for v in pattern.severity.series),
        ),
        (
            _("Messages per day, by sender"),
            pattern.messages_by_day,
            tuple(_sender(s, _) for s in pattern.messages_by_day.series),
        ),
        (_("Time of day (entries with a time)"), pattern.hours, (_("Entries"),)),
        (_("Day of the week"), pattern.weekdays, (_("Entries"),)),
    ]
    for title, chart, names in charts:
        if not chart.total:
            continue
        labels = _bar_labels(chart, title == _("Day of the week"), _)
        story.append(CondPageBreak(CHART_H + 30 * mm))
        story.append(KeepTogether([fixed(title, H3), bar_drawing(chart, names, labels)]))
        if chart is pattern.by_period:
            continue  # its table is the month table below
        story += _table(labels, names, chart, _, skip_empty=chart is pattern.messages_by_day)
    story.append(CondPageBreak(40 * mm))
    story.append(fixed(_("Entries per month and category"), H3))
    series, rows = month_table(pattern)
    header = [_("Month"), *(_(Category(c).label) for c in series), _("Total"), _("approx.")]
    story += _chunked(header, [list(r) for r in rows])
    return story


def _facts(pattern: Pattern, _: Translate) -> list[Flowable]:
    lines = [
        _(
            "Entries counted: {entries} (incidents: {incidents}, messages: {messages}).",
            entries=pattern.entries,
            incidents=pattern.incidents,
            messages=pattern.messages,
        ),
        _(
            "With an approximate date: {approximate}. Amended: {amended}. Without a time: "
            "{untimed}. With a severity: {severity}.",
            approximate=pattern.approximate,
            amended=pattern.amended,
            untimed=pattern.untimed,
            severity=pattern.with_severity,
        ),
    ]
    if pattern.longest_gap:
        gap = pattern.longest_gap
        template = (
            N_("Longest time with no entry: 1 day, {first} to {last}.")
            if gap.days == 1
            else N_("Longest time with no entry: {days} days, {first} to {last}.")
        )
        lines.append(
            _(template, days=gap.days, first=gap.first.isoformat(), last=gap.last.isoformat())
        )
    if pattern.latest_run:
        run = pattern.latest_run
        if run.days > 1:
            template = N_(
                "Most recent run of days in a row with entries: {days} days, {first} to "
                "{last} ({entries} entries)."
            )
        elif run.entries > 1:
            template = N_("Most recent day with entries: {first} ({entries} entries).")
        else:
            template = N_("Most recent day with an entry: {first} (1 entry).")
        lines.append(
            _(
                template,
                days=run.days,
                first=run.first.isoformat(),
                last=run.last.isoformat(),
                entries=run.entries,
            )
        )
    return [fixed(line, NOTE) for line in lines]


def _sender(key: str, _: Translate) -> str:
    if key == OTHER_SENDERS:
        return _("Other senders")
    if key == NO_SENDER:
        return _("No sender written")
    return printable(key)


def _bar_labels(chart: Chart, weekdays: bool, _: Translate) -> tuple[str, ...]:
    if weekdays:
        return tuple(_(name) for name in _WEEKDAY_NAMES)
    if len(chart.bars) == 24 and chart.bars[0].label == "00":
        return tuple(f"{b.label}:00" for b in chart.bars)
    return tuple(b.label for b in chart.bars)


# ------------------------------------------------------------------ drawing
def hatch_lines(kind: str, x: float, y: float, w: float, h: float) -> list[Line]:
    """The hatching of one rectangle as lines clipped to it (ReportLab has no pattern fill)."""
    step = 2.6
    lines: list[tuple[float, float, float, float]] = []
    if kind in ("hor", "cross", "dense"):
        lines += [
            (x, y + d, x + w, y + d) for d in _steps(h, step / 2 if kind == "dense" else step)
        ]
    if kind in ("ver", "cross", "dense"):
        lines += [
            (x + d, y, x + d, y + h) for d in _steps(w, step / 2 if kind == "dense" else step)
        ]
    if kind in ("fdiag", "diagcross"):
        lines += _diagonals(x, y, w, h, step, rising=True)
    if kind in ("bdiag", "diagcross"):
        lines += _diagonals(x, y, w, h, step, rising=False)
    if kind == "dots":
        lines += [
            (x + i, y + j, x + i + 0.6, y + j) for j in _steps(h, step) for i in _steps(w, step)
        ]
    return [Line(*c, strokeColor=colors.black, strokeWidth=0.35) for c in lines]


def _steps(length: float, step: float) -> list[float]:
    return [step * k for k in range(1, int(length / step) + 1) if step * k < length]


def _diagonals(
    x: float, y: float, w: float, h: float, step: float, *, rising: bool
) -> list[tuple[float, float, float, float]]:
    out = []
    offset = -h
    while offset < w:
        # Line through (x + offset, y) with slope +1 (rising) or, mirrored, -1.
        x0, x1 = max(x, x + offset), min(x + w, x + offset + h)
        if x1 > x0:
            y0, y1 = y + (x0 - x - offset), y + (x1 - x - offset)
            if rising:
                out.append((x0, y0, x1, y1))
            else:
                out.append((2 * x + w - x0, y0, 2 * x + w - x1, y1))
        offset += step
    return out


def bar_drawing(chart: Chart, series: Sequence[str], labels: Sequence[str]) -> Drawing:
    """Stacked bars with a legend, an axis with three ticks and the bar labels."""
    legend_rows = (len(series) + 2) // 3 if len(series) > 1 else 0
    height = CHART_H + legend_rows * 11
    drawing = Drawing(BODY_W, height)
    left, bottom, top = 28.0, 22.0, legend_rows * 11 + 6
    plot_w, plot_h = BODY_W - left - 4, height - bottom - top
    largest = max(1, chart.largest())
    for row in range(legend_rows):
        for col in range(3):
            index = row * 3 + col
            if index >= len(series):
                break
            x, y = left + col * (plot_w / 3), height - (row + 1) * 11
            drawing.add(_swatch(index, x, y, 14, 8))
            for line in hatch_lines(HATCHES[index % len(HATCHES)], x, y, 14, 8):
                drawing.add(line)
            drawing.add(String(x + 18, y + 1, series[index], fontName=FONT, fontSize=7))
    for tick in sorted({0, largest // 2, largest}):
        y = bottom + tick * plot_h / largest
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            String(left - 3, y - 2.5, str(tick), fontName=FONT, fontSize=7, textAnchor="end")
        )
    count = max(1, len(chart.bars))
    step = plot_w / count
    width = step * 0.8 if step > 3 else step
    for index, bar in enumerate(chart.bars):
        x = left + index * step + (step - width) / 2
        y = bottom
        for series_index, value in enumerate(bar.values):
            if not value:
                continue
            h = value * plot_h / largest
            drawing.add(_swatch(series_index, x, y, width, h))
            if width > 2 and h > 2:
                for line in hatch_lines(HATCHES[series_index % len(HATCHES)], x, y, width, h):
                    drawing.add(line)
            y += h
    every = max(1, int(30 / max(step, 0.1)) + 1)
    for index in range(0, len(labels), every):
        x = left + index * step + step / 2
        drawing.add(
            String(x, bottom - 10, labels[index], fontName=FONT, fontSize=6.5, textAnchor="middle")
        )
    return drawing


def _swatch(index: int, x: float, y: float, w: float, h: float) -> Rect:
    return Rect(
        x,
        y,
        w,
        h,
        fillColor=colors.HexColor(FILLS[index % len(FILLS)]),
        strokeColor=colors.black,
        strokeWidth=0.3,
    )


# ------------------------------------------------------------------ tables
def _table(
    labels: Sequence[str], names: Sequence[str], chart: Chart, _: Translate, *, skip_empty: bool
) -> list[Flowable]:
    many = len(names) > 1
    header = ["", *names, _("Total")] if many else ["", *names]
    rows = [
        [label, *(str(v) for v in bar.values), *([str(bar.entry_count)] if many else [])]
        for label, bar in zip(labels, chart.bars, strict=True)
        if bar.total or not skip_empty
    ]
    return [Spacer(1, 2 * mm), *_chunked(header, rows), Spacer(1, 4 * mm)]


def _chunked(header: Sequence[str], rows: list[list[str]]) -> list[Flowable]:
    columns = len(header)
    first = 22 * mm
    widths = [first] + [(BODY_W - first) / (columns - 1)] * (columns - 1)
    head = [fixed(printable(h), CELL_BOLD) for h in header]
    body = [[fixed(c, CELL) for c in row] for row in rows]
    return list(ruled_tables(head, body, widths, padding=1.5))
