"""Preferences kept inside a vault (so they are as private as the journal)."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.profile_rules import AUTO_LOCK_RANGE, DEFAULT_AUTO_LOCK_MINUTES
from desktop.errors import InvalidInput
from desktop.store.models import Setting
from desktop.store.vault import Vault

AUTO_LOCK_KEY = "auto_lock_minutes"


class VaultSettings:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self, key: str, default: Any = None) -> Any:
        with self._vault.session() as session:
            row = session.get(Setting, key)
            return default if row is None else json.loads(row.value)

    def set(self, key: str, value: Any) -> None:
        with self._vault.session() as session:
            session.merge(Setting(key=key, value=json.dumps(value)))
            session.commit()

    def auto_lock_minutes(self) -> int:
        return int(self.get(AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES))

    def set_auto_lock_minutes(self, minutes: int) -> None:
        low, high = AUTO_LOCK_RANGE
        if not low <= minutes <= high:
            raise InvalidInput(f"Auto-lock can be set from {low} to {high} minutes.")
        self.set(AUTO_LOCK_KEY, minutes)
