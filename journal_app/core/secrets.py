"""Passphrase buffers. Python strings cannot be wiped; bytearrays can, so secrets live in them.

The docs say plainly that a `str` passphrase typed into the GUI or read by the CLI may linger in
memory until the interpreter reuses it; full-disk encryption is the real defence there.
"""

from __future__ import annotations

import unicodedata

from journal_app.core.errors import InvalidInput


def passphrase_bytes(passphrase: str | bytes | bytearray) -> bytearray:
    """The passphrase as NFC-normalised UTF-8 in a bytearray the caller must `wipe` after use.

    NFC matters: the same visible passphrase typed on two keyboards can arrive as composed
    ("é") or decomposed ("e" + U+0301) code points, and both must open the journal.
    """
    if isinstance(passphrase, bytes | bytearray):
        try:
            text = bytes(passphrase).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInput("The passphrase is not valid UTF-8 text.") from exc
    else:
        text = passphrase
    normalised = unicodedata.normalize("NFC", text)
    try:
        return bytearray(normalised.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise InvalidInput("The passphrase contains characters that cannot be stored.") from exc


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a secret buffer with zeros in place."""
    if buffer is None:
        return
    for index in range(len(buffer)):
        buffer[index] = 0
