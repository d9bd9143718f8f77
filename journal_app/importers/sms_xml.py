"""Android "SMS Backup & Restore" XML: `<smses>` of `<sms>` and `<mms>` elements.

Parsed with defusedxml and no DTD allowed at all (the app writes none), so entity expansion
("billion laughs") and external entities are refused before anything is read. Times are the
`date` attribute, milliseconds since 1970 in UTC: an instant, shown in the zone assumed.
`type` (SMS) and `msg_box` (MMS) say received (1) or sent (2); an MMS's `<addr type="137">` is
its sender, and its `<part>`s carry the text and the pictures (base64 in `data`).
"""

from __future__ import annotations

import base64
import binascii
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from xml.etree.ElementTree import Element

import defusedxml
import defusedxml.ElementTree as SafeET

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

FORMAT = "sms-xml"
_SENT = {"2", "4", "5", "6"}  # sent, outbox, failed, queued
_FROM = "137"
_NULL = {"", "null"}
# Older versions of the app wrote emoji as two character references, one per UTF-16
# surrogate, which XML forbids; they are joined into one before parsing.
_PAIR = re.compile(rb"&#(\d{5});&#(\d{5});")


def sniff(head: bytes) -> bool:
    return b"<smses" in head[:4096]


def _join_pair(match: re.Match[bytes]) -> bytes:
    high, low = int(match[1]), int(match[2])
    if 0xD800 <= high <= 0xDBFF and 0xDC00 <= low <= 0xDFFF:
        return b"&#%d;" % (0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    return match[0]


def _attr(element: Element, name: str) -> str:
    value = element.get(name, "")
    return "" if value in _NULL else clean(value)


def _moment(element: Element, position: str) -> tuple[str, datetime]:
    raw = element.get("date", "")
    try:
        number = int(raw)
        if number < 100_000_000_000:  # some MMS carry seconds
            number *= 1000
        return raw, datetime.fromtimestamp(number / 1000, UTC)
    except (ValueError, OverflowError, OSError) as exc:
        raise ImportRefused(
            key="The time of the message at {where} cannot be read; nothing was imported.",
            params={"where": position},
        ) from exc


def _sms(element: Element, position: str) -> ParsedMessage:
    raw, moment = _moment(element, position)
    sent = element.get("type", "1") in _SENT
    address = _attr(element, "address")
    return ParsedMessage(
        sender="" if sent else address,
        written=raw,
        text=_attr(element, "body"),
        position=position,
        moment=moment,
        subject=_attr(element, "subject"),
        direction="sent" if sent else "received",
        recipients=(address,) if sent and address else (),
    )


def _mms(element: Element, position: str) -> ParsedMessage:
    raw, moment = _moment(element, position)
    sent = element.get("msg_box", "1") in _SENT
    texts: list[str] = []
    files: list[tuple[str, bytes]] = []
    for number, part in enumerate(element.iter("part")):
        kind = part.get("ct", "")
        if kind == "text/plain":
            texts.append(_attr(part, "text"))
        elif kind != "application/smil" and part.get("data"):
            name = _attr(part, "cl") or _attr(part, "name") or f"part-{number}"
            try:
                files.append((name, base64.b64decode(part.get("data", ""), validate=True)))
            except (binascii.Error, ValueError) as exc:
                raise ImportRefused(
                    key="A picture in the message at {where} is damaged; nothing was imported.",
                    params={"where": position},
                ) from exc
    senders = [_attr(a, "address") for a in element.iter("addr") if a.get("type") == _FROM]
    others = [_attr(a, "address") for a in element.iter("addr") if a.get("type") != _FROM]
    if not senders and not others:
        others = [a for a in _attr(element, "address").split("~") if a]
    sender = "" if sent else (senders[0] if senders else (others[0] if others else ""))
    return ParsedMessage(
        sender=sender,
        written=raw,
        text="\n".join(t for t in texts if t),
        position=position,
        moment=moment,
        subject=_attr(element, "sub"),
        direction="sent" if sent else "received",
        recipients=tuple(a for a in others if a and a != sender),
        inline=tuple(files),
    )


def parse(data: bytes, options: ParseOptions) -> ParsedExport:
    try:
        root = SafeET.fromstring(_PAIR.sub(_join_pair, data), forbid_dtd=True)
    except (defusedxml.DefusedXmlException, ET.ParseError, ValueError) as exc:
        raise ImportRefused(
            "This XML file is damaged, cut short, or uses features an SMS backup never has "
            "(a DTD or entities); nothing was imported."
        ) from exc
    if root.tag != "smses":
        raise ImportRefused("This XML file is not an SMS backup; nothing was imported.")
    messages: list[ParsedMessage] = []
    skipped = 0
    for number, element in enumerate(root, start=1):
        if len(messages) >= MAX_MESSAGES:
            raise ImportRefused("This export holds more messages than the limit.")
        position = f"<{element.tag}> number {number}"
        if element.tag == "sms":
            messages.append(checked(_sms(element, position)))
        elif element.tag == "mms":
            messages.append(checked(_mms(element, position)))
        else:
            skipped += 1
    return ParsedExport(
        format=FORMAT,
        channel=Channel.SMS,
        file_name=options.file_name,
        data=data,
        messages=messages,
        skipped=skipped,
    )
