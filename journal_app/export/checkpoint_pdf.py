"""A printable one-page checkpoint to hand to an advocate (no Qt)."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from journal_app.evidence.checkpoint import Checkpoint
from journal_app.export.text import FONT, FONT_BOLD, register_fonts
from journal_app.i18n import ENGLISH, N_, translator
from journal_app.vault.files import atomic_write

# Paragraphs (wrapped to the page) and command lines (printed as they are, indented).
_EXPLANATION = [
    N_("This page records the state of a private journal on the date above."),
    N_(
        "Keep it somewhere safe, away from the journal's computer. Later, the journal's "
        "keeper can show that nothing its history held on that date was rewritten or removed "
        "since (a deleted entry keeps a dated marker):"
    ),
    "",
    N_("    journal-app check JOURNAL-FOLDER --checkpoint CODE"),
    N_("    journal-app verify BUNDLE.pdf --checkpoint CODE"),
    "",
    N_("If the journal was replaced by an older copy, or its history rewritten, the check fails."),
    N_(
        "It shows nothing about what happened before that date: not who wrote the entries, "
        "nor that their recorded times or contents are true."
    ),
    N_("The code reveals nothing about what the journal contains."),
]
LEFT = 20 * mm
WIDTH = A4[0] - 2 * LEFT


def _fitting_size(text: str, font: str, *, largest: float, smallest: float) -> float:
    size = largest
    while size > smallest and stringWidth(text, font, size) > WIDTH:
        size -= 0.5
    return size


def write_checkpoint_pdf(
    point: Checkpoint, head: str, fingerprint: str, target: Path, *, language: str = ENGLISH
) -> None:
    """Write the page in `language` (en, es, pt_BR); the date stays ISO 8601."""
    _ = translator(language)
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle(_("Checkpoint"))
    height = A4[1]
    y = height - 30 * mm
    canvas.setFont(FONT_BOLD, 20)
    canvas.drawString(LEFT, y, _("Journal checkpoint"))
    y -= 18 * mm
    # One unbroken line, so it can be copied exactly; as large as the page allows.
    canvas.setFont(FONT_BOLD, _fitting_size(point.code, FONT_BOLD, largest=14, smallest=7))
    canvas.drawString(LEFT, y, point.code)
    y -= 14 * mm
    canvas.setFont(FONT, 10)
    for label, value in (
        (_("Date"), point.day.isoformat()),
        (_("Versions in the history"), str(point.size)),
        (_("History head"), head),
        (_("Signing key fingerprint"), fingerprint),
    ):
        for line in simpleSplit(f"{label}: {value}", FONT, 10, WIDTH):
            canvas.drawString(LEFT, y, line)
            y -= 6 * mm
    y -= 8 * mm
    for text in _EXPLANATION:
        if not text:
            y -= 5.5 * mm
            continue
        translated = _(text)
        lines = [translated] if text.startswith(" ") else simpleSplit(translated, FONT, 10, WIDTH)
        for line in lines:
            canvas.drawString(LEFT, y, line)
            y -= 5.5 * mm
    canvas.showPage()
    canvas.save()
    atomic_write(target, buffer.getvalue())
