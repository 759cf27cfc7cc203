"""HR Desk: the records desk of a provincial Steering Committee on Human Rights."""

__version__ = "0.1.0"
