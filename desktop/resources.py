"""Where the shipped content (quizzes, tips, prompts, support resources) is found.

An installed wheel or a bundle carries ``resources/`` inside the package as
``desktop/_resources`` (see pyproject.toml); a checkout has it at the top level.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def resources_root() -> Traversable:
    packaged = files("desktop") / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Traversable:
    """A file or folder under resources/, e.g. ``resource("quizzes", "attachment.toml")``."""
    found = resources_root()
    for part in parts:
        found = found / part
    return found
