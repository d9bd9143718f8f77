"""The cover page: what the bundle is, what it holds, what was left out, how to check it."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Spacer,
    Table,
    TableStyle,
)

from journal_app.export.boxes import derivative_note
from journal_app.export.clean import CopyFacts
from journal_app.export.log_text import describe_export
from journal_app.export.selection import (
    ExportOptions,
    Plan,
    exposed_old_entry,
    left_out_sentence,
)
from journal_app.export.styles import (
    BODY,
    BODY_W,
    CELL,
    CELL_BOLD,
    H1,
    H3,
    HASH,
    NOTE,
    RULE,
    fixed,
    grouped,
    mono,
    para,
    when_recorded,
)
from journal_app.export.text import (
    printable,
)
from journal_app.i18n import N_, Message, Translate

PAGE_W, PAGE_H = A4


@dataclass(frozen=True)
class CoverFacts:
    export_id: str
    created_at: datetime
    chain_size: int
    chain_head: str
    fingerprint: str
    versions: int
    encrypted: bool
    not_embedded: dict[str, str]
    # The same reasons as templates, so the page can show them in the bundle's language.
    not_embedded_reasons: dict[str, Message] = field(default_factory=dict)
    # Exhibit number -> the cleaned copy embedded instead of the original (redacted copies).
    cleaned: dict[str, CopyFacts] = field(default_factory=dict)
    # Earlier bundles from the export log, as disclosed (ExportRecord.disclosed), oldest first.
    earlier_exports: tuple[dict[str, Any], ...] = ()


def cover_page(
    plan: Plan, options: ExportOptions, facts: CoverFacts, _: Translate
) -> list[Flowable]:
    story: list[Flowable] = [fixed(_("Evidence bundle"), H1)]
    story.append(fixed(_("A record of incidents and messages kept in a private journal"), NOTE))
    story.append(Spacer(1, 4 * mm))
    days = [e.entry.latest_fields.occurred.day for e in plan.entries if e.entry.latest_fields]
    period = (
        _("{start} to {end}", start=min(days).isoformat(), end=max(days).isoformat())
        if days
        else "-"
    )
    rows: list[tuple[str, Flowable]] = []
    if options.name.strip():
        rows.append((_("Prepared by"), para(options.name, BODY, 120 * mm)))
    rows += [
        (_("Date of export"), fixed(when_recorded(facts.created_at.isoformat()))),
        (_("Export id"), fixed(facts.export_id)),
        (_("Period covered"), fixed(period + _selection_note(options, _))),
        (_("Entries"), fixed(str(len(plan.entries)))),
        (_("Versions included"), fixed(f"{facts.versions}" + _history_note(options, _))),
        (_("Exhibits"), fixed(str(len(plan.exhibits)) + _exhibit_note(plan, facts, _))),
        (
            _("History chain"),
            fixed(
                _("{count} versions in the whole journal; head:", count=facts.chain_size)
                + f"<br/>{mono(facts.chain_head)}",
                CELL,
            ),
        ),
        (_("Signing key fingerprint"), fixed(facts.fingerprint, HASH)),
        (_("Password"), fixed(_("Yes (AES-256)") if facts.encrypted else _("No"))),
    ]
    table = Table(
        [[fixed(label, CELL_BOLD), value] for label, value in rows],
        colWidths=[45 * mm, BODY_W - 45 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 5 * mm))
    story.append(fixed(_("Redaction"), H3))
    statements = options.redactions.describe(_) or [
        _("Nothing was left out of the selected entries.")
    ]
    story += [fixed(s, NOTE) for s in statements]
    story += _old_entries_note(plan, options, _)
    story += _cleaning_note(plan, facts, _)
    story += earlier_exports(facts, _)
    story.append(fixed(_("About this bundle"), H3))
    story += [fixed(_(p), NOTE) for p in _ABOUT]
    return story


_ABOUT = [
    N_(
        "This bundle was made by the journal app from a private, encrypted journal. For each "
        "entry it shows when the event happened, as the writer remembers it (<b>approx.</b> "
        "marks an approximate date or time), and when it was recorded: the time the app took "
        "from the computer's clock when the entry was first saved. The app offers no way to "
        "change a recorded time, but it comes from a clock the person keeping the journal "
        "controls. Entries recorded more than 7 days after the event are marked <b>late</b>."
    ),
    N_(
        "The app never overwrites an entry. An entry changed after it was first saved is "
        "marked <b>amended</b>; its earlier versions and when each was recorded are shown "
        "with it (unless the cover says history was left out)."
    ),
    N_(
        "Attached files such as screenshots and photos are exhibits, cited by the mark each "
        "file was given in the journal (A1, A2, ...). They are embedded in this PDF byte for "
        "byte (a redacted copy embeds copies with hidden details removed, and a file too "
        "large to embed is listed only; the cover says which); the pictures printed here are "
        "reduced copies."
    ),
    N_(
        "The pages of PDF documents are printed after their exhibit, each stamped with its "
        "exhibit mark. The index after this page gives the page of every entry and exhibit."
    ),
    N_(
        "<b>How to check it.</b> <b>pdfsig</b> (Poppler), or any PDF reader that shows "
        "signatures, checks the PDF signature over the whole file. Extract the embedded files "
        "with <b>pdfdetach -saveall</b> and run <b>sha256sum -c SHA256SUMS</b>: each file must "
        "match the SHA-256 printed with its exhibit. <b>journal-app verify</b> checks "
        "everything at once: the PDF signature, the signature of manifest.json, every "
        "embedded file, every entry version's hash and the history chain."
    ),
    N_(
        "<b>What the signatures show.</b> That this file, its pages included, is exactly as "
        "the journal holding this signing key made it, and that nothing in it was changed or "
        "added since. They do not show who wrote the entries, that what they say is true, or "
        "that the computer's clock was right. Anyone can make a bundle signed with a key of "
        "their own: the fingerprint above means something only when it matches one received "
        "earlier by another route, such as an earlier bundle or a printed checkpoint."
    ),
    N_(
        "<b>What the history chain shows.</b> Each saved version is linked to all those "
        "before it, so a version changed or removed afterwards no longer fits. It does not "
        "stop the person who holds the journal's passphrase from rewriting their own journal "
        "and its chain before a bundle or checkpoint was given out. What it shows is that "
        "nothing changed since: comparing this chain with a checkpoint or an earlier "
        "bundle received before shows whether anything recorded by then was rewritten or "
        "removed, or the journal replaced by an older copy."
    ),
]


def _old_entries_note(plan: Plan, options: ExportOptions, _: Translate) -> list[Flowable]:
    """Entries written before per-field salts, in a redacted copy: left out (and why), so the
    gap in the numbers is not taken for concealment; or included on purpose, and then said."""
    story: list[Flowable] = []
    left_out = left_out_sentence(plan, _)
    if left_out:
        story.append(fixed(left_out, NOTE))
    included = [e.number for e in plan.entries if exposed_old_entry(e.entry, options.redactions)]
    if included:
        story.append(
            fixed(
                _(
                    "Entries {numbers} were written with an earlier version of the app and "
                    "are included by choice: their withheld names and places could be worked "
                    "out by trying likely ones, and their content cannot be rechecked.",
                    numbers=", ".join(str(n) for n in included),
                ),
                NOTE,
            )
        )
    return story


def earlier_exports(facts: CoverFacts, _: Translate) -> list[Flowable]:
    """What the journal disclosed before this bundle, from its export log."""
    story: list[Flowable] = [fixed(_("Earlier exports from this journal"), H3)]
    if not facts.earlier_exports:
        story.append(fixed(_("None: the journal's export log records no earlier bundle."), NOTE))
        return story
    story.append(
        fixed(
            _(
                "The journal's export log records these bundles made before this one "
                "(oldest first). Each SHA-256 is that of the whole file as it was written; "
                "a copy handed over can be compared with it using sha256sum."
            ),
            NOTE,
        )
    )
    rows = [
        [
            fixed(_("Export id"), CELL_BOLD),
            fixed(_("Made"), CELL_BOLD),
            fixed(_("Selection and redaction"), CELL_BOLD),
            fixed(_("SHA-256 of the file"), CELL_BOLD),
        ]
    ]
    for item in facts.earlier_exports:
        rows.append(
            [
                fixed(str(item["export_id"]), CELL),
                fixed(when_recorded(str(item["created_at"])), CELL),
                fixed(describe_export(item, _), CELL),
                fixed(grouped(str(item["sha256"])), HASH),
            ]
        )
    table = Table(rows, colWidths=[31 * mm, 24 * mm, BODY_W - 55 * mm - 58 * mm, 58 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 3 * mm))
    return story


def _cleaning_note(plan: Plan, facts: CoverFacts, _: Translate) -> list[Flowable]:
    """In a redacted copy: what was removed from each embedded file, exactly."""
    if not facts.cleaned:
        return []
    story: list[Flowable] = [
        fixed(
            _(
                "The attached files in this copy are copies with their hidden details "
                "(metadata) removed, such as where a photo was taken and who made a file. "
                "The originals in the journal are unchanged. Removed:"
            ),
            NOTE,
        )
    ]
    for exhibit in plan.exhibits:
        copy = facts.cleaned.get(exhibit.number)
        if copy is None:
            continue
        removed = ", ".join(_(r) for r in copy.removed) or _("nothing was found to remove")
        if copy.regions:
            removed = derivative_note(exhibit.number, copy.regions, _) + "; " + removed
        story.append(fixed(f"<b>{exhibit.number}</b>: {removed}", NOTE))
    story.append(
        fixed(
            _(
                "<b>Pictures and documents may still show places and names</b> in what they "
                "depict: a street sign, a face, a house number or a letterhead is not removed. "
                "Look at every exhibit before sharing this copy."
            ),
            NOTE,
        )
    )
    return story


def _selection_note(options: ExportOptions, _: Translate) -> str:
    parts = []
    if options.date_from or options.date_to:
        parts.append(
            _(
                "dates {start} to {end} selected",
                start=options.date_from or _("start"),
                end=options.date_to or _("latest"),
            )
        )
    if options.categories:
        parts.append(
            _("categories: {names}", names=", ".join(_(c.label) for c in options.categories))
        )
    if options.tags:
        parts.append(_("tags: {names}", names=", ".join(printable(t) for t in options.tags)))
    if options.entry_ids:
        parts.append(_("hand-picked entries"))
    return f"<br/>({'; '.join(parts)})" if parts else ""


def _history_note(options: ExportOptions, _: Translate) -> str:
    return "" if options.include_history else " " + _("(latest version of each entry only)")


def _exhibit_note(plan: Plan, facts: CoverFacts, _: Translate) -> str:
    notes = []
    if plan.left_out_attachments:
        notes.append(_("{count} file(s) left out by redaction", count=plan.left_out_attachments))
    if facts.not_embedded:
        notes.append(_("{count} too large to embed, listed only", count=len(facts.not_embedded)))
    return f" ({'; '.join(notes)})" if notes else ""
