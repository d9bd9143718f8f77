"""Translated names of the core's categories, channels and severities, shown in the windows.

The core holds their English labels (`CATEGORY_LABELS`, `CHANNEL_LABELS`); the markers below
let `pyside6-lupdate` collect them for the .ts files, in one context so every screen uses the
same words (the same words as the PDF catalogue in journal_app/i18n/catalogues).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal_app.core.models import CATEGORY_LABELS, CHANNEL_LABELS, Category, Channel
from journal_app.ui.widgets import QT_TRANSLATE_NOOP

_CONTEXT = "labels"

_MARKED = (
    QT_TRANSLATE_NOOP("labels", "Physical"),
    QT_TRANSLATE_NOOP("labels", "Sexual"),
    QT_TRANSLATE_NOOP("labels", "Emotional / psychological"),
    QT_TRANSLATE_NOOP("labels", "Threats"),
    QT_TRANSLATE_NOOP("labels", "Stalking / harassment"),
    QT_TRANSLATE_NOOP("labels", "Financial / economic"),
    QT_TRANSLATE_NOOP("labels", "Digital / online"),
    QT_TRANSLATE_NOOP("labels", "Immigration-status threats"),
    QT_TRANSLATE_NOOP("labels", "Child-related"),
    QT_TRANSLATE_NOOP("labels", "Other"),
    QT_TRANSLATE_NOOP("labels", "SMS / text message"),
    QT_TRANSLATE_NOOP("labels", "Phone call"),
    QT_TRANSLATE_NOOP("labels", "WhatsApp"),
    QT_TRANSLATE_NOOP("labels", "Signal"),
    QT_TRANSLATE_NOOP("labels", "Telegram"),
    QT_TRANSLATE_NOOP("labels", "Email"),
    QT_TRANSLATE_NOOP("labels", "Social media"),
    QT_TRANSLATE_NOOP("labels", "In person"),
    QT_TRANSLATE_NOOP("labels", "Voicemail"),
    QT_TRANSLATE_NOOP("labels", "Letter / note"),
)

# How serious it felt, 1 to 5: numbers, with only the two ends explained. Words such as "low"
# would grade the person's own account, and could be read back against them.
SEVERITY_VALUES = (1, 2, 3, 4, 5)
SEVERITY_ENDS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("labels", "1 (least)"),
    5: QT_TRANSLATE_NOOP("labels", "5 (most)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def category_label(category: Category) -> str:
    return tr(CATEGORY_LABELS[category])


def channel_label(channel: Channel) -> str:
    return tr(CHANNEL_LABELS[channel])


def severity_label(value: int) -> str:
    """'1 (least)', '2', '3', '4', '5 (most)'."""
    return tr(SEVERITY_ENDS[value]) if value in SEVERITY_ENDS else str(value)


def marked() -> frozenset[str]:
    """Every English label marked above (a test checks the core has no label left out)."""
    return frozenset(_MARKED)
