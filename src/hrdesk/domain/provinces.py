"""Vietnam's provincial units: the 34 since 01/07/2025 and the 63 before the merger.

Resolution 202/2025/QH15 merged the 63 provinces and cities into 34. Older records
name the former provinces; `successor_province` says which unit took each one over.
"""

from __future__ import annotations

import difflib
import re

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.text import fold

CITIES = ("Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Cần Thơ", "Thành phố Hồ Chí Minh")

# Former provinces and cities merged into each unit, the unit itself first
# (Resolution 202/2025/QH15). Units absent from the map were not merged.
_MERGED: dict[str, tuple[str, ...]] = {
    "Tuyên Quang": ("Tuyên Quang", "Hà Giang"),
    "Lào Cai": ("Lào Cai", "Yên Bái"),
    "Thái Nguyên": ("Thái Nguyên", "Bắc Kạn"),
    "Phú Thọ": ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình"),
    "Bắc Ninh": ("Bắc Ninh", "Bắc Giang"),
    "Hưng Yên": ("Hưng Yên", "Thái Bình"),
    "Hải Phòng": ("Hải Phòng", "Hải Dương"),
    "Ninh Bình": ("Ninh Bình", "Hà Nam", "Nam Định"),
    "Quảng Trị": ("Quảng Trị", "Quảng Bình"),
    "Đà Nẵng": ("Đà Nẵng", "Quảng Nam"),
    "Quảng Ngãi": ("Quảng Ngãi", "Kon Tum"),
    "Gia Lai": ("Gia Lai", "Bình Định"),
    "Khánh Hòa": ("Khánh Hòa", "Ninh Thuận"),
    "Lâm Đồng": ("Lâm Đồng", "Đắk Nông", "Bình Thuận"),
    "Đắk Lắk": ("Đắk Lắk", "Phú Yên"),
    "Thành phố Hồ Chí Minh": ("Thành phố Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"),
    "Đồng Nai": ("Đồng Nai", "Bình Phước"),
    "Tây Ninh": ("Tây Ninh", "Long An"),
    "Cần Thơ": ("Cần Thơ", "Sóc Trăng", "Hậu Giang"),
    "Vĩnh Long": ("Vĩnh Long", "Bến Tre", "Trà Vinh"),
    "Đồng Tháp": ("Đồng Tháp", "Tiền Giang"),
    "Cà Mau": ("Cà Mau", "Bạc Liêu"),
    "An Giang": ("An Giang", "Kiên Giang"),
}

PROVINCES: tuple[str, ...] = (
    *CITIES,
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Cao Bằng",
    "Tuyên Quang",
    "Lào Cai",
    "Thái Nguyên",
    "Phú Thọ",
    "Bắc Ninh",
    "Hưng Yên",
    "Ninh Bình",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Trị",
    "Quảng Ngãi",
    "Gia Lai",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đắk Lắk",
    "Đồng Nai",
    "Tây Ninh",
    "Vĩnh Long",
    "Đồng Tháp",
    "Cà Mau",
    "An Giang",
)

# Huế was the province of Thừa Thiên Huế until it became a city on 01/01/2025; older
# records (the 63) name it so.
_FORMER_NAME = {"Huế": "Thừa Thiên Huế"}

FORMER_PROVINCES: tuple[str, ...] = tuple(
    former for unit in PROVINCES for former in _MERGED.get(unit, (_FORMER_NAME.get(unit, unit),))
)

_SUCCESSOR: dict[str, str] = {
    former: unit for unit in PROVINCES for former in _MERGED.get(unit, (unit,))
} | {"Thừa Thiên Huế": "Huế"}

# Other names people write; matched after folding (see `_match_key`).
_ALIASES: dict[str, str] = {
    "hồ chí minh": "Thành phố Hồ Chí Minh",
    "hcm": "Thành phố Hồ Chí Minh",
    "tphcm": "Thành phố Hồ Chí Minh",
    "sài gòn": "Thành phố Hồ Chí Minh",
    "ho chi minh city": "Thành phố Hồ Chí Minh",
    "thừa thiên huế": "Huế",
    "hanoi": "Hà Nội",
    "saigon": "Thành phố Hồ Chí Minh",
}

_PREFIXES = ("thanh pho ", "tp ", "tinh ", "province of ", "city of ")
_SUFFIXES = (" city", " province")


def _match_key(name: str) -> str:
    """Folded name with punctuation, "Tỉnh"/"Thành phố"/"TP" and spaces removed."""
    text = re.sub(r"[^\w\s]", " ", fold(name)).strip()
    text = " ".join(text.split())
    for prefix in _PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix):
            text = text[len(prefix) :]
    for suffix in _SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
    return text.replace(" ", "")


_CURRENT: dict[str, str] = {_match_key(unit): unit for unit in PROVINCES}
_CURRENT.update({_match_key(alias): unit for alias, unit in _ALIASES.items()})
_FORMER: dict[str, str] = {_match_key(former): former for former in _SUCCESSOR}


def is_province(name: str) -> bool:
    """Whether `name` is one of the 34 provincial units, however it is written."""
    return _match_key(name) in _CURRENT


def canonical_province(name: str) -> str:
    """The official name of one of the 34 units ("tp hcm" gives "Thành phố Hồ Chí Minh")."""
    key = _match_key(name or "")
    if key in _CURRENT:
        return _CURRENT[key]
    if key in _FORMER:
        former = _FORMER[key]
        raise ValidationError(
            "province", "province.former", former=former, successor=_SUCCESSOR[former]
        )
    if not key:
        raise ValidationError("province", "province.required")
    close = difflib.get_close_matches(key, list(_CURRENT), n=1, cutoff=0.75)
    if close:
        raise ValidationError(
            "province", "province.unknown_close", name=name.strip(), close=_CURRENT[close[0]]
        )
    raise ValidationError("province", "province.unknown", name=name.strip())


def successor_province(name: str) -> str:
    """The unit that now covers a former province or city (or a current unit's own name)."""
    key = _match_key(name or "")
    if key in _FORMER:
        return _SUCCESSOR[_FORMER[key]]
    return canonical_province(name)


def _unit(province: str) -> tuple[str, str]:
    """("thành phố" or "tỉnh", the bare name) for one of the 34."""
    name = canonical_province(province)
    bare = name.removeprefix("Thành phố ")
    return ("thành phố" if name in CITIES else "tỉnh"), bare


def default_parent_body(province: str) -> str:
    """ỦY BAN NHÂN DÂN TỈNH GIA LAI, or … THÀNH PHỐ HỒ CHÍ MINH for the six cities."""
    unit, bare = _unit(province)
    return f"ỦY BAN NHÂN DÂN {unit.upper()} {bare.upper()}"


def default_office_name(province: str) -> str:
    """Ban Chỉ đạo về quyền con người tỉnh Gia Lai (thành phố … for the six cities)."""
    unit, bare = _unit(province)
    return f"Ban Chỉ đạo về quyền con người {unit} {bare}"
