"""Change notices: one Qt signal carrying which kinds of record changed and who changed
them (after Anki's `operation_did_execute`). A workspace connects a slot of its own, so
the connection goes when the workspace does."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

# A change of every kind (a restore, an import of everything): every list reads again.
EVERYTHING = ""


@dataclass(frozen=True)
class Change:
    """What a piece of store work changed: list names ("tasks", "members"…), "settings",
    "accounts", "packages", "reports"; `initiator` is the widget that asked, if any."""

    kinds: frozenset[str]
    initiator: object = None

    @classmethod
    def of(cls, kinds: str | Iterable[str], initiator: object = None) -> Change:
        return cls(frozenset([kinds] if isinstance(kinds, str) else kinds), initiator)

    def touches(self, *kinds: str) -> bool:
        """True if any of `kinds` changed (a change of everything touches all)."""
        return EVERYTHING in self.kinds or not self.kinds.isdisjoint(kinds)


class ChangeNotices(QObject):
    """The window's one channel of change notices."""

    changed = Signal(object)  # a Change

    def tell(self, change: Change) -> None:
        self.changed.emit(change)
