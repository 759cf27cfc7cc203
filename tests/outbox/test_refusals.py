"""A refusal shows the centre's reason in the officer's language, and the package stays in
the outbox only if sending it again could help."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.outbox.conftest import Office, run
from tests.outbox.test_round_trip import _connect, _export


def test_a_revoked_office_is_refused_and_not_sent_again(office: Office) -> None:
    capsys = office.capsys  # type: ignore[attr-defined]
    assert run(capsys, "central", "office", "revoke", "1")[0] == 0
    office.centre.start()
    _connect(office, office.centre.url)
    _export(office)
    code, out, _err = office.run("outbox", "--send")
    assert code == 1
    assert "Trung tâm từ chối gói 1: khóa văn phòng đã ký gói đã bị thu hồi hoặc thay thế" in out
    # The centre's own reason follows, in the officer's language too (it sent its code).
    assert "Văn phòng của Gia Lai đã bị thu hồi ngày" in out and "revoked" not in out
    listed = office.run("outbox")[1]
    assert "refused" in listed and "waiting" not in listed
    assert office.run("outbox", "--send")[1].strip() == "nothing waits in the outbox"
    english = office.run("--lang", "en", "outbox")[1]
    assert "The centre refused package 1: the office key that signed it is revoked" in english
    assert "The office of Gia Lai was revoked on" in english


def test_an_office_the_centre_does_not_know_yet_waits_and_is_sent_later(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    capsys = office.capsys  # type: ignore[attr-defined]
    # Another centre, which has never heard of this office.
    office.centre.data = tmp_path / "other-centre"
    office.centre.data.mkdir()
    monkeypatch.setenv("HRDESK_CENTRAL_DATA", str(office.centre.data))
    centre_pub = tmp_path / "other-centre.pub"
    assert run(capsys, "central", "key", "export", "--out", str(centre_pub))[0] == 0
    office.centre_pub = centre_pub
    office.centre.start()
    _connect(office, office.centre.url)
    _export(office)
    code, out, _err = office.run("outbox", "--send")
    assert code == 3
    assert "chữ ký không được chấp nhận (văn phòng đã được đăng ký tại trung tâm chưa?)" in out
    assert "waiting" in office.run("outbox")[1]
    office_pub = tmp_path / "office.pub"
    added = run(
        capsys, "central", "office", "add", "--key", str(office_pub), "--province", "Gia Lai"
    )
    assert added[0] == 0, added[2]
    code, out, err = office.run("outbox", "--send")
    assert code == 0, out + err
    assert "acknowledged" in office.run("--lang", "en", "package", "list")[1].lower()


def test_an_address_that_is_not_the_service_keeps_the_package_waiting(office: Office) -> None:
    office.centre.start()
    _connect(office, f"{office.centre.url}/not-here")
    _export(office)
    code, out, _err = office.run("outbox", "--send")
    assert code == 3
    assert "Địa chỉ trả lời HTTP 404" in out
    assert "waiting" in office.run("outbox")[1]
    _connect(office, office.centre.url)  # put right: sent
    assert office.run("outbox", "--send")[0] == 0
