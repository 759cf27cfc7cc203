"""Small builders for records the tests need, through the real services."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.services import petitions
from hrdesk.store.models import Petition


def petition(session: Session, **overrides: Any) -> Petition:
    values: dict[str, Any] = {
        "received_on": date(2026, 11, 2),
        "channel": "direct",
        "kind": "complaint",
        "field": "land",
        "summary": "Khiếu nại quyết định thu hồi đất tại xã Ia Grai",
        "petitioners": [
            {"full_name": "Trần Thị Hoà", "address": "Pleiku, Gia Lai", "id_number": "064123456789"}
        ],
    }
    values.update(overrides)
    return petitions.receive_petition(session, **values)
