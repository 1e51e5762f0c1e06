"""Tests of the mock servers (a package, so its conftest imports by a unique name)."""
