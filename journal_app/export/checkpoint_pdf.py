"""A printable one-page checkpoint to hand to an advocate (no Qt)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from journal_app.evidence.checkpoint import Checkpoint
from journal_app.export.text import FONT, FONT_BOLD, register_fonts

_EXPLANATION = [
    "This page records the state of a private journal on the date above.",
    "Keep it somewhere safe, away from the journal's computer. Later, the journal's owner",
    "can prove that the journal still contains everything it held on that date:",
    "",
    "    journal-app check JOURNAL-FOLDER --checkpoint CODE",
    "    journal-app verify BUNDLE.pdf --checkpoint CODE",
    "",
    "If the journal was replaced by an older copy, or its history rewritten, the check fails.",
    "The code reveals nothing about what the journal contains.",
]


def write_checkpoint_pdf(point: Checkpoint, head: str, fingerprint: str, target: Path) -> None:
    register_fonts()
    fd, temp_name = tempfile.mkstemp(prefix=".checkpoint-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    try:
        canvas = Canvas(temp_name, pagesize=A4, invariant=True)
        canvas.setTitle("Checkpoint")
        height = A4[1]
        y = height - 30 * mm
        canvas.setFont(FONT_BOLD, 20)
        canvas.drawString(20 * mm, y, "Journal checkpoint")
        y -= 18 * mm
        canvas.setFont(FONT_BOLD, 14)
        canvas.drawString(20 * mm, y, point.code)
        y -= 14 * mm
        canvas.setFont(FONT, 10)
        for label, value in (
            ("Date", point.day.isoformat()),
            ("Versions in the history", str(point.size)),
            ("History head", head),
            ("Signing key fingerprint", fingerprint),
        ):
            canvas.drawString(20 * mm, y, f"{label}: {value}")
            y -= 6 * mm
        y -= 8 * mm
        for line in _EXPLANATION:
            canvas.drawString(20 * mm, y, line)
            y -= 5.5 * mm
        canvas.showPage()
        canvas.save()
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
