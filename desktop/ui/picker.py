"""“Who's writing?”: one large button per profile, and a way to create one."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from desktop.services.profiles import ProfileService, ProfileSummary
from desktop.ui.widgets import center_column, colour_icon, heading, hint, scaled_font

_COLUMN_WIDTH = 340


class PickerPage(QWidget):
    """Lists profiles from the registry (names and colours only; nothing from any vault)."""

    profile_chosen = Signal(object)  # ProfileSummary
    new_profile_requested = Signal()
    welcome_requested = Signal()

    def __init__(self, profiles: ProfileService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profiles = profiles
        self.title = heading(self.tr("Who's writing?"), 1.8)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.subtitle = hint()
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self._buttons_box = QVBoxLayout()
        self._buttons_box.setSpacing(10)
        self.new_button = QPushButton(self.tr("New profile…"))
        self.new_button.setToolTip(self.tr("Create a profile with its own private journal"))
        self.new_button.clicked.connect(self.new_profile_requested)
        self.welcome_button = QPushButton(self.tr("What is Tandem?"))
        self.welcome_button.setFlat(True)
        self.welcome_button.setToolTip(self.tr("A short welcome: what Tandem is for, and how your privacy works"))
        self.welcome_button.clicked.connect(self.welcome_requested)

        column = QWidget()
        column.setFixedWidth(_COLUMN_WIDTH)
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(14)
        column_layout.addWidget(self.title)
        column_layout.addWidget(self.subtitle)
        column_layout.addSpacing(8)
        column_layout.addLayout(self._buttons_box)
        column_layout.addSpacing(8)
        column_layout.addWidget(self.new_button)
        column_layout.addWidget(self.welcome_button)

        center_column(self, column)
        self.profile_buttons: dict[str, QPushButton] = {}
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the buttons from the registry."""
        for button in self.profile_buttons.values():
            self._buttons_box.removeWidget(button)
            button.deleteLater()
        self.profile_buttons = {}
        summaries = self._profiles.list_profiles()
        for summary in summaries:
            button = self._profile_button(summary)
            self._buttons_box.addWidget(button)
            self.profile_buttons[summary.name] = button
        if summaries:
            self.title.setText(self.tr("Who's writing?"))
            self.subtitle.setText(self.tr("Choose your profile to open your journal."))
            self.new_button.setText(self.tr("New profile…"))
        else:
            self.title.setText(self.tr("Welcome to Tandem"))
            self.subtitle.setText(
                self.tr(
                    "Each person who writes here gets a profile with a private journal, "
                    "locked with their own passphrase. Create the first one to begin."
                )
            )
            self.new_button.setText(self.tr("Create your first profile…"))
        self.new_button.setDefault(not summaries)

    def focus_first(self) -> None:
        first = next(iter(self.profile_buttons.values()), self.new_button)
        first.setFocus()

    def _profile_button(self, summary: ProfileSummary) -> QPushButton:
        button = QPushButton(summary.name)
        button.setIcon(colour_icon(summary.colour, 28))
        button.setIconSize(QSize(28, 28))
        button.setFont(scaled_font(button, 1.35))
        button.setMinimumHeight(60)
        button.setStyleSheet("text-align: left; padding-left: 16px;")
        button.setToolTip(self.tr("Open {name}'s journal").format(name=summary.name))
        button.clicked.connect(lambda _checked=False, s=summary: self.profile_chosen.emit(s))
        return button
