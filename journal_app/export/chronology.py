"""The chronology: one row per entry, oldest first, deleted entries last."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
)

from journal_app.export.index import entry_key, exhibit_key, link
from journal_app.export.selection import Plan, PlannedEntry, left_out_sentence
from journal_app.export.styles import (
    BODY_W,
    CELL,
    CELL_BOLD,
    H2,
    NOTE,
    fixed,
    occurred_text,
    para,
    ruled_tables,
    when_recorded,
)
from journal_app.i18n import N_, Translate

PAGE_W, PAGE_H = A4

_CHRONO_WIDTHS = [w * mm for w in (11, 30, 25, 28, 0, 20, 20)]  # the title column takes the rest
_CHRONO_WIDTHS[4] = BODY_W - sum(_CHRONO_WIDTHS)


def chronology_section(plan: Plan, _: Translate) -> list[Flowable]:
    story: list[Flowable] = [fixed(_("Chronology"), H2)]
    story.append(
        fixed(
            _(
                "One row per entry, oldest first. <b>approx.</b>: approximate date; "
                "<b>late</b>: recorded more than 7 days after it happened; <b>amended</b>: "
                "changed after it was first recorded (earlier versions are in the entry's "
                "section)."
            ),
            NOTE,
        )
    )
    header = [
        fixed(_(h), CELL_BOLD)
        for h in (
            N_("No."),
            N_("Happened"),
            N_("Recorded"),
            N_("Category"),
            N_("Title"),
            N_("Exhibits"),
            N_("Marks"),
        )
    ]
    rows: list[list[Flowable]] = []
    for item in plan.entries:
        fields = item.entry.latest_fields
        if item.entry.deleted or fields is None:
            rows.append(_deleted_row(item, _))
            continue
        marks = [
            m for m, on in ((_("late"), item.entry.late), (_("amended"), _amended(item))) if on
        ]
        approx = f"<br/><b>{_('approx.')}</b>" if fields.occurred.approximate else ""
        rows.append(
            [
                fixed(link(str(item.number), entry_key(item.number)), CELL),
                fixed(occurred_text(fields, _).replace(" UTC", "<br/>UTC") + approx, CELL),
                fixed(when_recorded(item.entry.created_at).replace(" UTC", "<br/>UTC"), CELL),
                fixed("<br/>".join(_(c.label) for c in fields.categories), CELL),
                para(fields.title, CELL, _CHRONO_WIDTHS[4] - 8),
                fixed(
                    ", ".join(link(e.number, exhibit_key(e.number)) for e in item.exhibits) or "-",
                    CELL,
                ),
                fixed("<br/>".join(f"<b>{m}</b>" for m in marks) or "-", CELL),
            ]
        )
    story += ruled_tables(header, rows, _CHRONO_WIDTHS)
    left_out = left_out_sentence(plan, _)
    if left_out:
        # The gap in the numbers, explained where a reader meets it (also on the cover).
        story.append(fixed(left_out, NOTE))
    return story


def _deleted_row(item: PlannedEntry, _: Translate) -> list[Flowable]:
    """A deleted entry: its number, when it was recorded, and that it was deleted."""
    return [
        fixed(link(str(item.number), entry_key(item.number)), CELL),
        fixed("-", CELL),
        fixed(when_recorded(item.entry.created_at).replace(" UTC", "<br/>UTC"), CELL),
        fixed("-", CELL),
        fixed(f"<i>{_('(deleted)')}</i>", CELL),
        fixed("-", CELL),
        fixed(f"<b>{_('deleted')}</b>", CELL),
    ]


def _amended(item: PlannedEntry) -> bool:
    return item.entry.amended
