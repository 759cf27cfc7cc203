"""The board: a server-rendered web application for central officers (Jinja2, no
JavaScript framework), Vietnamese first with English selectable."""
