"""The READMEs' first snippets run as written against the mock `nox -s mock` starts (#13).

The snippet's base URL must be the one `python -m clientgen.testing` prints by default and its
credentials the demo ones it prints; the test then runs it against a mock on a free port (the only
change). The "Testing your service" snippet runs as printed against the in-process fake.
"""

from __future__ import annotations

import contextlib
import io
import re
from types import SimpleNamespace
from typing import Any

import pytest
from clientgen.testing import create_app
from clientgen.testing.__main__ import _parser, describe
from clientgen.testing.server import MockServer
from clientgen.vendors import VENDORS
from duda_client.api.orders import create_order as duda_create
from duoplane_client.api.orders import create_order
from duoplane_client.models import OrderCreate
from e2e.client_cases import CASES
from shared_paths import REPO_ROOT

MOCK_URL = f"http://127.0.0.1:{_parser().get_default('port')}"


def python_block(readme: str, heading: str) -> str:
    """The first ```python block after `heading`."""
    text = readme.split(heading, 1)[1]
    found = re.search(r"```python\n(.*?)```", text, re.S)
    assert found is not None, f"no python block under {heading!r}"
    return found.group(1)


def run_against_mock(vendor: str, code: str) -> str:
    assert MOCK_URL in code, f"the snippet should use the mock's printed URL {MOCK_URL}"
    for username, password in re.findall(r'username="([^"]+)", password="([^"]+)"', code):
        banner = describe(vendor, MOCK_URL)
        assert f"user {username} / password {password}" in banner, "not the printed credentials"
    out = io.StringIO()
    with MockServer(create_app(vendor)) as server, contextlib.redirect_stdout(out):
        exec(compile(code.replace(MOCK_URL, server.base_url), f"{vendor} README", "exec"), {})
    return out.getvalue()


def test_the_top_level_readme_snippet_lists_the_mocks_orders() -> None:
    readme = (REPO_ROOT / "README.md").read_text()
    printed = run_against_mock("duoplane", python_block(readme, "## Using a generated client"))
    assert len(printed.split()) >= 3, printed  # the seeded orders' ids
    assert all(line.isdigit() for line in printed.split())


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_each_package_readme_quick_start_runs(vendor: str) -> None:
    readme = (REPO_ROOT / "generated" / vendor / "README.md").read_text()
    printed = run_against_mock(vendor, python_block(readme, "## Quick start"))
    assert printed.strip(), "the quick start printed nothing"
    assert "Error" not in printed


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_the_observe_and_customise_snippets_build_clients(vendor: str) -> None:
    """They construct clients only (the proxy in the example is not contacted)."""
    readme = (REPO_ROOT / "generated" / vendor / "README.md").read_text()
    for heading in ("## Observe: hooks and OpenTelemetry", "## Customise the HTTP layer"):
        code = python_block(readme, heading)
        package = VENDORS[vendor].package_name
        namespace: dict[str, object] = {}
        prelude = f"from {package} import AuthenticatedClient\n"
        exec(compile(prelude + code, f"{vendor} README {heading}", "exec"), namespace)
        assert type(namespace["client"]).__name__ == "AuthenticatedClient"


def test_the_testing_snippet_runs_against_the_fake() -> None:
    placed: list[int] = []

    def place_order(client: Any, order_id: str) -> None:
        body = OrderCreate.from_dict({"internal_id": order_id})
        placed.append(create_order.sync_detailed(client=client, body=body).status_code)

    readme = (REPO_ROOT / "README.md").read_text()
    code = python_block(readme, "## Testing your service")
    exec(
        compile(code, "README testing", "exec"),
        {"my_service": SimpleNamespace(place_order=place_order)},
    )
    assert placed == [201]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_package_readme_testing_snippet_runs_against_its_fake(case: Any) -> None:
    statuses: list[int] = []

    def sync_orders(client: Any) -> None:
        body = case.create_body()
        if case.name == "duda":  # into the fake's own demo site
            site = VENDORS["duda"].demo.tenant
            response = duda_create.sync_detailed(site, client=client, body=body)
        else:
            response = case.create(client, body)
        statuses.append(response.status_code)

    readme = (REPO_ROOT / "generated" / case.name / "README.md").read_text()
    code = python_block(readme, "## Testing your service")
    service = SimpleNamespace(sync_orders=sync_orders)
    exec(compile(code, f"{case.name} README testing", "exec"), {"my_service": service})
    assert len(statuses) == 1 and statuses[0] in (200, 201), statuses  # Duda answers 200
