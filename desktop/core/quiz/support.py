"""Support resources by country (resources/support/*.toml), checked like quiz files."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.quiz.fields import Table, parse_toml

INTERNATIONAL = "international"
_COUNTRY = re.compile(r"^(international|[A-Z]{2})$")


@dataclass(frozen=True)
class SupportResource:
    name: str
    description: str
    phone: str
    website: str


@dataclass(frozen=True)
class SupportList:
    country: str  # ISO 3166 alpha-2 code, or "international"
    name: str  # the country's name as shown
    resources: tuple[SupportResource, ...]


def parse_support(text: str, source: str) -> SupportList:
    top = Table(parse_toml(text, source), "", source)
    top.only("country", "name", "resources")
    country = top.text("country")
    if not _COUNTRY.match(country):
        top.fail("country", f"must be a two-letter country code like “GB”, or “international”, not “{country}”.")
    resources = []
    for table in top.tables("resources"):
        table.only("name", "description", "phone", "website")
        resources.append(
            SupportResource(
                name=table.text("name"),
                description=table.text("description"),
                phone=table.text("phone", required=False),
                website=table.text("website", required=False),
            )
        )
    return SupportList(country, top.text("name"), tuple(resources))
