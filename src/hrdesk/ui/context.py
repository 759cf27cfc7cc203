"""What every workspace is given: the signed-in desk, the background runner, settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSettings
from sqlalchemy.orm import Session

from hrdesk.domain.access import Actor, Permission
from hrdesk.signin import Desk
from hrdesk.ui.worker import Runner


@dataclass
class UiContext:
    desk: Desk
    runner: Runner
    settings: QSettings
    lang: str = "vi"
    report_error: Callable[[BaseException], None] = print
    # Called after any change, so every open list and the dashboard can refresh.
    changed: list[Callable[[str], None]] = field(default_factory=list)
    # Show a workspace, optionally filtered: navigate("petitions", {"overdue": True}).
    navigate: Callable[[str, dict[str, Any]], None] = lambda _key, _how: None

    @property
    def actor(self) -> Actor:
        return self.desk.actor

    def can(self, permission: Permission) -> bool:
        return self.desk.actor.can(permission)

    @contextmanager
    def reader(self) -> Iterator[Session]:
        with self.desk.store.reader(self.desk.actor) as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.desk.store.transaction(self.desk.actor) as session:
            yield session

    def read(self, fn: Callable[[Session], Any]) -> Any:
        with self.reader() as session:
            return fn(session)

    def write(self, fn: Callable[[Session], Any], kind: str | None = "") -> Any:
        """Run `fn` in one transaction and tell the window what changed (nothing for
        `kind` None: a write that changes no record, such as a logged look)."""
        with self.transaction() as session:
            result = fn(session)
        if kind is not None:
            self.notify(kind)
        return result

    def notify(self, kind: str) -> None:
        for listener in list(self.changed):
            listener(kind)
