"""Commands for evidence bundles: export and verify."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from journal_app.cli.context import Context
from journal_app.cli.json_output import exports_json
from journal_app.cli.status import EXIT_INTEGRITY, EXIT_OK
from journal_app.cli.text_output import render_exports, render_verify
from journal_app.core.journal import Journal
from journal_app.core.models import Category
from journal_app.evidence import signing
from journal_app.evidence.checkpoint import Checkpoint, extends
from journal_app.i18n import Translate, normalise

if TYPE_CHECKING:  # pypdf and Pillow are imported only when a bundle is read or written
    from journal_app.export.boxes import Box
    from journal_app.export.verify import VerifyResult


def export(ctx: Context, args: argparse.Namespace) -> int:
    from journal_app.export.bundle import export_bundle
    from journal_app.export.selection import ExportOptions, Redactions

    password = ctx.pdf_password(args.pdf_password_file)
    options = ExportOptions(
        date_from=args.date_from,
        date_to=args.date_to,
        categories=tuple(Category(c) for c in args.category or ()),
        tags=tuple(args.tag or ()),
        entry_ids=tuple(args.entry or ()),
        include_history=not args.no_history,
        redactions=Redactions(
            locations="locations" in args.redact,
            people="people" in args.redact,
            attachment_ids=frozenset(args.redact_attachment or ()),
            boxes=_boxes(args.box),
        ),
        name=args.name,
        password=password,
        language=normalise(args.pdf_language) if args.pdf_language else ctx.language,
        include_pattern=args.pattern,
        include_old_versions=args.include_old_versions,
        include_transcripts=not args.no_transcripts,
    )
    with ctx.open_vault(args) as vault:
        # export_bundle checks the vault and the history first, and re-hashes every
        # original as it embeds it; a problem stops it with exit status 4.
        result = export_bundle(Journal(vault), options, args.out)
    _ = ctx._
    if result.left_out_old:
        # One line, before the summary: a person must not miss that entries are not in it.
        ctx.say(
            _(
                "Left out of this redacted copy: entries {numbers}, written with an earlier "
                "version of the app (a redacted copy of them would let the withheld names and "
                "places be guessed). Add --include-old-versions to include them anyway.",
                numbers=", ".join(str(n) for n in result.left_out_old),
            )
        )
    protection = (
        _("protected with AES-256; share the password separately, never with the file")
        if result.encrypted
        else _("no password: anyone with the file can read it")
    )
    ctx.say(
        _(
            "Exported {entries} entries and {exhibits} exhibits to {path} (export id "
            "{export_id}; {protection}).",
            entries=result.entries,
            exhibits=result.exhibits,
            path=result.path,
            export_id=result.export_id,
            protection=protection,
        )
    )
    ctx.say(
        _(
            "Recorded in the journal's export log as {export_id}; SHA-256 of the file: {sha256}",
            export_id=result.export_id,
            sha256=result.sha256,
        )
    )
    print(result.path, file=ctx.out)
    return EXIT_OK


def _boxes(given: list[tuple[int, Box]] | None) -> dict[int, tuple[Box, ...]]:
    """`--box A17:...` options, gathered per picture in the order given."""
    boxes: dict[int, tuple[Box, ...]] = {}
    for attachment_id, box in given or ():
        boxes[attachment_id] = (*boxes.get(attachment_id, ()), box)
    return boxes


def list_exports(ctx: Context, args: argparse.Namespace) -> int:
    """The export log: every bundle this journal made, oldest first."""
    with ctx.open_vault(args) as vault:
        records = Journal(vault).exports()
    if args.json:
        ctx.print_json(exports_json(records))
    else:
        ctx.out.write(render_exports(records, ctx._))
    return EXIT_OK


def verify(ctx: Context, args: argparse.Namespace) -> int:
    from journal_app.export.verify import verify_bundle, verify_json

    point = Checkpoint.parse(args.checkpoint) if args.checkpoint else None
    password = ctx.pdf_password(args.pdf_password_file)
    result = verify_bundle(args.bundle, password)
    extension = None
    if point is not None and result.chain_leaves is not None:
        extension = extends(point, result.chain_leaves, result.fingerprint or "")
    expected = _expected_key(args.expect_fingerprint, result.fingerprint)
    document = verify_json(result)
    document["signed_by_expected_key"] = expected
    text = render_verify(result, ctx._) + _key_verdict(result, expected, ctx._)
    ctx.print_report(args.json, document, text, extension)
    intact = result.intact and expected is not False and (extension is None or extension.ok)
    return EXIT_OK if intact else EXIT_INTEGRITY


def _expected_key(expected: str | None, actual: str | None) -> bool | None:
    """Whether the bundle was signed by the key the person was told to expect (None: not told)."""
    if expected is None:
        return None
    return actual is not None and signing.same_fingerprint(expected, actual)


def _key_verdict(result: VerifyResult, expected: bool | None, _: Translate) -> str:
    """Intact says the bundle was not changed since a key signed it; this line says whose."""
    if not result.signature_ok or result.fingerprint is None:
        return ""
    if expected is True:
        line = _(
            "Intact, and signed by the journal you expected (signing key {fingerprint}).",
            fingerprint=result.fingerprint,
        )
    elif expected is False:
        line = _(
            "NOT INTACT: the signing key's fingerprint is {fingerprint}, not the one you expected.",
            fingerprint=result.fingerprint,
        )
    else:
        line = _(
            "Signed by a key you were not told to expect: compare the fingerprint {fingerprint} "
            "with the one the journal's keeper gave you (on a checkpoint page or in person).",
            fingerprint=result.fingerprint,
        )
    return line + "\n"
