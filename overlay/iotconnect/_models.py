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
from collections.abc import Callable
from typing import Any, Final, TypeVar, cast

import attrs

from iotconnect_client import models
from iotconnect_client.types import Unset

__all__ = ["empty", "mismatch"]

M = TypeVar("M")

# What the generated annotations name but their modules import only for type checkers (the
# models themselves are looked up in the package, which imports each when first asked).
_NAMES: Final = {
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
    model: Any = type(value)
    problem = _checker(model)(value, None, None)
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


# A checker takes a value and where it sits (the parent's path and its key there, None at the
# top) and returns what does not fit, or None. Checkers are built once per annotation.
_Checker = Callable[[object, _Path, str | int | None], _Problem | None]


def _accept(value: object, parent: _Path, key: str | int | None) -> None:
    return None


# What a hint admits: the types that fit as they are (bool is not an int here), literal values,
# and the outer types whose inside has its own checker; None when anything fits.
_Shape = tuple[frozenset[type], tuple[object, ...], tuple[tuple[type, _Checker], ...]]


@functools.cache
def _shape(hint: Any) -> _Shape | None:
    if hint is Any or hint is object:
        return None
    options = typing.get_args(hint) if typing.get_origin(hint) in _UNIONS else (hint,)
    exact: set[type] = set()
    literals: list[object] = []
    nested: list[tuple[type, _Checker]] = []  # (outer type, checker of the inside)
    for option in options:
        origin = typing.get_origin(option)
        if option is Any or option is object:
            return None
        if origin is typing.Literal:
            literals += typing.get_args(option)
        elif origin is list:
            nested.append((list, _list_checker(typing.get_args(option)[0])))
        elif origin is dict:
            exact.add(dict)
        elif option is float:
            exact.update((int, float))
        elif isinstance(option, type) and attrs.has(option):
            nested.append((option, _model_checker(option)))
        elif isinstance(option, type):
            exact.add(option)
        else:
            return None  # a kind of annotation the generator does not emit: no opinion
    return frozenset(exact), tuple(literals), tuple(nested)


@functools.cache
def _checker(hint: Any) -> _Checker:
    shape = _shape(hint)
    if shape is None:
        return _accept
    fits, literals, nested = shape

    def check(value: object, parent: _Path, key: str | int | None) -> _Problem | None:
        if type(value) in fits:
            return None
        if literals and any(value == literal for literal in literals):
            return None
        for outer, inside in nested:
            if type(value) is outer:
                return inside(value, parent, key)
        return hint, type(value), _at(parent, key)

    return check


def _list_checker(item_hint: Any) -> _Checker:
    item = _checker(item_hint)

    def check(value: object, parent: _Path, key: str | int | None) -> _Problem | None:
        here = _at(parent, key)
        for index, element in enumerate(cast(list[object], value)):
            problem = item(element, here, index)
            if problem is not None:
                return problem
        return None

    return check


def _model_checker(cls: type) -> _Checker:
    # (name, types that fit as they are, checker for the rest); fields anything fits are left out
    fields: list[tuple[str, frozenset[type], _Checker]] | None = None

    def check(value: object, parent: _Path, key: str | int | None) -> _Problem | None:
        nonlocal fields
        if fields is None:  # resolved on first use: models may refer to each other
            fields = [
                (name, shape[0], _checker(hint))
                for name, hint in _fields(cls)
                if (shape := _shape(hint)) is not None
            ]
        for name, fits, field_checker in fields:
            field = getattr(value, name)
            # Most fields hold a plain value of a type that fits: no call for those (a page of
            # 10 vendor-sized list items took 47 us with a call per field, 25 us without).
            if type(field) in fits:
                continue
            problem = field_checker(field, _at(parent, key), name)
            if problem is not None:
                return problem
        return None

    return check


def _at(parent: _Path, key: str | int | None) -> _Path:
    return parent if key is None else (parent, key)


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    names = {**vars(sys.modules[cls.__module__]), **_NAMES}
    hints = typing.get_type_hints(cls, globalns=names, localns=_Models())
    return tuple(
        (field.name, hints[field.name])
        for field in attrs.fields(cls)
        if field.name != "additional_properties"
    )


class _Models(dict[str, Any]):
    """The generated models by name, each imported when an annotation names it."""

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None


def _render(path: _Path) -> str:
    parts: list[str] = []
    while path is not None:
        path, key = path
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    return "".join(reversed(parts)).lstrip(".") or "the reply"
