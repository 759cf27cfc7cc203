"""Made-up people and addresses: names from common name parts, never a real person.

Drawing is done with `int(rng.random() * n)` on precomputed pools rather than
`rng.choices`, because the national demo draws a few million of them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from hrdesk.demo.words import Place, load_words

# A pool of surnames repeated by weight, so one uniform draw follows the weights.
_SURNAME_POOL = 1000


@dataclass(frozen=True)
class Commune:
    """A commune-level unit as the demo names it: "xã Tân Lập", "phường Hòa Bình"."""

    name: str
    label: str
    remote: bool


def _weighted_pool(pairs: list[list[Any]], size: int) -> list[str]:
    total = sum(weight for _, weight in pairs)
    pool: list[str] = []
    for name, weight in pairs:
        pool.extend([name] * max(1, round(size * weight / total)))
    return pool


class People:
    """Names, phone numbers, citizen ID numbers and addresses."""

    def __init__(self) -> None:
        words = load_words()
        self._surnames = _weighted_pool(words["surnames"], _SURNAME_POOL)
        self._middle = (words["middle_male"], words["middle_female"])
        self._given = (words["given_male"], words["given_female"])
        self._mobile = words["mobile_prefixes"]
        self._hamlets = (words["hamlet_north"], words["hamlet_south"])
        remote_from = int(words["remote_commune_from"])
        self.communes = [
            Commune(
                name,
                ("phường " if i % 4 == 0 and i < remote_from else "xã ") + name,
                remote=i >= remote_from,
            )
            for i, name in enumerate(words["communes"])
        ]
        self._remote_from = remote_from
        # Where provincial offices sit: the wards of the provincial capital.
        self.wards = [c for c in self.communes if c.label.startswith("phường")]

    def name(self, rng: random.Random, female: bool | None = None) -> str:
        r = rng.random
        if female is None:
            female = r() < 0.5
        sex = 1 if female else 0
        surname = self._surnames[int(r() * len(self._surnames))]
        middle = self._middle[sex][int(r() * len(self._middle[sex]))]
        given = self._given[sex][int(r() * len(self._given[sex]))]
        return f"{surname} {middle} {given}"

    def mobile(self, rng: random.Random) -> str:
        prefix = self._mobile[int(rng.random() * len(self._mobile))]
        return f"{prefix}{int(rng.random() * 10_000_000):07d}"

    def citizen_id(self, rng: random.Random, place: Place, female: bool, born: int) -> str:
        """12 digits as on a chip ID card: province of birth, sex and century, year, serial."""
        century = 0 if born < 2000 else 2
        return (
            f"{place.id_code}{century + (1 if female else 0)}{born % 100:02d}"
            f"{int(rng.random() * 1_000_000):06d}"
        )

    def commune(self, rng: random.Random, place: Place) -> Commune:
        """A commune of `place`; mountain provinces have more communes in remote areas."""
        start = self._remote_from if place.mountain and rng.random() < 0.3 else 0
        return self.communes[start + int(rng.random() * (len(self.communes) - start))]

    def address(self, rng: random.Random, place: Place, commune: Commune) -> str:
        hamlets = self._hamlets[1 if place.south else 0]
        hamlet = hamlets[int(rng.random() * len(hamlets))]
        return f"{hamlet} {1 + int(rng.random() * 15)}, {commune.label}, {place.unit}"

    def landline(self, rng: random.Random, place: Place) -> str:
        digits = 8 if len(place.area_code) == 3 else 7
        number = f"3{int(rng.random() * 10 ** (digits - 1)):0{digits - 1}d}"
        return f"{place.area_code} {number[:4]} {number[4:]}"
