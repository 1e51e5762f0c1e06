"""Realistic-vendor mode: each quirk really changes the bytes on the wire, seeded, only when on.

Every test sends the same request to a plain mock and to one with a single quirk on, and compares
what came back: the plain answer conforms to the spec, the quirky one differs exactly as named.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from clientgen.testing import FakeClock, MockConfig, Quirks, create_app
from clientgen.testing.__main__ import main
from clientgen.testing.quirks import EXTRA_FIELD_PREFIX, QUIRKS, UNKNOWN_ENUM_PREFIX
from quirks_run import leaves

from mocks_tests.conftest import CASES, DUDA_ORDERS, auth, response_errors

DUOPLANE_CREATE = CASES["duoplane"].write_body
DUDA_CREATE = CASES["duda"].write_body


def _send(vendor: str, quirks: Quirks, method: str, path: str, body: Any = None) -> httpx.Response:
    config = MockConfig(quirks=quirks, rate_limit=False, clock=FakeClock())
    app = create_app(vendor, config=config)
    with httpx.Client(transport=_SyncASGI(app), base_url="http://mock.test") as client:
        return client.request(method, path, json=body, headers=auth(vendor))


class _SyncASGI(httpx.BaseTransport):
    """httpx.ASGITransport driven from sync code (one event loop per request)."""

    def __init__(self, app: Any) -> None:
        self.inner = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio

        async def run() -> httpx.Response:
            content = request.read()
            forwarded = httpx.Request(
                request.method, request.url, headers=request.headers, content=content
            )
            response = await self.inner.handle_async_request(forwarded)
            body = await response.aread()
            return httpx.Response(
                response.status_code, headers=response.headers.raw, content=body, request=request
            )

        return asyncio.run(run())


def _pair(
    quirk: str, vendor: str, method: str, path: str, body: Any = None, seed: int = 1
) -> tuple[httpx.Response, httpx.Response]:
    plain = _send(vendor, Quirks(), method, path, body)
    quirky = _send(vendor, Quirks(frozenset({quirk}), seed), method, path, body)
    assert not response_errors(vendor, plain.request, plain), "the plain mock must conform"
    return plain, quirky


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in `value`, except the values of the extra fields themselves."""
    if isinstance(value, dict):
        yield value
        for key, item in value.items():
            if not key.startswith(EXTRA_FIELD_PREFIX):
                yield from _objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from _objects(item)


def test_nulls_echo_every_declared_but_absent_field() -> None:
    plain, quirky = _pair("nulls", "duoplane", "POST", "/api/orders", DUOPLANE_CREATE)
    before = plain.json()["data"]["attributes"]
    after = quirky.json()["data"]["attributes"]
    added = set(after) - set(before)
    assert "tag_names" in added and after["tag_names"] is None  # the issue's own example
    assert all(after[name] is None for name in added)
    assert {k: after[k] for k in before} == before
    assert b'"tag_names": null' in quirky.content and b"tag_names" not in plain.content


def test_extra_fields_add_an_undeclared_key_to_every_object() -> None:
    plain, quirky = _pair("extra_fields", "duda", "GET", DUDA_ORDERS)
    assert EXTRA_FIELD_PREFIX.encode() not in plain.content
    objects = list(_objects(quirky.json()))
    assert objects and all(any(k.startswith(EXTRA_FIELD_PREFIX) for k in o) for o in objects)
    stripped = json.loads(quirky.content)
    for obj in _objects(stripped):
        for key in [k for k in obj if k.startswith(EXTRA_FIELD_PREFIX)]:
            del obj[key]
    assert stripped == plain.json()


def test_unknown_enum_value_replaces_exactly_one_enum_string() -> None:
    plain, quirky = _pair("unknown_enum", "duda", "GET", DUDA_ORDERS)
    before, after = dict(leaves(plain.json())), dict(leaves(quirky.json()))
    changed = {path for path in before if before[path] != after[path]}
    assert len(changed) == 1, changed
    (path,) = changed
    assert str(after[path]).startswith(UNKNOWN_ENUM_PREFIX)
    errors = response_errors("duda", quirky.request, quirky)
    assert any(f"{after[path]}' is not one of" in error for error in errors)


