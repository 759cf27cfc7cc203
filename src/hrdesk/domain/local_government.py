"""Two-tier local government (from 01/07/2025): provinces and communes, no districts.

Decree 141/2025/NĐ-CP split the district chairman's powers on citizen reception,
complaints and denunciations between the commune and the provincial chairmen. A new
agency, a transfer or a handling level must not name the district level (cấp huyện);
records made before keep what they said.
"""

from __future__ import annotations

import re
import unicodedata

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.text import fold

# The district-level units as agencies name them: huyện (rural district), quận (urban
# district), thị xã (district-level town). Matched with their diacritics, as whole
# words, so "Huyền" (a given name) or "xã" (a commune) do not match.
_DISTRICT_WORDS = re.compile(r"(?<!\w)(cấp huyện|huyện|quận|thị xã)(?!\w)")


def names_district_level(name: str) -> bool:
    """Whether `name` is a district-level body: "UBND huyện Chư Păh", "Công an quận 1"."""
    text = unicodedata.normalize("NFC", name or "").lower()
    return bool(_DISTRICT_WORDS.search(text)) or "cap huyen" in fold(name or "")


def check_not_district_level(field: str, name: str) -> None:
    """Refuse a district-level body in a new record (old records keep theirs)."""
    if names_district_level(name):
        raise ValidationError(field, "record.district_level")
