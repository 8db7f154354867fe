"""``openapi.yaml``, shipped once for every part that reads it: client, mock and conformance.

The file at the repository root is the source of truth; this package carries it (a link in the
source tree, a copy in the wheel) so that an installed client, mock or conformance runner finds
the same contract the same way: :func:`spec_bytes` for its text, :func:`spec_file` for a path,
:func:`spec_document` for its data, :func:`resolve` to follow a ``$ref`` in it. ``openapi.json``
beside it is the same contract as JSON, written by ``make generate``, so that reading the data
needs no YAML parser. The package has no dependencies, so the base install carries it;
:mod:`iotconnect_spec.vendor_diff` compares the contract with the vendor's own Swagger documents
(copies in ``vendor/``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any, Final

__all__ = ["SPEC_NAME", "resolve", "spec_bytes", "spec_document", "spec_file"]

SPEC_NAME: Final = "openapi.yaml"
"""The file name of the contract, inside this package and at the repository root."""


def spec_bytes() -> bytes:
    """The text of ``openapi.yaml`` (read each time: a checkout may edit it while a mock runs)."""
    return files(__name__).joinpath(SPEC_NAME).read_bytes()


@contextmanager
def spec_file() -> Iterator[Path]:
    """A filesystem path of ``openapi.yaml`` for tools that take one (schemathesis, generators)."""
    with as_file(files(__name__).joinpath(SPEC_NAME)) as path:
        yield path


def spec_document() -> dict[str, Any]:
    """The contract as data (from ``openapi.json``, the generated JSON twin of the YAML)."""
    document: dict[str, Any] = json.loads(files(__name__).joinpath("openapi.json").read_bytes())
    return document


def resolve(document: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """``node``, or what its local ``$ref`` chain (``#/components/...``, ``#/definitions/...``)
    names in ``document``; a node without a local ``$ref`` comes back as it is."""
    for _ in range(32):
        ref = node.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    raise ValueError(f"$ref chain too long at {node.get('$ref')}")
