"""The round trip headless: connect, export, `outbox --send`, and the ledger shows the
package acknowledged by the centre's receipt; the centre down, then up."""

from __future__ import annotations

from pathlib import Path

from tests.outbox.conftest import Office


def _export(office: Office) -> Path:
    code, out, err = office.run(
        "package",
        "export",
        "--period",
        "2026-Q3",
        "--to",
        str(office.stick),
        "--allow-empty-sections",  # the transport is tested here, not the report
    )
    assert code == 0, err
    return Path(out.strip().splitlines()[-1])


def _connect(office: Office, url: str) -> None:
    code, out, err = office.run("outbox", "connect", "--url", url, "--key", str(office.centre_pub))
    assert code == 0, err
    assert out.startswith(f"connected to {url.rstrip('/')};")


def test_connect_export_send_and_the_ledger_shows_it_acknowledged(office: Office) -> None:
    office.centre.start()
    _connect(office, office.centre.url)
    package = _export(office)
    listed = office.run("outbox")
    assert listed[0] == 0 and "waiting" in listed[1]
    code, out, err = office.run("outbox", "--send")
    assert code == 0, out + err
    assert "package 1: arrived" in out
    ledger = office.run("--lang", "en", "package", "list")[1]
    assert "acknowledged" in ledger.lower()
    assert "arrived" in office.run("outbox")[1]
    sha512 = __import__("hashlib").sha512(package.read_bytes()).hexdigest()
    assert office.centre.packages() == [(sha512, 1)]
    # Sending again sends nothing: the outbox is done with it.
    again = office.run("outbox", "--send")
    assert again[0] == 0 and "nothing waits" in again[1]


def test_centre_down_then_up_sends_later_and_loses_nothing(office: Office) -> None:
    _connect(office, office.centre.url)
    first, second = _export(office), _export(office)
    code, out, _err = office.run("outbox", "--send")
    assert code == 3
    assert "Không kết nối được tới trung tâm" in out  # Vietnamese, the default
    assert "waiting" in office.run("outbox")[1]
    office.centre.start()
    code, out, err = office.run("outbox", "--send")
    assert code == 0, out + err
    assert out.count("arrived") == 2
    assert sorted(s for _h, s in office.centre.packages()) == [1, 2]
    assert {first.name, second.name}  # both built before the centre came up
    assert office.run("--lang", "en", "package", "list")[1].lower().count("acknowledged") == 2


def test_package_upload_sends_one_file_and_a_hand_mark_stops_the_outbox(office: Office) -> None:
    office.centre.start()
    _connect(office, office.centre.url)
    first, second = _export(office), _export(office)
    code, out, err = office.run("package", "upload", str(first))
    assert code == 0, out + err
    assert "package 1: arrived" in out and "package 2" not in out
    assert [s for _h, s in office.centre.packages()] == [1]
    # Package 2 was carried to the centre by hand: marked, it is no longer sent.
    uid = next(
        line.split()[4]
        for line in office.run("--lang", "en", "package", "list")[1].splitlines()
        if line.startswith("2 ")
    )
    code, out, err = office.run("package", "mark", uid, "acknowledged")
    assert code == 0, out + err
    assert "carried" in office.run("outbox")[1]
    assert office.run("outbox", "--send")[1].strip() == "nothing waits in the outbox"
    assert office.run("package", "upload", str(second))[1].strip() == (
        "already acknowledged: nothing to send"
    )
    stranger = office.stick / "not-a-package.zip"
    stranger.write_bytes(first.read_bytes()[:-10])
    code, _out, err = office.run("package", "upload", str(stranger))
    assert code == 2 and "không phải là gói báo cáo có trong sổ của văn phòng này" in err


def test_plain_http_is_refused_except_to_this_computer(office: Office) -> None:
    code, _out, err = office.run(
        "outbox", "connect", "--url", "http://centre.example.vn", "--key", str(office.centre_pub)
    )
    assert code == 2 and "Phải kết nối tới trung tâm bằng https" in err
    code, _out, err = office.run(
        "outbox", "connect", "--url", "ftp://centre.example.vn", "--key", str(office.centre_pub)
    )
    assert code == 2 and "không phải là địa chỉ của một dịch vụ web" in err
    code, _out, err = office.run(
        "outbox", "connect", "--url", "https://centre.example.vn", "--key", str(office.stick)
    )
    assert code == 2 and "Không đọc được tệp khóa" in err
    _connect(office, "https://centre.example.vn/")
    _connect(office, "http://[::1]:8470")
