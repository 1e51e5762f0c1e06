"""The realistic-vendor run: e2e and exactly-once tests a second time against quirky mocks.

A test that takes the `mock_quirks` fixture runs twice: against the plain mock (strict parsing, as
the rest of the suite) and against `Quirks.all(seed)` with the clients' tolerant default. In the
quirks run every `Response` a generated client builds is recorded and, at teardown, must have
parsed its 2xx JSON body (not left it to `content`) with every value the server sent reachable
from the model (`to_dict()` carries fields and `additional_properties`); and no client may have
let `ResponseValidationError`, `ModelValidationError` or `UnexpectedStatus` escape an
operation call, even where the test catches API errors. The terminal summary prints
"quirks run: N tests, F failed, M exceptions".
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from clientgen.runtime.mismatch import STRICT_ENV
from clientgen.testing import Quirks
from dateutil.parser import isoparse

PACKAGES = ("duel_client", "duoplane_client", "duda_client")
RAISED_ON_RESPONSES = ("ResponseValidationError", "ModelValidationError", "UnexpectedStatus")
SEED = int(os.environ.get("CLIENTGEN_SEED", "20261123"))


@dataclass
class QuirksTally:
    """What the quirks run saw, over the whole session."""

    tests: int = 0
    failed: set[str] = field(default_factory=set)  # node ids failing in any phase
    responses: int = 0
    values: int = 0
    exceptions: list[str] = field(default_factory=list)


_TALLY = QuirksTally()


def leaves(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """(JSON path, scalar) for every scalar in a parsed JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, f"{path}.{key}")
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from leaves(item, f"{path}[{n}]")
    else:
        yield path, value


def as_plain(parsed: Any) -> Any:
    """A parsed model (or list of them) as the JSON it carries."""
    if isinstance(parsed, list):
        return [as_plain(item) for item in parsed]
    to_dict = getattr(parsed, "to_dict", None)
    return to_dict() if callable(to_dict) else parsed


def same_value(sent: Any, kept: Any) -> bool:
    """Equal as JSON values (40 == 40.0), or the same instant written two ways (a date-time
    the model holds as `datetime` and writes back in isoformat)."""
    if sent == kept:
        return True
    if isinstance(sent, str) and isinstance(kept, str):
        try:
            return bool(isoparse(sent) == isoparse(kept))
        except (ValueError, OverflowError):
            return False
    return False


def unreachable(content: bytes, parsed: Any) -> list[str]:
    """Paths of the values the server sent that the parsed response does not carry."""
    sent = json.loads(content)
    kept = dict(leaves(as_plain(parsed)))
    missing = []
    for path, value in leaves(sent):
        if path not in kept or not same_value(value, kept[path]):
            missing.append(f"{path} (sent {type(value).__name__})")
    return missing


@dataclass
class _Recorder:
    responses: list[tuple[int, bytes, Any]] = field(default_factory=list)
    raised: list[str] = field(default_factory=list)

    def check(self) -> tuple[int, list[str]]:
        """(values checked, problems) over every recorded 2xx JSON response."""
        values, problems = 0, []
        for status, content, parsed in self.responses:
            if not 200 <= int(status) < 300 or not content.strip():
                continue
            if parsed is None:
                problems.append(f"HTTP {int(status)}: body left unparsed ({content[:80]!r})")
                continue
            values += sum(1 for _ in leaves(json.loads(content)))
            problems += [f"HTTP {int(status)}: {p}" for p in unreachable(content, parsed)]
        return values, problems


def _wrap_init(cls: type, record: Callable[[Any], None]) -> Callable[..., None]:
    original = cls.__init__  # type: ignore[misc]

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        record(self)

    return init


def _wrap_build(build: Callable[..., Any], record: Callable[[BaseException], None]) -> Any:
    """An endpoint's `_build_response` that records a response exception escaping to the user."""

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        try:
            return build(*args, **kwargs)
        except Exception as exc:
            if type(exc).__name__ in RAISED_ON_RESPONSES:
                record(exc)
            raise

    return wrapped


def _endpoint_modules(package: str) -> Iterator[Any]:
    api = importlib.import_module(f"{package}.api")
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_build_response"):
            yield module


@pytest.fixture(params=["plain", "quirks"])
def mock_quirks(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Quirks]:
    """Quirks() for the plain run; Quirks.all(seed) with tolerant clients for the quirks run."""
    if request.param == "plain":
        yield Quirks()
        return
    monkeypatch.delenv(STRICT_ENV, raising=False)
    recorder = _Recorder()
    for name in PACKAGES:
        types = importlib.import_module(f"{name}.types")

        def keep(response: Any) -> None:
            recorder.responses.append((response.status_code, response.content, response.parsed))

        def note(exc: BaseException, package: str = name) -> None:
            recorder.raised.append(f"{package}: {type(exc).__name__}: {exc}")

        monkeypatch.setattr(types.Response, "__init__", _wrap_init(types.Response, keep))
        for module in _endpoint_modules(name):
            monkeypatch.setattr(
                module, "_build_response", _wrap_build(module._build_response, note)
            )
    yield Quirks.all(SEED)
    values, problems = recorder.check()
    _TALLY.responses += len(recorder.responses)
    _TALLY.values += values
    _TALLY.exceptions += recorder.raised
    assert not recorder.raised, "clients raised on quirky responses:\n" + "\n".join(
        recorder.raised[:20]
    )
    assert not problems, "values the server sent that the response lost:\n" + "\n".join(
        problems[:40]
    )


_QUIRKS_NODES: set[str] = set()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Remember the tests whose `mock_quirks` parameter is the quirks run."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("mock_quirks") == "quirks":
            _QUIRKS_NODES.add(item.nodeid)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count quirks-run tests (at their call phase) and failures in any phase."""
    if report.nodeid not in _QUIRKS_NODES:
        return
    if report.when == "call":
        _TALLY.tests += 1
    if report.failed:
        _TALLY.failed.add(report.nodeid)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _TALLY.tests or _TALLY.failed:
        terminalreporter.write_line(
            f"quirks run: {_TALLY.tests} tests, {len(_TALLY.failed)} failed, "
            f"{len(_TALLY.exceptions)} exceptions; {_TALLY.responses} responses parsed, "
            f"{_TALLY.values} values sent, all reachable unless failed above"
        )