@pytest.mark.parametrize(
    ("vendor", "path", "body", "declared", "sent"),
    [
        ("duoplane", "/api/orders", DUOPLANE_CREATE, 201, 200),
        ("duda", DUDA_ORDERS, DUDA_CREATE, 200, 201),
    ],
)
def test_write_status_answers_the_undeclared_2xx(
    vendor: str, path: str, body: Any, declared: int, sent: int
) -> None:
    plain, quirky = _pair("write_status", vendor, "POST", path, body)
    assert (plain.status_code, quirky.status_code) == (declared, sent)
    assert quirky.json() == plain.json()


def test_write_status_leaves_reads_alone() -> None:
    plain, quirky = _pair("write_status", "duoplane", "GET", "/api/orders")
    assert plain.status_code == quirky.status_code == 200


def test_header_case_changes_the_names_on_the_wire_only() -> None:
    plain, quirky = _pair("header_case", "duoplane", "GET", "/api/orders")
    plain_names = [name for name, _ in plain.headers.raw]
    quirky_names = [name for name, _ in quirky.headers.raw]
    assert all(name == name.lower() for name in plain_names)
    assert all(name != name.lower() for name in quirky_names)
    assert sorted(n.lower() for n in quirky_names) == sorted(plain_names)
    assert quirky.headers["duoplane-requests-left"] == plain.headers["duoplane-requests-left"]


def test_drop_optional_headers_drops_every_declared_optional_header() -> None:
    plain, quirky = _pair("drop_optional_headers", "duoplane", "GET", "/api/orders")
    assert {"duoplane-total-count", "duoplane-has-next-page"} <= set(plain.headers)
    assert "duoplane-total-count" not in quirky.headers
    assert "duoplane-has-next-page" not in quirky.headers
    assert "content-type" in quirky.headers  # undeclared headers stay
    assert quirky.json() == plain.json()


def test_int_as_float_sends_integers_as_json_floats() -> None:
    plain, quirky = _pair("int_as_float", "duoplane", "GET", "/api/orders")
    plain_id = plain.json()["data"][0]["id"]
    assert isinstance(plain_id, int)
    assert f'"id": {plain_id}.0'.encode() in quirky.content
    assert quirky.json()["data"][0]["id"] == float(plain_id)
    assert quirky.json() == plain.json()  # 40 == 40.0: only the JSON type changed
    assert isinstance(quirky.json()["data"][0]["id"], float)  # what a Python client receives


def test_quirks_are_seeded_and_apply_after_response_validation() -> None:
    def body(seed: int) -> bytes:
        app = create_app(
            "duda",
            config=MockConfig(quirks=Quirks.all(seed), rate_limit=False, validate_responses=True),
        )
        with httpx.Client(transport=_SyncASGI(app), base_url="http://mock.test") as client:
            response = client.get(DUDA_ORDERS, headers=auth("duda"))
        assert response.status_code == 200, response.text  # quirks are not a validation 500
        return response.content

    assert body(5) == body(5)
    assert body(5) != body(6)


def test_all_quirks_at_once_still_carry_every_plain_value() -> None:
    plain = _send("duoplane", Quirks(), "GET", "/api/orders")
    quirky = _send("duoplane", Quirks.all(3), "GET", "/api/orders")
    after = dict(leaves(quirky.json()))
    for path, value in leaves(plain.json()):
        assert path in after, path
        assert after[path] == value or str(after[path]).startswith(UNKNOWN_ENUM_PREFIX), path


def test_parse_and_the_cli_flag() -> None:
    assert Quirks.parse("all").enabled == frozenset(QUIRKS)
    assert Quirks.parse("nulls,header_case,seed=7") == Quirks(
        frozenset({"nulls", "header_case"}), 7
    )
    assert not Quirks.parse("")
    with pytest.raises(ValueError, match="unknown quirk"):
        Quirks.parse("nulls,teapot")


def test_cli_rejects_an_unknown_quirk(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["duoplane", "--quirks", "teapot"]) == 2
    assert "teapot" in capsys.readouterr().err


def test_header_case_survives_real_http() -> None:
    """uvicorn's h11 writes header names as given, so a client over a socket sees the case."""
    from clientgen.testing.server import MockServer

    app = create_app("duel", config=MockConfig(quirks=Quirks.parse("header_case,seed=2")))
    with MockServer(app) as server:
        response = httpx.get(server.base_url + "/v1/members", headers=auth("duel"))
    assert response.status_code == 200
    ours = [n for n, _ in response.headers.raw if n.lower() in (b"content-type", b"content-length")]
    assert len(ours) == 2  # uvicorn's own (server, date) stay as uvicorn writes them
    assert all(name != name.lower() for name in ours), ours
