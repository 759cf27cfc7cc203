"""Provincial units: the 34 since 01/07/2025 and the 63 before (Resolution 202/2025/QH15)."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.provinces import (
    CITIES,
    FORMER_PROVINCES,
    PROVINCES,
    canonical_province,
    is_province,
    successor_province,
)
from hrdesk.domain.text import fold


def test_there_are_34_units_6_of_them_cities():
    assert len(PROVINCES) == len(set(PROVINCES)) == 34
    assert set(CITIES) <= set(PROVINCES) and len(CITIES) == 6
    assert "Thành phố Hồ Chí Minh" in PROVINCES and "Huế" in PROVINCES


def test_there_were_63_before_the_merger():
    assert len(FORMER_PROVINCES) == len(set(FORMER_PROVINCES)) == 63
    assert {"Bình Định", "Hà Giang", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế"} <= set(FORMER_PROVINCES)


def test_names_are_nfc():
    for name in PROVINCES + FORMER_PROVINCES:
        assert unicodedata.is_normalized("NFC", name)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("ha noi", "Hà Nội"),
        ("Thành phố Hà Nội", "Hà Nội"),
        ("Hanoi", "Hà Nội"),
        ("TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("tp.hcm", "Thành phố Hồ Chí Minh"),
        ("Tỉnh Gia Lai", "Gia Lai"),
        ("thanh hoa", "Thanh Hóa"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("DAK LAK", "Đắk Lắk"),
        ("Da Nang city", "Đà Nẵng"),
        ("  khánh   hoà ", "Khánh Hòa"),
        ("Thừa Thiên Huế", "Huế"),
    ],
)
def test_province_names_match_however_written(written, canonical):
    assert is_province(written)
    assert canonical_province(written) == canonical


@given(st.sampled_from(PROVINCES))
def test_every_unit_matches_folded_upper_case_and_nfd(name):
    for written in (fold(name), name.upper(), unicodedata.normalize("NFD", name)):
        assert canonical_province(written) == name


def test_former_province_is_explained_with_its_successor():
    assert not is_province("Bình Định")
    with pytest.raises(ValidationError) as error:
        canonical_province("binh dinh")
    assert error.value.field == "province"
    assert "Bình Định" in error.value.message and "Gia Lai" in error.value.message


def test_misspelt_province_gets_a_suggestion():
    with pytest.raises(ValidationError) as error:
        canonical_province("Quang Ngai x")
    assert "Quảng Ngãi" in error.value.message


@pytest.mark.parametrize("name", ["", "   ", "Atlantis", "Hà"])
def test_unknown_names_are_rejected(name):
    assert not is_province(name)
    with pytest.raises(ValidationError) as error:
        canonical_province(name)
    assert error.value.field == "province"


@pytest.mark.parametrize(
    ("former", "unit"),
    [
        ("Bình Định", "Gia Lai"),
        ("Quảng Nam", "Đà Nẵng"),
        ("Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh"),
        ("Bình Dương", "Thành phố Hồ Chí Minh"),
        ("Hải Dương", "Hải Phòng"),
        ("Kon Tum", "Quảng Ngãi"),
        ("Sóc Trăng", "Cần Thơ"),
        ("Thừa Thiên Huế", "Huế"),
        ("Cao Bằng", "Cao Bằng"),
    ],
)
def test_successor_of_former_provinces(former, unit):
    assert successor_province(former) == unit


def test_every_former_province_has_a_successor_among_the_34():
    assert {successor_province(name) for name in FORMER_PROVINCES} == set(PROVINCES)
