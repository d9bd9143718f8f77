"""WhatsApp's "Export chat": the .txt alone, or the .zip with it and the media.

Android writes `12/01/2024, 21:15 - Ana: text`, iPhone `[12/01/2024, 21:15:03] Ana: text`;
either may use a 12-hour clock (`9:15 PM`, `9:15 p. m.`), dots or dashes in dates, two-digit
years. A line that starts no message continues the one before. Whether dates are day-first or
month-first is decided from the whole file: one date whose first number is above 12 settles it
as day-first (and one whose second is, as month-first); when none does, the person is asked.
"""

from __future__ import annotations

import re
from datetime import datetime

from journal_app.core.models import Channel
from journal_app.importers.base import (
    MAX_MESSAGES,
    DateOrderUnknown,
    ImportRefused,
    ParsedExport,
    ParsedMessage,
    ParseOptions,
    checked,
    decode_text,
)
from journal_app.importers.safezip import SafeZip

FORMAT = "whatsapp"

_DATE = r"(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
_TIME = r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
_AMPM = r"(?:[\u202f\u00a0 ]?(?P<ampm>[AaPp]\.?[\u202f\u00a0 ]?[Mm]\.?))?"
_ANDROID = re.compile(rf"^\u200e?{_DATE},? {_TIME}{_AMPM} [-\u2013] (?P<rest>.*)$")
_IPHONE = re.compile(rf"^\u200e?\[{_DATE},? {_TIME}{_AMPM}\] (?P<rest>.*)$")
_SENDER = re.compile(r"^(?P<sender>[^:\n]{1,200}?): (?P<text>.*)$", re.DOTALL)
# "IMG-20240112-WA0003.jpg (file attached)" (Android), "<attached: 00000012-PHOTO-...jpg>" (iPhone)
_ANDROID_MEDIA = re.compile(
    r"^\u200e?(?P<name>[^\n/\\]{1,255}) \((?:file attached|archivo adjunto|arquivo anexado)\)",
    re.M,
)
# iPhone puts the chat's notices under a sender, marked by a left-to-right mark.
_IPHONE_NOTICE = re.compile(r"^\u200e.*(?:end-to-end encrypted|security code)", re.DOTALL)
_IPHONE_MEDIA = re.compile(r"<(?:attached|adjunto|anexado): (?P<name>[^\n/\\>]{1,255})>")


def sniff(head: bytes) -> bool:
    text = head[:4096].decode("utf-8", "ignore").lstrip("\ufeff")
    return any(_ANDROID.match(line) or _IPHONE.match(line) for line in text.splitlines()[:5])


def _split_date(text: str) -> tuple[int, int, int, bool]:
    """(first, second, year, year_first) of a date as written."""
    a, b, c = (int(p) for p in re.split(r"[./-]", text))
    if len(re.split(r"[./-]", text)[0]) == 4:
        return b, c, a, True
    return a, b, (c + 2000 if c < 100 else c), False


def _decide_order(dates: list[tuple[int, int, int, bool]], asked: str) -> str:
    day_first = any(a > 12 for a, _b, _y, yf in dates if not yf)
    month_first = any(b > 12 for a, b, _y, yf in dates if not yf)
    if day_first and month_first:
        raise ImportRefused(
            "The dates in this export are written both day-first and month-first; it is not "
            "one WhatsApp export. Nothing was imported."
        )
    if day_first or month_first:
        found = "dmy" if day_first else "mdy"
        if asked and asked != found:
            raise ImportRefused(
                key="This export's dates can only be read as {found}, not as asked; nothing "
                "was imported.",
                params={"found": found},
            )
        return found
    if asked:
        return asked
    if all(yf for *_rest, yf in dates):
        return "ymd"
    raise DateOrderUnknown()


