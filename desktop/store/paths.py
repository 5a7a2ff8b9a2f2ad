"""Where Tandem keeps its files, and how the data dir is chosen."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "TANDEM_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's user data dir for Tandem, unless TANDEM_DATA_DIR overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # only needed when no override is given

    return Path(platformdirs.user_data_dir("Tandem", appauthor=False))


@dataclass(frozen=True)
class DataDir:
    """The layout of one data dir, as DESIGN.md draws it."""

    root: Path

    @property
    def registry_path(self) -> Path:
        return self.root / "registry.sqlite"

    @property
    def vaults_dir(self) -> Path:
        return self.root / "vaults"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def lock_path(self) -> Path:
        return self.root / "tandem.lock"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def quizzes_dir(self) -> Path:
        """Quiz files of the user's own, listed beside the shipped ones."""
        return self.root / "quizzes"

    @property
    def ui_settings_path(self) -> Path:
        """Window size and position, reminders: preferences of this computer's app, nothing of a journal."""
        return self.root / "ui-settings.ini"

    def profile_vault_path(self, profile_id: str) -> Path:
        return self.vaults_dir / f"{profile_id}.sqlite"

    def couple_vault_path(self, couple_id: str) -> Path:
        return self.vaults_dir / f"couple-{couple_id}.sqlite"

    def ensure(self) -> None:
        """Create the folders, readable by the owner only where the OS allows it."""
        for folder in (self.root, self.vaults_dir, self.backups_dir):
            folder.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(OSError):  # e.g. a filesystem without POSIX modes
                folder.chmod(0o700)
