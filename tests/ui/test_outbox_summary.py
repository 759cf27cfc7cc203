"""The status bar's outbox line is read in one store session, not one per figure."""

from __future__ import annotations

from sqlalchemy import event

from hrdesk.outbox.sender import outbox_summary


def test_the_outbox_summary_opens_one_session(demo_desk):
    checkouts: list[object] = []

    def seen(*_args: object) -> None:
        checkouts.append(_args)

    engine = demo_desk.store.engine
    event.listen(engine, "checkout", seen)
    try:
        connected, waiting, last = outbox_summary(demo_desk)
    finally:
        event.remove(engine, "checkout", seen)
    assert (connected, waiting, last) == (False, 0, None)
    assert len(checkouts) == 1
