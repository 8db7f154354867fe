"""types.parse_json: msgspec's validated decoding gives what the generated from_dict gives.

Every example body of the spec, and each spoilt one field at a time at every depth (the
spoilers of tests/spec/test_templates.py, the text forms where msgspec and Python's parsers of
dates and GUIDs part ways, numbers out of msgspec's ranges, a field the spec does not name),
is parsed by ``parse_json`` from its JSON bytes and by ``from_dict`` from ``json.loads``. When
msgspec takes the body, the objects are the same and the model check finds nothing (the error
boundary skips that check for such a reply); otherwise the outcome is from_dict's, exception
class included.
"""

from __future__ import annotations

import datetime
import inspect
import json
import types
import typing
from typing import Any

import httpx
import msgspec
import pytest

import iotconnect_client.models
from iotconnect._limits import MAX_DEPTH
from iotconnect._models import mismatch
from iotconnect._results import ReplyBoundary
from iotconnect.errors import DecodeError
from iotconnect.replies import ReplyChecker
from iotconnect_client.models import DeviceListResponse
from iotconnect_client.types import (
    FREE_FORM_DEPTH,
    PARSED,
    VALIDATED,
    bounded,
    parse_json,
    validated,
)
from tests.spec.test_templates import SPOILERS, _examples, _shape, _spoilt

# Where msgspec and the generated parse could differ: .NET's 7-digit fraction (msgspec rounds
# it, fromisoformat truncates), a date alone, a space for the T, GUIDs in other spellings, an
# int past 64 bits, a whole number written as a float.
FAST_SPOILERS: tuple[Any, ...] = (
    *SPOILERS,
    "2026-01-02T03:04:05.1234567Z",
    "2026-01-02T03:04:05.9999995+01:00",
    "2026-01-02",
    "2026-01-02 03:04:05",
    "{6f1e2a3b-0000-4000-8000-000000000001}",
    "6F1E2A3B000040008000000000000001",
    "urn:uuid:6f1e2a3b-0000-4000-8000-000000000001",
    10**30,
    1.0,
    -1,
)


def _outcome(parse: Any, *args: Any) -> tuple[Any, Any]:
    """(what comes out as plain data, the model check's finding), or the exception's class."""
    try:
        parsed = parse(*args)
    except Exception as exc:  # the failure itself is what is compared
        return ("raised", type(exc).__name__), None
    return _shape(parsed), mismatch(parsed)


def test_parse_json_gives_from_dicts_objects_or_error() -> None:
    compared = fast = 0
    shown: list[str] = []
    for name, example in _examples():
        model = getattr(iotconnect_client.models, name)
        for body in [example, *_spoilt(example, FAST_SPOILERS, extra=True)]:
            content = json.dumps(body).encode()
            response = httpx.Response(200, content=content)
            ours = _outcome(parse_json, model, response)
            theirs = _outcome(model.from_dict, json.loads(content))
            validated = VALIDATED in response.extensions
            compared += 1
            fast += validated
            # A body msgspec takes must be one the model check passes: the boundary skips it.
            if ours != theirs or (validated and theirs[1] is not None):
                shown.append(f"{name} {content!r:.200}: ours {ours!r:.200}, theirs {theirs!r:.200}")
    assert compared > 5000
    # Most spoilt bodies are still valid JSON of the model: msgspec takes them.
    assert fast > compared // 4, (fast, compared)
    assert not shown, f"{len(shown)} of {compared} differ:\n" + "\n".join(shown[:10])


def test_every_example_reply_takes_the_fast_path() -> None:
    slow = []
    for name, example in _examples():
        response = httpx.Response(200, content=json.dumps(example).encode())
        parse_json(getattr(iotconnect_client.models, name), response)
        if VALIDATED not in response.extensions:
            slow.append(name)
    assert not slow


_PAGE = next(body for name, body in _examples() if name == "DeviceListResponse")
_ITEM = _PAGE["data"][0]


def _get_page(item: dict[str, Any], checked: list[object]) -> httpx.Response:
    """GET /Device through the error boundary; ``checked`` gets what its model check saw."""

    class Spy(ReplyChecker):
        def fits(self, parsed: object) -> str | None:
            checked.append(parsed)
            return super().fits(parsed)

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**_PAGE, "data": [item]})

    base = "http://iotconnect.test/api/v2"
    boundary = ReplyBoundary(httpx.Auth(), base, Spy())
    with httpx.Client(transport=httpx.MockTransport(reply), auth=boundary) as client:
        return client.get(f"{base}/Device")


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (_ITEM, True),
        ({**_ITEM, "notInTheSpec": 1}, False),  # kept in additional_properties: from_dict
    ],
)
def test_the_boundary_checks_only_what_msgspec_did_not_validate(
    item: dict[str, Any], expected: bool
) -> None:
    checked: list[object] = []
    response = _get_page(item, checked)
    parsed = response.extensions[PARSED]
    assert isinstance(parsed, DeviceListResponse)
    assert checked == ([] if expected else [parsed])
    assert validated(response, parsed) is expected
    assert parsed.data[0].additional_properties == ({} if expected else {"notInTheSpec": 1})


