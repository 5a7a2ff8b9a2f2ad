"""Creating, unlocking and re-keying profiles through the services."""

from __future__ import annotations

import pytest

from desktop.errors import (
    DamagedData,
    InvalidInput,
    ProfileExists,
    ProfileNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from desktop.services.container import Services
from desktop.services.settings import VaultSettings

PASSPHRASE = "correct horse battery"


def test_created_profile_is_listed_and_has_a_vault(services: Services) -> None:
    created = services.profiles.create_profile("Alex", "#3B7DD8", PASSPHRASE)
    assert [p.name for p in services.profiles.list_profiles()] == ["Alex"]
    assert created.profile.colour == "#3b7dd8"
    assert services.data_dir.profile_vault_path(created.profile.id).is_file()


def test_names_are_unique_ignoring_case_and_space(services: Services) -> None:
    services.profiles.create_profile("Alex", "#3b7dd8", PASSPHRASE)
    with pytest.raises(ProfileExists):
        services.profiles.create_profile("  alex ", "#3b7dd8", PASSPHRASE)


@pytest.mark.parametrize(
    ("name", "colour", "passphrase", "message"),
    [
        ("", "#3b7dd8", PASSPHRASE, "name"),
        ("x" * 41, "#3b7dd8", PASSPHRASE, "at most 40"),
        ("Al\x00ex", "#3b7dd8", PASSPHRASE, "control"),
        ("Alex", "blue", PASSPHRASE, "colour"),
        ("Alex", "#3b7dd8", "short", "at least 8"),
        ("Alex", "#3b7dd8", " padded passphrase ", "space"),
    ],
)
def test_bad_profile_input_is_refused_with_a_reason(
    services: Services, name: str, colour: str, passphrase: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        services.profiles.create_profile(name, colour, passphrase)
    assert services.profiles.list_profiles() == []
    assert not list(services.data_dir.vaults_dir.iterdir())


def test_unicode_names_and_passphrases_work(services: Services) -> None:
    services.profiles.create_profile("Zoë 🌻", "#3b7dd8", "mot de passe très sûr ✓")
    unlocked = services.profiles.unlock("zoë 🌻", "mot de passe très sûr ✓")
    assert unlocked.profile.name == "Zoë 🌻"
    unlocked.lock()


def test_unlock_with_right_and_wrong_passphrase(services: Services) -> None:
    services.profiles.create_profile("Alex", "#3b7dd8", PASSPHRASE)
    with pytest.raises(WrongPassphrase, match="doesn't open"):
        services.profiles.unlock("Alex", PASSPHRASE + "!")
    unlocked = services.profiles.unlock("alex", PASSPHRASE)
    assert unlocked.profile.name == "Alex"
    unlocked.lock()


def test_unknown_profile(services: Services) -> None:
    with pytest.raises(ProfileNotFound, match="Nobody"):
        services.profiles.unlock("Nobody", PASSPHRASE)


def test_recovery_key_opens_the_same_vault(services: Services) -> None:
    created = services.profiles.create_profile("Alex", "#3b7dd8", PASSPHRASE)
    unlocked = services.profiles.unlock("Alex", PASSPHRASE)
    VaultSettings(unlocked.vault).set("note", "written with the passphrase")
    unlocked.lock()
    recovered = services.profiles.unlock_with_recovery_key("Alex", created.recovery_key.lower().replace("-", " "))
    assert VaultSettings(recovered.vault).get("note") == "written with the passphrase"
    recovered.lock()


def test_wrong_recovery_key(services: Services) -> None:
    services.profiles.create_profile("Alex", "#3b7dd8", PASSPHRASE)
    other = services.profiles.create_profile("Sam", "#3b7dd8", PASSPHRASE)
    with pytest.raises(WrongRecoveryKey):
        services.profiles.unlock_with_recovery_key("Alex", other.recovery_key)


def test_changing_the_passphrase_rewraps_without_reencrypting(services: Services) -> None:
    created = services.profiles.create_profile("Alex", "#3b7dd8", PASSPHRASE)
    unlocked = services.profiles.unlock("Alex", PASSPHRASE)
    VaultSettings(unlocked.vault).set("note", "kept across the change")
    unlocked.lock()
    vault_before = services.data_dir.profile_vault_path(created.profile.id).read_bytes()

    unlocked = services.profiles.unlock("Alex", PASSPHRASE)
    services.profiles.change_passphrase(unlocked, "a brand new passphrase")
    unlocked.lock()

    assert services.data_dir.profile_vault_path(created.profile.id).read_bytes() == vault_before
    with pytest.raises(WrongPassphrase):
        services.profiles.unlock("Alex", PASSPHRASE)
    again = services.profiles.unlock("Alex", "a brand new passphrase")
    assert VaultSettings(again.vault).get("note") == "kept across the change"
    again.lock()
    services.profiles.unlock_with_recovery_key("Alex", created.recovery_key).lock()


def test_new_passphrase_must_follow_the_rules(services: Services) -> None:
    services.profiles.create_profile("Alex", "#3b7dd8", PASSPHRASE)
    unlocked = services.profiles.unlock("Alex", PASSPHRASE)
    with pytest.raises(InvalidInput):
        services.profiles.change_passphrase(unlocked, "short")
    unlocked.lock()
    services.profiles.unlock("Alex", PASSPHRASE).lock()


def test_locking_closes_the_vault_and_forgets_the_key(services: Services) -> None:
    services.profiles.create_profile("Alex", "#3b7dd8", PASSPHRASE)
    unlocked = services.profiles.unlock("Alex", PASSPHRASE)
    vault = unlocked.vault
    unlocked.lock()
    unlocked.lock()  # twice is harmless
    assert unlocked.is_locked and not vault.is_open
    with pytest.raises(RuntimeError):
        _ = unlocked.data_key
    with pytest.raises(RuntimeError), vault.session():
        pass


def test_missing_vault_file_is_reported_not_recreated(services: Services) -> None:
    created = services.profiles.create_profile("Alex", "#3b7dd8", PASSPHRASE)
    vault_path = services.data_dir.profile_vault_path(created.profile.id)
    vault_path.unlink()
    with pytest.raises(DamagedData, match="missing"):
        services.profiles.unlock("Alex", PASSPHRASE)
    assert not vault_path.exists()


def test_auto_lock_setting_defaults_to_five_minutes_and_is_per_profile(services: Services) -> None:
    services.profiles.create_profile("Alex", "#3b7dd8", PASSPHRASE)
    services.profiles.create_profile("Sam", "#3b7dd8", PASSPHRASE)
    alex, sam = services.profiles.unlock("Alex", PASSPHRASE), services.profiles.unlock("Sam", PASSPHRASE)
    assert VaultSettings(alex.vault).auto_lock_minutes() == 5
    VaultSettings(alex.vault).set_auto_lock_minutes(12)
    with pytest.raises(InvalidInput):
        VaultSettings(alex.vault).set_auto_lock_minutes(0)
    assert VaultSettings(alex.vault).auto_lock_minutes() == 12
    assert VaultSettings(sam.vault).auto_lock_minutes() == 5
    alex.lock()
    sam.lock()
