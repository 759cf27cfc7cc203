"""The board over HTTP: sign-in, roles, CSRF, delays, states in colour, national tables."""

from __future__ import annotations

import io
import re
from pathlib import Path

import httpx
import pytest
from openpyxl import load_workbook

from hrdesk.central.service import Centre
from tests.central.board_setup import PASSWORD, PERIOD, Scene, build_scene
from tests.central.conftest import LiveServer


@pytest.fixture
def scene(centre: Centre, tmp_path: Path) -> Scene:
    return build_scene(centre, tmp_path / "packages")


def sign_in(server: LiveServer, name: str, password: str = PASSWORD) -> httpx.Client:
    client = httpx.Client(base_url=server.url, follow_redirects=True, timeout=60)
    form = client.get("/board/signin")
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text)[1]  # type: ignore[index]
    client.post("/board/signin", data={"name": name, "password": password, "csrf": csrf})
    return client


def states(html: str) -> dict[str, str]:
    return dict(re.findall(r'data-province="([^"]+)" data-state="([^"]+)"', html))


def test_board_shows_each_province_in_its_state(server: LiveServer, scene: Scene) -> None:
    client = sign_in(server, "xem")
    page = client.get("/board", params={"period": PERIOD})
    assert page.status_code == 200
    shown = states(page.text)
    assert len(shown) == 34
    assert shown["Gia Lai"] == "on_time"
    assert shown["Đà Nẵng"] == "late"
    assert shown["Huế"] == "gap"
    assert shown["Cà Mau"] == "refused"
    assert shown["Hà Nội"] == "missing"
    assert "Chậm" in page.text  # Vietnamese first
    client.get("/board/lang/en")
    assert "Late" in client.get("/board", params={"period": PERIOD}).text


def test_national_excel_sums_the_provinces(server: LiveServer, scene: Scene) -> None:
    client = sign_in(server, "lan")
    answer = client.get(f"/board/national/{PERIOD}.xlsx")
    assert answer.status_code == 200
    book = load_workbook(io.BytesIO(answer.content))
    sheet = book["Đơn thư theo loại"]
    total = next(row for row in sheet.iter_rows(values_only=True) if row[1] == "Tổng cộng")
    counted = [scene.stats[p] for p in ("Gia Lai", "Đà Nẵng", "Huế")]
    # columns: STT, kind, carried over, received, resolved, …
    assert total[2] == sum(s.petitions.carried_over for s in counted)
    assert total[3] == sum(s.petitions.received for s in counted)
    assert total[4] == sum(s.petitions.resolved for s in counted)
    tasks = [row for row in book["Nhiệm vụ"].iter_rows(min_row=2, values_only=True)]
    assert tasks[0][2] == sum(s.tasks.due for s in counted)  # type: ignore[union-attr]
    pdf = client.get(f"/board/national/{PERIOD}.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_viewer_may_not_download_and_strangers_are_sent_to_sign_in(
    server: LiveServer, scene: Scene
) -> None:
    viewer = sign_in(server, "xem")
    assert viewer.get(f"/board/national/{PERIOD}.xlsx").status_code == 403
    stranger = httpx.Client(base_url=server.url, follow_redirects=False)
    assert stranger.get("/board").status_code == 303
    assert (
        stranger.get(f"/board/national/{PERIOD}.xlsx")
        .headers["location"]
        .startswith("/board/signin")
    )


def test_province_page_lists_packages_refusals_and_figures(
    server: LiveServer, scene: Scene
) -> None:
    client = sign_in(server, "lan")
    page = client.get("/board/provinces/1", params={"period": PERIOD})
    assert page.status_code == 200 and "Gia Lai" in page.text
    assert str(scene.stats["Gia Lai"].petitions.received) in page.text
    report = re.search(r'href="(/board/packages/[0-9a-f]+/report)"', page.text)[1]  # type: ignore[index]
    assert client.get(report).content.startswith(b"%PDF")
    refused = client.get("/board/provinces/4")
    assert "tệp dữ liệu: Tệp data/report.pdf đã bị thay đổi" in refused.text  # Vietnamese first


def signin_form(client: httpx.Client) -> str:
    form = client.get("/board/signin")
    return re.search(r'name="csrf" value="([^"]+)"', form.text)[1]  # type: ignore[index]


def test_waits_grow_after_the_free_tries() -> None:
    from hrdesk.central.users import FREE_TRIES, MAX_WAIT, wait_after

    waits = [wait_after(n) for n in range(1, FREE_TRIES + 12)]
    assert waits[: FREE_TRIES - 1] == [0] * (FREE_TRIES - 1)
    assert waits[FREE_TRIES - 1 :][:4] == [1, 2, 4, 8]
    assert waits[-1] == MAX_WAIT


def test_sign_in_needs_csrf_and_waits_after_wrong_passwords(
    server: LiveServer, scene: Scene, centre: Centre, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select, update

    from hrdesk.central import users
    from hrdesk.central.models import User

    # Waits of a minute, so that this slow machine cannot outlast one between two requests.
    monkeypatch.setattr(users, "wait_after", lambda n: 0 if n < users.FREE_TRIES else 60)
    client = httpx.Client(base_url=server.url, timeout=60)
    client.get("/board/signin")
    forged = client.post("/board/signin", data={"name": "lan", "password": PASSWORD, "csrf": "x"})
    assert forged.status_code == 400
    statuses = []
    for _ in range(users.FREE_TRIES):
        answer = client.post(
            "/board/signin",
            data={"name": "lan", "password": "wrong password", "csrf": signin_form(client)},
        )
        statuses.append(answer.status_code)
    assert statuses == [401] * (users.FREE_TRIES - 1) + [429]
    right = {"name": "lan", "password": PASSWORD}
    refused = client.post("/board/signin", data={**right, "csrf": signin_form(client)})
    assert refused.status_code == 429 and "giây" in refused.text  # not even checked
    assert "hrdesk_session" not in client.cookies
    with centre.sessions.begin() as session:  # the minute has passed
        session.execute(update(User).where(User.name == "lan").values(locked_until=None))
    accepted = client.post("/board/signin", data={**right, "csrf": signin_form(client)})
    assert accepted.status_code == 303 and "hrdesk_session" in client.cookies
    with centre.sessions() as session:
        assert session.scalar(select(User.failed_count).where(User.name == "lan")) == 0
