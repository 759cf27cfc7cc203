"""The window: PySide6 only. It calls services and shows their results; it runs no SQL."""
