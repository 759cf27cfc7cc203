from tests.security.conftest import desk

__all__ = ["desk"]
