"""The packages' public Python API compared with griffe, so a template or runtime change that breaks
user code is caught even when the spec did not change.

griffe reads both trees statically (no import, so no clash between two packages of one name) and
its `find_breaking_changes` reports removed objects and incompatible signatures. It reports no
additions, so public names that appeared are listed here (a short walk over the same trees).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import griffe

from ..versioning import Level
from .model import Change


def load_api(tree: Path, package: str) -> griffe.Module:
    """The static API of `tree/package` (nothing imported, docstrings unparsed)."""
    loader = griffe.GriffeLoader(search_paths=[str(tree)], allow_inspection=False)
    module = loader.load(package, try_relative_path=False)
    if not isinstance(module, griffe.Module):
        raise TypeError(f"{tree / package}: not a Python package")
    return module


def _public_objects(obj: griffe.Object | griffe.Alias) -> Iterator[griffe.Object | griffe.Alias]:
    for member in obj.members.values():
        if member.is_alias or not member.is_public:
            continue  # re-exports are reported where they are defined
        yield member
        if member.is_module or member.is_class:
            yield from _public_objects(member)


def _whole(change: Change, obj: griffe.Object | griffe.Alias) -> Change:
    """`change` (adding or removing `obj` whole) with the object's kind and public names."""
    members = sum(1 for _ in _public_objects(obj))
    return replace(change, object_kind=obj.kind.value, members=members)


def _explain(breakage: griffe.Breakage) -> str:
    """griffe's one-line explanation without its colours and absolute file paths."""
    subject = breakage.obj.path
    parameter = getattr(breakage.old_value, "name", None) or getattr(
        breakage.new_value, "name", None
    )
    if isinstance(parameter, str) and breakage.kind.name.startswith("PARAMETER"):
        subject += f"({parameter})"
    details = f" ({breakage.details})" if breakage.details else ""
    return f"{breakage.kind.value}: {subject}{details}"


def _attribute_types(obj: griffe.Object | griffe.Alias) -> Iterator[tuple[str, str]]:
    """(path, annotation) of every public class attribute (model fields among them)."""
    for member in obj.members.values():
        if member.is_alias or not member.is_public:
            continue
        if member.is_attribute and member.parent is not None and member.parent.is_class:
            annotation = getattr(member, "annotation", None)
            if annotation is not None:
                yield member.path, str(annotation)
        elif member.is_module or member.is_class:
            yield from _attribute_types(member)


def _changed_attribute_types(old: griffe.Module, new: griffe.Module) -> list[Change]:
    """A public attribute whose annotation changed: breaking for someone either way (a wider type
    breaks code that reads it under a type checker, a narrower one code that sets it). griffe
    defines this breakage kind but does not detect it, hence this short walk."""
    before = dict(_attribute_types(old))
    return [
        Change(
            Level.MAJOR,
            "python-attribute-changed-type",
            path,
            f"attribute type changed: {path} ({before[path]} -> {annotation})",
            source="python",
        )
        for path, annotation in _attribute_types(new)
        if path in before and before[path] != annotation
    ]


def diff_python(old_tree: Path, new_tree: Path, package: str) -> list[Change]:
    """Breaking changes griffe finds, plus public objects added, from `old_tree` to `new_tree`."""
    old, new = load_api(old_tree, package), load_api(new_tree, package)
    changes: list[Change] = []
    for breakage in griffe.find_breaking_changes(old, new):
        kind = f"python-{breakage.kind.name.lower().replace('_', '-')}"
        change = Change(Level.MAJOR, kind, breakage.obj.path, _explain(breakage), source="python")
        removed = breakage.kind is griffe.BreakageKind.OBJECT_REMOVED
        changes.append(_whole(change, breakage.obj) if removed else change)
    changes += _changed_attribute_types(old, new)
    before = {obj.path for obj in _public_objects(old)}
    for obj in sorted(_public_objects(new), key=lambda o: o.path):
        if obj.path not in before:
            added = f"public name {obj.path} added"
            changes.append(
                _whole(Change(Level.MINOR, "python-added", obj.path, added, source="python"), obj)
            )
    return changes
