"""What observers see of a request, and how UNSET and models print (#13)."""

from __future__ import annotations

import duda_client
import duel_client
import duoplane_client
import httpx
import pytest
from clientgen.runtime.redact import origin, safe_headers, safe_url
from duoplane_client.models import Address, AddressFields, OrderCreate

PACKAGES = [duel_client, duoplane_client, duda_client]


def test_safe_url_drops_userinfo_and_fragment_and_redacts_secret_query_values() -> None:
    url = httpx.URL("https://user:pw@api.example.com/orders?page=2&api_key=k1&Signature=s#frag")
    assert safe_url(url) == (
        "https://api.example.com/orders?page=2&api_key=REDACTED&Signature=REDACTED"
    )


def test_safe_headers_redact_credentials_and_cookies_only() -> None:
    headers = [
        ("Authorization", "Basic c2VjcmV0"),
        ("X-Api-Key", "k1"),
        ("Cookie", "session=abc"),
        ("Accept", "application/json"),
        ("Accept", "text/plain"),
    ]
    assert safe_headers(headers) == {
        "authorization": "REDACTED",
        "x-api-key": "REDACTED",
        "cookie": "REDACTED",
        "accept": "application/json, text/plain",
    }


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://u:p@api.duoplane.com/api", "https://api.duoplane.com:443"),
        ("http://127.0.0.1:8080/x?token=t", "http://127.0.0.1:8080"),
        ("http://[::1]/", "http://[::1]:80"),
    ],
)
def test_origin_names_scheme_host_and_port_never_credentials(url: str, expected: str) -> None:
    assert origin(httpx.URL(url)) == expected


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.__name__)
def test_unset_prints_as_unset(package: object) -> None:
    assert repr(package.UNSET) == "UNSET"  # type: ignore[attr-defined]


def test_a_models_repr_leaves_unset_fields_out() -> None:
    order = OrderCreate(
        external_id="A-1", shipping_address=AddressFields(first_name="Ada", city="Leeds")
    )
    text = repr(order)
    assert text == (
        "OrderCreate(external_id='A-1', "
        "shipping_address=AddressFields(first_name='Ada', city='Leeds'))"
    )
    assert "Unset" not in text


def test_a_models_repr_shows_additional_properties_only_when_present() -> None:
    plain = Address.from_dict({"id": 3, "type": "address"})
    assert repr(plain) == "Address(id=3, type_='address')"
    extra = Address.from_dict({"id": 3, "type": "address", "vendor_extra": 5})
    assert (
        repr(extra) == "Address(id=3, type_='address', additional_properties={'vendor_extra': 5})"
    )


def test_a_secret_named_field_is_masked_in_a_models_repr() -> None:
    from attrs import define
    from duoplane_client.types import UNSET, Unset, model_repr

    @define
    class Login:
        username: str
        api_password: str | Unset = UNSET
        __repr__ = model_repr

    assert repr(Login("ada", "hunter2")) == "Login(username='ada', api_password='***')"
    assert repr(Login("ada")) == "Login(username='ada')"
