"""Both partners' shared results side by side: both points on one chart, and how each can support the other."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.quiz.model import Quiz
from desktop.services.quiz import Comparison
from desktop.ui.quiz.plot import DimensionPlot, PlotPoint
from desktop.ui.quiz.result_view import TENDENCY_NOTE, bullets, scores_text, text_label
from desktop.ui.widgets import hint


class ComparisonView(QWidget):
    def __init__(
        self, quiz: Quiz, comparison: Comparison, my_name: str, my_colour: str, partner_colour: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        assert comparison.mine is not None and comparison.partner is not None
        mine, theirs, partner = comparison.mine, comparison.partner, comparison.partner_name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            text_label(self.tr("You and {partner}, side by side").format(partner=partner), bold=True, factor=1.1)
        )
        whose = self.tr("{name}:")
        lines = [whose.format(name=my_name), *(f"    {line}" for line in scores_text(quiz, mine.scores))]
        lines += [whose.format(name=partner), *(f"    {line}" for line in scores_text(quiz, theirs.scores))]
        self.scores_label = text_label("\n".join(lines))
        layout.addWidget(self.scores_label)
        self.plot: DimensionPlot | None = None
        if quiz.plot_axes is not None:
            x, y = quiz.plot_axes
            self.plot = DimensionPlot(quiz)
            self.plot.set_points(
                [
                    PlotPoint(my_name, mine.scores[x], mine.scores[y], my_colour),
                    PlotPoint(partner, theirs.scores[x], theirs.scores[y], partner_colour),
                ]
            )
            layout.addWidget(self.plot)
        my_category, their_category = quiz.category(mine.category), quiz.category(theirs.category)
        self.tendencies_label = text_label(
            self.tr("{me} tends towards: {my_tendency}\n{partner} tends towards: {their_tendency}").format(
                me=my_name, my_tendency=my_category.title, partner=partner, their_tendency=their_category.title
            )
        )
        layout.addWidget(self.tendencies_label)
        layout.addWidget(hint(QCoreApplication.translate("ResultView", TENDENCY_NOTE)))
        layout.addWidget(text_label(self.tr("Supporting each other"), bold=True, factor=1.1))
        lines = []
        pairing = quiz.pairing(mine.category, theirs.category)
        if pairing is not None:
            lines.append(pairing.text)
        lines.append(
            self.tr("How you can support {partner}: {support}").format(
                partner=partner, support=their_category.partner_support
            )
        )
        lines.append(
            self.tr("How {partner} can support you: {support}").format(
                partner=partner, support=my_category.partner_support
            )
        )
        self.support_label = bullets(lines)
        layout.addWidget(self.support_label)


def waiting_label(comparison: Comparison) -> QLabel:
    """What someone sees before the reveal: never whether the partner has shared."""
    if not comparison.paired:
        text = QCoreApplication.translate(
            "ComparisonView",
            "Once you are paired with your partner, you can each share a result and compare them side by side.",
        )
    elif comparison.mine is None:
        text = QCoreApplication.translate(
            "ComparisonView",
            "Share one of your results to compare with {partner}. The side-by-side appears "
            "only when both of you have shared; neither of you sees the other's result first.",
        ).format(partner=comparison.partner_name)
    else:
        text = QCoreApplication.translate(
            "ComparisonView", "You have shared your result. The side-by-side appears when {partner} shares theirs too."
        ).format(partner=comparison.partner_name)
    return hint(text)
