"""What an open store is given rather than finds for itself: its clock and the cost of
the password derivation for new key slots. The program uses the defaults; tests and the
benchmarks pin a day and a cheaper cost through the same constructors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from hrdesk.domain.formatting import VIETNAM_FIXED

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Clock = Callable[[], date]


def vietnam_today() -> date:
    """Today's date in Vietnam (UTC+07:00 all year), whatever the computer's zone."""
    return datetime.now(VIETNAM_FIXED).date()


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's cost parameters for a new key slot or wrapped secret. Each slot keeps its
    own n/r/p, so a file is always read with the cost it was written with."""

    # About 0.6 s and 128 MiB on an office laptop, per try.
    n: int = 2**17
    r: int = 8
    p: int = 1


DEFAULT_COST = ScryptCost()


@dataclass(frozen=True)
class StoreOptions:
    """The store's clock (`today`) and the scrypt cost of the slots and keys it makes."""

    today: Clock = field(default=vietnam_today)
    scrypt: ScryptCost = DEFAULT_COST


DEFAULTS = StoreOptions()


def options_of(session: Session | None) -> StoreOptions:
    """The options of the store the session belongs to (the defaults without a session)."""
    options = None if session is None else session.info.get("options")
    return options if isinstance(options, StoreOptions) else DEFAULTS
