"""A form sent with its required fields blank: every problem named, each once, no crash."""

from __future__ import annotations

import pytest

from hrdesk.domain.errors import ValidationError
from hrdesk.services import agencies, tasks
from tests.conftest import ADMIN


def test_an_agency_with_a_blank_name_is_told_so_with_the_other_problems(office):
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as raised:
        agencies.create_agency(s, name="", kind="nonsense")
    problems = [(p.field, p.code) for p in raised.value.problems]
    assert problems == [("name", "field.required"), ("kind", "field.not_a_choice")]


def test_a_required_field_given_blank_is_one_problem_not_two(office):
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as raised:
        tasks.create_task(s, title="  ", due_on="31/02/2026")
    problems = [(p.field, p.code) for p in raised.value.problems]
    assert problems == [("title", "field.required"), ("due_on", "field.not_date")]
