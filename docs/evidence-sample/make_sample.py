"""Build a synthetic sample journal and export it, to look at every page of a bundle.

Everything here is invented: no real people, numbers or places. Run from the repository root:

    .venv/bin/python docs/evidence-sample/make_sample.py /tmp/sample
    pdftoppm -png -r 60 /tmp/sample/bundle-en.pdf /tmp/sample/en

It writes the same journal as bundle-en.pdf, bundle-es.pdf and bundle-pt_BR.pdf. The pages
shown in docs/evidence-bundle.md are copied from those images (the script prints which).

It uses a deliberately weak key-derivation setting so it runs in seconds: never use the vault
it makes for anything real.
"""

from __future__ import annotations

import hashlib
import io
import random
import sys
import wave
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from journal_app.core.journal import Journal
from journal_app.core.models import (
    AttachmentSource,
    Category,
    Disclosure,
    EntryFields,
    Kind,
    Occurred,
)
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from journal_app.export.text import font_dir
from journal_app.vault.kdf import KdfParams
from journal_app.vault.vault import Vault

SAMPLE_KDF = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
THREATS = [
    "You can't hide from me",
    "I know where you are right now",
    "Nobody will believe you",
    "If you call anyone I will call immigration",
    "Answer your phone or you'll regret it",
    "I saw you at the shop today. Nice coat.",
    "You'll never see the kids again",
    "Unlock your phone when I get home",
]
INCIDENTS = [
    ("He took my phone and read my messages", Category.DIGITAL, "He demanded my passcode."),
    ("Shouted and blocked the door", Category.EMOTIONAL, "I could not leave the kitchen."),
    ("Pushed me against the wall", Category.PHYSICAL, "Bruise on my left arm afterwards."),
    ("Took my bank card", Category.FINANCIAL, "He said I would waste the money."),
    ("Followed me to work", Category.STALKING, "I saw his car outside at 17:30."),
    ("Said he would report me to immigration", Category.IMMIGRATION, "He has my passport."),
    ("Threatened to take the children", Category.CHILD, "Said the court would believe him."),
]


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def screenshot(text: str, sender: str, when: str) -> bytes:
    """A fake phone screenshot with a chat bubble, drawn with Pillow."""
    font = ImageFont.truetype(str(font_dir() / "DejaVuSans.ttf"), 30)
    small = ImageFont.truetype(str(font_dir() / "DejaVuSans.ttf"), 22)
    image = Image.new("RGB", (720, 1280), (236, 229, 221))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 720, 120), fill=(7, 94, 84))
    draw.text((30, 40), sender, fill="white", font=font)
    draw.rounded_rectangle((30, 300, 640, 430), radius=24, fill="white")
    draw.text((55, 330), text, fill="black", font=font)
    draw.text((470, 395), when, fill=(120, 120, 120), font=small)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def gp_letter() -> bytes:
    """A two-page letter from an invented surgery, as a PDF exhibit printed into the bundle."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    lines = [
        [
            "Riverside Surgery (invented for this sample)",
            "",
            "To whom it may concern",
            "",
            "The patient attended on 5 February 2026 with bruising",
            "to the left upper arm, consistent with the account given.",
        ],
        ["Page two", "", "Follow-up appointment offered. Referral to a local advocate made."],
    ]
    for page in lines:
        text = canvas.beginText(72, 760)
        text.setFont("Helvetica", 12)
        text.setLeading(18)
        for line in page:
            text.textLine(line)
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def voicemail(seconds: int = 42) -> bytes:
    """A silent WAV recording standing in for a voicemail."""
    out = io.BytesIO()
    with wave.open(out, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(2)
        recording.setframerate(8000)
        recording.writeframes(b"\0\0" * 8000 * seconds)
    return out.getvalue()


def build(folder: Path) -> dict[str, Path]:
    rng = random.Random(7)
    folder.mkdir(parents=True, exist_ok=True)
    vault = Vault.create(folder / "vault", "sample passphrase", kdf=SAMPLE_KDF)
    clock = _Clock()
    journal = Journal(vault, clock=clock)
    day = date(2026, 1, 4)
    ids: list[int] = []
    letter_attached = False
    for index in range(36):
        day += timedelta(days=rng.randint(1, 5))
        when = f"{day.isoformat()}T{rng.randint(7, 22):02d}:{rng.choice(['05', '20', '45'])}"
        # Most are written the same evening; every ninth one weeks later (a late entry).
        clock.now = datetime.fromisoformat(when).replace(tzinfo=UTC) + timedelta(
            days=20 if index % 9 == 4 else 0, hours=1
        )
        if index % 3 == 0:
            text = rng.choice(THREATS)
            sender = "+44 7700 900" + f"{rng.randint(100, 999)}"
            shot = screenshot(text, sender, when[-5:])
            ids.append(
                journal.add(
                    Kind.MESSAGE,
                    EntryFields(
                        title="",
                        occurred=Occurred.parse(when),
                        categories=(Category.THREATS,),
                        body=text,
                        channel=rng.choice(["sms", "whatsapp"]),
                        sender=sender,
                        tags=("messages",),
                    ),
                    [AttachmentSource(f"Screenshot_{day:%Y%m%d}.png", data=shot)],
                )
            )
            continue
        title, category, detail = rng.choice(INCIDENTS)
        body = (
            f"{detail} It started when I came home and he was already angry about something. "
            "I tried to stay calm and not answer back. " * rng.randint(1, 4)
        ).strip()
        ids.append(
            journal.add(
                Kind.INCIDENT,
                EntryFields(
                    title=title,
                    occurred=Occurred.parse(when, approximate=index % 7 == 0),
                    categories=(
                        (category, Category.THREATS)
                        if category is Category.PHYSICAL
                        else (category,)
                    ),
                    body=body,
                    location=rng.choice(["Flat, kitchen", "Outside the school", "Car park"]),
                    people=("J. (partner)",),
                    witnesses=("Neighbour, flat 3",) if index % 4 == 0 else (),
                    injuries="Bruised arm" if category is Category.PHYSICAL else "",
                    told=(Disclosure("GP surgery", f"REF-{1000 + index}"),)
                    if index % 5 == 0
                    else (),
                    tags=("home",) if index % 2 else ("home", "children present"),
                    severity=rng.randint(2, 5),
                ),
                [AttachmentSource("GP letter.pdf", data=gp_letter())]
                if category is Category.PHYSICAL and not letter_attached
                else [],
            )
        )
        letter_attached = letter_attached or category is Category.PHYSICAL
    clock.now = datetime(2026, 5, 2, 21, 0, tzinfo=UTC)
    journal.add(
        Kind.INCIDENT,
        EntryFields(
            title="Message from his sister (Polish, Arabic) – Zażółć gęślą jaźń",
            occurred=Occurred.parse("2026-05-02T19:00"),
            categories=(Category.THREATS,),
            body="„Nie uciekniesz.” Știu unde ești. Я знаю, где ты. Ξέρω πού είσαι.\n\n"
            "قال إنه سيجدني أينما ذهبت. لا أحد سيصدقك (مرتين).\n\n"
            "She wrote: «لا أحد سيصدقك (أبدا)» and hung up.\n\nShe added an emoji: 😠",
            tags=("family",),
        ),
    )
    clock.now = datetime(2026, 5, 4, 8, 10, tzinfo=UTC)
    recording = voicemail()
    journal.add(
        Kind.MESSAGE,
        EntryFields(
            title="",
            occurred=Occurred.parse("2026-05-04T07:55"),
            categories=(Category.THREATS,),
            body="Voicemail left at 07:55, 42 seconds. He says he will wait outside.",
            channel="voicemail",
            sender="+44 7700 900555",
            transcripts=(
                (
                    hashlib.sha256(recording).hexdigest(),
                    "It's me. I know where you are staying. I'll wait outside until you come "
                    "out. Don't make me come in.",
                ),
            ),
        ),
        [AttachmentSource("voicemail.wav", data=recording)],
    )
    clock.now = datetime(2026, 5, 3, 9, 30, tzinfo=UTC)
    first = ids[1]
    original = journal.get(first).current.fields
    assert original is not None
    journal.edit(
        first,
        replace(original, body=original.body + " (Added later: he also took my keys.)"),
    )
    vault.close()
    vault = Vault.open(folder / "vault", bytearray(b"sample passphrase"))
    bundles = {}
    for language in ("en", "es", "pt_BR"):
        out = folder / f"bundle-{language}.pdf"
        export_bundle(Journal(vault), ExportOptions(name="S. K.", language=language), out)
        bundles[language] = out
    vault.close()
    return bundles


if __name__ == "__main__":
    for language, path in build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/sample")).items():
        print(language, path)
