"""The demo's word lists (`resources/data/demo_words.json`) and the places they describe.

A `Place` is one provincial unit as the demo writes it: "tỉnh Gia Lai" in agency names,
"ỦY BAN NHÂN DÂN TỈNH GIA LAI" as the office's parent body, its ID-card and telephone
codes for made-up petitioners.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from hrdesk.domain.provinces import CITIES, PROVINCES, canonical_province
from hrdesk.resources_path import resource_path

# The city whose official name already says "Thành phố".
_FULL_NAME_CITY = "Thành phố Hồ Chí Minh"


@cache
def load_words() -> dict[str, Any]:
    """The demo word lists, read once."""
    source = resource_path("data", "demo_words.json")
    return json.loads(source.read_text("utf-8"))


@dataclass(frozen=True)
class Place:
    """One of the 34 provincial units, with the phrases demo records need."""

    name: str  # "Gia Lai", "Thành phố Hồ Chí Minh"
    unit: str  # "tỉnh Gia Lai", "thành phố Đà Nẵng", "Thành phố Hồ Chí Minh"
    city: bool
    id_code: str  # first three digits of a citizen ID number issued there
    area_code: str  # landline prefix
    south: bool  # hamlets are "ấp" in the south
    mountain: bool  # more communes count as remote areas
    border: bool  # has a border guard command

    @property
    def party_committee(self) -> str:
        """ "Tỉnh ủy Gia Lai", "Thành ủy Đà Nẵng"."""
        return f"{'Thành ủy' if self.city else 'Tỉnh ủy'} {self._bare}"

    @property
    def youth_union(self) -> str:
        return f"{'Thành đoàn' if self.city else 'Tỉnh đoàn'} {self._bare}"

    @property
    def _bare(self) -> str:
        return self.name.removeprefix("Thành phố ") if self.name == _FULL_NAME_CITY else self.name

    @property
    def office_name(self) -> str:
        return f"Ban Chỉ đạo về quyền con người {self.unit}"

    @property
    def parent_body(self) -> str:
        return f"ỦY BAN NHÂN DÂN {self.unit.upper()}"

    @cached_property
    def _slots(self) -> dict[str, str]:
        return {
            "unit": self.unit,
            "name": self.name,
            "party": self.party_committee,
            "youth": self.youth_union,
        }

    def fill(self, template: str, **slots: object) -> str:
        """`template` with {unit}, {name}, {party}, {youth} and any `slots` filled in."""
        return template.format_map({**self._slots, **slots})


def place(province: str) -> Place:
    """The `Place` of one of the 34 units, however its name is written."""
    return _place(canonical_province(province))


@cache
def _place(name: str) -> Place:
    words = load_words()
    city = name in CITIES
    unit = name if name == _FULL_NAME_CITY else f"{'thành phố' if city else 'tỉnh'} {name}"
    return Place(
        name=name,
        unit=unit,
        city=city,
        id_code=words["id_codes"][name],
        area_code=words["area_codes"][name],
        south=name in words["south_provinces"],
        mountain=name in words["mountain_provinces"],
        border=name not in words["inland_provinces"],
    )


def all_places(first: str) -> list[Place]:
    """Every unit, `first` (the office's own) at the head, the rest in the official order."""
    own = place(first)
    return [own, *(_place(p) for p in PROVINCES if p != own.name)]
