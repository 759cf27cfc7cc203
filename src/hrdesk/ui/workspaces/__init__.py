"""One module per workspace of the main window."""
