"""Reading and changing the office's declared settings (`hrdesk.domain.settings`).

Every officer reads them; only an administrator changes them (as in the window). A value
is checked by its declaration before it is stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.settings import SETTINGS, SettingVar, setting
from hrdesk.messages import Localized
from hrdesk.services.common import require
from hrdesk.store.models import Setting

T = TypeVar("T")


def read_setting(session: Session, var: SettingVar[T]) -> T:
    """The office's value of `var`, or its declared default."""
    row = session.get(Setting, var.key)
    return var.stored(None if row is None else row.value)


def write_setting(session: Session, var: SettingVar[T], value: object) -> T:
    """Check `value` against the declaration and keep it (administrators only)."""
    require(session, Permission.MANAGE_SETTINGS)
    checked = var.check(value)
    text = json.dumps(var.to_json(checked), ensure_ascii=False)
    row = session.get(Setting, var.key)
    if row is None:
        session.add(Setting(key=var.key, value=text))
    else:
        row.value = text
    session.flush()
    return checked


@dataclass(frozen=True)
class SettingValue:
    """One setting as `hrdesk settings` shows it."""

    key: str
    label: Localized
    kind: Localized
    value: Any
    default: Any
    minimum: int | None
    maximum: int | None
    changed_with: Localized | None

    def as_json(self, lang: str) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label.text(lang),
            "type": self.kind.text(lang),
            "value": _jsonable(self.value),
            "default": _jsonable(self.default),
            "minimum": self.minimum,
            "maximum": self.maximum,
            "settable": self.changed_with is None,
            "changed_with": None if self.changed_with is None else self.changed_with.text(lang),
        }


def setting_values(session: Session) -> list[SettingValue]:
    """Every declared setting with the office's value and the default."""
    require(session, Permission.VIEW_RECORDS)
    return [_value(session, var) for var in SETTINGS]


def setting_value(session: Session, key: str) -> SettingValue:
    """One setting by its key; a ValidationError naming the known keys otherwise."""
    require(session, Permission.VIEW_RECORDS)
    return _value(session, setting(key))


def set_from_text(session: Session, key: str, text: str) -> SettingValue:
    """`hrdesk settings set KEY VALUE`: the value as typed, checked by the declaration."""
    var = setting(key)
    require(session, Permission.MANAGE_SETTINGS)
    if var.changed_with is not None:
        raise ValidationError(
            var.key, "settings.changed_elsewhere", label=var.label, changed_with=var.changed_with
        )
    write_setting(session, var, var.parse(text))
    return _value(session, var)


def _value(session: Session, var: SettingVar[Any]) -> SettingValue:
    return SettingValue(
        var.key,
        var.label,
        var.kind,
        read_setting(session, var),
        var.default,
        var.minimum,
        var.maximum,
        var.changed_with,
    )


def _jsonable(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value
