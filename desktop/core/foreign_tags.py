"""Tags from other journals (jrnl's ``@tags``, Day One's tags) mapped onto Tandem's.

A tag naming a quality becomes that quality: ``trust`` or ``trust+`` is nurtured, ``trust-``
strained (with no sign we take the entry to be about the quality going well). A tag naming a
warning sign becomes the sign. Anything else becomes the person's own ``#tag``.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.core.qualities import NURTURED, STRAINED, Tag, parse_tag
from desktop.errors import InvalidInput


def _normalise(text: str) -> str:
    return re.sub(r"[\s_]+", "-", unicodedata.normalize("NFC", text).strip().lower())


def map_foreign_tag(text: str) -> Tag:
    """Raises InvalidInput for a tag that cannot be an own tag either (too long, control characters)."""
    raw = text.strip().lstrip("@#").strip()
    polarity = NURTURED
    name = raw
    if raw.endswith(("+", "-")):
        polarity = NURTURED if raw.endswith("+") else STRAINED
        name = raw[:-1]
    try:
        known = parse_tag(_normalise(name), polarity_required=False)
    except InvalidInput:
        known = None
    if known is not None and known.is_quality:
        return Tag(known.name, polarity)
    if known is not None:
        return known
    return parse_tag("#" + raw)
