"""Units of work over the store, returning plain objects. No Qt here."""
