"""Deterministic synthetic journals (seeded), cached under bench/out/ by seed and size.

Content: incidents (bodies of a few hundred to a few thousand characters, people, places,
injuries, who was told) and messages (short texts from a sender over a channel), spread over
two years, with tags and categories drawn from skewed distributions so common words are common.

Screenshots: PNGs (what phones save) of noise, about 1 MB each. A handful of noise bases are
drawn once; each copy overwrites a few pixel bytes and is re-wrapped in a stored (level-0) zlib
stream, so every copy is a valid PNG with its own pixels and SHA-256, at memcpy speed. Rendering
2,000 distinct images with Pillow would take longer than the benchmarks.

Speed: entries are written by `bulk_add`, which performs exactly the steps of `Journal.add`
(validation, chained version, attachment streaming through `stream_into`, timeline cache, search
index) through the same Repository calls, but many entries per transaction, since one fsync per
entry (synchronous=FULL) would make a 100,000-entry journal take far longer to build. A few
entries are then amended and deleted through `Journal.edit`/`Journal.delete` so the history
and timeline hold every kind of version.
"""

from __future__ import annotations

import itertools
import json
import random
import shutil
import struct
import time
import uuid
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

from bench.util import OUT
from journal_app.core.journal import Journal, timestamp
from journal_app.core.models import (
    AttachmentSource,
    Category,
    Channel,
    Disclosure,
    EntryFields,
    Kind,
    Occurred,
    is_late_entry,
)
from journal_app.vault.connection import write_transaction
from journal_app.vault.kdf import KdfParams, calibrate
from journal_app.vault.repository import Repository
from journal_app.vault.vault import Vault

GENERATOR_VERSION = 2
PASSPHRASE = "bench passphrase: tangerine lantern orbit"
DEFAULT_SEED = 20240601


@dataclass(frozen=True)
class Size:
    name: str
    entries: int
    images: int
    image_bytes: int
    big_file_bytes: int  # the one large attachment (import row); 0 = none in the journal


SIZES: dict[str, Size] = {
    "small": Size("small", 200, 50, 1_000_000, 0),
    # For profiling on a shared machine: a tenth of "large" (about 210 MB).
    "medium": Size("medium", 2_000, 200, 1_000_000, 0),
    "large": Size("large", 20_000, 2_000, 1_000_000, 0),
    "extreme": Size("extreme", 100_000, 0, 0, 3 * 1024**3),
    # The export row's content: 1,000 entries and 200 screenshots.
    "export": Size("export", 1_000, 200, 1_000_000, 0),
}

_COMMON_TEXT = (
    "the and to a he me my i was at in it that of on for said with she they not her him "
    "this when then after told again but home about from we so just would could what if "
    "out up them there had did have were been all over into no back because before"
)
_COMMON = _COMMON_TEXT.split()
_TOPICAL_TEXT = (
    "shouted phone police threatened car money door kitchen night bedroom school kids "
    "children work texts messages calls followed outside hospital bruise arm face pushed "
    "grabbed screamed locked keys bank account card passport visa court order lawyer "
    "advocate neighbour friend sister mother doctor nurse photos screenshots instagram "
    "whatsapp email address location tracker watching waiting parking supermarket bus "
    "station window broken glass bottle drunk angry apologised promised crying scared "
    "afraid shaking sleep hid bathroom wardrobe garden street evening morning weekend "
    "birthday christmas holiday wedding funeral rent bills wages salary deleted password "
    "laptop camera recorded voicemail threatened kill hurt leave custody social worker"
)
_TOPICAL = _TOPICAL_TEXT.split()
_NAMES_TEXT = "Sam Alex Jordan Chris Taylor Morgan Jamie Casey Robin Dana Lee Pat Kim Rae"
_NAMES = _NAMES_TEXT.split()
_PLACES_TEXT = (
    "kitchen|car park at the station|outside the school gate|his mother's house|the bus stop|"
    "Tesco on High Street|our bedroom|the front garden|my workplace|the hospital car park"
)
_PLACES = _PLACES_TEXT.split("|")
_TAGS_TEXT = (
    "police|witness|children|injury|photo|threat|money|stalking|court|breach|drunk|"
    "neighbour|work|school|tracking|voicemail|car|phone|apology|custody"
)
_TAGS = _TAGS_TEXT.split("|")
_CATEGORY_WEIGHTS = [8, 1, 10, 6, 5, 3, 4, 1, 3, 2]
_START = date(2023, 1, 1)
_SPAN_DAYS = 730


# Zipf-like word frequencies: function words first, then topical words and names.
_POOL = _COMMON + _TOPICAL + _NAMES
_CUM_WEIGHTS = list(itertools.accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(len(_POOL))))


def _words(rng: random.Random, count: int) -> str:
    words = rng.choices(_POOL, cum_weights=_CUM_WEIGHTS, k=count)
    sentences = []
    position = 0
    while position < len(words):
        length = rng.randint(6, 18)
        sentence = " ".join(words[position : position + length])
        sentences.append(sentence[:1].upper() + sentence[1:] + ".")
        position += length
    return " ".join(sentences)


