"""When Tandem cannot start: say why, and when the profile list is damaged, offer its newest good backup.

The profile list (the registry) is what the window needs first, so when it is damaged nothing else can
open; its backups hold no journal text, so putting one back needs no passphrase. The damaged file is
kept aside by the restore service, never deleted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop.errors import DamagedData, TandemError
from desktop.services.container import Services
from desktop.store.paths import DataDir

if TYPE_CHECKING:
    from desktop.services.backups import BackupInfo


def repair_at_startup(data_dir: DataDir, error: TandemError, parent: QWidget | None = None) -> Services | None:
    """Show why the services at `data_dir` did not open; the services when the person chose a repair
    that worked, or None when Tandem should quit. Modal: returns once the person has answered."""
    from desktop.services.restore import registry_problem, restore_service_without_registry  # only when it fails

    if not (isinstance(error, DamagedData) and registry_problem(data_dir.registry_path) is not None):
        QMessageBox.critical(parent, QCoreApplication.translate("StartupRepair", "Tandem cannot start"), str(error))
        return None
    restores = restore_service_without_registry(data_dir)
    usable = restores.usable_registry()
    box = RegistryRepairBox(usable[0] if usable else None, parent)
    box.exec()
    if box.clickedButton() is not box.restore_button or not usable:
        return None
    try:
        restores.restore_registry(usable[0])
        return Services.open(data_dir)
    except TandemError as failed:
        QMessageBox.critical(parent, QCoreApplication.translate("StartupRepair", "Tandem cannot start"), str(failed))
        return None


class RegistryRepairBox(QMessageBox):
    """The damaged profile list, in plain words: restore `backup` (when there is one) or quit."""

    def __init__(self, backup: BackupInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Tandem cannot start"))
        self.setText(self.tr("Tandem’s list of profiles is damaged, so it cannot show who is writing."))
        self.restore_button: QPushButton | None = None
        if backup is not None:
            made = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.setInformativeText(
                self.tr(
                    "The journals themselves are kept apart from this list. A backup of the list, from {made}, "
                    "opens without a problem. Restoring it puts it in place and keeps the damaged file beside it. "
                    "Anything changed in the list since then, such as a new profile or passphrase, is not in it."
                ).format(made=made)
            )
            self.restore_button = self.addButton(
                self.tr("Restore the profile list from the backup of {made}").format(made=made),
                QMessageBox.ButtonRole.AcceptRole,
            )
        else:
            self.setInformativeText(
                self.tr(
                    "There is no backup of the list that opens, so Tandem cannot repair it by itself. "
                    "Nothing has been changed. If you are comfortable with a terminal, “tandem check” shows "
                    "what is damaged and “tandem restore --registry” lists any backups of it."
                )
            )
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.quit_button)
        self.setEscapeButton(self.quit_button)
