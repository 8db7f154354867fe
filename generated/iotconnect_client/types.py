"""Contains some shared types for properties"""

import datetime
import re
import weakref
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Protocol, Self, TypedDict, TypeVar

import httpx
import msgspec
from attrs import define, fields

# msgspec's own marker of an absent field (falsy, printed UNSET): the models' msgspec mirrors
# then hold it as decoded and the models take it as it is, with no conversion per field.
Unset = msgspec.UnsetType
UNSET: Unset = msgspec.UNSET

# Response extension: the reply as already parsed (and checked) by a transport or auth flow under
# the client, which the generated functions then take out of the reply (pop) and return instead
# of parsing the body again: httpx leaves each reply in a reference cycle (its stream refers back
# to it), freed only when the garbage collector runs, and a model the reply still held would live
# that long (a page of 100 devices took a third longer, the collector walking them).
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

# Response extension: a weak reference (see PARSED for why) to the model types.parse_json built
# from a reply that msgspec validated (every value of its annotated type), so that a check of the
# model against its annotations can skip it: ``validated(response, model)``.
VALIDATED = "iotconnect_client.validated"


def validated(response: httpx.Response, model: object) -> bool:
    """Whether ``model`` is what ``parse_json`` built from ``response`` after msgspec
    validated the body."""
    reference = response.extensions.get(VALIDATED)
    return reference is not None and reference() is model


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


# How many levels of arrays and objects a free-form value (an object the spec gives no fields, or
# any JSON) may nest in a reply that parse_json takes: with the mirror structs' own few levels
# this stays under the depth a session accepts (64), so such a reply needs no scan of its bytes
# for depth; a deeper value sends the reply to from_dict, whose caller measures the body.
FREE_FORM_DEPTH = 32


def bounded(value: T) -> T:
    """``value``, free-form JSON as msgspec decoded it, if it nests at most
    ``FREE_FORM_DEPTH`` levels; else ValueError (parse_json then falls back to from_dict)."""
    level: list[Any] = [value]
    for _ in range(FREE_FORM_DEPTH + 1):
        containers = [node for node in level if isinstance(node, dict | list)]
        if not containers:
            return value
        level = [
            child
            for node in containers
            for child in (node.values() if isinstance(node, dict) else node)
        ]
    raise ValueError(f"a free-form value nests deeper than {FREE_FORM_DEPTH} levels")


def parse_datetime(text: str) -> datetime.datetime:
    """A date-time of a reply as msgspec reads one in a mirror struct (RFC 3339; a 7-digit
    fraction, .NET's, rounded to microseconds), so that ``from_dict`` and ``parse_json`` give the
    same value; any other text ``fromisoformat`` takes (a date alone, say) as the generator
    reads it. ValueError when neither takes it."""
    try:
        return msgspec.convert(text, datetime.datetime)
    except msgspec.ValidationError:
        return datetime.datetime.fromisoformat(text)


M = TypeVar("M", bound=_Model)
# Per model class: (decode the body into its struct, build the model from that), or None.
_Fast = tuple[Callable[[bytes], Any], Callable[[Any], Any]] | None
_FAST: dict[type, _Fast] = {}


def parse_json(model: type[M], response: httpx.Response) -> M:
    """The JSON reply as ``model``: validated and decoded by msgspec in one call into the
    model's mirror struct, then built; whatever msgspec refuses is parsed by
    ``model.from_dict`` as the generator does, so its errors and its leniency stay as they are."""
    try:
        fast = _FAST[model]
    except KeyError:
        # Set by the model template on every model with fields and no file field.
        struct, build = (
            getattr(model, "_struct", None),
            getattr(model, "_from_struct", None),
        )
        fast = (
            None
            if struct is None or build is None
            else (msgspec.json.Decoder(struct).decode, build)
        )
        _FAST[model] = fast
    if fast is not None:
        decode, build = fast
        try:
            parsed: M = build(decode(response.content))
        except (msgspec.MsgspecError, ValueError, RecursionError):
            pass
        else:
            response.extensions[VALIDATED] = weakref.ref(parsed)
            return parsed
    return model.from_dict(response.json())


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "FREE_FORM_DEPTH",
    "UNSET",
    "VALIDATED",
    "File",
    "FileTypes",
    "RequestFiles",
    "RequestKwargs",
    "Response",
    "Unset",
    "bounded",
    "model_repr",
    "parse_datetime",
    "parse_json",
    "validated",
]
