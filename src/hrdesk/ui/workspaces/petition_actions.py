"""One small dialog per step of the petition workflow, asking only for what the step needs
(its date, defaulting to today, and the step's own facts), then the service's call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.petition_flow import Action
from hrdesk.domain.vocab import Outcome, PetitionKind, StepKind
from hrdesk.services.fields import Field
from hrdesk.services.listing import spec_for
from hrdesk.services.petition_flow import ACTIONS, DATE_FIELD, max_extension_days
from hrdesk.services.petitions import CLASSIFICATION_FIELDS
from hrdesk.services.read_models.petitions import CaseView
from hrdesk.ui.context import UiContext
from hrdesk.ui.record_form import RecordForm
from hrdesk.ui.store_thread import StoreOp


def _same(name: str, label: str, kind: str = "text", **rules: Any) -> Field:
    """A field whose label is a translated UI string (the same in either language slot)."""
    return Field(name, label, label, kind, **rules)


def action_fields(action: Action, longest_extension: int = 1) -> list[Field]:
    """What each step asks for; the names are the service's keyword arguments.
    `longest_extension`: the most days the case's rules allow an extension."""
    note = Field("note", StepKind.NOTE.label_vi, StepKind.NOTE.label_en, "multiline")
    needed = Field(
        "note", StepKind.NOTE.label_vi, StepKind.NOTE.label_en, "multiline", required=True
    )
    outcome = spec_for("petitions").column("outcome")
    steps: dict[Action, list[Field]] = {
        Action.CLASSIFY: [*CLASSIFICATION_FIELDS.values(), note],
        Action.ACCEPT: [note],
        Action.RETURN: [
            _same(
                "guidance",
                QCoreApplication.translate("PetitionActions", "Guidance given to the citizen"),
                "multiline",
                required=True,
                max_length=4000,
            )
        ],
        Action.TRANSFER: [
            _same(
                "to",
                QCoreApplication.translate("PetitionActions", "Agency it goes to"),
                required=True,
                max_length=300,
            ),
            note,
        ],
        Action.EXTEND: [
            _same(
                "days",
                QCoreApplication.translate("PetitionActions", "Days added"),
                "int",
                minimum=1,
                maximum=longest_extension,
            ),
            note,
        ],
        Action.VERIFY: [needed],
        Action.SUSPEND: [_grounds(QCoreApplication.translate("PetitionActions", "Grounds"))],
        Action.RESUME: [note],
        Action.WITHDRAW_PART: [
            _grounds(QCoreApplication.translate("PetitionActions", "Part withdrawn"))
        ],
        Action.DIALOGUE_SKIPPED: [note],
        Action.TERMINATE: [_grounds(QCoreApplication.translate("PetitionActions", "Grounds"))],
        Action.DECIDE: [
            Field(
                "outcome",
                outcome.label_vi,
                outcome.label_en,
                "choice",
                required=True,
                choices=Outcome,
            ),
            note,
        ],
        Action.CLOSE: [note],
        Action.NOTE: [needed],
    }
    return [DATE_FIELD, *steps[action]]


def _grounds(label: str) -> Field:
    """The required text of a step that needs its grounds (kept as the step's note)."""
    return _same("note", label, "multiline", required=True, max_length=4000)


def action_values(
    action: Action, view: CaseView, on: date, longest_extension: int = 1
) -> dict[str, Any]:
    """What the dialog starts with: today's date, and the case's classification."""
    values: dict[str, Any] = {"on": on}
    if action is Action.CLASSIFY:
        values.update(view.classification)
    if action is Action.EXTEND:
        values["days"] = longest_extension
    return values


def _wire_rounds(form: RecordForm) -> None:
    """In the classify dialog, only a complaint has a second round to choose."""
    kind, rounds = form.editors.get("kind"), form.editors.get("complaint_round")
    if kind is None or rounds is None:
        return
    combo, spin = kind.widget, rounds.widget
    assert isinstance(combo, QComboBox) and isinstance(spin, QSpinBox)

    def changed() -> None:
        complaint = combo.currentData() == PetitionKind.COMPLAINT
        if not complaint:
            spin.setValue(1)
        spin.setEnabled(complaint)

    combo.currentIndexChanged.connect(changed)
    changed()


def run_action(
    ctx: UiContext,
    action: Action,
    view: CaseView,
    agencies: list[str],
    parent: QWidget | None = None,
    recorded: Callable[[], object] = lambda: None,
) -> None:
    """Ask for the step's facts and record it; `recorded` once it is on the timeline.
    The form's limits come from the case (the longest extension allowed): read first."""
    StoreOp(ctx, lambda s: max_extension_days(s, view.uid), parent=parent).success(
        lambda longest: _ask(ctx, action, view, agencies, parent, recorded, longest)
    ).run()


def _ask(
    ctx: UiContext,
    action: Action,
    view: CaseView,
    agencies: list[str],
    parent: QWidget | None,
    recorded: Callable[[], object],
    longest: int,
) -> None:
    fields = action_fields(action, longest)
    names = {f.name for f in fields}

    def save(values: dict[str, Any]) -> StoreOp[str]:
        values = {**values, "on": values.get("on") or None}

        def work(s: Session) -> str:
            try:
                return ACTIONS[action](s, view.uid, **values).uid
            except ValidationError as exc:
                # The service names the rule, not a field, when the case itself is the
                # problem; show it beside the field the officer can change, or above.
                if exc.field == "extension" and "days" in names:
                    raise ValidationError("days", exc.code, **exc.params) from exc
                if exc.field not in names:
                    raise ValidationError("", exc.code, **exc.params) from exc
                raise

        return StoreOp(ctx, work, changes="petitions")

    reference = view.reference or view.kind.label(ctx.lang)
    form = RecordForm(
        f"{action.label(ctx.lang)} — {reference}",
        fields,
        save,
        lang=ctx.lang,
        values=action_values(action, view, ctx.today(), longest),
        parent=parent,
    )
    form.setObjectName(f"action_dialog_{action.value}")
    # Room for a note of a few lines and a message under each field, without scrolling.
    lines = sum(3 if f.kind == "multiline" else 1 for f in fields)
    form.resize(max(form.width(), 600), min(150 + 48 * lines, 600))
    _wire_rounds(form)
    target = form.editors.get("to")
    if target is not None and isinstance(target.widget, QLineEdit) and agencies:
        completer = QCompleter(agencies, form)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        target.widget.setCompleter(completer)
    if form.exec():
        recorded()
