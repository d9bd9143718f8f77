"""The export parsers (issue 16): each format and variant, from fixtures written for the tests."""

from __future__ import annotations

import contextlib
import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.importers import (
    DateOrderUnknown,
    ImportRefused,
    ParseOptions,
    detect,
    parse_bytes,
    read_export,
)
from tests.support.fuzzing import fuzz_settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def test_android_file_with_a_13_is_read_day_first() -> None:
    parsed = read_export(FIXTURES / "whatsapp_android_dmy.txt")
    assert parsed.format == "whatsapp" and parsed.date_order == "dmy"
    first = parsed.messages[0]
    assert first.sender == "Marco Ruiz" and first.local == datetime(2024, 1, 12, 21, 15)
    assert first.position == "line 2" and first.written == "12/01/2024, 21:15"
    multi = parsed.messages[3]
    assert (
        multi.text == "You think you can hide?\nI know where she lives.\nI'll be there tomorrow 😡"
    )
    assert parsed.messages[4].text == "<Media omitted>" and not parsed.messages[4].media
    assert parsed.messages[5].media == ("IMG-20240113-WA0003.jpg",)
    assert [m.sender for m in parsed.messages[-2:]] == ["Марко", "Lucía Ferreira"]
    assert parsed.messages[-1].text == "لا تتصل بي مرة أخرى"
    assert parsed.skipped == 2  # the encryption notice and the number change


def test_iphone_twelve_hour_file_is_read_month_first() -> None:
    parsed = read_export(FIXTURES / "whatsapp_iphone_mdy.txt")
    assert parsed.date_order == "mdy"
    times = [m.local for m in parsed.messages]
    assert times[0] == datetime(2024, 1, 12, 21, 15, 40)
    assert times[1] == datetime(2024, 1, 12, 0, 5)  # 12:05 AM
    assert parsed.messages[1].text == "Leave me alone\nthat's all I ask"
    assert parsed.messages[2].media == ("00000012-PHOTO-2024-01-14-07-30-11.jpg",)
    assert parsed.skipped == 1


def test_a_file_that_cannot_tell_asks_for_the_order() -> None:
    with pytest.raises(DateOrderUnknown, match="--date-order"):
        read_export(FIXTURES / "whatsapp_ambiguous.txt")
    day_first = read_export(FIXTURES / "whatsapp_ambiguous.txt", None, ParseOptions("dmy"))
    month_first = read_export(FIXTURES / "whatsapp_ambiguous.txt", None, ParseOptions("mdy"))
    assert day_first.messages[0].local == datetime(2024, 4, 3, 10, 0)
    assert month_first.messages[0].local == datetime(2024, 3, 4, 10, 0)


def test_an_order_the_file_contradicts_is_refused() -> None:
    with pytest.raises(ImportRefused):
        read_export(FIXTURES / "whatsapp_android_dmy.txt", None, ParseOptions("mdy"))


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zip_with_media() -> None:
    chat = (FIXTURES / "whatsapp_android_dmy.txt").read_bytes()
    data = _zip({"WhatsApp Chat with Marco Ruiz.txt": chat, "IMG-20240113-WA0003.jpg": b"\xff\xd8"})
    parsed = parse_bytes(data, None, ParseOptions())
    assert parsed.format == "whatsapp" and len(parsed.messages) == 8
    assert parsed.media_names == {"IMG-20240113-WA0003.jpg"}
    assert parsed.read_media is not None
    assert parsed.read_media("IMG-20240113-WA0003.jpg") == b"\xff\xd8"


@pytest.mark.parametrize(
    "name", ["../evil.txt", "/etc/passwd", "C:/x.txt", "media/../../x.jpg", "a\\..\\..\\b"]
)
def test_zip_members_outside_the_folder_are_refused(name: str) -> None:
    chat = (FIXTURES / "whatsapp_android_dmy.txt").read_bytes()
    with pytest.raises(ImportRefused, match="outside its folder"):
        parse_bytes(_zip({"_chat.txt": chat, name: b"x"}), None, ParseOptions())


def test_zip_bombs_and_links_are_refused() -> None:
    chat = (FIXTURES / "whatsapp_android_dmy.txt").read_bytes()
    with pytest.raises(ImportRefused, match="expands far beyond"):
        parse_bytes(_zip({"_chat.txt": chat, "big.bin": bytes(20_000_000)}), None, ParseOptions())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("_chat.txt", chat)
        link = zipfile.ZipInfo("photo.jpg")
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc/passwd")
    with pytest.raises(ImportRefused, match="symbolic link"):
        parse_bytes(buffer.getvalue(), None, ParseOptions())


