"""Read models leave their session as plain frozen values: no stored object escapes, so
the window and `hrdesk show` can use them on any thread, after the session is gone."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import NoInspectionAvailable

from hrdesk.demo import build_demo
from hrdesk.profile import Profile
from hrdesk.services import listing, read_models
from hrdesk.services.read_models import editors
from hrdesk.services.read_models.petitions import reveal_people
from hrdesk.store.database import Store
from tests.conftest import ADMIN, TODAY, pinned


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(Profile.resolve(tmp_path_factory.mktemp("demo")), options=pinned())
    build_demo(store, size="small", seed=3, as_of=TODAY)
    # Stored objects expire when their session commits: one that leaked would be empty.
    store._sessions.configure(expire_on_commit=True)
    yield store
    store.close()


def stored_objects(value: Any, path: str = "view") -> Iterator[str]:
    """Where in `value` (recursively) an object mapped to the store sits."""
    try:
        inspect(value)
    except NoInspectionAvailable:
        pass
    else:
        if not isinstance(value, type):
            yield f"{path}: {type(value).__name__}"
            return
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        assert type(value).__dataclass_params__.frozen, f"{path} is not frozen"  # type: ignore[attr-defined]
        for f in dataclasses.fields(value):
            yield from stored_objects(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from stored_objects(item, f"{path}[{key!r}]")
    elif isinstance(value, list | tuple | set | frozenset):
        for number, item in enumerate(value):
            yield from stored_objects(item, f"{path}[{number}]")


def uids(store: Store, kind: str, limit: int = 8) -> list[str]:
    with store.reader(ADMIN) as s:
        rows = listing.fetch(s, kind, limit=limit)
    return [r["uid"] for r in rows]


def test_the_scan_finds_a_stored_object_it_should():
    # A scan that found nothing would pass while checking nothing.
    from hrdesk.store.models import Agency

    assert list(stored_objects((1, {"a": Agency(name="x")}))) == ["view[1]['a']: Agency"]


@pytest.mark.parametrize("kind", read_models.KINDS)
def test_every_kinds_view_is_plain_frozen_values(demo, kind):
    found = uids(demo, kind)
    assert found, f"the demo has no {kind}"
    for uid in found:
        with demo.reader(ADMIN) as s:
            view = read_models.read(s, kind, uid, "vi")
        assert view.uid == uid
        assert list(stored_objects(view)) == []


@pytest.mark.parametrize("kind", read_models.KINDS)
def test_every_forms_values_are_plain(demo, kind):
    for uid in uids(demo, kind, limit=4):
        with demo.reader(ADMIN) as s:
            values = editors.form_values(s, kind, uid)
        assert list(stored_objects(values)) == []


def test_editors_start_from_plain_rows(demo):
    meeting, training = uids(demo, "meetings", 1)[0], uids(demo, "trainings", 1)[0]
    with demo.reader(ADMIN) as s:
        loaded = [
            editors.meeting_attendance(s, meeting),
            editors.meeting_agenda(s, meeting),
            editors.agenda_titles(s, meeting),
            editors.training_topics(s, training),
            editors.training_roster(s, training),
            editors.agency_choices(s),
            editors.member_choices(s),
        ]
    assert list(stored_objects(loaded)) == []
    _attendance, committee = loaded[0]
    assert committee and all(row["active"] for row in committee)


def test_a_view_reads_the_same_after_its_session_is_gone(demo):
    """The related records a pane shows (agency names, steps, notes) are in the view, not
    loaded later from a closed session."""
    with demo.reader(ADMIN) as s:
        tasks = listing.fetch(s, "tasks", limit=None)
    task = next(t for t in tasks if t.get("lead_agency"))
    with demo.reader(ADMIN) as s:
        view = read_models.read(s, "tasks", task["uid"], "vi")
    assert view.lead_agency == task["lead_agency"]


def test_a_denouncers_identity_is_in_a_view_only_once_revealed(demo):
    with demo.reader(ADMIN) as s:
        rows = listing.fetch(s, "petitions", limit=None)
    denounced = next(r for r in rows if r["kind"] == "denunciation")
    with demo.reader(ADMIN) as s:
        masked = read_models.read(s, "petitions", denounced["uid"], "vi")
    assert masked.denunciation and masked.people is None
    with demo.transaction(ADMIN) as s:
        people = reveal_people(s, denounced["uid"])
    assert people and list(stored_objects(people)) == []


def test_an_unknown_kind_is_refused_with_the_lists_message(demo):
    from hrdesk.domain.errors import ValidationError

    with demo.reader(ADMIN) as s, pytest.raises(ValidationError) as caught:
        read_models.read(s, "cars", "x", "vi")
    assert caught.value.code == "list.unknown_kind"
