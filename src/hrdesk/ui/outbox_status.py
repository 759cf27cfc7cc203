"""The outbox in the window: a background sender and its place in the status bar.

The sender is one thread of its own, never the GUI thread. It wakes every few minutes, when
Qt says the network came back (QNetworkInformation, where the platform has a backend), and
when the officer presses "Gửi ngay"; it sends only if a cheap request reaches the centre.
Between tries a package waits (doubling, with jitter: outbox.queue). Its state is all in
the store, so closing the window mid-upload loses nothing: the next start resumes it.
Closing the window stops it at once: the upload under way is cut, the store left intact.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from hrdesk.domain.formatting import format_datetime
from hrdesk.outbox.link import LineCutter

log = logging.getLogger(__name__)
POLL_SECONDS = 300.0


class _Signals(QObject):
    # Emitted on the sender's thread; queued to the GUI thread's slots.
    status = Signal(object)  # OutboxState
    progress = Signal(int, int, int)  # package sequence, bytes held by the centre, size


class OutboxState:
    """What the status bar shows; made on the sender's thread from the store."""

    def __init__(
        self,
        connected: bool,
        waiting: int,
        last_arrival: datetime | None,
        problem: str = "",
    ) -> None:
        self.connected = connected
        self.waiting = waiting
        self.last_arrival = last_arrival
        self.problem = problem


class OutboxSender(QObject):
    """Owns the sending thread; lives on the GUI thread."""

    def __init__(self, desk: Any, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lang = lang
        self.signals = _Signals()
        self.stop_event = threading.Event()
        self.wake = threading.Event()
        self._now = False
        self.cutter = LineCutter()
        self.online: bool | None = None  # None: the platform cannot tell
        self._watch_network()
        self.sender_thread = threading.Thread(target=self._loop, name="hrdesk-outbox", daemon=True)

    def start(self) -> None:
        self.sender_thread.start()

    def send_now(self) -> None:
        """ "Gửi ngay": try every waiting package now, whatever its wait."""
        self._now = True
        self.wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop at once: no new request starts, the one under way is cut."""
        self.stop_event.set()
        self.wake.set()
        self.cutter.cut()
        if self.sender_thread.is_alive():
            self.sender_thread.join(timeout)

    # -- network reachability (GUI thread)
    def _watch_network(self) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        self._reachability(info.reachability())
        info.reachabilityChanged.connect(self._reachability)

    def _reachability(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        unknown = QNetworkInformation.Reachability.Unknown
        was = self.online
        self.online = (
            None
            if reachability == unknown
            else reachability != QNetworkInformation.Reachability.Disconnected
        )
        if self.online and not was:
            self.wake.set()  # back online: try now

    # -- the sending thread
    def _loop(self) -> None:
        while not self.stop_event.is_set():
            now, self._now = self._now, False
            try:
                self._round(all_waiting=now)
            except Exception:  # logged; the next round tries again
                if not self.stop_event.is_set():
                    log.exception("the outbox's sending failed")
            self.wake.wait(POLL_SECONDS)
            self.wake.clear()

    def _state(self, problem: str = "") -> OutboxState:
        from hrdesk.outbox.sender import outbox_summary

        connected, waiting, last = outbox_summary(self.desk)
        return OutboxState(connected, waiting, last, problem)

    def _round(self, all_waiting: bool) -> None:
        from hrdesk.messages import render
        from hrdesk.outbox import tus
        from hrdesk.outbox.link import http_client
        from hrdesk.outbox.sender import Sending, connected, send_waiting

        state = self._state()
        self.signals.status.emit(state)
        link = connected(self.desk)
        if link is None or not state.waiting or self.online is False:
            return
        with http_client(link, timeout=15.0) as client:
            self.cutter.install(client)
            try:
                tus.probe(client)
            except tus.Unreachable as exc:
                self.signals.status.emit(self._state(render(exc.code, exc.params, self.lang)))
                return
        sequences: dict[str, int] = {}

        def progress(uid: str, done: int, size: int) -> None:
            if uid not in sequences:
                from hrdesk.outbox.queue import entry

                with self.desk.store.reader(self.desk.actor) as session:
                    found = entry(session, uid)
                sequences[uid] = found.sequence if found else 0
            self.signals.progress.emit(sequences[uid], done, size)

        sending = Sending(stop=self.stop_event, progress=progress, clients=self._register)
        outcomes = send_waiting(self.desk, sending, all_waiting=all_waiting)
        if self.stop_event.is_set():
            return
        problem = next((render(o.code, o.params or {}, self.lang) for o in outcomes if o.code), "")
        self.signals.status.emit(self._state(problem))

    def _register(self, client: Any, add: bool) -> None:
        if add:
            self.cutter.install(client)


class OutboxStatus(QWidget):
    """The status bar's outbox: what waits, what is sending, when the last one arrived,
    and "Gửi ngay"."""

    def __init__(self, sender: OutboxSender, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout

        self.setObjectName("outbox_status")
        self.lang = lang
        self.label = QLabel(self.tr("Outbox: …"))
        self.label.setObjectName("outbox_label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.send_button = QToolButton()
        self.send_button.setObjectName("outbox_send_now")
        self.send_button.setText(self.tr("Send now"))
        self.send_button.clicked.connect(sender.send_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.send_button)
        sender.signals.status.connect(self.show_state)
        sender.signals.progress.connect(self.show_progress)
        self.state: OutboxState | None = None

    def show_state(self, state: OutboxState) -> None:
        self.state = state
        if not state.connected:
            self.label.setText(self.tr("Outbox: not connected to the centre"))
            self.send_button.setEnabled(False)
            self.label.setToolTip("")
            return
        parts = [
            self.tr("Outbox: %n package(s) waiting", "", state.waiting)
            if state.waiting
            else self.tr("Outbox: nothing waiting")
        ]
        if state.last_arrival is not None:
            when = format_datetime(state.last_arrival)
            parts.append(self.tr("last arrived %1").replace("%1", when))
        self.label.setText(" · ".join(parts))
        self.label.setToolTip(state.problem)
        self.send_button.setEnabled(state.waiting > 0)

    def show_progress(self, sequence: int, done: int, size: int) -> None:
        percent = 100 * done // max(size, 1)
        self.label.setText(
            self.tr("Outbox: sending package %1, %2%")
            .replace("%1", str(sequence))
            .replace("%2", str(percent))
        )


def add_outbox(
    bar: QStatusBar,
    desk: Any,
    lang: str,
    parent: QObject,
    on_arrival: Callable[[], None] | None = None,
) -> OutboxSender:
    """Start the sender and put its status in `bar`; the caller stops it on close.
    `on_arrival` is called (GUI thread) when a receipt acknowledged a package."""
    sender = OutboxSender(desk, lang, parent)
    bar.addPermanentWidget(OutboxStatus(sender, lang))
    if on_arrival is not None:
        seen: list[datetime | None] = []

        def arrived(state: OutboxState) -> None:
            if seen and state.last_arrival != seen[-1]:
                on_arrival()
            seen[:] = [state.last_arrival]

        sender.signals.status.connect(arrived)
    sender.start()
    return sender
