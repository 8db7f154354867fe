"""openapi.yaml as data, for every test that reads the spec itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_CONFIG = yaml.safe_load((ROOT / "generator-config.yml").read_text())
#: Schema name -> model class name, where generator-config.yml renames the class.
CLASS_NAMES: dict[str, str] = {
    schema: override["class_name"]
    for schema, override in _CONFIG.get("class_overrides", {}).items()
}


def load_spec() -> dict[str, Any]:
    """The spec as plain data."""
    with SPEC_PATH.open() as f:
        spec: dict[str, Any] = yaml.safe_load(f)
    return spec


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation of the spec."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local $ref (one level is all the spec uses for responses and parameters)."""
    ref = node.get("$ref")
    if ref is None:
        return node
    target: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        target = target[part.replace("~1", "/").replace("~0", "~")]
    assert isinstance(target, dict)
    return target
