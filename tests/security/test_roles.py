"""Roles are enforced in the services: a call without the right raises a clear error."""

from __future__ import annotations

import pytest

from hrdesk.domain.errors import PermissionDenied, ValidationError
from hrdesk.services import accounts, agencies, petitions
from hrdesk.services.petition_flow import accept
from hrdesk.signin import sign_in
from hrdesk.store.keyfile import WrongPassword
from tests.conftest import TODAY, pinned
from tests.factories import petition
from tests.security.conftest import PASSWORD


def _add(desk, username, role):
    with desk.store.transaction(desk.actor) as s:
        accounts.add_officer(
            s,
            desk.keyfile,
            desk.store.key,
            username=username,
            full_name=username.title(),
            role=role,
            password=f"{username}-pass-123",
        )


def _as(desk, username):
    other = sign_in(desk.profile, username, f"{username}-pass-123", options=pinned())
    return other


def test_viewer_reads_but_cannot_edit(desk):
    _add(desk, "xem", "viewer")
    with _as(desk, "xem") as viewer:
        with viewer.store.reader(viewer.actor) as s:
            from hrdesk.services.listing import fetch

            assert fetch(s, "agencies") == []
        with (
            viewer.store.transaction(viewer.actor) as s,
            pytest.raises(
                PermissionDenied, match="The account xem \\(viewer\\) may not change records"
            ),
        ):
            agencies.create_agency(s, name="Sở Y tế", kind="department")


def test_officer_cannot_read_the_denouncer_of_another_officers_case(desk):
    _add(desk, "canbo1", "officer")
    _add(desk, "canbo2", "officer")
    with _as(desk, "canbo1") as one, one.store.transaction(one.actor) as s:
        case = petition(s, kind="denunciation", petitioners=[{"full_name": "Lò Văn Sáng"}]).uid
        complaint = petition(s).uid
        assert [p.full_name for p in petitions.petitioners_of(s, case)] == ["Lò Văn Sáng"]
    with _as(desk, "canbo2") as two, two.store.transaction(two.actor) as s:
        with pytest.raises(PermissionDenied, match="denouncer's identity is confidential"):
            petitions.petitioners_of(s, case)
        with pytest.raises(PermissionDenied):
            petitions.set_petitioners(s, case, [{"full_name": "Người khác"}])
        # Other petitioners are open to every officer, and the case itself can be worked on.
        assert petitions.petitioners_of(s, complaint)[0].full_name == "Trần Thị Hoà"
        accept(s, case, on=TODAY)
    with desk.store.reader(desk.actor) as s:
        assert [p.full_name for p in petitions.petitioners_of(s, case)] == ["Lò Văn Sáng"]


def test_only_an_administrator_manages_accounts(desk):
    _add(desk, "canbo", "officer")
    with (
        _as(desk, "canbo") as officer,
        officer.store.transaction(officer.actor) as s,
        pytest.raises(PermissionDenied, match="manage officer accounts"),
    ):
        accounts.add_officer(
            s,
            officer.keyfile,
            officer.store.key,
            username="moi",
            full_name="Mới",
            role="admin",
            password="12345678",
        )


def test_a_disabled_account_can_no_longer_sign_in(desk):
    _add(desk, "canbo", "officer")
    with desk.store.transaction(desk.actor) as s:
        accounts.disable_officer(s, desk.keyfile, "canbo")
    with pytest.raises(WrongPassword):
        sign_in(desk.profile, "canbo", "canbo-pass-123")


def test_the_last_administrator_cannot_be_demoted_or_disable_themselves(desk):
    with desk.store.transaction(desk.actor) as s:
        with pytest.raises(ValidationError, match="at least one administrator"):
            accounts.set_role(s, "quantri", "officer")
        with pytest.raises(ValidationError, match="your own account"):
            accounts.disable_officer(s, desk.keyfile, "quantri")


def test_an_officer_changes_their_password_and_the_old_one_stops_working(desk):
    _add(desk, "canbo", "officer")
    accounts.change_own_password(desk.keyfile, "canbo", "canbo-pass-123", "mật khẩu mới 2026")
    with pytest.raises(WrongPassword):
        sign_in(desk.profile, "canbo", "canbo-pass-123")
    sign_in(desk.profile, "canbo", "mật khẩu mới 2026").close(backup=False)
    assert PASSWORD  # the administrator's own slot is untouched
    sign_in(desk.profile, "quantri", PASSWORD).close(backup=False)


def test_short_passwords_and_odd_account_names_are_refused(desk):
    with desk.store.transaction(desk.actor) as s:
        with pytest.raises(ValidationError, match="at least 8"):
            accounts.add_officer(
                s,
                desk.keyfile,
                desk.store.key,
                username="ngan",
                full_name="Ngắn",
                role="officer",
                password="1234",
            )
        with pytest.raises(ValidationError) as raised:
            accounts.add_officer(
                s,
                desk.keyfile,
                desk.store.key,
                username="Tên có dấu",
                full_name="X",
                role="officer",
                password="12345678",
            )
        assert raised.value.field == "username"
