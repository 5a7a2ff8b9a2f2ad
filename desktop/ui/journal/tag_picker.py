"""Tagging an entry: a field with completion (``trust+``, ``control``, ``#hiking``) and toggles for the mouse.

Each quality toggle cycles none → nurtured → strained on a click or Space; each warning sign is on or off;
own tags appear as chips that a click removes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.qualities import NEUTRAL, NURTURED, QUALITIES, STRAINED, WARNING_SIGNS, Quality, Tag, parse_tag
from desktop.errors import TandemError
from desktop.ui.core_texts import quality_description, quality_label
from desktop.ui.guide import add_guide_action, guide_link_label
from desktop.ui.journal.flow_layout import FlowLayout
from desktop.ui.widgets import Notice

_NEXT_STATE = {NEUTRAL: NURTURED, NURTURED: STRAINED, STRAINED: NEUTRAL}
_STATE_WORD = {
    NEUTRAL: QT_TRANSLATE_NOOP("QualityToggle", "not tagged"),
    NURTURED: QT_TRANSLATE_NOOP("QualityToggle", "nurtured"),
    STRAINED: QT_TRANSLATE_NOOP("QualityToggle", "strained"),
}
_COLUMNS = 5


def completions() -> list[str]:
    words = [f"{quality.id}{sign}" for quality in QUALITIES for sign in ("+", "-")]
    return words + [sign.id for sign in WARNING_SIGNS] + ["#"]


class QualityToggle(QToolButton):
    """One quality: none → nurtured (+) → strained (−) → none."""

    state_changed = Signal()

    def __init__(self, quality: Quality, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quality = quality
        self.state = NEUTRAL
        self.setCheckable(True)
        self.setAutoRaise(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clicked.connect(self._cycle)
        add_guide_action(self, quality.id, quality_label(quality))
        self._show()

    def set_state(self, state: int) -> None:
        self.state = state
        self._show()

    def _cycle(self) -> None:
        self.set_state(_NEXT_STATE[self.state])
        self.state_changed.emit()

    def _show(self) -> None:
        mark = {NURTURED: "  +", STRAINED: "  −"}.get(self.state, "")
        label = quality_label(self.quality)
        self.setText(label + mark)
        self.setChecked(self.state != NEUTRAL)
        word = QCoreApplication.translate("QualityToggle", _STATE_WORD[self.state])
        self.setAccessibleName(self.tr("{quality}: {state}").format(quality=label, state=word))
        self.setToolTip(
            self.tr("{description}\nNow {state}. Click or press Space to change; right-click for the Guide.").format(
                description=quality_description(self.quality), state=word
            )
        )


class WarningToggle(QToolButton):
    def __init__(self, sign: Quality, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sign = sign
        label = quality_label(sign)
        self.setText(label)
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(
            self.tr("{description}\nRight-click to read about it in the Guide.").format(
                description=quality_description(sign)
            )
        )
        add_guide_action(self, sign.id, label)
        self.setAccessibleName(self.tr("Warning sign: {sign}").format(sign=label))


class TagPicker(QWidget):
    tags_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own: list[Tag] = []
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Add a tag: trust+, support-, control, #hiking — then Enter"))
        self.field.setAccessibleName(self.tr("Add a tag"))
        self.field.setClearButtonEnabled(True)
        self.completer = QCompleter(QStringListModel(completions(), self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(self.completer)
        self.field.returnPressed.connect(self.add_from_field)
        # After a completion is picked, the field holds it once the completer is done: add it then.
        self.completer.activated.connect(lambda _text: QTimer.singleShot(0, self.add_from_field))
        self.error = Notice()

        self.quality_toggles: dict[str, QualityToggle] = {}
        grid = QGridLayout()
        grid.setSpacing(4)
        for position, quality in enumerate(QUALITIES):
            toggle = QualityToggle(quality)
            toggle.state_changed.connect(self.tags_changed)
            self.quality_toggles[quality.id] = toggle
            grid.addWidget(toggle, position // _COLUMNS, position % _COLUMNS)
        self.warning_toggles: dict[str, WarningToggle] = {}
        signs = QGridLayout()
        signs.setSpacing(4)
        for position, sign in enumerate(WARNING_SIGNS):
            toggle = WarningToggle(sign)
            toggle.toggled.connect(self.tags_changed)
            self.warning_toggles[sign.id] = toggle
            signs.addWidget(toggle, 0, position)
        self.chips_box = QWidget()
        self.chips = FlowLayout(self.chips_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(
            guide_link_label(self.tr("Qualities — click once for nurtured (+), twice for strained (−)."),
                             "interdependence", self.tr("What do they mean?"))
        )  # fmt: skip
        layout.addLayout(grid)
        layout.addWidget(guide_link_label(self.tr("Warning signs."), "warning-signs", self.tr("What are these?")))
        layout.addLayout(signs)
        layout.addWidget(self.chips_box)
        self.chips_box.hide()

    # -- reading and setting -------------------------------------------------------------------------

    def tags(self) -> tuple[Tag, ...]:
        chosen = [Tag(name, toggle.state) for name, toggle in self.quality_toggles.items() if toggle.state]
        chosen += [Tag(name) for name, toggle in self.warning_toggles.items() if toggle.isChecked()]
        return tuple(chosen + self._own)

    def set_tags(self, tags: tuple[Tag, ...]) -> None:
        self.blockSignals(True)
        try:
            for toggle in self.quality_toggles.values():
                toggle.set_state(NEUTRAL)
            for sign in self.warning_toggles.values():
                sign.setChecked(False)
            self._own = []
            for tag in tags:
                self._apply(tag)
        finally:
            self.blockSignals(False)
        self.field.clear()
        self.error.clear_message()
        self._show_chips()

    def add_from_field(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        try:
            tag = parse_tag(text)
        except TandemError as error:
            self.error.show_message(str(error))
            return
        self.error.clear_message()
        self.field.clear()
        self._apply(tag)
        self._show_chips()
        self.tags_changed.emit()

    # -- internals --------------------------------------------------------------------------------------

    def _apply(self, tag: Tag) -> None:
        if tag.name in self.quality_toggles:
            self.quality_toggles[tag.name].set_state(tag.polarity)
        elif tag.name in self.warning_toggles:
            self.warning_toggles[tag.name].setChecked(True)
        elif tag not in self._own:
            self._own.append(tag)

    def _remove_own(self, tag: Tag) -> None:
        if tag in self._own:
            self._own.remove(tag)
            self._show_chips()
            self.tags_changed.emit()
            self.field.setFocus()

    def _show_chips(self) -> None:
        while (item := self.chips.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for tag in self._own:
            chip = QToolButton()
            chip.setText(f"{tag.name}  ×")  # the tag as written, and a mark
            chip.setAutoRaise(False)
            chip.setAccessibleName(self.tr("Remove tag {tag}").format(tag=tag.name))
            chip.setToolTip(self.tr("Remove {tag}").format(tag=tag.name))
            chip.clicked.connect(lambda _checked=False, t=tag: self._remove_own(t))
            self.chips.addWidget(chip)
        self.chips_box.setVisible(bool(self._own))
        self.chips_box.updateGeometry()
