"""A damaged profile list at start-up: the person is offered its backup, or told plainly there is none."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.errors import StorageProblem, TandemError
from desktop.services.container import Services
from desktop.store.paths import DataDir
from desktop.ui.startup_repair import RegistryRepairBox, repair_at_startup
from tests.conftest import FAST_KDF
from tests.helpers import all_bytes_under

PASSPHRASE = "alex passphrase"


def _make_alex(data_dir: DataDir, *, backed_up: bool) -> str:
    """A data dir with Alex's profile (and a backup of the profile list): the backup's time as the box shows it."""
    services = Services.open(data_dir, kdf=FAST_KDF)
    try:
        services.profiles.create_profile("Alex", "#3b7dd8", PASSPHRASE)
        if not backed_up:
            return ""
        (made,) = services.backups.backup_now([]).made
        return made.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
    finally:
        services.close()


def _damage_registry(data_dir: DataDir) -> bytes:
    """Cut the profile list short, as a crash in the middle of writing it might; the damaged bytes."""
    whole = data_dir.registry_path.read_bytes()
    data_dir.registry_path.write_bytes(whole[: len(whole) // 3])
    return data_dir.registry_path.read_bytes()


def _start_failure(data_dir: DataDir) -> TandemError:
    with pytest.raises(TandemError) as failed:
        Services.open(data_dir)
    return failed.value


@dataclass
class Shown:
    """What the person saw in the message box, and which button they clicked."""

    box_type: type = QMessageBox
    texts: list[str] = field(default_factory=list)
    buttons: list[str] = field(default_factory=list)


def _click_when_shown(qtbot: QtBot, button_text: str) -> Shown:
    """Once a message box is up (it runs its own event loop), read it and click the button named `button_text`."""
    shown = Shown()

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, poll)
            return
        shown.box_type = type(box)
        shown.texts = [box.windowTitle(), box.text(), box.informativeText()]
        shown.buttons = [button.text() for button in box.buttons()]
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == button_text), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, poll)
    return shown


def test_restoring_the_backup_brings_the_profiles_back(qtbot: QtBot, data_dir: DataDir) -> None:
    made = _make_alex(data_dir, backed_up=True)
    damaged = _damage_registry(data_dir)
    error = _start_failure(data_dir)

    restore = f"Restore the profile list from the backup of {made}"
    shown = _click_when_shown(qtbot, restore)
    services = repair_at_startup(data_dir, error)

    assert shown.box_type is RegistryRepairBox
    assert shown.buttons == [restore, "Quit"]
    assert "list of profiles is damaged" in shown.texts[1] and made in shown.texts[2]
    assert services is not None
    try:
        assert [profile.name for profile in services.profiles.list_profiles()] == ["Alex"]
        services.profiles.unlock("Alex", PASSPHRASE).lock()
    finally:
        services.close()
    (aside,) = data_dir.root.glob("registry.sqlite.damaged-*")
    assert aside.read_bytes() == damaged


def test_quitting_changes_nothing(qtbot: QtBot, data_dir: DataDir) -> None:
    _make_alex(data_dir, backed_up=True)
    _damage_registry(data_dir)
    error = _start_failure(data_dir)
    before = all_bytes_under(data_dir.root)

    _click_when_shown(qtbot, "Quit")
    assert repair_at_startup(data_dir, error) is None
    assert all_bytes_under(data_dir.root) == before


def test_without_a_usable_backup_only_quit_is_offered(qtbot: QtBot, data_dir: DataDir) -> None:
    _make_alex(data_dir, backed_up=False)
    _damage_registry(data_dir)
    error = _start_failure(data_dir)
    before = all_bytes_under(data_dir.root)

    shown = _click_when_shown(qtbot, "Quit")
    assert repair_at_startup(data_dir, error) is None

    assert shown.box_type is RegistryRepairBox
    assert shown.buttons == ["Quit"]
    assert "no backup of the list that opens" in shown.texts[2]
    assert "tandem restore --registry" in shown.texts[2] and "tandem check" in shown.texts[2]
    assert all_bytes_under(data_dir.root) == before


def test_any_other_start_up_error_is_shown_as_it_is(qtbot: QtBot, data_dir: DataDir) -> None:
    _make_alex(data_dir, backed_up=True)
    before = all_bytes_under(data_dir.root)
    problem = StorageProblem("Tandem cannot write to its data folder.")

    shown = _click_when_shown(qtbot, "OK")
    assert repair_at_startup(data_dir, problem) is None

    assert shown.box_type is QMessageBox
    assert shown.texts[:2] == ["Tandem cannot start", "Tandem cannot write to its data folder."]
    assert all_bytes_under(data_dir.root) == before
