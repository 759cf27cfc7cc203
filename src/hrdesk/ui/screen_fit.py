"""No window taller or wider than the screen it opens on.

Each dialog asks for a comfortable size (a petition form 640 pixels tall, a PDF preview
a page high); on a 1024×600 laptop, or 1366×768 at 125 % scaling, that is more than the
screen holds and the buttons at the bottom fall off it. One filter on the application
sees every dialog as it is shown and shrinks it to the screen's available area (less a
title bar), then keeps it on that screen; the dialogs' contents scroll where they must.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

# What a window manager adds around a window: a title bar above, thin borders around.
FRAME_HEIGHT = 36
FRAME_WIDTH = 8


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen (its parent's, before it is shown) not taken by
    task bars and panels."""
    parent = widget.parentWidget()
    screen = (parent.window() if parent is not None else widget).screen()
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def fit_to_screen(window: QWidget) -> None:
    """Shrink `window` to its screen's available area and move it fully onto it."""
    area = available_area(window)
    width = min(window.width(), area.width() - FRAME_WIDTH)
    height = min(window.height(), area.height() - FRAME_HEIGHT)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    x = min(max(window.x(), area.left()), area.right() - window.width() - FRAME_WIDTH + 1)
    y = min(max(window.y(), area.top()), area.bottom() - window.height() - FRAME_HEIGHT + 1)
    if (x, y) != (window.x(), window.y()):
        window.move(max(x, area.left()), max(y, area.top()))


class DialogFitter(QObject):
    """Installed on the application: fits every dialog to the screen as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_to_screen(watched)
        return False
