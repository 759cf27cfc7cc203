"""Two-tier local government in the window: a district-level agency kept from before
is not offered as the handling agency of a new petition."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import text

from hrdesk.domain.local_government import names_district_level
from hrdesk.services import agencies
from hrdesk.ui.workspaces.petition_dialogs import PetitionDialog
from tests.ui.conftest import settle
from tests.ui.test_petitions_ui import CTRL, _page, on_next_dialog


def _district_agency_from_before(window) -> str:
    def work(s) -> str:
        agency = agencies.create_agency(s, name="UBND xã Ia Grai", kind="government")
        # As an earlier version wrote it, before 01/07/2025.
        s.execute(
            text("UPDATE agencies SET name = 'UBND huyện Ia Grai' WHERE uid = :u"),
            {"u": agency.uid},
        )
        return agency.uid

    return window.ctx.write(work, "agencies")


def test_the_new_petition_form_offers_no_district_level_agency(window, qtbot):
    district = _district_agency_from_before(window)
    page = _page(window)
    settle()
    offered: list[tuple[str, str]] = []

    def read(dialog: PetitionDialog) -> None:
        combo = dialog.editors["handling_agency"].widget
        offered.extend((combo.itemData(i), combo.itemText(i)) for i in range(combo.count()))

    seen = on_next_dialog(PetitionDialog, read)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    settle()
    assert seen
    names = [name for uid, name in offered if uid]
    assert names and district not in [uid for uid, _name in offered]
    assert not [name for name in names if names_district_level(name)]
    assert "Công an tỉnh Gia Lai" in names
