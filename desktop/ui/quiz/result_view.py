"""A quiz result as a person reads it: scores first, the chart, the tendency, what it means, tips, support."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.quiz.model import Quiz
from desktop.core.quiz.scoring import display_score
from desktop.core.quiz.support import SupportList
from desktop.ui.guide import guide_link_label
from desktop.ui.quiz.plot import DimensionPlot, PlotPoint
from desktop.ui.widgets import heading, hint, scaled_font

TENDENCY_NOTE = QT_TRANSLATE_NOOP("ResultView", "This is a tendency, not a diagnosis, and tendencies can change.")


def text_label(text: str, *, bold: bool = False, factor: float = 1.0, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold or factor != 1.0:
        label.setFont(scaled_font(label, factor, bold=bold))
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def bullets(lines: tuple[str, ...] | list[str]) -> QLabel:
    return text_label("\n".join(f"•  {line}" for line in lines))


def scores_text(quiz: Quiz, scores: dict[str, float]) -> list[str]:
    lines = []
    for subscale in quiz.subscales:
        low, high = quiz.score_range(subscale.id)
        lines.append(
            QCoreApplication.translate("ResultView", "{subscale}: {score}  (from {low} to {high})").format(
                subscale=subscale.label, score=display_score(scores[subscale.id]), low=f"{low:g}", high=f"{high:g}"
            )
        )
    return lines


class ResultView(QWidget):
    """One result. The `support` box is shown only when the category asks for it (codependent patterns high)."""

    def __init__(
        self,
        quiz: Quiz,
        scores: dict[str, float],
        category_id: str,
        *,
        who: str | None = None,
        colour: str = "",
        support: SupportBox | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        category = quiz.category(category_id)
        who = self.tr("You") if who is None else who
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        layout.addWidget(text_label(self.tr("Your scores"), bold=True, factor=1.1))
        self.scores_label = text_label("\n".join(scores_text(quiz, scores)))
        layout.addWidget(self.scores_label)
        for subscale in quiz.subscales:
            if subscale.description:
                layout.addWidget(hint(f"{subscale.label}: {subscale.description}"))

        self.plot: DimensionPlot | None = None
        if quiz.plot_axes is not None:
            self.plot = DimensionPlot(quiz)
            x, y = quiz.plot_axes
            self.plot.set_points([PlotPoint(who, scores[x], scores[y], colour)])
            layout.addWidget(self.plot, 0, Qt.AlignmentFlag.AlignLeft)

        self.tendency_label = heading(self.tr("You tend towards: {tendency}").format(tendency=category.title), 1.3)
        layout.addWidget(self.tendency_label)
        layout.addWidget(hint(self.tr(TENDENCY_NOTE)))
        self.meaning_label = text_label(f"{category.summary}\n\n{category.meaning}")
        layout.addWidget(self.meaning_label)
        layout.addWidget(
            text_label(
                self.tr("Tips for the {tendency} tendency").format(tendency=category.title.lower()),
                bold=True,
                factor=1.1,
            )
        )
        self.tips_label = bullets(category.tips)
        layout.addWidget(self.tips_label)
        self.guide_label = guide_link_label(
            self.tr("More on this tendency, and on supporting each other:"),
            category.id,
            self.tr("{tendency} in the Guide").format(tendency=category.title),
        )
        layout.addWidget(self.guide_label)

        self.support_box = support if category.support_prompt else None
        if self.support_box is not None:
            layout.addWidget(self.support_box)

        provenance = quiz.provenance
        if provenance.validated:
            about = self.tr("{quiz} by {author}, checked by research. A reflection aid, not a diagnosis.")
        else:
            about = self.tr("{quiz} by {author}, not validated by research. A reflection aid, not a diagnosis.")
        layout.addWidget(hint(about.format(quiz=quiz.title, author=provenance.author)))


class SupportBox(QFrame):
    """A gentle pointer to people who can help, from resources/support/, for the country the person chooses."""

    def __init__(
        self, lists: list[SupportList], country: str, on_country: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._lists = {support.country: support for support in lists}
        self._on_country = on_country
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr("You don't have to work on this alone"), bold=True, factor=1.1))
        layout.addWidget(
            text_label(self.tr("Patterns like these often ease with support. If it feels right, these may help:"))
        )
        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(self.tr("Country for support resources"))
        for support in lists:
            self.country_combo.addItem(support.name, support.country)
        chooser = QHBoxLayout()
        chooser.addWidget(hint(self.tr("Show resources for:")))
        chooser.addWidget(self.country_combo)
        chooser.addStretch(1)
        layout.addLayout(chooser)
        self.resources_label = bullets([])
        layout.addWidget(self.resources_label)
        index = self.country_combo.findData(country)
        self.country_combo.setCurrentIndex(max(index, 0))
        self._show(str(self.country_combo.currentData()))
        self.country_combo.currentIndexChanged.connect(lambda _i: self._chosen(str(self.country_combo.currentData())))

    def _chosen(self, country: str) -> None:
        self._show(country)
        if self._on_country is not None:
            self._on_country(country)

    def _show(self, country: str) -> None:
        lines = []
        for resource in self._lists[country].resources:
            contact = " · ".join(part for part in (resource.phone, resource.website) if part)
            lines.append(f"{resource.name}: {resource.description}" + (f" ({contact})" if contact else ""))
        self.resources_label.setText("\n".join(f"•  {line}" for line in lines))
