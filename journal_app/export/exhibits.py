"""One section per exhibit: what the file is, its SHA-256, a print preview of pictures."""

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from journal_app.export.boxes import derivative_note
from journal_app.export.clean import CopyFacts
from journal_app.export.cover import CoverFacts
from journal_app.export.entries import field_table
from journal_app.export.images import Preview
from journal_app.export.selection import REDACTED, Exhibit, Plan
from journal_app.export.styles import (
    BODY,
    BODY_W,
    GREY,
    H2,
    H3,
    MAX_POINTS_PER_PIXEL,
    SMALL,
    decimal,
    fixed,
    hash_para,
    number,
    para,
    when_captured,
    when_recorded,
)
from journal_app.i18n import ENGLISH, Translate, translator

PAGE_W, PAGE_H = A4


@dataclass(frozen=True)
class TypedTranscript:
    """A recording's transcript as the latest version in the bundle that holds one has it."""

    text: str
    entry_number: int
    version_no: int


def typed_transcripts(plan: Plan) -> dict[str, TypedTranscript]:
    """Exhibit mark -> its typed transcript, from the bundle's own versions of the entry the
    exhibit comes from (a transcript removed by a later version is not printed)."""
    found: dict[str, TypedTranscript] = {}
    for item in plan.entries:
        latest = next((v for v in reversed(item.versions) if v.fields is not None), None)
        if latest is None or latest.fields is None:
            continue
        for exhibit in item.exhibits:
            text = latest.fields.transcript_of(exhibit.info.sha256)
            if text and exhibit.number not in found:
                found[exhibit.number] = TypedTranscript(text, item.number, latest.version_no)
    return found


def transcript_section(typed: TypedTranscript, _: Translate) -> list[Flowable]:
    """The transcript beside its recording's sheet, said to be typed by the journal's keeper
    and from which version; split into paragraphs so a long one flows over pages."""
    story: list[Flowable] = [
        fixed(_("Transcript typed by the person who kept the journal"), H3),
        fixed(
            _(
                "From entry {entry}, version {version}. It is part of that version, so its "
                "hash covers it; it is not a certified translation or transcription.",
                entry=typed.entry_number,
                version=typed.version_no,
            ),
            SMALL,
        ),
    ]
    for block in typed.text.split("\n\n"):
        if block.strip():
            story += [para(block, BODY), Spacer(1, 1.5 * mm)]
    return [*story, Spacer(1, 4 * mm)]


def exhibit_section(
    exhibit: Exhibit,
    preview: Preview | None,
    facts: CoverFacts,
    language: str,
    _: Translate,
    note: str | None = None,
    extra_rows: Sequence[tuple[str, str]] = (),
) -> list[Flowable]:
    """The exhibit's sheet; `note` replaces the closing sentence about how it is shown (a
    printed PDF says its pages follow); `extra_rows` follow the capture time (a recording's
    format and duration)."""
    info = exhibit.info
    rows: list[tuple[str, str | Flowable]] = [
        (_("Original name"), _(REDACTED) if exhibit.withhold_name else info.original_name),
        (_("Type"), info.mime_type),
        (_("Size"), _exact_size(info.size, language, _)),
        (
            _("Captured"),
            when_captured(info.captured_at, _)
            if info.captured_at
            else _("not recorded in the file"),
        ),
        *extra_rows,
        (_("Imported"), when_recorded(info.imported_at)),
        (
            _("From"),
            _(
                "Entry {entry}, version {version}",
                entry=exhibit.entry_number,
                version=exhibit.version_no,
            ),
        ),
    ]
    copy = facts.cleaned.get(exhibit.number)
    if copy is None:
        rows.append(("SHA-256", hash_para(info.sha256)))
    else:
        if copy.regions:
            note = derivative_note(exhibit.number, copy.regions, _)
            rows.append((_("Black boxes"), note[:1].upper() + note[1:]))
        rows += [
            (_("SHA-256 of the original"), hash_para(info.sha256)),
            (_("SHA-256 of the embedded copy"), hash_para(copy.sha256)),
            (
                _("Metadata removed"),
                ", ".join(_(r) for r in copy.removed) or _("nothing was found to remove"),
            ),
        ]
    reason = facts.not_embedded.get(exhibit.number)
    template = facts.not_embedded_reasons.get(exhibit.number)
    if template is not None:
        reason = template.translated(_)
    rows.append(
        (
            _("Embedded as"),
            _embedded_as(exhibit, reason, copy, language, _),
        )
    )
    block: list[Flowable] = [
        fixed(_("Exhibit {number}", number=exhibit.number), H2),
        field_table(rows),
        Spacer(1, 3 * mm),
    ]
    if preview is not None:
        scale = min(BODY_W / preview.width, 150 * mm / preview.height, MAX_POINTS_PER_PIXEL)
        image = Image(
            io.BytesIO(preview.jpeg), width=preview.width * scale, height=preview.height * scale
        )
        # A thin frame, so a white screenshot still has an edge on white paper.
        framed = Table([[image]], colWidths=[image.drawWidth], rowHeights=[image.drawHeight])
        framed.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.5, GREY),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        framed.hAlign = "CENTER"
        block.append(framed)
        block.append(
            fixed(
                _("Reduced copy for printing, with its black boxes.")
                if copy is not None and copy.regions
                else _("Reduced copy for printing.")
                if copy is not None
                else _("Reduced copy for printing. The original is embedded unchanged."),
                SMALL,
            )
        )
    elif note is not None:
        block.append(fixed(note, SMALL))
    elif info.mime_type.startswith("image/"):
        block.append(fixed(_("No preview: this picture could not be shown safely."), SMALL))
    else:
        block.append(fixed(_("This file is not a picture; it is embedded, not printed."), SMALL))
    return [CondPageBreak(90 * mm), KeepTogether(block), Spacer(1, 6 * mm)]


def _embedded_as(
    exhibit: Exhibit, reason: str | None, copy: CopyFacts | None, language: str, _: Translate
) -> str:
    if reason is not None:
        return _("NOT EMBEDDED: {reason}", reason=reason)
    if copy is None:
        return exhibit.file_name
    if copy.regions:
        return (
            exhibit.file_name
            + " "
            + _(
                "(a redacted copy: black boxes in its pixels, metadata removed, {size})",
                size=_exact_size(copy.size, language, _),
            )
        )
    return (
        exhibit.file_name
        + " "
        + _("(a copy with its metadata removed, {size})", size=_exact_size(copy.size, language, _))
    )


def _exact_size(size: int, language: str = ENGLISH, _: Translate | None = None) -> str:
    _ = _ or translator(ENGLISH)
    exact = _("{count} bytes", count=number(size, language))
    if size < 1024:
        return exact
    value = float(size)
    unit = "bytes"
    for name in ("KB", "MB", "GB"):
        if value < 1024:
            break
        value /= 1024
        unit = name
    return f"{decimal(value, language)} {unit} ({exact})"
