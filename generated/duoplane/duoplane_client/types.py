"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar, cast

from attrs import AttrsInstance, define, fields

from ._headers import ResponseHeaders
from ._runtime.errors import SECRET_NAME
from ._runtime.mismatch import SpecMismatch


class Unset:
    """The type of `UNSET`: a field or argument that was not given (distinct from None), or a
    response value that could not be converted (kept raw in the model's additional_properties)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


def model_repr(model: object) -> str:
    """`Name(field=value, ...)` of an attrs model, without the fields left UNSET (or empty
    additional properties), and with the value of a secret-named field masked."""
    shown = []
    for field in fields(cast(type[AttrsInstance], type(model))):
        value = getattr(model, field.name)
        if isinstance(value, Unset) or (field.name == "additional_properties" and not value):
            continue
        text = "'***'" if SECRET_NAME.search(field.name) else repr(value)
        shown.append(f"{field.name}={text}")
    return f"{type(model).__name__}({', '.join(shown)})"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint.

    `status_code` is an `HTTPStatus` (a plain int for a code the standard does not name).
    `parsed` is the body as the declared model; None when the status declares no body, or when an
    undeclared 2xx's body does not fit the operation's main schema (then read `content`).
    `spec_mismatches` lists every way the response differed from the spec (field path, rule, and
    the kind of value received, never the value); empty for a conforming response.
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    spec_mismatches: tuple[SpecMismatch, ...] = ()

    @property
    def typed_headers(self) -> ResponseHeaders:
        """The response headers the spec declares, parsed to their declared types."""
        return ResponseHeaders.from_headers(self.headers)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "ResponseHeaders",
    "SpecMismatch",
    "Unset",
    "model_repr",
]
