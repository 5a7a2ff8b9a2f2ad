"""The domain: rules and calculations with no I/O and no Qt."""
