"""Shipped content is found from a checkout."""

from desktop.resources import resource, resources_root


def test_resources_are_found_from_the_checkout() -> None:
    assert resource("README.md").is_file()
    assert "Resources" in resource("README.md").read_text(encoding="utf-8")
    assert resources_root().is_dir()
