"""Runtime checks that a parsed generated model holds what its annotations promise.

The generated ``from_dict`` copies scalars without looking at them: ``"isActive": "yes"`` becomes
``is_active == "yes"`` on a field typed ``bool``. :func:`mismatch` walks a parsed model against
its annotations (once resolved, cached per class) so that a reply of the wrong shape is an error
and not a silently wrong value. It reports where, and which type was expected, never a value.
"""

from __future__ import annotations

import datetime
import functools
import sys
import types
import typing
import uuid
from typing import Any, Final, TypeVar

import attrs

from iotconnect_client import models
from iotconnect_client.types import Unset

__all__ = ["empty", "mismatch"]

M = TypeVar("M")

# What the generated annotations name but their modules import only for type checkers.
_NAMES: Final = {
    **vars(models),
    "Unset": Unset,
    "UUID": uuid.UUID,
    "datetime": datetime,
    "Any": Any,
}
_UNIONS: Final = (typing.Union, types.UnionType)
# The path to a value: None at the top, else (parent path, key or index).
_Path = tuple["_Path", str | int] | None
# What did not fit: (expected type, found type, where). Rendered only if it is the answer, as
# most of them are alternatives of a union that another alternative satisfies.
_Problem = tuple[Any, type, _Path]


def mismatch(value: object) -> str | None:
    """Where a parsed model departs from its annotations, e.g. ``data[3].is_active: expected
    bool | None, found str``; None when it fits."""
    problem = _mismatch(value, type(value), None)
    if problem is None:
        return None
    hint, found, path = problem
    expected = getattr(hint, "__name__", None) or str(hint).replace("typing.", "")
    return f"{_render(path)}: expected {expected}, found {found.__name__}"


def empty(model: type[M]) -> M | None:
    """An empty page of a list model (what a 204 means), or None if ``model`` is no list."""
    from_dict = getattr(model, "from_dict", None)
    if from_dict is None:
        return None
    try:
        page = from_dict({"data": [], "status": 204, "count": 0})
    except (KeyError, TypeError, ValueError):
        return None
    return page if isinstance(page, model) else None


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    names = {**vars(sys.modules[cls.__module__]), **_NAMES}
    hints = typing.get_type_hints(cls, globalns=names)
    return tuple(
        (field.name, hints[field.name])
        for field in attrs.fields(cls)
        if field.name != "additional_properties"
    )


def _mismatch(value: object, hint: Any, path: _Path) -> _Problem | None:
    if hint is Any or hint is object:
        return None
    origin = typing.get_origin(hint)
    if origin in _UNIONS:
        options = typing.get_args(hint)
        if any(_mismatch(value, option, path) is None for option in options):
            return None
        # Name the inner problem when the value has the right outer type (a model, a list).
        for option in options:
            outer = typing.get_origin(option) or option
            if isinstance(outer, type) and outer not in (int, float) and isinstance(value, outer):
                return _mismatch(value, option, path)
        return _expected(hint, value, path)
    if origin is typing.Literal:
        return None if value in typing.get_args(hint) else _expected(hint, value, path)
    if origin is list:
        if not isinstance(value, list):
            return _expected(hint, value, path)
        (item,) = typing.get_args(hint)
        for index, element in enumerate(value):
            problem = _mismatch(element, item, (path, index))
            if problem is not None:
                return problem
        return None
    if origin is dict:
        return None if isinstance(value, dict) else _expected(hint, value, path)
    if hint is float:
        fits = isinstance(value, int | float) and not isinstance(value, bool)
        return None if fits else _expected(hint, value, path)
    if hint is int:
        fits = isinstance(value, int) and not isinstance(value, bool)
        return None if fits else _expected(hint, value, path)
    if not isinstance(hint, type):
        return None
    if not isinstance(value, hint):
        return _expected(hint, value, path)
    if attrs.has(hint):
        for name, field_hint in _fields(hint):
            problem = _mismatch(getattr(value, name), field_hint, (path, name))
            if problem is not None:
                return problem
    return None


def _expected(hint: Any, value: object, path: _Path) -> _Problem:
    return hint, type(value), path


def _render(path: _Path) -> str:
    parts: list[str] = []
    while path is not None:
        path, key = path
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    return "".join(reversed(parts)).lstrip(".") or "the reply"
