"""The public surface: one sorted __all__ matching the public names, each documented.

Which package may import which is tests/test_layering.py's concern."""

from __future__ import annotations

import inspect
import types
from pathlib import Path

import iotconnect


def test_all_matches_the_public_names() -> None:
    public = {
        name
        for name, value in vars(iotconnect).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert set(iotconnect.__all__) == public
    assert len(iotconnect.__all__) == len(set(iotconnect.__all__))


def test_every_public_name_is_documented() -> None:
    for name in iotconnect.__all__:
        value = getattr(iotconnect, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), name
            # Members inherited from the overlay's private base classes are public all the same.
            mro = value.__mro__ if inspect.isclass(value) else ()
            ours = [k for k in mro if k.__module__.startswith("iotconnect.")]
            for member_name, member in (item for k in ours for item in vars(k).items()):
                if not member_name.startswith("_") and (
                    inspect.isfunction(member) or isinstance(member, property)
                ):
                    assert inspect.getdoc(member), f"{name}.{member_name}"


def test_package_is_typed() -> None:
    assert (Path(iotconnect.__file__).parent / "py.typed").exists()