def entry_fields(rng: random.Random, index: int, total: int) -> tuple[Kind, EntryFields, datetime]:
    """The fields of entry `index` (of `total`) and the moment it is recorded."""
    day = _START + timedelta(days=int(_SPAN_DAYS * index / max(total, 1)))
    at = dtime(rng.randint(0, 23), rng.choice((0, 5, 15, 20, 30, 45, 50)))
    approximate = rng.random() < 0.1
    occurred = Occurred(day, None if rng.random() < 0.15 else at, None, approximate)
    if occurred.at is not None:
        occurred = Occurred(day, at, "+01:00", approximate)
    category = rng.choices(list(Category), weights=_CATEGORY_WEIGHTS)[0]
    tags = tuple(rng.sample(_TAGS, rng.choice((0, 1, 1, 2, 2, 3, 4))))
    delay = timedelta(hours=rng.choice((1, 2, 5, 20, 30, 200, 400)))
    recorded = datetime.combine(day, at).replace(tzinfo=UTC) + delay
    if rng.random() < 0.6:
        words = max(30, int(rng.lognormvariate(5.3, 0.7)))  # ~200 words, long tail
        fields = EntryFields(
            title=_words(rng, rng.randint(3, 9)).rstrip("."),
            occurred=occurred,
            categories=(category,),
            body=_words(rng, words),
            location=rng.choice(_PLACES),
            people=tuple(rng.sample(_NAMES, rng.randint(1, 3))),
            witnesses=tuple(rng.sample(_NAMES, rng.randint(0, 2))),
            injuries=_words(rng, rng.randint(3, 20)) if rng.random() < 0.3 else "",
            medical_care="GP appointment" if rng.random() < 0.1 else "",
            told=(Disclosure("Police", f"CAD {rng.randint(1000, 9999)}"),)
            if rng.random() < 0.15
            else (),
            tags=tags,
            severity=rng.randint(1, 5),
        )
        return Kind.INCIDENT, fields, recorded
    channel = rng.choice([c.value for c in Channel if c is not Channel.IN_PERSON])
    fields = EntryFields(
        title="",
        occurred=occurred,
        categories=(category,),
        body=_words(rng, rng.randint(5, 80)),
        tags=tags,
        channel=channel,
        sender=rng.choice(_NAMES),
    )
    return Kind.MESSAGE, fields, recorded


# ---------------------------------------------------------------------- screenshots
def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


class NoisePng:
    """A phone-screenshot-shaped RGB PNG of noise (noise does not compress, so the file is as
    large as the pixels). Copies differ in their pixels, not only in metadata, so nothing
    downstream (ReportLab's image cache, previews) can share work between them."""

    def __init__(self, rng: random.Random, target_bytes: int) -> None:
        pixels = max(16, target_bytes // 3)
        self.width = int((pixels * 9 / 19.5) ** 0.5)
        self.height = pixels // self.width
        stride = self.width * 3
        rows = rng.randbytes(stride * self.height)
        self.raw = bytearray()
        for y in range(self.height):
            self.raw += b"\x00" + rows[y * stride : (y + 1) * stride]

    def copy(self, serial: int) -> bytes:
        raw = bytearray(self.raw)
        raw[1:13] = b"%012d" % serial  # the first four pixels of the first row
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + _png_chunk(b"IHDR", header)
            + _png_chunk(b"IDAT", zlib.compress(bytes(raw), 0))
            + _png_chunk(b"IEND", b"")
        )


class Screenshots:
    """A few distinct noise bases; `next()` returns a fresh PNG whose pixels are unique."""

    def __init__(self, seed: int, size_bytes: int, distinct: int = 4) -> None:
        rng = random.Random(seed ^ 0x5EED)
        self.bases = [NoisePng(rng, size_bytes) for _ in range(distinct)]
        self.serial = 0

    def next(self) -> tuple[str, bytes]:
        base = self.bases[self.serial % len(self.bases)]
        self.serial += 1
        return f"Screenshot_{self.serial:05d}.png", base.copy(self.serial)


# ---------------------------------------------------------------------- content stream
@dataclass
class Planned:
    kind: Kind
    fields: EntryFields
    recorded: datetime
    attachments: list[AttachmentSource]


def plan(size: Size, seed: int) -> Iterator[Planned]:
    """The journal's entries in order, attachments spread evenly over the entries."""
    rng = random.Random(seed)
    shots = Screenshots(seed, size.image_bytes) if size.images else None
    with_images = set()
    if size.images:
        step = size.entries / size.images
        with_images = {int(i * step) for i in range(size.images)}
    for index in range(size.entries):
        kind, fields, recorded = entry_fields(rng, index, size.entries)
        sources: list[AttachmentSource] = []
        if shots is not None and index in with_images:
            name, data = shots.next()
            sources.append(AttachmentSource(name=name, data=data))
        yield Planned(kind, fields, recorded, sources)


