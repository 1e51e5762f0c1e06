"""Header parsers never raise; credentials never leak; plain HTTP only to loopback."""

from __future__ import annotations

import logging
import pickle
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from clientgen.runtime.auth import BasicAuth, BearerAuth, Secret, check_base_url, credential_key
from clientgen.runtime.errors import InsecureTransportError
from clientgen.runtime.headers import (
    parse_bool,
    parse_float,
    parse_int,
    parse_retry_after,
    parse_retry_after_header,
    parse_str,
)
from unit.runtime.runtime_support import (
    SENTINEL_SECRET,
    SENTINEL_TOKEN,
    SENTINEL_USER,
    contains_sentinel,
)

NOW = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("42", 42),
        (" 7 ", 7),
        ("-3", -3),
        ("4.5", None),
        ("1_000", None),
        ("", None),
        (None, None),
        ("\u00b2", None),  # superscript two: str.isdigit() says yes, int() refuses it
        ("\u0663", None),  # Arabic-Indic three: int() would accept it, a header must not
    ],
)
def test_parse_int(value: str | None, expected: int | None) -> None:
    assert parse_int(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1.5", 1.5),
        ("2", 2.0),
        (".5", 0.5),
        ("1e2", 100.0),
        ("nan", None),
        ("inf", None),
        ("x", None),
    ],
)
def test_parse_float(value: str, expected: float | None) -> None:
    assert parse_float(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("true", True),
        ("TRUE", True),
        (" True ", True),
        ("1", True),
        ("false", False),
        ("False", False),
        ("0", False),
        ("yes", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_bool(value: str | None, expected: bool | None) -> None:
    assert parse_bool(value) is expected


def test_parse_retry_after_seconds_and_dates() -> None:
    assert parse_retry_after("5", NOW) == 5.0
    assert parse_retry_after("0.25", NOW) == 0.25
    assert parse_retry_after("-4", NOW) == 0.0
    in_two_minutes = format_datetime(NOW + timedelta(seconds=120), usegmt=True)
    assert parse_retry_after(in_two_minutes, NOW) == 120.0
    past = format_datetime(NOW - timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(past, NOW) == 0.0
    for bad in (None, "", "soon", "Mon, 99 Foo 2026 00:00:00 GMT"):
        assert parse_retry_after(bad, NOW) is None
    assert parse_str("x") == "x" and parse_str(None) is None
    assert parse_retry_after_header("3") == 3.0


def test_secret_is_masked_everywhere() -> None:
    secret = Secret(SENTINEL_SECRET)
    assert secret.reveal() == SENTINEL_SECRET
    for text in (repr(secret), str(secret), f"{secret}", f"{secret!r}", repr([secret])):
        assert not contains_sentinel(text)
    assert secret == Secret(SENTINEL_SECRET)
    assert secret != Secret("other")
    assert hash(secret) == hash(Secret(SENTINEL_SECRET))
    with pytest.raises(TypeError):
        pickle.dumps(secret)


def test_auth_reprs_and_dicts_hide_credentials() -> None:
    basic = BasicAuth(SENTINEL_USER, SENTINEL_SECRET)
    bearer = BearerAuth(SENTINEL_TOKEN)
    for auth in (basic, bearer):
        assert not contains_sentinel(repr(auth))
        assert not contains_sentinel(str(auth))
        assert not contains_sentinel(repr(vars(auth)))


def test_auth_headers_are_sent() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(200)

    transport = httpx.MockTransport(handler)
    with httpx.Client(transport=transport, auth=BasicAuth("user", "pass")) as client:
        client.get("https://api.example.com/x")
    with httpx.Client(transport=transport, auth=BearerAuth("tok")) as client:
        client.get("https://api.example.com/x")
    assert seen == ["Basic dXNlcjpwYXNz", "Bearer tok"]


def test_credentials_are_read_only_so_the_encoded_header_cannot_go_stale() -> None:
    basic, bearer = BasicAuth("user", "pass"), BearerAuth("tok")
    with pytest.raises(AttributeError):
        basic.password = Secret("other")  # type: ignore[misc]
    with pytest.raises(AttributeError):
        bearer.token = Secret("other")  # type: ignore[misc]
    assert (basic.username.reveal(), basic.password.reveal()) == ("user", "pass")


def test_httpx_request_logs_do_not_show_credentials(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    with httpx.Client(transport=transport, auth=BasicAuth(SENTINEL_USER, SENTINEL_SECRET)) as c:
        response = c.get("https://api.example.com/x")
    assert not contains_sentinel(repr(response.request.headers))
    assert not contains_sentinel(caplog.text)


def test_credential_key_is_stable_short_and_not_the_secret() -> None:
    key = credential_key(BasicAuth(SENTINEL_USER, SENTINEL_SECRET))
    assert key == credential_key(BasicAuth(SENTINEL_USER, "rotated-password"))
    assert len(key) == 16 and int(key, 16) >= 0
    assert not contains_sentinel(key)
    assert key != credential_key(BasicAuth("another-user", SENTINEL_SECRET))
    assert credential_key(BearerAuth(SENTINEL_TOKEN)) != credential_key(BearerAuth("other"))
    assert credential_key(None) == "anonymous"
    with pytest.raises(TypeError, match="credential_key"):
        credential_key(httpx.BasicAuth("u", "p"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url",
    [
        "https://app.duoplane.com",
        "http://localhost:8000",
        "http://127.0.0.1:9000/api",
        "http://127.8.9.10",
        "http://[::1]:8080",
    ],
)
def test_check_base_url_allows_https_and_loopback(url: str) -> None:
    check_base_url(url, has_credentials=True, require_https=True)


@pytest.mark.parametrize(
    "url", ["http://app.duoplane.com", "http://10.0.0.5", "http://localhost.evil.com"]
)
def test_check_base_url_refuses_plain_http_with_credentials(url: str) -> None:
    with pytest.raises(InsecureTransportError, match="base_url: refusing to send credentials"):
        check_base_url(url, has_credentials=True, require_https=True)
    check_base_url(url, has_credentials=False, require_https=True)
    check_base_url(url, has_credentials=True, require_https=False)


def test_check_base_url_message_never_shows_userinfo_or_query() -> None:
    url = f"http://{SENTINEL_USER}:{SENTINEL_SECRET}@api.example.com/?token={SENTINEL_TOKEN}"
    with pytest.raises(InsecureTransportError) as info:
        check_base_url(url, has_credentials=True, require_https=True)
    assert not contains_sentinel(str(info.value))
    with pytest.raises(InsecureTransportError, match="absolute http"):
        check_base_url("ftp://example.com", has_credentials=True, require_https=True)
    with pytest.raises(ValueError, match="base_url"):
        check_base_url("/relative", has_credentials=True, require_https=True)
