"""Giving a password access to the store needs the store's key: without one the
administrator is told why, above the form, instead of a failed write."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from tests.ui.conftest import settle

PASSWORD = "mật khẩu 2026"


@pytest.fixture
def keyless(demo_desk, monkeypatch: pytest.MonkeyPatch):
    """The signed-in store as if it had no key (a store that was never encrypted)."""
    monkeypatch.setattr(demo_desk.store, "key", None)
    return demo_desk


def _accounts(window):
    window.navigate("settings")
    settle()
    return window.page("settings").accounts


def test_adding_an_officer_to_a_store_without_a_key_says_why(window, keyless, qtbot):
    tab = _accounts(window)
    dialog = tab.add_account()
    dialog.widgets["username"].setText("lan.nt")
    dialog.widgets["full_name"].setText("Nguyễn Thị Lan")
    dialog.widgets["password"].setText(PASSWORD)
    dialog.widgets["again"].setText(PASSWORD)
    dialog.submit()
    settle()
    error = dialog.general_error
    qtbot.waitUntil(error.isVisible, timeout=10000)
    assert error.text().startswith("The store is not encrypted")
    assert dialog.result() != QDialog.DialogCode.Accepted
    names = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert "lan.nt" not in names
    dialog.done(QDialog.DialogCode.Rejected)


def test_resetting_a_password_on_a_store_without_a_key_says_why(window, keyless, qtbot):
    tab = _accounts(window)
    tab.table.selectRow(0)
    dialog = tab.reset_password()
    assert dialog is not None
    dialog.widgets["password"].setText(PASSWORD)
    dialog.widgets["again"].setText(PASSWORD)
    dialog.submit()
    settle()
    error = dialog.general_error
    qtbot.waitUntil(error.isVisible, timeout=10000)
    assert error.text().startswith("The store is not encrypted")
    dialog.done(QDialog.DialogCode.Rejected)
