"""POST /api/v1/packages and GET /api/v1/receipts: the round trip, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from hrdesk.bundles import minisign
from hrdesk.central.models import Package, Refusal
from hrdesk.central.service import Centre
from tests.central.conftest import LiveServer
from tests.central.factory import Office


def upload(server: LiveServer, path: Path) -> httpx.Response:
    return httpx.post(
        f"{server.url}/api/v1/packages",
        content=path.read_bytes(),
        headers={"Content-Type": "application/zip"},
        timeout=60,
    )


def stored(centre: Centre) -> tuple[int, list[Path]]:
    with centre.sessions() as session:
        rows = session.scalar(select(func.count()).select_from(Package))
    return rows or 0, sorted(centre.settings.packages_dir.rglob("*.zip"))


def test_registered_office_gets_a_receipt_the_centre_key_proves(
    server: LiveServer, centre: Centre, gia_lai: Office, outbox: Path, tmp_path: Path
) -> None:
    package = gia_lai.package(outbox)
    answer = upload(server, package)
    assert answer.status_code == 201, answer.text
    body = answer.json()
    receipt = json.loads(body["receipt"])
    sha512 = __import__("hashlib").sha512(package.read_bytes()).hexdigest()
    assert receipt["package_sha512"] == sha512
    assert receipt["office"]["province"] == "Gia Lai"
    assert receipt["period"] == "2026-Q3"
    assert receipt["sequence"] == 1
    assert receipt["verdict"] == "accepted"
    signature = minisign.parse_signature(body["minisig"])
    minisign.verify(signature, centre.key.public, body["receipt"].encode("utf-8"))
    assert stored(centre) == (1, [centre.files.path_of(sha512)])
    assert centre.files.path_of(sha512).read_bytes() == package.read_bytes()
    again = httpx.get(f"{server.url}/api/v1/receipts/{sha512}")
    assert again.status_code == 200 and again.json() == body
    if shutil.which("minisign"):
        pub = tmp_path / "centre.pub"
        pub.write_text(httpx.get(f"{server.url}/api/v1/centre-key").text)
        (tmp_path / "receipt.json").write_text(body["receipt"], encoding="utf-8")
        (tmp_path / "receipt.json.minisig").write_text(body["minisig"], encoding="utf-8")
        check = subprocess.run(
            ["minisign", "-Vm", str(tmp_path / "receipt.json"), "-p", str(pub)],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stderr


def test_same_bytes_twice_get_the_same_receipt(
    server: LiveServer, centre: Centre, gia_lai: Office, outbox: Path
) -> None:
    package = gia_lai.package(outbox)
    first = upload(server, package)
    second = upload(server, package)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json() == second.json()
    assert stored(centre)[0] == 1


def test_tampered_copy_is_refused_and_nothing_is_stored(
    server: LiveServer, centre: Centre, gia_lai: Office, outbox: Path
) -> None:
    import zipfile

    package = gia_lai.package(outbox)
    tampered = outbox / "tampered.zip"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith("report.pdf"):
                data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
            target.writestr(item, data)
    answer = upload(server, tampered)
    assert answer.status_code == 422
    assert "payload" in answer.json()["error"] and "\n" not in answer.json()["error"]
    assert stored(centre) == (0, [])
    assert list(centre.files.incoming.iterdir()) == []
    with centre.sessions() as session:
        (refusal,) = session.scalars(select(Refusal)).all()
    assert refusal.check_name == "payload"


def test_replay_and_older_refused_gap_accepted_and_flagged(
    server: LiveServer, centre: Centre, gia_lai: Office, outbox: Path
) -> None:
    first = gia_lai.package(outbox)
    second = gia_lai.package(outbox)
    assert upload(server, second).status_code == 201
    older = upload(server, first)
    assert older.status_code == 422 and "replay or an old package" in older.json()["error"]
    gia_lai.package(outbox)  # package 3 never arrives
    fourth = gia_lai.package(outbox, period="2026-Q4")
    answer = upload(server, fourth)
    assert answer.status_code == 201
    assert "3" in " ".join(json.loads(answer.json()["receipt"])["warnings"])
    with centre.sessions() as session:
        gaps = dict(session.execute(select(Package.sequence, Package.gap)).all())
    assert gaps == {2: True, 4: True}  # 2 came first: nothing before it was known


def test_unregistered_and_revoked_keys_are_refused(
    server: LiveServer, centre: Centre, gia_lai: Office, outbox: Path
) -> None:
    from hrdesk.central.offices import revoke

    stranger = Office("Gia Lai")
    answer = upload(server, stranger.package(outbox))
    assert answer.status_code == 422 and "not trusted" in answer.json()["error"]
    with centre.sessions.begin() as session:
        revoke(session, 1)
    answer = upload(server, gia_lai.package(outbox))
    assert answer.status_code == 422 and "revoked" in answer.json()["error"]
    assert stored(centre) == (0, [])


def test_rotated_key_old_one_valid_only_for_packages_made_before(
    server: LiveServer, centre: Centre, gia_lai: Office, outbox: Path
) -> None:
    from hrdesk.central.offices import add_office

    old = gia_lai.package(outbox, bagging_date="2026-10-01")
    late = gia_lai.package(outbox, bagging_date="2099-01-01")
    new_key = Office("Gia Lai", sequence=2, last_sha512=gia_lai.last_sha512)
    with centre.sessions.begin() as session:
        _view, action = add_office(session, new_key.public.encoded(), "Gia Lai")
    assert action == "rotated"
    assert upload(server, old).status_code == 201
    refused = upload(server, late)
    assert refused.status_code == 422 and "replaced" in refused.json()["error"]
    assert upload(server, new_key.package(outbox)).status_code == 201


def test_body_over_the_limit_is_refused_before_it_is_read(
    server: LiveServer, centre: Centre
) -> None:
    limit = centre.settings.max_upload
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(
            b"POST /api/v1/packages HTTP/1.1\r\nHost: x\r\nContent-Type: application/zip\r\n"
            + f"Content-Length: {limit + 1}\r\n\r\n".encode()
        )
        answer = sock.recv(4096).decode()  # no byte of the body was sent
    assert answer.startswith("HTTP/1.1 413"), answer
    assert list(centre.files.incoming.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "headers", "status", "words"),
    [
        (b"not a zip at all", {"Content-Type": "application/zip"}, 422, "zip"),
        (b"", {"Content-Type": "application/zip"}, 400, "empty"),
        (b"x", {"Content-Type": "multipart/form-data; boundary=a"}, 415, "zip itself"),
    ],
)
def test_malformed_requests_get_4xx_with_one_line(
    server: LiveServer, gia_lai: Office, content: bytes, headers: dict, status: int, words: str
) -> None:
    answer = httpx.post(f"{server.url}/api/v1/packages", content=content, headers=headers)
    assert answer.status_code == status
    message = answer.json()["error"]
    assert words in message and "\n" not in message and "Traceback" not in message


def test_receipt_lookups_say_what_is_wrong(server: LiveServer, gia_lai: Office) -> None:
    assert httpx.get(f"{server.url}/api/v1/receipts/abc").status_code == 400
    missing = httpx.get(f"{server.url}/api/v1/receipts/{'0' * 128}")
    assert missing.status_code == 404 and "no package" in missing.json()["error"]


def test_a_package_without_readable_figures_is_accepted_with_a_warning(
    server: LiveServer, centre: Centre, gia_lai: Office, outbox: Path
) -> None:
    from hrdesk.central.national import national_tables
    from hrdesk.domain.periods import parse_period

    answer = upload(server, gia_lai.package(outbox, xlsx=False))
    assert answer.status_code == 201
    warnings = json.loads(answer.json()["receipt"])["warnings"]
    assert any("not counted in the national tables" in w for w in warnings)
    with centre.sessions() as session:
        assert national_tables(session, parse_period("2026-Q3")).provinces == []


def test_the_chain_links_by_signed_content_and_still_by_an_older_senders_zip_hash(
    server: LiveServer, centre: Centre, gia_lai: Office, outbox: Path
) -> None:
    from hrdesk.bundles.verify import file_sha512

    first = gia_lai.package(outbox)
    assert upload(server, first).status_code == 201
    assert upload(server, gia_lai.package(outbox)).status_code == 201  # names the signed link
    older = gia_lai.package(outbox)
    assert upload(server, older).status_code == 201
    gia_lai.last_sha512 = file_sha512(older)  # as HR Desk did before the signed link
    answer = upload(server, gia_lai.package(outbox))
    assert answer.status_code == 201, answer.text
    gia_lai.last_sha512 = "0" * 128
    wrong = upload(server, gia_lai.package(outbox))
    assert wrong.status_code == 422 and "previous hash differs" in wrong.json()["error"]
