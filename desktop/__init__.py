"""Tandem: a private relationship journal for the desktop."""

__version__ = "0.1.0"
