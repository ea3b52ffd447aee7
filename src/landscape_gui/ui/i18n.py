"""The interface language: which one (--lang, else the remembered setting, else the system
locale), loading its Qt translations, and whether any installed font can draw Hangul."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase

from landscape_gui.core.messages import Message, render_error
from landscape_gui.core.session import RunSpec

LANGUAGES = {"en": "English", "ko": "한국어"}
SETTING = "language"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "i18n"
FONT_HINT = (
    "Korean was chosen but no installed font can draw Hangul, so the text will show as boxes. "
    "Install a CJK font (on Debian/Ubuntu: apt install fonts-nanum) and restart."
)

_installed: list[QTranslator] = []


def choose_language(requested: str | None, settings: QSettings | None = None) -> str:
    """'en' or 'ko': the request if given, else the remembered choice, else the system locale."""
    if requested in LANGUAGES:
        return str(requested)
    remembered = (settings or QSettings()).value(SETTING, "")
    if remembered in LANGUAGES:
        return str(remembered)
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def remember_language(lang: str, settings: QSettings | None = None) -> None:
    """Keep the menu's choice for the next start."""
    (settings or QSettings()).setValue(SETTING, lang)


def install_translations(lang: str) -> bool:
    """Load the app's and Qt's own translations for lang (English needs none); False if the
    app's .qm file is missing, in which case the interface stays English."""
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang == "en" or app is None:
        return True
    files = sorted(TRANSLATIONS.glob(f"*_{lang}.qm"))  # the UI's and the lessons'
    if not files:
        return False
    for path in files:
        ours = QTranslator(app)
        if ours.load(str(path)):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
    qt = QTranslator(app)  # Qt's own dialogs and standard buttons
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    return True


def core_text(context: str, text: str) -> str:
    """A text core shows (context "lessons", "surfaces" or "optimizers", collected into
    translations/core_*.ts by scripts/core-strings.py) in the interface language."""
    return QCoreApplication.translate(context, text)


def message_text(text: Message) -> str:
    """A core message (an outcome, an inspector fact, a message about bad input) in the
    interface language; its templates are in the context "messages"."""
    return text.render(lambda template: core_text("messages", template))


def error_text(error: BaseException) -> str:
    """An exception's text for people, translated where core raised it with a Message."""
    return render_error(error, lambda template: core_text("messages", template))


def lesson_text(text: str) -> str:
    """A lesson's title or caption in the interface language."""
    return core_text("lessons", text)


def lesson_runs(specs: Sequence[RunSpec]) -> list[RunSpec]:
    """A lesson's (or the first window's) runs with their names in the interface language."""
    return [replace(spec, name=lesson_text(spec.name)) for spec in specs]


def can_draw_hangul() -> bool:
    """Whether some installed font declares the Korean writing system."""
    return any(
        QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(family)
        for family in QFontDatabase.families()
    )
