"""The certificate page at the end of the bundle, for a person to sign.

Courts ask for a statement by someone who saw how a set of records was produced (in England
and Wales a witness statement; in the US a certification such as Federal Rule of Evidence
902(14), which identifies data by its hash). The app fills in the technical facts it knows:
the export id, the SHA-256 of the signed manifest (which names every embedded file's SHA-256),
the signing key's fingerprint, the history chain and how the records were kept. It leaves
blank lines for the name, role, signature, date and place, and for the SHA-256 of the PDF
file itself, which cannot be printed inside the file it describes.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from journal_app import __version__
from journal_app.export.cover import CoverFacts
from journal_app.export.selection import Plan
from journal_app.export.styles import (
    BODY,
    BODY_W,
    CELL,
    CELL_BOLD,
    H2,
    H3,
    HASH,
    NOTE,
    RULE,
    fixed,
    mono,
    when_recorded,
)
from journal_app.i18n import Translate

_LABEL_W = 52 * mm


@dataclass(frozen=True)
class CertificateFacts:
    """What the certificate states beyond the cover's facts."""

    manifest_sha256: str
    # HOOK for the export log: the log's reference for this export (e.g. "export 14 of the
    # journal's export log"), printed under the export id when the log exists. None: left out.
    export_log_entry: str | None = None


def certificate_page(
    plan: Plan, facts: CoverFacts, certificate: CertificateFacts, _: Translate
) -> list[Flowable]:
    story: list[Flowable] = [
        fixed(_("Certificate"), H2),
        fixed(
            _(
                "The facts below were filled in by the journal app when it made this bundle. "
                "The second part is for a person who made or saw the export to complete and "
                "sign, if it is needed."
            ),
            NOTE,
        ),
        fixed(_("Filled in by the app"), H3),
    ]
    rows: list[tuple[str, Flowable]] = [(_("Export id"), fixed(facts.export_id, CELL))]
    if certificate.export_log_entry is not None:
        rows.append((_("Export log"), fixed(certificate.export_log_entry, CELL)))
    rows += [
        (_("Date of export"), fixed(when_recorded(facts.created_at.isoformat()), CELL)),
        (_("Made by"), fixed(f"journal-app {__version__}", CELL)),
        # Counts as label and number: no "1 entries" in a document a court reads.
        (_("Entries"), fixed(str(len(plan.entries)), CELL)),
        (_("Versions included"), fixed(str(facts.versions), CELL)),
        (_("Exhibits"), fixed(str(len(plan.exhibits)), CELL)),
        (_("SHA-256 of manifest.json"), fixed(mono(certificate.manifest_sha256), CELL)),
        (_("Signing key fingerprint"), fixed(facts.fingerprint, HASH)),
        (
            _("History chain"),
            fixed(
                _("{count} versions in the whole journal; head:", count=facts.chain_size)
                + f"<br/>{mono(facts.chain_head)}",
                CELL,
            ),
        ),
        (
            _("How the records were kept"),
            fixed(
                _(
                    "In an encrypted journal (SQLCipher) on the computer of the person who "
                    "kept it, opened only with their passphrase. Each entry records when it "
                    "happened, as the writer gives it, and when it was recorded, from the "
                    "computer's clock. Saving a change adds a new version and keeps the "
                    "earlier ones. Every version is hashed (SHA-256) into a history chain, "
                    "and attached files are stored unchanged with their SHA-256. The signed "
                    "manifest.json in this PDF lists every exported version and file with "
                    "its hash; 'journal-app verify' checks them."
                ),
                CELL,
            ),
        ),
    ]
    story += [_table(rows, lines=False), Spacer(1, 2 * mm)]
    story.append(
        fixed(
            _(
                "The SHA-256 of this PDF file cannot be printed inside it. To record it, "
                "compute it (for example with sha256sum) and write it below."
            ),
            NOTE,
        )
    )
    blanks = [
        _("SHA-256 of this PDF file"),
        _("Name"),
        _("Role or organisation"),
        _("Signature"),
        _("Date"),
        _("Place"),
    ]
    story.append(
        KeepTogether(
            [
                fixed(_("Completed by a person"), H3),
                fixed(
                    _(
                        "I made, or saw being made, the export of this bundle from the journal "
                        "described above, on the date shown. To my knowledge nobody has altered "
                        "it since then."
                    ),
                    BODY,
                ),
                Spacer(1, 3 * mm),
                _table([(label, fixed("", CELL)) for label in blanks], lines=True),
            ]
        )
    )
    return story


def _table(rows: list[tuple[str, Flowable]], *, lines: bool) -> Table:
    """Label and value; with `lines`, a tall blank row with a line to write on."""
    table = Table(
        [[fixed(label, CELL_BOLD), value] for label, value in rows],
        colWidths=[_LABEL_W, BODY_W - _LABEL_W],
        rowHeights=[11 * mm] * len(rows) if lines else None,
    )
    rule = (
        ("LINEBELOW", (1, 0), (1, -1), 0.8, RULE)
        if lines
        else ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)
    )
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM" if lines else "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        rule,
    ]
    table.setStyle(TableStyle(style))
    return table
