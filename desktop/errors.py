"""Errors a user can cause, each with a message written for that user.

The CLI prints the message and exits 2; the GUI shows it in place.
"""


class TandemError(Exception):
    """Base for every error whose message is meant for the person using Tandem."""


class WrongPassphrase(TandemError):
    def __init__(self, message: str = "That passphrase doesn't open this profile. Please try again.") -> None:
        super().__init__(message)


class WrongRecoveryKey(TandemError):
    def __init__(self, message: str = "That recovery key doesn't open this profile. Check it and try again.") -> None:
        super().__init__(message)


class ProfileNotFound(TandemError):
    def __init__(self, name: str) -> None:
        super().__init__(f"There is no profile called “{name}”.")


class ProfileExists(TandemError):
    def __init__(self, name: str) -> None:
        super().__init__(f"A profile called “{name}” already exists. Please choose another name.")


class InvalidInput(TandemError):
    """Input that breaks a rule stated in the message (an empty name, a short passphrase)."""


class DamagedData(TandemError):
    """Stored data that fails its integrity check: tampered with, or corrupted on disk."""


class StorageProblem(TandemError):
    """The disk is full, failing or read-only: nothing saved before is lost, but this change was not saved."""


class NewerDataVersion(TandemError):
    def __init__(self, what: str) -> None:
        super().__init__(
            f"The {what} was written by a newer version of Tandem. "
            "Please update Tandem to open it; nothing has been changed."
        )


class DataDirBusy(TandemError):
    def __init__(self) -> None:
        super().__init__(
            "Tandem is already running with this data folder. "
            "Close the other window (or wait for the other command to finish) and try again."
        )


class AlreadyPaired(TandemError):
    """A profile is already in a couple."""
