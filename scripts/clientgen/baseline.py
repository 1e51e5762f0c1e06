"""Which committed package a regeneration is compared with: the versions made between two commits
are one release.

Normally `generated/<vendor>/` as it is. When it holds a version HEAD does not (regenerated since
the last commit, not committed yet), HEAD's package instead: a second regeneration then replaces
the unreleased version and its changelog entry with one made from everything since HEAD, instead
of bumping again. Without git, outside a repository or with no package at HEAD: the working tree.
"""

from __future__ import annotations

from pathlib import Path

from .lock import read_lock
from .release import GitError, extract
from .vendors import Vendor
from .versioning import parse


def unreleased_base(vendor: Vendor, scratch: Path) -> Path | None:
    """HEAD's `generated/<vendor>/`, extracted under `scratch`, when the working tree's lock has a
    later version than HEAD's; None otherwise (compare with the working tree)."""
    current = read_lock(vendor.output_dir)
    if current is None:
        return None
    try:
        head = extract(vendor, "HEAD", scratch)
    except (GitError, OSError):  # not a repository, or no git at all
        return None
    committed = read_lock(head) if head is not None else None
    if committed is None or parse(current.version) <= parse(committed.version):
        return None
    return head
