"""`python -m clientgen.conformance` against the mocks over loopback HTTP.

The plain mock matches its spec: no differences, exit 0. The realistic-vendor mock
(`clientgen.testing.quirks`) does not: every kind of difference it injects is found, exit 1, and
the JUnit report fails the operations concerned. Reads only unless --allow-writes; never a 429.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from clientgen.conformance.__main__ import main
from clientgen.conformance.probe import probe
from clientgen.testing import MockConfig, Quirks, create_app, demo_credential
from clientgen.testing.server import MockServer

VENDORS = ("duel", "duoplane", "duda")
PARAMS = {"duda": ["--param", "site_name=demo-site"], "duel": ["--param", "order_id=ord-1"]}


def _basic(vendor: str) -> tuple[str, str]:
    credential = demo_credential(vendor, scheme="basic")
    assert credential.username is not None and credential.password is not None
    return credential.username, credential.password


def _environ(vendor: str) -> dict[str, str]:
    username, password = _basic(vendor)
    prefix = vendor.upper()
    return {f"{prefix}_USERNAME": username, f"{prefix}_PASSWORD": password}


@pytest.fixture
def served(request: pytest.FixtureRequest) -> Iterator[tuple[str, MockServer]]:
    vendor, quirks = request.param
    app = create_app(vendor, config=MockConfig(quirks=Quirks.parse(quirks), time_scale=20.0))
    with MockServer(app) as server:
        if vendor == "duel":  # Duel has no list of orders to discover an id from: make one
            body = {"total": 10.0, "currency": "GBP", "email": "a@example.com"}
            response = httpx.put(
                f"{server.base_url}/v1/orders/ord-1", json=body, auth=_basic(vendor)
            )
            assert response.status_code in (200, 201), response.text
        yield vendor, server


def _run(
    vendor: str, server: MockServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[str], str]:
    """(exit code, failing JUnit testcases, printed report) of one CLI run."""
    report = tmp_path / "junit.xml"
    argv = [vendor, "--base-url", server.base_url, "--junit", str(report), "--time-scale", "20"]
    code = main([*argv, *PARAMS.get(vendor, [])], _environ(vendor))
    out = capsys.readouterr().out
    print(out)
    return code, _failures(report), out


def _failures(report: Path) -> list[str]:
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None
    return [case.get("name", "") for case in suite if case.find("failure") is not None]


@pytest.mark.parametrize("served", [(v, "") for v in VENDORS], indirect=True, ids=VENDORS)
def test_plain_mock_conforms(
    served: tuple[str, MockServer], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vendor, server = served
    code, failures, out = _run(vendor, server, tmp_path, capsys)
    assert code == 0, out
    assert " 0 differences" in out and "0 answers 429" in out
    assert failures == []


@pytest.mark.parametrize("served", [(v, "all,seed=3") for v in VENDORS], indirect=True, ids=VENDORS)
def test_quirks_mock_differences_are_found(
    served: tuple[str, MockServer], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vendor, server = served
    code, failures, out = _run(vendor, server, tmp_path, capsys)
    assert code == 1, out
    assert failures
    found = probe(
        vendor,
        server.base_url,
        environ=_environ(vendor),
        params=dict(p.split("=", 1) for p in PARAMS.get(vendor, [])[1::2]),
        time_scale=20.0,
    )
    kinds = {d.kind for d in found.differences}
    # What each spec gives a quirk to act on: Duoplane declares no enums, Duel's read models no
    # integers and few fields, and only Duoplane declares success headers.
    expected = {
        "duel": {"unknown_enum"},
        "duoplane": {"null", "type", "missing_header"},
        "duda": {"null", "type", "unknown_enum"},
    }
    assert expected[vendor] <= kinds, kinds
    assert found.wire_statuses[429] == 0


@pytest.mark.parametrize(
    ("served", "differs"),
    [(("duoplane", ""), False), (("duoplane", "write_status"), True)],
    indirect=["served"],
    ids=["plain", "quirks"],
)
def test_writes_only_with_the_flag(
    served: tuple[str, MockServer], differs: bool, tmp_path: Path
) -> None:
    vendor, server = served
    report = probe(
        vendor, server.base_url, environ=_environ(vendor), allow_writes=True, time_scale=20.0
    )
    writes = [o for o in report.outcomes if o.operation.method != "get"]
    assert writes and all(o.status is not None for o in writes)
    status = [d for d in report.differences if d.kind == "status"]
    if differs:  # 200 where the spec declares 201 for a create
        assert {d.operation for d in status} == {"create_order", "create_product"}, status
        assert all("200 is undeclared" in d.detail for d in status)
    else:
        assert report.differences == []


@pytest.mark.parametrize("served", [("duoplane", "")], indirect=True, ids=["duoplane"])
def test_read_only_by_default_and_paced_by_the_clients_limiter(
    served: tuple[str, MockServer], tmp_path: Path
) -> None:
    vendor, server = served
    store = server.app.state.mock.store  # type: ignore[attr-defined]
    before = repr(store.snapshot())
    statuses: list[int] = []
    for _ in range(12):  # 60 reads against a 40-request bucket: the limiter must pace them
        report = probe(vendor, server.base_url, environ=_environ(vendor), time_scale=20.0)
        statuses.extend(o.status for o in report.outcomes if o.status is not None)
        assert not report.differences, report.differences
        assert all(o.skipped for o in report.outcomes if o.operation.method != "get")
    assert len(statuses) == 60 and set(statuses) == {200}
    assert repr(store.snapshot()) == before, "a read-only run changed the vendor's data"


def test_missing_credentials_are_named_never_shown(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["duel", "--base-url", "http://127.0.0.1:9"], {"DUEL_USERNAME": "someone"})
    err = capsys.readouterr().err
    assert code == 2
    assert "DUEL_TOKEN" in err and "DUEL_PASSWORD" in err and "someone" not in err


def test_a_difference_from_an_inference_is_labelled_so() -> None:
    """Two unknown enum values in one answer: the one whose enum the docs state is `stated`,
    the one whose enum the spec marks x-inferred is `inferred` (the spec should change there)."""
    from clientgen.conformance.differences import label_inferred, response_differences
    from clientgen.conformance.schemas import SchemaView
    from clientgen.runtime.inferred import stated_view

    order = {
        "type": "object",
        "properties": {
            "status": {"type": "string", "enum": ["open", "closed"]},
            "channel": {
                "type": "string",
                "enum": ["web", "pos"],
                "x-inferred": {"enum": "only these two seen in the examples"},
            },
        },
    }
    operation = {
        "operationId": "get_order",
        "responses": {"200": {"content": {"application/json": {"schema": order}}}},
    }
    spec = {"openapi": "3.1.0", "paths": {"/orders/{id}": {"get": operation}}}
    stated_op = stated_view(spec)["paths"]["/orders/{id}"]["get"]
    answer: tuple[int, dict[str, str], object] = (
        200,
        {},
        {"status": "on_hold", "channel": "phone"},
    )
    found = label_inferred(
        response_differences(SchemaView(spec), operation, *answer),
        response_differences(SchemaView(stated_view(spec)), stated_op, *answer),
    )
    assert {(d.where, d.basis) for d in found} == {
        ("body.status", "stated"),
        ("body.channel", "inferred"),
    }
