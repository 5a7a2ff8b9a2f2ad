"""How the command line asks for passphrases."""

from __future__ import annotations

import getpass
import sys

from desktop.errors import InvalidInput


class PassphraseReader:
    """Asks on the terminal without echo, or reads one line of stdin per passphrase, in the order asked."""

    def __init__(self, from_stdin: bool) -> None:
        self._from_stdin = from_stdin
        self._asked = 0

    def ask(self, prompt: str, *, confirm: bool = False) -> str:
        self._asked += 1
        if self._from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise InvalidInput(f"Expected passphrase number {self._asked} on standard input, but it ended.")
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise InvalidInput("There is no terminal to ask for a passphrase; use --passphrase-stdin.")
        passphrase = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != passphrase:
            raise InvalidInput("The two passphrases differ. Nothing was changed.")
        return passphrase
