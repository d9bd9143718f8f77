"""Entry fields from command-line options."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from journal_app.cli.status import UsageError
from journal_app.core.errors import InvalidInput
from journal_app.core.models import Category, Disclosure, EntryFields, Occurred
from journal_app.i18n import Translate, translate_error, translator


def fields_from_args(
    args: argparse.Namespace, base: EntryFields | None, translate: Translate | None = None
) -> EntryFields:
    _ = translate or translator()
    body = args.body
    if args.body_file is not None:
        if body is not None:
            raise UsageError(_("give --body or --body-file, not both"))
        try:
            body = Path(args.body_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(
                key="Cannot read '{path}' as UTF-8 text.", params={"path": args.body_file}
            ) from exc
    changes: dict[str, Any] = {}
    if args.occurred is not None:
        approximate = bool(args.approximate)
        try:
            changes["occurred"] = Occurred.parse(args.occurred, approximate=approximate)
        except InvalidInput as exc:
            raise UsageError(f"--occurred: {translate_error(exc, _)}") from exc
    elif args.approximate is not None and base is not None:
        changes["occurred"] = replace(base.occurred, approximate=True)
    simple = {
        "title": args.title,
        "body": body,
        "location": args.location,
        "injuries": args.injuries,
        "medical_care": args.medical_care,
        "severity": args.severity,
        "channel": args.channel,
        "sender": args.sender,
    }
    changes.update({k: v for k, v in simple.items() if v is not None})
    if args.category is not None:
        changes["category"] = Category(args.category)
    lists = {"people": args.person, "witnesses": args.witness, "tags": args.tag}
    changes.update({k: tuple(v) for k, v in lists.items() if v is not None})
    if args.told is not None:
        changes["told"] = tuple(Disclosure.parse(t) for t in args.told)
    if base is None:
        return EntryFields(**changes)
    return replace(base, **changes)
