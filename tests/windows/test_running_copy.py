"""A restore while another copy of HR Desk has the store open is refused in words, not
a traceback (on Windows the swap failed with a sharing violation; on Linux it pulled the
store from under the other copy). The other copy is a real second process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hrdesk.domain.errors import StoreError
from hrdesk.signin import sign_in
from hrdesk.store.backup_files import write_backup
from hrdesk.store.in_use import FOLDER, open_elsewhere
from hrdesk.store.restore import apply_restore, prepare_restore
from tests.security.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]

OTHER_COPY = textwrap.dedent(
    """
    import sys
    from hrdesk.signin import sign_in
    from hrdesk.profile import Profile
    desk = sign_in(Profile(sys.argv[1]), "quantri", sys.argv[2])
    print("open", flush=True)
    sys.stdin.readline()
    desk.close(backup=False)
    """
)


@pytest.fixture
def other_copy(desk):
    """Another process signed in to the same profile, until the test lets it go."""
    process = subprocess.Popen(
        [sys.executable, "-c", OTHER_COPY, str(desk.profile.root), PASSWORD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout.readline().strip() == "open"

    def let_go() -> None:
        if process.poll() is None:
            process.communicate("\n", timeout=60)

    yield let_go
    let_go()
    if process.poll() is None:
        process.kill()


def test_a_restore_is_refused_while_another_copy_has_the_store_open(desk, tmp_path, other_copy):
    backup = write_backup(desk.store, tmp_path / "office")
    desk.close(backup=False)
    assert open_elsewhere(desk.profile.root)
    with pytest.raises(StoreError, match="open in another window or command"):
        prepare_restore(desk.profile, backup, "quantri", PASSWORD)

    other_copy()  # the other window is closed
    assert not open_elsewhere(desk.profile.root)
    plan = prepare_restore(desk.profile, backup, "quantri", PASSWORD)
    apply_restore(desk.profile, plan)
    sign_in(desk.profile, "quantri", PASSWORD).close(backup=False)


def test_a_copy_opened_between_prepare_and_apply_stops_the_swap(desk, tmp_path, request):
    backup = write_backup(desk.store, tmp_path / "office")
    desk.close(backup=False)
    plan = prepare_restore(desk.profile, backup, "quantri", PASSWORD)
    request.getfixturevalue("other_copy")
    store_before = desk.profile.store_path.read_bytes()
    with pytest.raises(StoreError, match="open in another window or command"):
        apply_restore(desk.profile, plan)
    assert desk.profile.store_path.read_bytes() == store_before
    assert not plan.work.exists()


def test_this_process_own_store_and_a_crashed_copy_do_not_count(desk):
    assert not open_elsewhere(desk.profile.root)  # the desk fixture's own store
    left = desk.profile.root / FOLDER / "99999-crashed.lock"
    left.write_text("99999\n")
    assert not open_elsewhere(desk.profile.root)
    desk.close(backup=False)
    assert [p.name for p in (desk.profile.root / FOLDER).iterdir()] == [left.name]
