"""Each mock over real HTTP (uvicorn on 127.0.0.1, a free port): auth, a write, and a dropped
connection that httpx sees as RemoteProtocolError after the write was applied."""

from __future__ import annotations

import httpx
import pytest
from clientgen.testing import MockConfig, create_app
from clientgen.testing.server import MockServer

from mocks_tests.conftest import VendorCase, auth, response_errors


def test_vendor_over_real_http(case: VendorCase) -> None:
    app = create_app(case.vendor, config=MockConfig(allow_fault_header=True))
    store = app.state.mock.store
    with MockServer(app) as server, httpx.Client(base_url=server.base_url, timeout=10) as client:
        assert server.base_url.startswith("http://127.0.0.1:")
        responses = [
            client.get("/openapi.json"),
            client.get(case.read),
            client.get(case.read, headers={"Authorization": "Basic eDp5"}),
            client.get(case.read, headers=auth(case.vendor)),
            client.request(
                case.write_method, case.write_path, json=case.write_body, headers=auth(case.vendor)
            ),
            client.request(
                case.write_method,
                case.write_path,
                content=b"\xff\xfe",
                headers={**auth(case.vendor), "Content-Type": "application/json"},
            ),
            client.delete(case.write_path, headers=auth(case.vendor)),
        ]
        statuses = [r.status_code for r in responses]
        assert statuses == [200, 401, 401, 200, case.write_status, 400, 405]
        for response in responses:
            assert not response_errors(case.vendor, response.request, response)

        before = len(store.orders(case.tenant))
        body = {**case.write_body, "invoice_number": "DROP-1"} if case.vendor == "duda" else None
        headers = {**auth(case.vendor), "X-Mock-Fault": "drop-after"}
        path = case.write_path.replace("case-1", "case-2")
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            client.request(case.write_method, path, json=body or case.write_body, headers=headers)
        assert len(store.orders(case.tenant)) == before + 1  # applied, then dropped

        headers["X-Mock-Fault"] = "drop-before"
        # The body is still unread when the socket closes, so the kernel may answer with a reset
        # (ReadError) instead of a clean close: both are a connection lost without a response.
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            client.request(case.write_method, path, json=case.write_body, headers=headers)
        assert len(store.orders(case.tenant)) == before + 1  # nothing applied
        assert client.get(case.read, headers=auth(case.vendor)).status_code == 200
