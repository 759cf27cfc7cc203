"""The Qt binding keeps Python's reference counts straight: PySide6 6.12.0 on Python 3.11
dropped a reference to None on every call that returns None, and a long session aborted
with "deallocating None". pyproject.toml holds PySide6 below that release."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_returning_none_keep_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("Đơn thư")
        label.setObjectName("nhan")
    assert abs(sys.getrefcount(None) - before) < 50