def test_what_msgspec_refuses_is_still_the_model_checks_to_report() -> None:
    checked: list[object] = []
    with pytest.raises(DecodeError, match=r"data\[0\]\.is_active: expected bool"):
        _get_page({**_ITEM, "isActive": "yes"}, checked)
    assert len(checked) == 1


def _with_structs() -> list[Any]:
    return [
        model
        for name in iotconnect_client.models.__all__
        if hasattr(model := getattr(iotconnect_client.models, name), "_struct")
    ]


def test_every_models_struct_is_one_msgspec_decodes() -> None:
    models = _with_structs()
    assert len(models) > 50
    for model in models:
        msgspec.json.Decoder(model._struct)  # a union it cannot tell apart raises TypeError


def test_every_struct_lists_its_fields_in_the_order_of_the_models_constructor() -> None:
    # _from_struct passes a struct with nothing to convert as msgspec.structs.astuple(struct).
    for model in _with_structs():
        parameters = list(inspect.signature(model.__init__).parameters)[1:]
        assert list(model._struct.__struct_fields__) == parameters, model.__name__


def test_a_dotnet_fraction_is_rounded_alike_on_both_paths() -> None:
    # .NET writes 7 digits; msgspec rounds the 7th, as types.parse_datetime does for from_dict
    # (fromisoformat alone, the generator's own reading, would truncate it).
    item = {**_ITEM, "lastConnection": "2026-01-02T03:04:05.9999996Z"}
    content = json.dumps({**_PAGE, "data": [item]}).encode()
    response = httpx.Response(200, content=content)
    fast = parse_json(DeviceListResponse, response)
    assert VALIDATED in response.extensions
    slow = DeviceListResponse.from_dict(json.loads(content))
    expected = datetime.datetime(2026, 1, 2, 3, 4, 6, tzinfo=datetime.UTC)
    assert fast.data[0].last_connection == slow.data[0].last_connection == expected


def _nested(levels: int) -> Any:
    """A free-form value of ``levels`` levels: objects and arrays in turn, a number inside."""
    value: Any = 1
    for level in range(levels):
        value = {"a": value} if level % 2 else [value]
    return value


def test_free_form_values_are_bounded() -> None:
    within: tuple[Any, ...] = (None, 1, "[[[", {}, [], _nested(FREE_FORM_DEPTH))
    for value in within:
        assert bounded(value) is value
    for deep in (_nested(FREE_FORM_DEPTH + 1), [[], {"a": [1, _nested(FREE_FORM_DEPTH)]}]):
        with pytest.raises(ValueError, match=f"deeper than {FREE_FORM_DEPTH} levels"):
            bounded(deep)


def _levels(hint: Any, seen: frozenset[type] = frozenset()) -> int:
    """The most levels of arrays and objects a value of ``hint`` holds when msgspec takes it
    (a free-form value as many as ``bounded`` lets through)."""
    if hint is Any or typing.get_origin(hint) is dict:
        return FREE_FORM_DEPTH
    if typing.get_origin(hint) is list:
        return 1 + _levels(typing.get_args(hint)[0], seen)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return max(_levels(member, seen) for member in typing.get_args(hint))
    if isinstance(hint, type) and issubclass(hint, msgspec.Struct):
        assert hint not in seen, f"{hint.__name__} nests itself: no bound on its depth"
        fields = typing.get_type_hints(hint).values()
        return 1 + max((_levels(field, seen | {hint}) for field in fields), default=0)
    return 0


def test_a_reply_msgspec_takes_is_never_deeper_than_a_session_accepts() -> None:
    # The error boundary scans only the replies msgspec refused for depth (_results.parse).
    deepest = max(_levels(model._struct) for model in _with_structs())
    assert FREE_FORM_DEPTH < deepest <= MAX_DEPTH


@pytest.mark.parametrize(("levels", "expected"), [(FREE_FORM_DEPTH, True), (40, False)])
def test_a_deep_free_form_value_within_the_limit_reads_as_from_dict_reads_it(
    levels: int, expected: bool
) -> None:
    item = {**_ITEM, "deviceInfo": {"a": _nested(levels - 1)}}
    response = _get_page(item, [])
    parsed = response.extensions[PARSED]
    assert validated(response, parsed) is expected
    assert parsed.data[0].device_info.additional_properties == item["deviceInfo"]


@pytest.mark.parametrize("levels", [MAX_DEPTH, 500])
def test_a_free_form_value_past_the_depth_limit_is_a_decode_error(levels: int) -> None:
    # msgspec alone would take it: the struct types deviceInfo as a dict of anything.
    item = {**_ITEM, "deviceInfo": {"a": _nested(levels - 1)}}
    with pytest.raises(DecodeError, match=f"JSON nested deeper than {MAX_DEPTH} levels"):
        _get_page(item, [])
