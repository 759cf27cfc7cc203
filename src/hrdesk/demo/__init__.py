"""Deterministic synthetic data for `hrdesk demo`: one committee's records, made up.

`build_demo(store, size=..., seed=...)` fills an empty store; the same seed, date and
size always give the same records. No record names a real person.
"""

from hrdesk.demo.build import DemoSummary, build_demo
from hrdesk.demo.context import SIZES

__all__ = ["SIZES", "DemoSummary", "build_demo"]