def bulk_add(journal: Journal, items: Sequence[Planned], rng: random.Random) -> None:
    """Journal.add's steps for many entries inside one transaction (see module docstring)."""
    vault = journal.vault
    with vault.guard:
        repo = Repository(vault.connection)
        with write_transaction(repo.db):
            for item in items:
                fields = item.fields.validated(item.kind)
                recorded_at = timestamp(item.recorded)
                entry_id = repo.insert_entry(
                    uuid.UUID(int=rng.getrandbits(128)).hex, item.kind, recorded_at
                )
                imported = journal._import_all(repo, item.attachments, recorded_at, None, None)
                journal._append(repo, entry_id, 1, "create", fields, imported, recorded_at)
                repo.update_cache(
                    entry_id,
                    fields,
                    version_count=1,
                    updated_at=recorded_at,
                    attachment_count=len(imported),
                    late=is_late_entry(fields.occurred, item.recorded),
                    deleted=False,
                )
                repo.index_entry(entry_id, fields)


# ---------------------------------------------------------------------- cache
def journal_dir(size: str, seed: int) -> Path:
    return OUT / "journals" / f"{size}-seed{seed}-v{GENERATOR_VERSION}"


def ensure_journal(size_name: str, seed: int = DEFAULT_SEED, *, log: bool = True) -> Path:
    """Build (once) and return the vault folder for `size_name`."""
    folder = journal_dir(size_name, seed)
    marker = folder / "bench-complete.json"
    if marker.exists():
        return folder / "vault"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    size = SIZES[size_name]
    started = time.perf_counter()
    kdf = calibrate()
    vault = Vault.create(folder / "vault", PASSPHRASE, kdf=kdf)
    clock_now = [datetime(2025, 1, 1, tzinfo=UTC)]
    journal = Journal(vault, clock=lambda: clock_now[0])
    rng = random.Random(seed + 1)
    batch: list[Planned] = []
    batch_bytes = 0
    done = 0
    for item in plan(size, seed):
        batch.append(item)
        batch_bytes += sum(len(a.data or b"") for a in item.attachments)
        if len(batch) >= 5_000 or batch_bytes >= 256 * 1024 * 1024:
            bulk_add(journal, batch, rng)
            done += len(batch)
            batch, batch_bytes = [], 0
            if log:
                print(f"  generating {size_name}: {done}/{size.entries} entries", flush=True)
    if batch:
        bulk_add(journal, batch, rng)
    # A few amendments and deletions through the real service, one transaction each.
    ids = [s.id for s in journal.entries(limit=size.entries)]
    amend = rng.sample(ids, max(2, len(ids) // 200))
    for entry_id in amend[: len(amend) * 3 // 4]:
        current = journal.get(entry_id).latest_fields
        assert current is not None
        clock_now[0] += timedelta(minutes=7)
        journal.edit(entry_id, _amended(current))
    for entry_id in amend[len(amend) * 3 // 4 :]:
        clock_now[0] += timedelta(minutes=7)
        journal.delete(entry_id)
    big_seconds = None
    if size.big_file_bytes:
        source = big_file(size.big_file_bytes, seed)
        t0 = time.perf_counter()
        journal.add(
            Kind.INCIDENT,
            EntryFields(
                title="Recording of the hearing",
                occurred=Occurred(date(2024, 12, 30)),
                categories=(Category.OTHER,),
            ),
            [AttachmentSource.from_path(source)],
        )
        big_seconds = time.perf_counter() - t0
    vault.close()
    marker.write_text(
        json.dumps(
            {
                "size": size_name,
                "seed": seed,
                "kdf": {"m": kdf.memory_kib, "t": kdf.time_cost, "p": kdf.parallelism},
                "seconds": round(time.perf_counter() - started, 1),
                "big_file_import_seconds": big_seconds,
            }
        )
    )
    if log:
        print(f"  generated {size_name} in {time.perf_counter() - started:.0f} s", flush=True)
    return folder / "vault"


def journal_info(size_name: str, seed: int = DEFAULT_SEED) -> dict[str, object]:
    info: dict[str, object] = json.loads(
        (journal_dir(size_name, seed) / "bench-complete.json").read_text()
    )
    return info


def _amended(fields: EntryFields) -> EntryFields:
    from dataclasses import replace

    return replace(fields, body=fields.body + " (Added later: I remembered one more detail.)")


def big_file(size_bytes: int, seed: int) -> Path:
    """An incompressible file (like a video) of `size_bytes`, cached under bench/out/."""
    path = OUT / f"big-{size_bytes}-seed{seed}.bin"
    if path.exists() and path.stat().st_size == size_bytes:
        return path
    rng = random.Random(seed ^ 0xB16)
    block = rng.randbytes(64 * 1024 * 1024)
    partial = path.with_suffix(".partial")
    written = 0
    with open(partial, "wb") as handle:
        serial = 0
        while written < size_bytes:
            piece = struct.pack(">Q", serial) + block[8:]
            piece = piece[: size_bytes - written]
            handle.write(piece)
            written += len(piece)
            serial += 1
    partial.replace(path)
    return path


def unlock_kdf(size_name: str, seed: int = DEFAULT_SEED) -> KdfParams:
    kdf = journal_info(size_name, seed)["kdf"]
    assert isinstance(kdf, dict)
    return KdfParams(int(kdf["m"]), int(kdf["t"]), int(kdf["p"]))
