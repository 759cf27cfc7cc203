"""The office's settings, each declared once: its key, type, default and range.

A setting lives in the store (the table `settings`, a JSON value under its key) and is
the office's rule, so only an administrator changes it. Everything that reads or writes
one names its declaration here, never a string key with a default of its own, and every
value is checked by its declaration where it is set (Electrum's `ConfigVar` is the model).

The window's own settings (size, last workspace, language of this computer's user) are not
the office's and live beside the window (`hrdesk.ui.window_settings`). A stored record of
another part, kept as a setting but not listed by `hrdesk settings` (the central office's
connection, `hrdesk.outbox.link.CENTRE_LINK`), is declared the same way beside its type.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from hrdesk.domain.errors import ValidationError
from hrdesk.messages import Localized

T = TypeVar("T")


@dataclass(frozen=True)
class SettingVar(Generic[T]):
    """One declared setting. `check` turns a value into the setting's type or refuses it
    with the declared range; `parse` does the same from text typed on the command line.

    `changed_with` names the command that changes a setting kept by another part of the
    application (a rule set switched on, a holiday year confirmed); such a setting is shown
    by `hrdesk settings` but not set there, since that command checks more than the type.
    """

    key: str
    label: Localized
    default: T
    kind: Localized
    _check: Callable[[SettingVar[T], Any], T]
    minimum: int | None = None
    maximum: int | None = None
    changed_with: Localized | None = None
    # How a checked value is written as JSON, for a type JSON has not (a record).
    _dump: Callable[[T], object] | None = None

    def check(self, value: object) -> T:
        return self._check(self, value)

    def to_json(self, value: T) -> object:
        """The checked value as it is kept in the store (a tuple as a list)."""
        if self._dump is not None:
            return self._dump(value)
        return list(value) if isinstance(value, tuple) else value

    def parse(self, text: str) -> T:
        """A value typed as text: a whole number as digits, a list as JSON or as words
        separated by commas."""
        if isinstance(self.default, int):
            return self.check(text.strip())
        stripped = text.strip()
        if stripped.startswith(("[", "{")):
            try:
                return self.check(json.loads(stripped))
            except json.JSONDecodeError:
                raise self.refusal(text) from None
        return self.check([part.strip() for part in stripped.split(",") if part.strip()])

    def stored(self, text: str | None) -> T:
        """The value kept in the store, or the default when there is none. A value that no
        longer passes the check (written by hand, or by a version with a wider range) gives
        the default too: a damaged setting never stops the window from opening."""
        if text is None:
            return self.default
        try:
            return self.check(json.loads(text))
        except (ValueError, ValidationError):
            return self.default

    def refusal(self, value: object) -> ValidationError:
        if self.minimum is not None and self.maximum is not None:
            return ValidationError(
                self.key,
                "settings.out_of_range",
                label=self.label,
                value=str(value),
                minimum=self.minimum,
                maximum=self.maximum,
            )
        return ValidationError(
            self.key, "settings.bad_value", label=self.label, value=str(value), kind=self.kind
        )


def _whole_number(var: SettingVar[int], value: object) -> int:
    if isinstance(value, bool):
        raise var.refusal(value)
    if isinstance(value, str):
        text = value.strip()
        if not text.lstrip("-").isdigit():
            raise var.refusal(value)
        value = int(text)
    if not isinstance(value, int):
        raise var.refusal(value)
    assert var.minimum is not None and var.maximum is not None
    if not var.minimum <= value <= var.maximum:
        raise var.refusal(value)
    return value


def _names(var: SettingVar[tuple[str, ...]], value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(
        isinstance(item, str) and item.strip() for item in value
    ):
        raise var.refusal(value)
    return tuple(sorted({item.strip() for item in value}))


def _years(var: SettingVar[tuple[int, ...]], value: object) -> tuple[int, ...]:
    items = value if isinstance(value, list | tuple) else None
    if items is None:
        raise var.refusal(value)
    years = set()
    for item in items:
        text = str(item).strip()
        if isinstance(item, bool) or not text.isdigit():
            raise var.refusal(value)
        years.add(int(text))
    return tuple(sorted(years))


def _record(var: SettingVar[dict[str, Any] | None], value: object) -> dict[str, Any] | None:
    if value is None or isinstance(value, dict):
        return value
    raise var.refusal(value)


LOCK_AFTER_MINUTES: SettingVar[int] = SettingVar(
    "lock_after_minutes",
    Localized("Khóa cửa sổ sau (phút không sử dụng)", "Lock the window after (minutes idle)"),
    10,
    Localized("số nguyên", "whole number"),
    _whole_number,
    minimum=1,
    maximum=240,
)
RULE_SETS_SWITCHED_ON: SettingVar[tuple[str, ...]] = SettingVar(
    "rules.enabled_sets",
    Localized("Bộ quy định chưa xác nhận đang bật", "Unconfirmed rule sets switched on"),
    (),
    Localized("danh sách mã bộ quy định", "list of rule set ids"),
    _names,
    changed_with=Localized("lệnh hrdesk rules on|off", "the command hrdesk rules on|off"),
)
HOLIDAY_YEARS_CONFIRMED: SettingVar[tuple[int, ...]] = SettingVar(
    "holidays.confirmed_years",
    Localized(
        "Năm có ngày nghỉ dự kiến đã được xác nhận", "Years whose expected holidays are confirmed"
    ),
    (),
    Localized("danh sách năm", "list of years"),
    _years,
    changed_with=Localized(
        "Cài đặt › Ngày nghỉ lễ, trong cửa sổ", "Settings › Holidays, in the window"
    ),
)
# The automatic backups' share of the disk: the kept copies (7 daily, 4 weekly, 12 monthly)
# of a large store could otherwise reach twenty times its size. 0 means no limit.
BACKUP_BUDGET_MB: SettingVar[int] = SettingVar(
    "backups.budget_mb",
    Localized(
        "Dung lượng tối đa cho các bản sao lưu tự động (MB, 0 là không giới hạn)",
        "Disk space for the automatic backups (MB, 0 for no limit)",
    ),
    0,
    Localized("số nguyên", "whole number"),
    _whole_number,
    minimum=0,
    maximum=10_000_000,
)
# What a backup leaves free on the disk it writes to: a full disk stops the store itself.
BACKUP_MIN_FREE_MB: SettingVar[int] = SettingVar(
    "backups.min_free_mb",
    Localized(
        "Dung lượng trống giữ lại trên ổ đĩa khi sao lưu (MB)",
        "Free space a backup leaves on the disk (MB)",
    ),
    200,
    Localized("số nguyên", "whole number"),
    _whole_number,
    minimum=0,
    maximum=10_000_000,
)
# Written once by migration 0009 (which keeps its own copy of the key, as migrations do):
# how many open petitions had their deadline moved, printed by `hrdesk check`.
DEADLINES_RECOMPUTED: SettingVar[dict[str, Any] | None] = SettingVar(
    "deadlines.recomputed",
    Localized("Kết quả tính lại hạn xử lý (bản nâng cấp 0009)", "Deadlines recomputed (0009)"),
    None,
    Localized("bản ghi JSON", "JSON record"),
    _record,
    changed_with=Localized("bản nâng cấp dữ liệu 0009", "migration 0009"),
)

SETTINGS: tuple[SettingVar[Any], ...] = (
    LOCK_AFTER_MINUTES,
    RULE_SETS_SWITCHED_ON,
    HOLIDAY_YEARS_CONFIRMED,
    DEADLINES_RECOMPUTED,
    BACKUP_BUDGET_MB,
    BACKUP_MIN_FREE_MB,
)
_BY_KEY = {var.key: var for var in SETTINGS}


def setting(key: str) -> SettingVar[Any]:
    """The declaration of `key`; a ValidationError naming the known keys otherwise."""
    var = _BY_KEY.get(key.strip())
    if var is None:
        raise ValidationError("key", "settings.unknown", key=key, keys=sorted(_BY_KEY))
    return var


def keys() -> Sequence[str]:
    return tuple(_BY_KEY)
