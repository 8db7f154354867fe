"""Contains some shared types for properties"""

import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypedDict, TypeVar

from attrs import define, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# Response extension: the reply as already parsed (and checked) by a transport or auth flow under
# the client, which the generated functions then return instead of parsing the body again.
PARSED = "iotconnect_client.parsed"

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


# Attribute names whose values a repr never shows (login bodies, token replies, device keys).
_SECRET_NAME = re.compile(r"password|token|secret|_key$")


def model_repr(model: Any) -> str:
    """``Name(field=value, ...)`` with only the fields that are set (not ``UNSET``), then the
    fields the spec does not name (``additional_properties``); secret values are masked."""
    parts = []
    for attribute in fields(type(model)):
        value = getattr(model, attribute.name)
        if isinstance(value, Unset) or attribute.name == "additional_properties":
            continue
        shown = (
            "***"
            if value is not None and _SECRET_NAME.search(attribute.name)
            else repr(value)
        )
        parts.append(f"{attribute.name}={shown}")
    extra = getattr(model, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties={extra!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


class _RequestTarget(TypedDict):
    method: str
    url: str


class RequestKwargs(_RequestTarget, total=False):
    """What an operation's ``request_kwargs(...)`` returns: the keyword arguments of
    ``httpx.Client.request`` (``build_request``, ``AsyncClient.request``) that send it. ``url`` is
    below the service's base URL; ``method`` is lower case."""

    params: dict[str, Any]
    headers: dict[str, Any]
    cookies: dict[str, Any]
    json: Any
    data: dict[str, Any]
    files: RequestFiles
    content: bytes | BinaryIO


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "RequestKwargs",
    "Response",
    "Unset",
    "model_repr",
]
