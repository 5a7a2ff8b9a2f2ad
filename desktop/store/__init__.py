"""Persistence: the plain registry, the encrypted vaults, keys and migrations. No Qt here."""
