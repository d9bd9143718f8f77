"""An export log record in plain words: for the next bundle's cover, `exports` and the app.
No ReportLab here, so the command line and the app can use it cheaply."""

from __future__ import annotations

from typing import Any

from journal_app.core.models import Category
from journal_app.i18n import N_, Translate


def describe_export(item: dict[str, Any], _: Translate) -> str:
    """An export's selection and redactions in a few plain words (`item`: a disclosed record,
    see ExportRecord.disclosed)."""
    start, end = item.get("date_from"), item.get("date_to")
    parts = [
        _("dates {start} to {end}", start=start or _("start"), end=end or _("latest"))
        if start or end
        else _("all dates")
    ]
    if item.get("categories"):
        names = ", ".join(_(Category(c).label) for c in item["categories"])
        parts.append(_("categories: {names}", names=names))
    if item.get("tags_selected"):
        parts.append(_("{count} tag(s) chosen", count=item["tags_selected"]))
    if item.get("entries_picked"):
        parts.append(_("{count} entries picked", count=item["entries_picked"]))
    if not item.get("include_history", True):
        parts.append(_("latest versions only"))
    parts.append(
        _(
            "{entries} entries, {exhibits} exhibits",
            entries=item.get("entries", 0),
            exhibits=item.get("exhibits", 0),
        )
    )
    redacted = [_(_FIELD_NAMES.get(name, name)) for name in item.get("redacted_fields", [])]
    if item.get("attachments_left_out"):
        redacted.append(_("{count} file(s)", count=item["attachments_left_out"]))
    parts.append(
        _("redacted: {what}", what=", ".join(redacted)) if redacted else _("nothing redacted")
    )
    if item.get("encrypted"):
        parts.append(_("password-protected"))
    return "; ".join(parts)


_FIELD_NAMES = {
    "location": N_("locations"),
    "people": N_("people involved"),
    "witnesses": N_("witnesses"),
    "told.who": N_("who was told"),
}
