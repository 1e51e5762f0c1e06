"""Refused constructors: no credentials in the base URL, no plain secret in traceback locals."""

from __future__ import annotations

import importlib
import traceback
from collections.abc import Callable
from typing import Any

import pytest

from reliability.bad_input import VENDORS

SECRET = "s3cr3t-Pa55word-Zq"
USER = "user-Zq9"


def _package(vendor: str) -> Any:
    return importlib.import_module(f"{vendor}_client")


def _credentials(vendor: str) -> dict[str, str]:
    schemes = _package(vendor)._policy.POLICY.auth.schemes
    return {"token": SECRET} if "bearer" in schemes else {"username": USER, "password": SECRET}


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("authenticated", [False, True])
def test_base_url_with_userinfo_is_refused_without_echoing_it(
    vendor: str, authenticated: bool
) -> None:
    package = _package(vendor)
    url = f"https://{USER}:{SECRET}@api.example.com"
    with pytest.raises(package.errors.InsecureTransportError) as caught:
        if authenticated:
            package.AuthenticatedClient(url, **_credentials(vendor))
        else:
            package.Client(url)
    message = str(caught.value)
    assert "credentials" in message and SECRET not in message and USER not in message


# Built inside the call, so no frame of the traceback (the test's included) holds the URL.
URLS: dict[str, Callable[[], str]] = {
    "plain-http": lambda: "http://api.example.com",
    "userinfo": lambda: f"https://{USER}:{SECRET}@api.example.com",
    "not-http": lambda: "ftp://x.example",
}


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("kind", sorted(URLS))
def test_refused_constructor_leaves_no_secret_in_traceback_locals(vendor: str, kind: str) -> None:
    package = _package(vendor)
    try:
        package.AuthenticatedClient(URLS[kind](), **_credentials(vendor))
    except package.errors.APIError as exc:
        text = "".join(
            traceback.TracebackException.from_exception(exc, capture_locals=True).format()
        )
    else:
        pytest.fail(f"{vendor}: {kind} base URL was accepted")
    assert "InsecureTransportError" in text
    assert SECRET not in text


@pytest.mark.parametrize("vendor", VENDORS)
def test_missing_credential_refusal_keeps_the_other_secret_out_of_locals(vendor: str) -> None:
    package = _package(vendor)
    schemes = package._policy.POLICY.auth.schemes
    if "basic" not in schemes:
        pytest.skip(f"{vendor} has no basic auth: a lone password cannot be passed")
    try:
        package.AuthenticatedClient("https://api.example.com", password=SECRET)
    except ValueError as exc:
        text = "".join(
            traceback.TracebackException.from_exception(exc, capture_locals=True).format()
        )
    else:
        pytest.fail("a password without a username was accepted")
    assert "username" in text and SECRET not in text
