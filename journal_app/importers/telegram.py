"""Telegram Desktop's "Export chat history" in JSON: `result.json` (and its media folders).

One chat (`{"name", "type", "messages": [...]}`) or a whole account (`{"chats": {"list":
[...]}}`). A message's `text` is a string or an array of strings and entity objects (`{"type":
"bold", "text": ...}`); the text is their concatenation. `date` is the exporting computer's
local time; `date_unixtime`, where present, is the instant. `photo` and `file` name media
relative to the folder of result.json; `type: "service"` entries (joins, pins) are skipped.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from journal_app.core.models import Channel
from journal_app.importers.base import (
    MAX_MESSAGES,
    ImportRefused,
    ParsedExport,
    ParsedMessage,
    ParseOptions,
    checked,
    clean,
    decode_text,
)

FORMAT = "telegram"


def sniff(head: bytes) -> bool:
    text = head[:4096].decode("utf-8", "ignore").lstrip("\ufeff \r\n\t")
    return text.startswith("{") and ('"messages"' in text or '"chats"' in text)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for item in value[:100_000]:
            if isinstance(item, str):
                parts.append(item)
            elif isinstance(item, dict) and isinstance(item.get("text"), str):
                parts.append(item["text"])
        return "".join(parts)
    return ""


def _refuse(position: str) -> ImportRefused:
    return ImportRefused(
        key="The message at {where} cannot be read; nothing was imported.",
        params={"where": position},
    )


def _message(item: dict[str, Any], position: str) -> ParsedMessage:
    written = item.get("date")
    if not isinstance(written, str):
        raise _refuse(position)
    try:
        local: datetime | None = datetime.fromisoformat(written)
        unix = item.get("date_unixtime")
        moment: datetime | None = (
            datetime.fromtimestamp(int(unix), UTC) if unix is not None else None
        )
    except (ValueError, TypeError, OverflowError, OSError) as exc:
        raise _refuse(position) from exc
    if local is not None and local.tzinfo is not None:
        moment, local = local, None
    elif moment is not None:
        local = None
    sender = item.get("from")
    media = tuple(
        item[key]
        for key in ("photo", "file")
        if isinstance(item.get(key), str) and not item[key].startswith("(")
    )
    return ParsedMessage(
        sender=clean(sender) if isinstance(sender, str) else "",
        written=written,
        text=clean(_text(item.get("text"))),
        position=position,
        local=local,
        moment=moment,
        media=media,
    )


def _chats(document: Any) -> list[dict[str, Any]]:
    if isinstance(document, dict) and isinstance(document.get("messages"), list):
        return [document]
    chats = document.get("chats") if isinstance(document, dict) else None
    listed = chats.get("list") if isinstance(chats, dict) else None
    if isinstance(listed, list):
        return [c for c in listed if isinstance(c, dict) and isinstance(c.get("messages"), list)]
    raise ImportRefused("This JSON file is not a Telegram export; nothing was imported.")


def parse(data: bytes, options: ParseOptions) -> ParsedExport:
    try:
        document = json.loads(decode_text(data))
    except (ValueError, RecursionError) as exc:
        raise ImportRefused(
            "This JSON file is damaged or cut short; nothing was imported."
        ) from exc
    messages: list[ParsedMessage] = []
    skipped = 0
    for chat_number, chat in enumerate(_chats(document), start=1):
        for index, item in enumerate(chat["messages"]):
            if len(messages) >= MAX_MESSAGES:
                raise ImportRefused("This export holds more messages than the limit.")
            if not isinstance(item, dict) or item.get("type", "message") != "message":
                skipped += 1
                continue
            ident = item.get("id")
            position = (
                f"chat {chat_number}, message id {ident}"
                if isinstance(ident, int)
                else f"chat {chat_number}, message {index + 1}"
            )
            messages.append(checked(_message(item, position)))
    return ParsedExport(
        format=FORMAT,
        channel=Channel.TELEGRAM,
        file_name=options.file_name,
        data=data,
        messages=messages,
        skipped=skipped,
    )
