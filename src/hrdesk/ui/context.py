"""What every workspace is given: the signed-in desk, the store thread, the background
runner, settings."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings

from hrdesk.domain.access import Actor, Permission
from hrdesk.services.common import today
from hrdesk.signin import Desk
from hrdesk.ui.changes import Change, ChangeNotices
from hrdesk.ui.store_thread import StoreThread, StoreWork, to_gui
from hrdesk.ui.worker import Runner


@dataclass
class UiContext:
    desk: Desk
    runner: Runner
    settings: QSettings
    lang: str = "vi"
    report_error: Callable[[BaseException], None] = print
    # Show a workspace, optionally filtered: navigate("petitions", {"overdue": True}).
    navigate: Callable[[str, dict[str, Any]], None] = lambda _key, _how: None
    store: StoreThread = field(init=False)
    # After any change, so every open list and the dashboard can refresh: connect a slot
    # of the listening widget to `changes.changed`, which hands it a Change.
    changes: ChangeNotices = field(init=False)

    def __post_init__(self) -> None:
        self.store = StoreThread(self.desk)
        self.changes = ChangeNotices()

    @property
    def actor(self) -> Actor:
        return self.desk.actor

    def can(self, permission: Permission) -> bool:
        return self.desk.actor.can(permission)

    def today(self) -> date:
        """Today as the store's sessions see it, without waiting on the store thread (it
        needs no query)."""
        session = self.desk.store.session(self.actor)
        try:
            return today(session)
        finally:
            session.close()

    def read(self, fn: StoreWork[Any]) -> Any:
        """Run `fn` in a reading session on the store thread, and wait for its answer."""
        return self.store.call(fn)

    def write(self, fn: StoreWork[Any], kind: str | None = "") -> Any:
        """Run `fn` in one transaction on the store thread and tell the window what
        changed (nothing for `kind` None: a write that changes no record, such as a logged
        look, or whose caller tells the window itself)."""
        result = self.store.call(fn, write=True)
        if kind is not None:
            self.notify(kind)
        return result

    def notify(self, kinds: str | Iterable[str], initiator: object = None) -> None:
        if threading.current_thread() is not threading.main_thread():
            # Listeners touch widgets: they hear of it on the GUI thread.
            to_gui(lambda: self.notify(kinds, initiator))
            return
        self.changes.tell(Change.of(kinds, initiator))
