"""Sound and video exhibits: their format and duration, read with mutagen.

A voicemail or a recording of a threat is embedded byte for byte, but a reader of the pages
needs to know what it is and how long it runs before asking for the file. mutagen (pure
Python, well kept, used by most music software on Linux) reads the headers of MP3, MP4/M4A,
Ogg, Opus, FLAC, WAV, AIFF, ASF/WMA and more, in memory; no external program is run. Files are
treated as hostile: anything mutagen cannot read gives "could not be read", never a failed
export, and files over MEDIA_FILE_LIMIT are not read at all.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Container
from dataclasses import dataclass

import mutagen

from journal_app.export.selection import Exhibit
from journal_app.i18n import Translate

MEDIA_FILE_LIMIT = 256 * 1024 * 1024


@dataclass(frozen=True)
class MediaFacts:
    """What mutagen found: its name for the format, the length in seconds, and details such as
    channels and sample rate (None where the file does not say)."""

    format: str | None = None
    seconds: float | None = None
    channels: int | None = None
    sample_rate: int | None = None
    bitrate: int | None = None
    too_large: bool = False


def is_media(mime_type: str) -> bool:
    return mime_type.startswith(("audio/", "video/"))


def read_media(data: bytes) -> MediaFacts:
    """The format and duration of a sound or video file; empty facts when it cannot be read."""
    try:
        found = mutagen.File(io.BytesIO(data))
    # A hostile or damaged file can fail anywhere inside the parser, with many exception types.
    except Exception:
        return MediaFacts()
    if found is None:
        return MediaFacts()
    info = found.info
    seconds = getattr(info, "length", None)
    return MediaFacts(
        format=type(found).__name__,
        seconds=float(seconds) if isinstance(seconds, int | float) and seconds > 0 else None,
        channels=_positive(getattr(info, "channels", None)),
        sample_rate=_positive(getattr(info, "sample_rate", None)),
        bitrate=_positive(getattr(info, "bitrate", None)),
    )


def _positive(value: object) -> int | None:
    return int(value) if isinstance(value, int | float) and value > 0 else None


def plan_media(
    exhibits: list[Exhibit], source: Callable[[Exhibit], bytes], left_out: Container[str]
) -> dict[str, MediaFacts]:
    """Facts for every sound or video exhibit that is embedded."""
    found: dict[str, MediaFacts] = {}
    for exhibit in exhibits:
        if not is_media(exhibit.info.mime_type) or exhibit.number in left_out:
            continue
        if exhibit.info.size > MEDIA_FILE_LIMIT:
            found[exhibit.number] = MediaFacts(too_large=True)
        else:
            found[exhibit.number] = read_media(source(exhibit))
    return found


def duration(seconds: float) -> str:
    """`0:03:07`: hours, minutes, seconds, the same in every language."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def media_rows(facts: MediaFacts, _: Translate) -> list[tuple[str, str]]:
    """The exhibit sheet's rows for a sound or video file."""
    if facts.too_large:
        reason = _(
            "not read: the file is larger than {limit} MB",
            limit=MEDIA_FILE_LIMIT // (1024 * 1024),
        )
        return [(_("Duration"), reason)]
    if facts.format is None:
        return [(_("Duration"), _("could not be read from the file"))]
    details = [facts.format]
    if facts.channels is not None:
        details.append(_("{count} channel(s)", count=facts.channels))
    if facts.sample_rate is not None:
        details.append(f"{facts.sample_rate} Hz")
    if facts.bitrate is not None:
        details.append(f"{round(facts.bitrate / 1000)} kbit/s")
    length = (
        duration(facts.seconds)
        if facts.seconds is not None
        else _("could not be read from the file")
    )
    return [(_("Format"), ", ".join(details)), (_("Duration"), length)]
