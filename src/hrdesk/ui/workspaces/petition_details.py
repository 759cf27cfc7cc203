"""The selected petition's case: its facts, deadline and the rule behind it, the timeline
of steps, the people who filed it (a denouncer masked until opened on purpose), and a
button for each step the law allows next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.formatting import format_date
from hrdesk.domain.petition_flow import Action
from hrdesk.domain.vocab import PetitionKind
from hrdesk.services.list_specs import Column
from hrdesk.services.listing import spec_for
from hrdesk.services.petitions import CLASSIFICATION_FIELDS, DEADLINE_FIELD, INTAKE_FIELDS
from hrdesk.services.read_models.petitions import CaseView, Person
from hrdesk.ui.details_html import detail_rows, esc
from hrdesk.ui.workspaces.petition_model import STATE_HTML, days_left_text

MAX_ACTION_COLUMNS = 3
MASK = "••••"


def _column(name: str) -> Column:
    return spec_for("petitions").column(name)


class PetitionDetails(QWidget):
    """The case panel beside the list; the workspace answers its signals."""

    action_chosen = Signal(object)  # an Action
    reveal_clicked = Signal()

    def __init__(self, lang: str, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("petition_details")
        self.lang = lang
        self.can_edit = can_edit
        self.view: CaseView | None = None
        # One button per step, made once (a stable tab order); those the law allows now
        # are shown, in `action_buttons`.
        self.all_action_buttons: dict[Action, QPushButton] = {}
        self.action_buttons: dict[Action, QPushButton] = {}
        self._action_columns = 0
        self.empty = QLabel(self.tr("Select a petition to see its case."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b6b6b;")
        self.title = self._label("petition_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.deadline = self._label("petition_deadline")
        self.rule = self._label("petition_rule")
        self.rule.setStyleSheet("color: #555;")
        self.action_box = QWidget()
        self.action_grid = QGridLayout(self.action_box)
        self.action_grid.setContentsMargins(0, 4, 0, 4)
        self._make_action_buttons()
        self.people_box = QGroupBox(self.tr("People who filed it"))
        self.people = self._label("petition_people")
        self.people.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QPushButton(self.tr("Show identity"))
        self.reveal_button.setObjectName("reveal_identity")
        self.reveal_button.setToolTip(
            self.tr("Show the denouncer's identity; this is recorded in the case's history")
        )
        self.reveal_button.clicked.connect(self.reveal_clicked)
        people_layout = QHBoxLayout(self.people_box)
        people_layout.addWidget(self.people, 1)
        people_layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignTop)
        self.browser = QTextBrowser()
        self.browser.setObjectName("details")
        self.browser.setOpenLinks(False)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.deadline, self.rule, self.action_box, self.people_box):
            body.addWidget(widget)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        self.show_case(None)

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    # -- showing a case
    def show_case(self, view: CaseView | None) -> None:
        self.view = view
        self.empty.setVisible(view is None)
        self.body.setVisible(view is not None)
        if view is None:
            self.browser.clear()
            self._set_actions(())
            return
        lang = self.lang
        reference = view.reference or self.tr("(no reference)")
        self.title.setText(f"{esc(reference)} · {esc(view.kind.label(lang))}")
        self.deadline.setText(self._deadline_html(view))
        self.rule.setText(esc(self._rule_line(view)))
        # A set holding facts not yet confirmed is switched on by hand: shown apart.
        self.rule.setStyleSheet("color: #8a5a00;" if view.rule_set_unconfirmed else "color: #555;")
        self.rule.setVisible(bool(view.rule_key))
        self._set_actions(view.actions)
        self._show_people(view)
        self.browser.setHtml(self._facts_html(view) + self._timeline_html(view))

    def _deadline_html(self, view: CaseView) -> str:
        status = f"<b>{esc(view.status.label(self.lang))}</b>"
        if view.deadline is None:
            return status
        if view.state.state == "stopped":
            stopped = self.tr("the clock has stopped")
            return f"{status} · {esc(DEADLINE_FIELD.label(self.lang))}: " + (
                f"{format_date(view.deadline)} ({esc(stopped)})"
            )
        left = days_left_text(view.state)
        colour = STATE_HTML.get(view.state.state)
        left = f"<b style='color:{colour}'>{esc(left)}</b>" if colour else esc(left)
        deadline = DEADLINE_FIELD.label(self.lang)
        return f"{status} · {esc(deadline)}: {format_date(view.deadline)} ({left})"

    def _rule_line(self, view: CaseView) -> str:
        if view.rule_key == "manual":
            return self.tr("Deadline set by hand")
        line = self.tr("Rule applied: %1").replace("%1", view.rule)
        if view.rule_set:
            line += " · " + self.tr("Rule set: %1").replace("%1", view.rule_set)
        if view.extensions:
            line += " · " + self.tr("extended %n time(s)", "", view.extensions)
        return line

    def _set_actions(self, actions: tuple[Action, ...]) -> None:
        for button in self.action_buttons.values():
            self.action_grid.removeWidget(button)
            button.hide()
        self.action_buttons = {action: self.all_action_buttons[action] for action in actions}
        for action, button in self.action_buttons.items():
            button.setEnabled(self.can_edit)
            button.setToolTip("")
            if action is Action.EXTEND and self.view is not None and not self.view.complex:
                # The law extends only a complex case (Art. 30): say so instead of failing.
                button.setEnabled(False)
                button.setToolTip(self.tr("Only a complex case may be extended (Art. 30)."))
            button.show()
        self._place_actions()
        self.action_box.setVisible(bool(actions))

    def _make_action_buttons(self) -> None:
        for action in Action:
            button = QPushButton(action.label(self.lang), self.action_box)
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _checked=False, a=action: self.action_chosen.emit(a))
            button.hide()
            self.all_action_buttons[action] = button

    def focus_chain(self) -> list[QWidget]:
        """The panel's controls in the order Tab should visit them."""
        return [*self.all_action_buttons.values(), self.reveal_button, self.browser]

    def _columns_fitting(self) -> int:
        """As many buttons a row as the panel's width holds (labels are long in Vietnamese)."""
        buttons = self.action_buttons.values()
        widest = max((b.sizeHint().width() for b in buttons), default=1)
        return max(
            1, min(MAX_ACTION_COLUMNS, self.width() // (widest + self.action_grid.spacing()))
        )

    def _place_actions(self) -> None:
        columns = self._columns_fitting()
        buttons = list(self.action_buttons.values())
        for button in buttons:
            self.action_grid.removeWidget(button)
        for number, button in enumerate(buttons):
            self.action_grid.addWidget(button, number // columns, number % columns)
        self._action_columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.action_buttons and self._columns_fitting() != self._action_columns:
            self._place_actions()

    def _show_people(self, view: CaseView) -> None:
        self.reveal_button.setVisible(view.denunciation)
        self.reveal_button.setEnabled(view.can_see_people and view.people is None)
        if view.people is not None:
            self.people.setText(self._people_html(view.people))
            return
        if view.denunciation:
            mask = self.tr("%1 (confidential)").replace("%1", MASK)
            why = (
                self.tr("The denouncer's identity is confidential. Showing it is recorded.")
                if view.can_see_people
                else self.tr("Only the officer handling the case and administrators may see it.")
            )
        else:
            mask = self.tr("%1 (hidden)").replace("%1", MASK)
            why = self.tr("Your role does not allow seeing petitioners' personal data.")
        self.people.setText(f"<b>{esc(mask)}</b><br><small style='color:#555'>{esc(why)}</small>")

    def _people_html(self, people: tuple[Person, ...]) -> str:
        if not people:
            return esc(self.tr("No one recorded."))
        lines = []
        for person in people:
            name = f"<b>{esc(person.full_name)}</b>"
            if person.representative:
                name += " " + esc(self.tr("(representative)"))
            id_text = self.tr("ID %1").replace("%1", person.id_number) if person.id_number else ""
            more = " · ".join(x for x in (person.address, id_text, person.phone) if x)
            lines.append(name + (f"<br><small>{esc(more)}</small>" if more else ""))
        return "<br>".join(lines)

    def _facts_html(self, view: CaseView) -> str:
        lang = self.lang
        kind = view.kind.label(lang)
        if view.kind is PetitionKind.COMPLAINT:
            kind += " · " + CLASSIFICATION_FIELDS["complaint_round"].label(lang)
            kind += f" {view.complaint_round}"
        rows: list[tuple[str, object]] = [
            (INTAKE_FIELDS["kind"].label(lang), kind),
            (self.tr("Classification"), ", ".join(view.flags)),
            (INTAKE_FIELDS["field"].label(lang), view.field.label(lang)),
            (INTAKE_FIELDS["channel"].label(lang), view.channel.label(lang)),
            (INTAKE_FIELDS["received_on"].label(lang), format_date(view.received_on)),
            (INTAKE_FIELDS["handling_agency"].label(lang), view.handling_agency),
            (self.tr("Handled by"), view.handler),
            (INTAKE_FIELDS["reference"].label(lang), view.reference),
            (INTAKE_FIELDS["people_count"].label(lang), view.people_count),
            (INTAKE_FIELDS["prior_agency"].label(lang), view.prior_agency),
            (self.tr("Transferred to"), view.transferred_to),
            (_column("outcome").label(lang), view.outcome.label(lang) if view.outcome else ""),
            (
                _column("decided_on").label(lang),
                format_date(view.decided_on) if view.decided_on else "",
            ),
        ]
        summary = esc(view.summary).replace("\n", "<br>")
        return detail_rows(rows) + f"<p>{summary}</p>"

    def _timeline_html(self, view: CaseView) -> str:
        rows = []
        for step in view.steps:  # oldest first, so the newest is last
            head = f"<b>{esc(step.kind.label(self.lang))}</b>"
            if step.actor:
                head += f" · {esc(step.actor)}"
            parts = [head]
            if step.note:
                parts.append(esc(step.note).replace("\n", "<br>"))
            if step.deadline_after:
                after = self.tr("Deadline after this step: %1").replace(
                    "%1", format_date(step.deadline_after)
                )
                parts.append(f"<span style='color:#555'>{esc(after)}</span>")
            rows.append(
                "<tr><td style='color:#555;padding-right:8px;white-space:nowrap;"
                f"vertical-align:top'>{format_date(step.on)}</td>"
                f"<td style='padding-bottom:6px'>{'<br>'.join(parts)}</td></tr>"
            )
        title = esc(self.tr("Timeline"))
        return f"<h4>{title}</h4><table cellspacing='0'>{''.join(rows)}</table>"
