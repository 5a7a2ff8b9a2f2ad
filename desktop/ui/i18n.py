"""The app's language: a compiled translation for the system locale when one ships, and a pseudo-locale.

The source texts are English, marked with `tr()`; `resources/translations/tandem.ts` holds them for
translators (`packaging/update_translations.py` refreshes it). `TANDEM_LOCALE=pseudo` lengthens every text
by about 40 % and brackets it, to show where a layout would clip a longer translation.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.resources import resource

LOCALE_ENV = "TANDEM_LOCALE"
PSEUDO_LOCALE = "pseudo"

# What must come through untouched: format fields, HTML tags and entities, Qt's %n/%1, the & of a mnemonic.
_KEEP = re.compile(r"(\{[^{}]*\}|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|%n|%\d|&&|&)")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnCN", "áéíóúýÁÉÍÓÚÝçñÇÑ")


def pseudo_translate(text: str) -> str:
    """`Save entry` → `⟦Sávé éñtrý·····⟧`: accented, about 40 % longer, bracketed; placeholders kept."""
    if not text.strip():
        return text
    pieces = _KEEP.split(text)
    letters = sum(len(piece) for index, piece in enumerate(pieces) if index % 2 == 0)
    accented = "".join(piece if index % 2 else piece.translate(_ACCENTED) for index, piece in enumerate(pieces))
    return f"⟦{accented}{'·' * max(2, round(letters * 0.4))}⟧"


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo_translate(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def install_translator(app: QApplication, parent: QObject, folder: Path | None = None) -> QTranslator | None:
    """Install the translation for `$TANDEM_LOCALE` or the system locale from `folder` (the shipped
    `resources/translations`); None for English, the source language, or a language not translated yet."""
    wanted = os.environ.get(LOCALE_ENV, "")
    if wanted == PSEUDO_LOCALE:
        translator: QTranslator = PseudoTranslator(parent)
    else:
        translator = QTranslator(parent)
        locale = QLocale(wanted) if wanted else QLocale.system()
        if not translator.load(locale, "tandem", "_", str(folder or resource("translations"))):
            return None
    app.installTranslator(translator)
    return translator
