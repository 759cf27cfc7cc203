"""Which handling steps the law allows next for a petition, by its status and kind.

receive → classify → accept, return with guidance, or transfer → extend (denunciations)
→ decide → close. Notes and verification steps may be added while the case is open.
"""

from __future__ import annotations

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.vocab import Choice, PetitionStatus


class Action(Choice):
    CLASSIFY = ("classify", "Phân loại", "Classify")
    ACCEPT = ("accept", "Thụ lý", "Accept")
    RETURN = ("return", "Trả lại, hướng dẫn", "Return with guidance")
    TRANSFER = ("transfer", "Chuyển đơn", "Transfer")
    EXTEND = ("extend", "Gia hạn", "Extend")
    VERIFY = ("verify", "Xác minh", "Record verification")
    DECIDE = ("decide", "Giải quyết", "Decide")
    CLOSE = ("close", "Kết thúc", "Close")
    NOTE = ("note", "Ghi chú", "Add a note")


S = PetitionStatus
A = Action

_ALLOWED: dict[PetitionStatus, tuple[Action, ...]] = {
    S.RECEIVED: (A.CLASSIFY, A.ACCEPT, A.RETURN, A.TRANSFER, A.NOTE),
    S.CLASSIFIED: (A.CLASSIFY, A.ACCEPT, A.RETURN, A.TRANSFER, A.NOTE),
    S.ACCEPTED: (A.EXTEND, A.VERIFY, A.DECIDE, A.NOTE),
    S.DECIDED: (A.CLOSE, A.NOTE),
    S.RETURNED: (A.CLOSE, A.NOTE),
    S.TRANSFERRED: (A.CLOSE, A.NOTE),
    S.CLOSED: (A.NOTE,),
}


def allowed_actions(status: str, kind: str) -> tuple[Action, ...]:
    """The actions offered for a petition; only denunciations can be extended."""
    actions = _ALLOWED[PetitionStatus(status)]
    if kind != "denunciation":
        actions = tuple(a for a in actions if a is not A.EXTEND)
    return actions


def check_allowed(status: str, kind: str, action: Action) -> None:
    if action not in allowed_actions(status, kind):
        state = PetitionStatus(status).label_en.lower()
        if action is A.EXTEND and kind != "denunciation":
            raise ValidationError("action", "only a denunciation's deadline can be extended")
        raise ValidationError(
            "action", f"a petition that is {state} cannot be given the step '{action.label_en}'"
        )
