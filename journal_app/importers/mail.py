"""E-mail: one message (.eml) or a mailbox (.mbox), read with the standard library's `email`
package and its modern policy. The sender is the From header as shown; the time is the Date
header (which carries its zone); the body is the plain-text part, or the HTML part reduced to
its text; attachments are attached to the message's entry.
"""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

from journal_app.core.models import Channel
from journal_app.importers.base import (
    MAX_MESSAGES,
    ImportRefused,
    ParsedExport,
    ParsedMessage,
    ParseOptions,
    checked,
    clean,
)

FORMAT = "email"
_HEADER = re.compile(
    rb"^(From|To|Date|Subject|Message-ID|Received|Return-Path|MIME-Version|Delivered-To):",
    re.IGNORECASE | re.MULTILINE,
)
_MBOX_SPLIT = re.compile(rb"(?:\A|\n)From [^\n]*\n")
# The standard library's header and MIME code can trip on hostile input in several ways.
_EMAIL_ERRORS = (ValueError, TypeError, IndexError, KeyError, AttributeError, LookupError)


def sniff(head: bytes) -> bool:
    return head.startswith(b"From ") or bool(_HEADER.search(head[:8192]))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("br", "p", "div", "tr", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(html: str) -> str:
    reader = _Text()
    reader.feed(html)
    reader.close()
    return re.sub(r"\n{3,}", "\n\n", "".join(reader.parts)).strip()


def _message(raw: bytes, position: str) -> ParsedMessage | None:
    try:
        message = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(message, EmailMessage)
        date_header = message.get("Date")
        if date_header is None:
            return None
        written = str(date_header)
        moment = parsedate_to_datetime(written)
        if moment.tzinfo is None:
            local, moment_or_none = moment, None
        else:
            local, moment_or_none = None, moment
        body_part = message.get_body(preferencelist=("plain", "html"))
        body = ""
        if body_part is not None:
            content = body_part.get_content()
            body = content if isinstance(content, str) else ""
            if body_part.get_content_subtype() == "html":
                body = html_text(body)
        files: list[tuple[str, bytes]] = []
        for number, part in enumerate(message.iter_attachments(), start=1):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                files.append((part.get_filename() or f"attachment-{number}", payload))
        recipients = tuple(str(a) for name in ("To", "Cc") for a in (message.get_all(name) or ()))
        return ParsedMessage(
            sender=clean(str(message.get("From", ""))),
            written=clean(written),
            text=clean(body),
            position=position,
            local=local,
            moment=moment_or_none,
            zoned=True,
            subject=clean(str(message.get("Subject", ""))),
            direction="received",
            recipients=tuple(clean(r) for r in recipients),
            inline=tuple((clean(n), d) for n, d in files),
        )
    except _EMAIL_ERRORS as exc:
        raise ImportRefused(
            key="The e-mail at {where} cannot be read; nothing was imported.",
            params={"where": position},
        ) from exc
    except AssertionError as exc:  # pragma: no cover - BytesParser with policy.default
        raise ImportRefused("This is not an e-mail file; nothing was imported.") from exc


def parse(data: bytes, options: ParseOptions) -> ParsedExport:
    if data.startswith(b"From "):
        raws = [(f"message {n}", r) for n, r in enumerate(_MBOX_SPLIT.split(data)[1:], start=1)]
        raws = [(p, re.sub(rb"(?m)^>(>*From )", rb"\1", r)) for p, r in raws]
    else:
        raws = [("message 1", data)]
    if len(raws) > MAX_MESSAGES:
        raise ImportRefused("This export holds more messages than the limit.")
    messages: list[ParsedMessage] = []
    undated = 0
    for position, raw in raws:
        parsed = _message(raw, position)
        if parsed is None:
            undated += 1
        else:
            messages.append(checked(parsed))
    if not messages:
        raise ImportRefused("This file holds no dated e-mail; nothing was imported.")
    return ParsedExport(
        format=FORMAT,
        channel=Channel.EMAIL,
        file_name=options.file_name,
        data=data,
        messages=messages,
        skipped=undated,
    )
