"""Which handling steps the law allows next for a petition, by its status and kind.

receive → classify → accept, return with guidance, or transfer → extend (denunciations)
→ decide → close. Notes and verification steps may be added while the case is open.
Some steps exist only where a rule set grants them (`GRANTED_BY_RULES`): a complaint's
temporary suspension, resumption, suspension (đình chỉ), partial withdrawal and a
dialogue the complainant skipped come with Law 136/2025/QH15.
"""

from __future__ import annotations

from collections.abc import Collection

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.vocab import Choice, PetitionStatus
from hrdesk.messages import Localized


class Action(Choice):
    CLASSIFY = ("classify", "Phân loại", "Classify")
    ACCEPT = ("accept", "Thụ lý", "Accept")
    RETURN = ("return", "Trả lại, hướng dẫn", "Return with guidance")
    TRANSFER = ("transfer", "Chuyển đơn", "Transfer")
    EXTEND = ("extend", "Gia hạn", "Extend")
    VERIFY = ("verify", "Xác minh", "Record verification")
    SUSPEND = ("suspend", "Tạm đình chỉ", "Suspend temporarily")
    RESUME = ("resume", "Tiếp tục giải quyết", "Resume")
    WITHDRAW_PART = ("withdraw_part", "Rút một phần", "Withdraw in part")
    DIALOGUE_SKIPPED = ("dialogue_skipped", "Vắng mặt đối thoại", "Dialogue skipped")
    DECIDE = ("decide", "Giải quyết", "Decide")
    TERMINATE = ("terminate", "Đình chỉ", "Terminate")
    CLOSE = ("close", "Kết thúc", "Close")
    NOTE = ("note", "Ghi chú", "Add a note")


S = PetitionStatus
A = Action

GRANTED_BY_RULES = frozenset(
    {A.SUSPEND, A.RESUME, A.TERMINATE, A.WITHDRAW_PART, A.DIALOGUE_SKIPPED}
)

_ALLOWED: dict[PetitionStatus, tuple[Action, ...]] = {
    S.RECEIVED: (A.CLASSIFY, A.ACCEPT, A.RETURN, A.TRANSFER, A.NOTE),
    S.CLASSIFIED: (A.CLASSIFY, A.ACCEPT, A.RETURN, A.TRANSFER, A.NOTE),
    S.ACCEPTED: (
        A.EXTEND,
        A.VERIFY,
        A.SUSPEND,
        A.WITHDRAW_PART,
        A.DIALOGUE_SKIPPED,
        A.DECIDE,
        A.TERMINATE,
        A.NOTE,
    ),
    S.SUSPENDED: (A.RESUME, A.WITHDRAW_PART, A.TERMINATE, A.NOTE),
    S.DECIDED: (A.CLOSE, A.NOTE),
    S.RETURNED: (A.CLOSE, A.NOTE),
    S.TRANSFERRED: (A.CLOSE, A.NOTE),
    S.CLOSED: (A.NOTE,),
}


def allowed_actions(status: str, kind: str, granted: Collection[str] = ()) -> tuple[Action, ...]:
    """The actions offered for a petition. Only denunciations can be extended; the steps
    in `GRANTED_BY_RULES` only where the rules in force grant them (`granted`, action
    codes from the rule set's `steps`)."""
    actions = _ALLOWED[PetitionStatus(status)]
    if kind != "denunciation":
        actions = tuple(a for a in actions if a is not A.EXTEND)
    return tuple(a for a in actions if a not in GRANTED_BY_RULES or a.value in granted)


def check_allowed(status: str, kind: str, action: Action, granted: Collection[str] = ()) -> None:
    if action not in allowed_actions(status, kind, granted):
        state = PetitionStatus(status)
        step = Localized(action.label_vi, action.label_en)
        if action is A.EXTEND and kind != "denunciation":
            raise ValidationError("action", "petition.extend_only_denunciation")
        if action in GRANTED_BY_RULES and action in _ALLOWED[PetitionStatus(status)]:
            raise ValidationError("action", "petition.step_not_granted", step=step)
        raise ValidationError(
            "action",
            "petition.step_not_allowed",
            state=Localized(state.label_vi, state.label_en),
            step=step,
        )
