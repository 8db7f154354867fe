"""generator-templates/: our union template parses every input exactly as the generator's own.

The spec is generated a second time with openapi-python-client's templates alone, into a
scratch package. Every example body of the spec (requests and replies) is then spoilt one
field at a time, at every depth (the field removed, or set to null, to a string that is no
GUID or date, to a number, a boolean, a list, an object), and parsed by both packages'
``from_dict``: the same objects come out, or the same exception.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import re
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import iotconnect_client.models
from tests.openapi_doc import CLASS_NAMES, ROOT, load_spec, operations, resolve

SPEC = load_spec()
MODELS = ROOT / "generated" / "iotconnect_client" / "models"
SPOILERS: tuple[Any, ...] = (
    None,
    "not a GUID or a date",
    "2026-99-99T00:00:00Z",
    7,
    1.5,
    True,
    [],
    {},
)
_REMOVED = object()


@pytest.fixture(scope="module")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """``iotconnect_client.models`` as the generator's own templates write it."""
    script = importlib.util.spec_from_file_location("generate", ROOT / "scripts" / "generate.py")
    assert script is not None
    assert script.loader is not None
    generate = importlib.util.module_from_spec(script)
    script.loader.exec_module(generate)
    scratch = tmp_path_factory.mktemp("upstream")
    generate.generate(scratch / "upstream_client", plain=True)
    sys.path.insert(0, str(scratch))
    try:
        yield importlib.import_module("upstream_client.models")
    finally:
        sys.path.remove(str(scratch))
        for name in [m for m in sys.modules if m.split(".")[0] == "upstream_client"]:
            del sys.modules[name]


def _examples() -> Iterator[tuple[str, Any]]:
    """(model class name, example body) for every JSON body of the spec with a model."""
    for _, _, op in operations(SPEC):
        media = [op.get("requestBody", {}).get("content", {}).get("application/json")]
        for reply in op["responses"].values():
            media.append(resolve(SPEC, reply).get("content", {}).get("application/json"))
        for item in media:
            ref = (item or {}).get("schema", {}).get("$ref")
            if ref and "example" in item:
                name = ref.rsplit("/", 1)[1]
                yield CLASS_NAMES.get(name, name), item["example"]


def _spoilt(value: Any, spoilers: tuple[Any, ...] = SPOILERS, extra: bool = False) -> Iterator[Any]:
    """``value`` with one field of one object in it removed or replaced by each of
    ``spoilers``, every way; with ``extra``, also each object with a field the spec does not
    name."""
    if isinstance(value, dict):
        if extra:
            yield {**value, "notInTheSpec": 1}
        for key, inner in value.items():
            yield {k: v for k, v in value.items() if k != key}
            for spoiler in spoilers:
                yield {**value, key: spoiler}
            for deeper in _spoilt(inner, spoilers, extra):
                yield {**value, key: deeper}
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            for deeper in _spoilt(inner, spoilers, extra):
                yield [*value[:index], deeper, *value[index + 1 :]]


def _shape(value: Any) -> Any:
    """A parsed value as plain data, comparable across the two packages."""
    if hasattr(value, "__attrs_attrs__"):
        fields = {a.name: _shape(getattr(value, a.name)) for a in value.__attrs_attrs__}
        return (type(value).__name__, fields)
    if isinstance(value, list):
        return [_shape(v) for v in value]
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if type(value).__name__ in ("Unset", "UnsetType"):  # upstream's class, our msgspec.UNSET
        return "UNSET"
    if isinstance(value, uuid.UUID | datetime.datetime | datetime.date):
        return (type(value).__name__, str(value))
    return (type(value).__name__, value)


def _parse(models: ModuleType, name: str, body: Any) -> Any:
    try:
        return _shape(getattr(models, name).from_dict(body))
    except Exception as exc:  # the failure itself is what is compared
        return ("raised", type(exc).__name__)


def _open_enum_addition(name: str, example: Any, body: Any, theirs: Any) -> bool:
    """Whether ``body`` differs from ``example`` in one enum field only, by a value of the enum's
    type that it does not list: upstream refuses it (TypeError), ours keeps it on purpose, as a
    later release's addition (an open enum: tests/spec/test_open_enums.py)."""
    if theirs != ("raised", "TypeError") or not isinstance(body, dict):
        return False
    changed = [key for key in body if key in example and body[key] != example[key]]
    if len(changed) != 1:
        return False
    module = f"iotconnect_client.models.{_snake(name)}_{_snake(changed[0])}"
    if importlib.util.find_spec(module) is None:
        return False
    listed = next(
        v for n, v in vars(importlib.import_module(module)).items() if n.endswith("_VALUES")
    )
    value = body[changed[0]]
    return value not in listed and {type(v) for v in listed} == {type(value)}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


# The upstream fixture runs the generator in a process.
@pytest.mark.slow
def test_the_custom_template_is_in_use(upstream: ModuleType) -> None:
    # Upstream defines a function per union field inside from_dict; ours assigns in line.
    ours = "".join(path.read_text() for path in MODELS.glob("*.py"))
    assert upstream.__file__ is not None
    theirs = "".join(path.read_text() for path in Path(upstream.__file__).parent.glob("*.py"))
    assert "        def _parse_" not in ours
    assert theirs.count("        def _parse_") >= 20


@pytest.mark.slow
def test_every_spoilt_example_parses_alike(upstream: ModuleType) -> None:
    compared = differences = 0
    shown: list[str] = []
    for name, example in _examples():
        for body in [example, *_spoilt(example)]:
            ours, theirs = (
                _parse(iotconnect_client.models, name, body),
                _parse(upstream, name, body),
            )
            compared += 1
            if ours != theirs and not _open_enum_addition(name, example, body, theirs):
                differences += 1
                shown.append(f"{name} {body!r:.200}: ours {ours!r:.200}, theirs {theirs!r:.200}")
    assert compared > 1000
    assert not shown, f"{differences} of {compared} differ:\n" + "\n".join(shown[:10])
