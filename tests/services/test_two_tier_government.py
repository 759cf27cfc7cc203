"""Two-tier local government (from 01/07/2025): no new district-level (cấp huyện) agency,
transfer or handling level; records kept from before keep what they said."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.local_government import names_district_level
from hrdesk.services import agencies, petitions
from hrdesk.services import petition_flow as flow
from tests.conftest import ADMIN
from tests.factories import petition


@pytest.mark.parametrize(
    ("name", "district"),
    [
        ("UBND huyện Chư Păh", True),
        ("Ủy ban nhân dân cấp huyện", True),
        ("Công an quận Hoàn Kiếm", True),
        ("UBND thị xã An Khê", True),
        ("Thanh tra cap huyen", True),
        ("UBND xã Ia Grai", False),
        ("Công an phường Pleiku", False),
        ("Trường THPT Nguyễn Thị Huyền", False),
        ("Sở Tư pháp tỉnh Gia Lai", False),
    ],
)
def test_district_level_names_are_recognised(name, district):
    assert names_district_level(name) is district


def test_no_new_district_level_agency(office):
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as error:
        agencies.create_agency(s, name="UBND huyện Chư Păh", kind="government")
    assert error.value.field == "name" and "cấp huyện" in error.value.message


def test_an_agency_kept_from_before_keeps_its_district_name(office):
    with office.transaction(ADMIN) as s:
        agency = agencies.create_agency(s, name="UBND xã Ia Grai", kind="government")
        uid = agency.uid
        # As an earlier version wrote it, before 01/07/2025.
        s.execute(
            text("UPDATE agencies SET name = 'UBND huyện Ia Grai' WHERE uid = :u"), {"u": uid}
        )
        s.expire_all()
        kept = agencies.update_agency(s, uid, name="UBND huyện Ia Grai", phone="0269 3822 111")
        assert (kept.name, kept.phone) == ("UBND huyện Ia Grai", "0269 3822 111")
        with pytest.raises(ValidationError):
            agencies.update_agency(s, uid, name="UBND quận Ia Grai")
        assert agencies.update_agency(s, uid, name="UBND xã Ia Grai").name == "UBND xã Ia Grai"


def test_no_transfer_to_a_district_level_body(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, received_on=date(2026, 11, 2))
        with pytest.raises(ValidationError) as error:
            flow.transfer(s, p.uid, to="UBND huyện Chư Păh", on=date(2026, 11, 3))
        assert error.value.field == "to"
        flow.transfer(s, p.uid, to="UBND xã Chư Păh", on=date(2026, 11, 3))


def test_handling_levels_are_commune_and_province(office):
    with office.transaction(ADMIN) as s:
        assert petition(s, handling_level="commune").handling_level == "commune"
        assert petition(s, handling_level="Cấp tỉnh").handling_level == "province"
        with pytest.raises(ValidationError) as error:
            petition(s, handling_level="district")
        assert error.value.field == "handling_level"


def _district_agency_from_before(s) -> str:
    """A district-level agency as an earlier version kept it (made before 01/07/2025)."""
    agency = agencies.create_agency(s, name="UBND xã Ia Grai", kind="government")
    s.execute(
        text("UPDATE agencies SET name = 'UBND huyện Ia Grai' WHERE uid = :u"), {"u": agency.uid}
    )
    s.expire_all()
    return agency.uid


def test_a_district_agency_kept_from_before_cannot_handle_a_new_petition(office):
    with office.transaction(ADMIN) as s:
        district = _district_agency_from_before(s)
        with pytest.raises(ValidationError) as error:
            petition(s, handling_agency=district)
        assert error.value.problems[0].field == "handling_agency"
        assert error.value.problems[0].code == "petition.district_agency"
        assert "Cơ quan UBND huyện Ia Grai thuộc cấp huyện" in error.value.text("vi")
        assert petition(s, handling_agency="Sở Tư pháp").handling_agency.name == "Sở Tư pháp"


def test_a_case_from_before_keeps_its_district_agency_but_none_is_chosen_anew(office):
    with office.transaction(ADMIN) as s:
        district = _district_agency_from_before(s)
        kept = petition(s)
        # As an earlier version wrote it.
        s.execute(
            text(
                "UPDATE petitions SET handling_agency_id = "
                "(SELECT id FROM agencies WHERE uid = :a) WHERE uid = :p"
            ),
            {"a": district, "p": kept.uid},
        )
        s.expire_all()
        edited = petitions.update_details(s, kept.uid, summary="Bổ sung nội dung")
        assert edited.handling_agency.uid == district
        other = petition(s)
        with pytest.raises(ValidationError) as error:
            petitions.update_details(s, other.uid, handling_agency=district)
        assert error.value.problems[0].code == "petition.district_agency"


def test_the_choice_of_handling_agencies_leaves_out_district_bodies(office):
    with office.transaction(ADMIN) as s:
        district = _district_agency_from_before(s)
        names = [name for _uid, name in petitions.handling_agency_choices(s)]
        assert names == ["Công an tỉnh", "Sở Tư pháp"]
        kept = [uid for uid, _name in petitions.handling_agency_choices(s, keep=district)]
        assert district in kept