def test_truncated_files_are_refused() -> None:
    chat = (FIXTURES / "whatsapp_android_dmy.txt").read_bytes()
    whole = _zip({"_chat.txt": chat * 50, "a.jpg": bytes(range(256)) * 40})
    for name in ("sms_backup.xml", "telegram_result.json"):
        data = (FIXTURES / name).read_bytes()
        with pytest.raises(ImportRefused):
            parse_bytes(data[: len(data) // 2], None, ParseOptions())
    with pytest.raises(ImportRefused):
        parse_bytes(whole[: len(whole) // 2], "whatsapp", ParseOptions())
    cut_in_a_character = "Привет".encode()[:-1]
    with pytest.raises(ImportRefused, match="UTF-8"):
        parse_bytes(b"12/01/2024, 21:15 - A: " + cut_in_a_character, "whatsapp", ParseOptions())


def test_sms_backup_sms_and_mms() -> None:
    parsed = read_export(FIXTURES / "sms_backup.xml")
    assert parsed.format == "sms-xml" and len(parsed.messages) == 5
    received, sent, cyrillic, group, sent_mms = parsed.messages
    assert received.sender == "+15550100123" and received.direction == "received"
    assert received.text == "You'll regret leaving 😠"  # two surrogate references joined
    assert received.written == "1705090500000"
    assert sent.direction == "sent" and sent.sender == "" and sent.recipients == ("+15550100123",)
    assert cyrillic.text == "Я знаю, где ты 🔪\nSecond line"
    assert group.sender == "+15550100123"
    assert group.recipients == ("+15550100999", "+15550100777")
    assert group.text == "Everyone will see this 📸"
    assert [name for name, _ in group.inline] == ["IMG_0042.png"]
    assert group.inline[0][1].startswith(b"\x89PNG")
    assert sent_mms.direction == "sent" and sent_mms.text == "I have sent this to my lawyer."


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<smses count="1"><sms address="1" date="1" type="1" body="&lol3;"/></smses>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE smses [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<smses><sms address="1" date="1" type="1" body="&x;"/></smses>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL])
def test_xml_entities_are_refused(data: bytes) -> None:
    with pytest.raises(ImportRefused, match="DTD"):
        parse_bytes(data, None, ParseOptions())


def test_telegram_text_entities_and_media() -> None:
    parsed = read_export(FIXTURES / "telegram_result.json")
    assert parsed.format == "telegram" and parsed.skipped == 1
    first, second, photo, voice = parsed.messages
    assert first.text == "I will find you. See https://example.org/map 📍"
    assert first.written == "2024-01-12T21:15:00" and first.moment is not None
    assert second.local == datetime(2024, 1, 12, 21, 16) and second.sender == "Lucía Ferreira"
    assert photo.media == ("photos/photo_1@13-01-2024_07-02-00.jpg",)
    assert voice.media == ()  # "(File not included...)" is not a file


def test_email_plain_html_and_mbox() -> None:
    plain = read_export(FIXTURES / "email_plain.eml").messages[0]
    assert plain.sender == "Marco Ruiz <marco.ruiz@example.net>"
    assert plain.subject == "Último aviso 😡"
    assert plain.text.startswith("Sé dónde trabajas.")
    assert plain.moment is not None and plain.zoned
    html = read_export(FIXTURES / "email_html_attachment.eml").messages[0]
    assert html.text == "I have more of these.\nEveryone will see them 📸"
    assert [n for n, _ in html.inline] == ["proof.png"]
    box = read_export(FIXTURES / "mailbox.mbox")
    assert [m.subject for m in box.messages] == ["answer me", "Re: answer me"]
    assert box.messages[0].text == "Why don't you answer?\nFrom now on I call your work.\n"
    assert box.skipped == 1  # no Date header


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("whatsapp_android_dmy.txt", "whatsapp"),
        ("whatsapp_iphone_mdy.txt", "whatsapp"),
        ("sms_backup.xml", "sms-xml"),
        ("telegram_result.json", "telegram"),
        ("email_plain.eml", "email"),
        ("mailbox.mbox", "email"),
    ],
)
def test_format_is_detected_from_content(name: str, expected: str) -> None:
    assert detect((FIXTURES / name).read_bytes()) == expected


def test_unknown_content_is_refused() -> None:
    with pytest.raises(ImportRefused, match="not an export"):
        detect(b"\x00\x01 just some bytes")


_SEEDS = [(FIXTURES / n).read_bytes() for n in sorted(p.name for p in FIXTURES.iterdir())]


@pytest.mark.parametrize("export_format", ["whatsapp", "sms-xml", "telegram", "email"])
@fuzz_settings(150)
@given(data=st.data())
def test_fuzz_parsers_raise_only_import_refused(export_format: str, data: st.DataObject) -> None:
    seed = data.draw(st.sampled_from(_SEEDS))
    cut = data.draw(st.integers(0, len(seed)))
    flips = data.draw(
        st.lists(
            st.tuples(st.integers(0, max(len(seed) - 1, 0)), st.binary(min_size=1, max_size=4))
        )
    )
    mutated = bytearray(seed[:cut] if data.draw(st.booleans()) else seed)
    for position, replacement in flips[:8]:
        mutated[position : position + len(replacement)] = replacement
    noise = data.draw(st.binary(max_size=64))
    with contextlib.suppress(ImportRefused):  # anything else fails the test
        parse_bytes(bytes(mutated) + noise, export_format, ParseOptions("dmy"))
