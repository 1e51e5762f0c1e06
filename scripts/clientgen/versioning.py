"""Semantic versions derived from a change report: the level of a change and the bump it implies."""

from __future__ import annotations

import enum
import re

SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
INITIAL_VERSION = "1.0.0"


class Level(enum.IntEnum):
    """How much a change matters to code that uses the generated package; ordered."""

    NONE = 0
    PATCH = 1  # the package changed, its API did not (docs, behaviour, runtime fix, generator)
    MINOR = 2  # the API grew or relaxed; code written for the old package still works
    MAJOR = 3  # code written for the old package may fail to type-check or to run

    @property
    def label(self) -> str:
        return self.name.lower()


def parse(version: str) -> tuple[int, int, int]:
    match = SEMVER.match(version)
    if match is None:
        raise ValueError(f"version {version!r}: not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def bump(version: str, level: Level) -> str:
    """The next version after `version` for a change of `level` (NONE keeps it)."""
    major, minor, patch = parse(version)
    if level is Level.MAJOR:
        return f"{major + 1}.0.0"
    if level is Level.MINOR:
        return f"{major}.{minor + 1}.0"
    if level is Level.PATCH:
        return f"{major}.{minor}.{patch + 1}"
    return version


def level_between(old: str, new: str) -> Level:
    """The largest bump from `old` to `new` (NONE if `new` is not later than `old`)."""
    before, after = parse(old), parse(new)
    if after <= before:
        return Level.NONE
    if after[0] > before[0]:
        return Level.MAJOR
    if after[1] > before[1]:
        return Level.MINOR
    return Level.PATCH
