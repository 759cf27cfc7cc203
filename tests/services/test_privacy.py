"""Petitioners' personal data: who may read it, and where it never goes."""

from __future__ import annotations

import pytest

from hrdesk.domain.access import Actor
from hrdesk.domain.errors import PermissionDenied
from hrdesk.domain.vocab import OfficerRole
from hrdesk.services import petitions
from hrdesk.services.search import search
from tests.conftest import ADMIN
from tests.factories import petition

VIEWER = Actor("xem", OfficerRole.VIEWER, None, "Người xem")


def test_complainant_is_found_by_name_without_diacritics(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, petitioners=[{"full_name": "Nguyễn Văn Đức"}])
    with office.reader(ADMIN) as s:
        assert [h.uid for h in search(s, "nguyen van duc")] == [p.uid]


def test_denouncer_is_never_in_the_search_index(office):
    with office.transaction(ADMIN) as s:
        petition(s, kind="denunciation", petitioners=[{"full_name": "Hoàng Thị Bích Ngọc"}])
    with office.reader(ADMIN) as s:
        assert search(s, "hoang thi bich ngoc") == []
        rows = s.connection().exec_driver_sql("SELECT body || private FROM search_index").all()
    assert not any("ngoc" in r[0] for r in rows)


def test_viewer_cannot_search_or_read_petitioners(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, petitioners=[{"full_name": "Nguyễn Văn Đức"}])
    with office.reader(VIEWER) as s:
        assert search(s, "nguyen van duc") == []
        assert search(s, "thu hoi dat")[0].uid == p.uid
        with pytest.raises(PermissionDenied):
            petitions.petitioners_of(s, p.uid)
        assert petitions.people_text(s, s.merge(p), "full_name") == petitions.HIDDEN


def test_opening_a_denouncers_identity_on_purpose_is_in_the_audit_log(office):
    from hrdesk.services.audit import history

    officer = Actor("canbo", OfficerRole.OFFICER, None, "Cán bộ không thụ lý")
    with office.transaction(ADMIN) as s:
        p = petition(s, kind="denunciation", petitioners=[{"full_name": "Hoàng Thị Bích Ngọc"}])
    with office.transaction(ADMIN) as s:
        assert [x.full_name for x in petitions.reveal_petitioners(s, p.uid)] == [
            "Hoàng Thị Bích Ngọc"
        ]
    # Checked exactly as petitioners_of: an officer who does not handle the case, and a
    # viewer, are refused, and a refused reveal leaves no entry.
    for actor in (officer, VIEWER):
        with office.transaction(actor) as s, pytest.raises(PermissionDenied):
            petitions.reveal_petitioners(s, p.uid)
    with office.reader(ADMIN) as s:
        reveals = [e for e in history(s, p.uid) if e.action == "reveal"]
    assert [(e.actor, e.table_name, e.record_uid) for e in reveals] == [
        ("admin", "petitioners", p.uid)
    ]
