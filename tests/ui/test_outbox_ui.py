"""The window's outbox: a package built is sent by the background sender (never the GUI
thread) when the officer presses "Send now", the status bar says it arrived, and closing
the window mid-upload stops the sender at once, the upload resumable."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the central extra is not installed")

from hrdesk.bundles.build import build_package
from hrdesk.bundles.keys import ensure_signer
from hrdesk.central.app import create_app
from hrdesk.central.config import Settings
from hrdesk.central.offices import add_office
from hrdesk.central.service import Centre
from hrdesk.outbox import queue, sender
from hrdesk.outbox.link import connect
from hrdesk.signin import Desk
from tests.bundles import records
from tests.central.conftest import PASSPHRASE, LiveServer
from tests.conftest import CHEAP_SCRYPT
from tests.outbox.conftest import Proxy
from tests.ui.conftest import _close_window, _open_window, settle


@pytest.fixture
def live_centre(tmp_path: Path) -> Iterator[tuple[Centre, LiveServer]]:
    settings = Settings(
        data_dir=tmp_path / "centre", database=None, passphrase=PASSPHRASE, scrypt=CHEAP_SCRYPT
    )
    with Centre.open(settings) as centre, LiveServer(create_app(centre=centre)) as live:
        yield centre, live


def _connect_and_build(desk: Desk, centre: Centre, url: str, tmp_path: Path) -> None:
    with desk.store.transaction(desk.actor) as session:
        key = ensure_signer(session, None).key
        connect(session, url, [centre.key.public_text()])
    with centre.sessions.begin() as session:
        add_office(session, key.public.encoded(), "Gia Lai")
    pdf, xlsx = records.report_files(tmp_path / "rendered")
    stick = tmp_path / "stick"
    stick.mkdir(parents=True)
    build_package(desk, "2026-Q3", pdf, xlsx, stick)


def test_a_package_built_is_sent_by_itself_and_send_now_skips_the_wait(
    qtbot, demo_desk: Desk, ui_settings, live_centre, tmp_path: Path, monkeypatch
) -> None:
    centre, live = live_centre
    _connect_and_build(demo_desk, centre, live.url, tmp_path / "first")
    threads: list[threading.Thread] = []
    real_send = sender.send_waiting

    def watched(*args, **kwargs):  # the real sender, noting the thread it runs on
        threads.append(threading.current_thread())
        return real_send(*args, **kwargs)

    monkeypatch.setattr(sender, "send_waiting", watched)
    window = _open_window(qtbot, demo_desk, ui_settings, "en")
    try:
        label = window.findChild(object, "outbox_label")
        button = window.findChild(object, "outbox_send_now")
        window.navigate("reports")
        settle()
        ledger = window.page("reports").sent.table.model()  # newest first

        def status() -> str:
            return ledger.index(0, 3).data()

        # Sent at sign-in, nothing pressed; the ledger on the screen shows it acknowledged.
        qtbot.waitUntil(lambda: "last arrived" in label.text(), timeout=60000)
        qtbot.waitUntil(lambda: status() == "Acknowledged", timeout=10000)
        assert threads and all(t is not threading.main_thread() for t in threads)
        # A second package, waiting after a failed try: "Send now" sends it at once.
        pdf, xlsx = records.report_files(tmp_path / "second")
        build_package(demo_desk, "2026-Q3", pdf, xlsx, tmp_path / "first" / "stick")
        with demo_desk.store.transaction(demo_desk.actor) as session:
            uid = queue.due(session, all_waiting=True)[0]
            queue.failed(session, uid, "outbox.unreachable", {"reason": "test"})
        window.ctx.notify("settings")  # the status bar reads the store again
        qtbot.waitUntil(lambda: "1 package(s) waiting" in label.text(), timeout=20000)
        window.page("reports").sent.reload()
        qtbot.waitUntil(lambda: status() == "Exported", timeout=10000)
        assert button.isEnabled()
        button.click()
        settle()
        qtbot.waitUntil(lambda: "nothing waiting" in label.text(), timeout=60000)
        qtbot.waitUntil(lambda: status() == "Acknowledged", timeout=10000)
        with demo_desk.store.reader(demo_desk.actor) as session:
            assert [e.state for e in queue.entries(session)] == ["arrived", "arrived"]
    finally:
        _close_window(qtbot, window)
    assert not window.outbox.sender_thread.is_alive()


def test_closing_the_window_mid_upload_stops_the_sender_at_once(
    qtbot, demo_desk: Desk, ui_settings, live_centre, tmp_path: Path
) -> None:
    centre, live = live_centre
    proxy = Proxy(live.port)
    try:
        _connect_and_build(demo_desk, centre, proxy.url, tmp_path)
        proxy.budget, proxy.hold = 2000, True  # the line goes quiet mid-upload
        window = _open_window(qtbot, demo_desk, ui_settings, "en")
        window.outbox.send_now()
        qtbot.waitUntil(lambda: proxy.cuts == 1, timeout=30000)
        started = time.monotonic()
        _close_window(qtbot, window)
        assert not window.outbox.sender_thread.is_alive()
        assert time.monotonic() - started < 5
        with demo_desk.store.reader(demo_desk.actor) as session:
            [entry] = queue.entries(session)
            item = queue.item_of(session, entry.uid)
            assert entry.state == "waiting" and item is not None and item.upload_url
    finally:
        proxy.close()


def test_an_administrator_connects_to_the_centre_in_settings(
    qtbot, window, demo_desk: Desk, live_centre, tmp_path: Path
) -> None:
    centre, live = live_centre
    key = tmp_path / "centre.pub"
    key.write_text(centre.key.public_text(), encoding="utf-8")
    window.navigate("settings")
    settle()
    tab = window.page("settings").centre
    assert "Not connected" in tab.message.text()
    tab.url.setText("http://centre.example.vn")
    tab.key.setText(str(key))
    tab.connect_button.click()
    settle()
    assert "must be reached over https" in tab.message.text()
    tab.url.setText(live.url)
    tab.connect_button.click()
    settle()
    assert tab.message.text().startswith(f"Connected to {live.url}, centre key ")
    with demo_desk.store.reader(demo_desk.actor) as session:
        from hrdesk.outbox.link import centre_link

        assert centre_link(session).url == live.url
    label = window.findChild(object, "outbox_label")
    qtbot.waitUntil(lambda: "nothing waiting" in label.text(), timeout=20000)