def _clock(text: str, ampm: str | None) -> tuple[int, int, int]:
    parts = [int(p) for p in re.split(r"[:.]", text)]
    hour, minute, second = parts[0], parts[1], parts[2] if len(parts) > 2 else 0
    if ampm:
        pm = ampm.lower().lstrip()[0] == "p"
        if not 1 <= hour <= 12:
            raise ValueError(text)
        hour = hour % 12 + (12 if pm else 0)
    return hour, minute, second


def _media(text: str) -> tuple[str, ...]:
    names = [m.group("name").strip() for m in _IPHONE_MEDIA.finditer(text)]
    names += [m.group("name").strip() for m in _ANDROID_MEDIA.finditer(text)]
    return tuple(dict.fromkeys(n for n in names if n))


def parse_chat(chat: str, options: ParseOptions) -> tuple[list[ParsedMessage], int, str]:
    """(messages, system lines, date order) of the text of one chat."""
    # A header: (line number, date, time, am/pm, the rest); continuation lines join the rest.
    headers: list[tuple[int, str, str, str | None, list[str]]] = []
    for number, line in enumerate(chat.split("\n"), start=1):
        line = line.removesuffix("\r")
        match = _ANDROID.match(line) or _IPHONE.match(line)
        if match:
            if len(headers) >= MAX_MESSAGES:
                raise ImportRefused("This export holds more messages than the limit.")
            headers.append((number, match["date"], match["time"], match["ampm"], [match["rest"]]))
        elif headers:
            headers[-1][4].append(line)
        elif line.strip():
            raise ImportRefused(
                "This file does not start like a WhatsApp export; nothing was imported."
            )
    if not headers:
        raise ImportRefused("This file holds no WhatsApp messages; nothing was imported.")
    try:
        dates = {h[1]: _split_date(h[1]) for h in headers}
    except ValueError as exc:
        raise ImportRefused("A date in this export cannot be read; nothing was imported.") from exc
    order = _decide_order(list(dates.values()), options.date_order)
    messages: list[ParsedMessage] = []
    system = 0
    for number, date_text, time_text, ampm, lines in headers:
        while len(lines) > 1 and not lines[-1]:
            lines.pop()
        rest = "\n".join(lines)
        found = _SENDER.match(rest)
        if found is None or _IPHONE_NOTICE.match(found["text"]):
            system += 1
            continue
        first, second, year, year_first = dates[date_text]
        day, month = (second, first) if (order == "mdy" and not year_first) else (first, second)
        if year_first:
            month, day = first, second
        try:
            local = datetime(year, month, day, *_clock(time_text, ampm))
        except ValueError as exc:
            raise ImportRefused(
                key="The date on line {line} cannot be read; nothing was imported.",
                params={"line": number},
            ) from exc
        written = f"{date_text}, {time_text}" + (f" {ampm}" if ampm else "")
        text = found["text"]
        messages.append(
            checked(
                ParsedMessage(
                    sender=found["sender"],
                    written=written,
                    text=text,
                    position=f"line {number}",
                    local=local,
                    media=_media(text),
                )
            )
        )
    return messages, system, order


def parse(data: bytes, options: ParseOptions) -> ParsedExport:
    """A chat's .txt, or the .zip WhatsApp makes with the media."""
    if data.startswith(b"PK"):
        archive = SafeZip(data)
        texts = [n for n in archive.files if n.lower().endswith(".txt") and "/" not in n]
        chosen = "_chat.txt" if "_chat.txt" in texts else (texts[0] if len(texts) == 1 else "")
        if not chosen:
            raise ImportRefused(
                "This zip file holds no single WhatsApp chat (.txt); nothing was imported."
            )
        chat = decode_text(archive.read(chosen))
        media = frozenset(n for n in archive.files if n != chosen)
        reader = archive.read
    else:
        chat, media, reader = decode_text(data), frozenset(), None
    messages, system, order = parse_chat(chat, options)
    return ParsedExport(
        format=FORMAT,
        channel=Channel.WHATSAPP,
        file_name=options.file_name,
        data=data,
        messages=messages,
        skipped=system,
        date_order=order,
        media_names=media,
        read_media=reader,
    )
