"""The stages a package goes through are reported as message codes, so the window shows
them in the officer's language from the catalogue (nothing is matched on English text)."""

from __future__ import annotations

from hrdesk.bundles.receive import IMPORTED, import_package
from hrdesk.bundles.registry import trust_key
from hrdesk.messages import CATALOGUE, render
from tests.bundles.conftest import write_pub


def test_building_and_importing_report_their_stages_as_catalogue_codes(
    sender, receiver, export, tmp_path
):
    built: list[str] = []
    path = export(progress=lambda _fraction, stage: built.append(stage))
    with receiver.store.transaction(receiver.actor) as s:
        trust_key(s, write_pub(sender, tmp_path / "office.pub").read_text(), None)
    imported: list[str] = []
    result = import_package(receiver, path, progress=lambda _f, stage: imported.append(stage))
    assert result.outcome == IMPORTED
    assert set(built) | set(imported) <= set(CATALOGUE)
    in_order = list(dict.fromkeys(built))
    assert in_order[0] == "stage.preparing_key" and in_order[-1] == "stage.written"
    assert {"stage.collecting_records", "stage.signing", "stage.zipping", "stage.writing"} <= set(
        built
    )
    assert list(dict.fromkeys(imported))[:2] == ["stage.copying_in", "stage.checking"]
    assert imported[-1] == "stage.keeping"
    assert render("stage.signing", {}, "vi") == "Đang ký gói…"
    assert render("stage.copying_in", {}, "en") == "Copying the package in…"
