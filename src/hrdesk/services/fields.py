"""Field specifications: one description of each editable field serves the forms, the
services' validation, and the import/export columns.

A value may arrive typed (from the window) or as text (from a CSV cell or the command
line); `coerce` turns either into the stored type or raises ValidationError naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import VIETNAM_FIXED, parse_date
from hrdesk.domain.text import clean, clean_multiline
from hrdesk.domain.vocab import Choice
from hrdesk.messages import Localized
from hrdesk.services.common import resolve_agency, resolve_member

TRUE_WORDS = {"1", "true", "yes", "y", "x", "co", "có", "dung", "đúng"}
FALSE_WORDS = {"0", "false", "no", "n", "khong", "không", "", "sai"}


@dataclass(frozen=True)
class Field:
    """One editable field: its stored name, labels, type and rules."""

    name: str
    label_vi: str
    label_en: str
    kind: str = "text"  # text, multiline, date, datetime, bool, int, choice, agency, member
    required: bool = False
    max_length: int | None = None
    choices: type[Choice] | None = None
    minimum: int | None = None
    maximum: int | None = None

    def label(self, lang: str = "vi") -> str:
        return self.label_vi if lang == "vi" else self.label_en

    @property
    def localized(self) -> Localized:
        """The label in both languages, for a message's {label}."""
        return Localized(self.label_vi, self.label_en)


VIETNAM = VIETNAM_FIXED  # Vietnam keeps UTC+07:00 all year: local text maps to one moment


def _moment(value: Any, name: str) -> datetime:
    """An aware datetime; text is read as Vietnam's local time ("dd/mm/yyyy HH:MM" or ISO)."""
    if isinstance(value, datetime):
        # A spreadsheet cell has no zone: it was typed in Vietnam's time.
        return value if value.tzinfo else value.replace(tzinfo=VIETNAM)
    text = str(value).strip()
    for pattern in ("%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=VIETNAM)
        except ValueError:
            continue
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(name, "field.not_datetime", value=text) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=VIETNAM)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def coerce(session: Session | None, field: Field, value: Any) -> Any:
    """The stored value for `value`, or ValidationError(field.name, why)."""
    if _is_blank(value):
        if field.required:
            raise ValidationError(field.name, "field.required", label=field.localized)
        return False if field.kind == "bool" else None
    kind = field.kind
    if kind in ("text", "multiline"):
        text = clean_multiline(str(value)) if kind == "multiline" else clean(str(value))
        if field.max_length and text and len(text) > field.max_length:
            raise ValidationError(
                field.name, "field.too_long", label=field.localized, limit=field.max_length
            )
        if field.required and not text:
            raise ValidationError(field.name, "field.required", label=field.localized)
        return text
    if kind == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        return parse_date(str(value), field.name)
    if kind == "datetime":
        return _moment(value, field.name)
    if kind == "bool":
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ValidationError(field.name, "field.not_yes_no", label=field.localized, value=value)
    if kind == "int":
        try:
            number = int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError:
            raise ValidationError(
                field.name, "field.not_whole_number", label=field.localized, value=value
            ) from None
        if field.minimum is not None and number < field.minimum:
            raise ValidationError(
                field.name, "field.too_small", label=field.localized, minimum=field.minimum
            )
        if field.maximum is not None and number > field.maximum:
            raise ValidationError(
                field.name, "field.too_large", label=field.localized, maximum=field.maximum
            )
        return number
    if kind == "choice":
        assert field.choices is not None
        return field.choices.parse(str(value), field.name).value
    if kind == "agency":
        assert session is not None
        return resolve_agency(session, value, field.name)
    if kind == "member":
        assert session is not None
        return resolve_member(session, value, field.name)
    raise AssertionError(f"unknown field kind {kind}")


def apply(
    session: Session, record: Any, fields: dict[str, Field], values: dict[str, Any]
) -> dict[str, Any]:
    """Validate every given value, then set them all; unknown names are a programming error.

    All values are checked before any is set, so a bad one leaves the record untouched;
    the ValidationError raised carries every bad value's problem, not only the first.
    Returns the coerced values.
    """
    unknown = set(values) - set(fields)
    if unknown:
        raise TypeError(f"unknown fields: {', '.join(sorted(unknown))}")
    coerced, problems = coerce_all(session, fields, values)
    if problems:
        raise ValidationError.of(problems)
    for name, value in coerced.items():
        setattr(record, name, value)
    return coerced


def coerce_all(
    session: Session | None, fields: dict[str, Field], values: dict[str, Any]
) -> tuple[dict[str, Any], list[ValidationError]]:
    """Every value coerced, and the problems of those that could not be."""
    coerced: dict[str, Any] = {}
    problems: list[ValidationError] = []
    for name, value in values.items():
        try:
            coerced[name] = coerce(session, fields[name], value)
        except ValidationError as exc:
            problems.extend(exc.problems)
    return coerced, problems


def missing_fields(fields: dict[str, Field], values: dict[str, Any]) -> list[ValidationError]:
    """On creation every required field must be given: one problem for each one missing."""
    return [
        ValidationError(field.name, "field.required", label=field.localized)
        for field in fields.values()
        if field.required and _is_blank(values.get(field.name))
    ]


def require_fields(fields: dict[str, Field], values: dict[str, Any]) -> None:
    """On creation every required field must be given."""
    problems = missing_fields(fields, values)
    if problems:
        raise ValidationError.of(problems)


def field_map(*fields: Field) -> dict[str, Field]:
    return {f.name: f for f in fields}
