"""The package's public surface: a curated ``__all__`` and no imports of the client packages."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import iotconnect_mock

PACKAGE = Path(iotconnect_mock.__file__).parent


def test_all_lists_exactly_the_public_names() -> None:
    public = {name for name in vars(iotconnect_mock) if not name.startswith("_")}
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    assert set(iotconnect_mock.__all__) == public - modules
    for name in iotconnect_mock.__all__:
        value = getattr(iotconnect_mock, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), f"{name} has no docstring"


def test_the_mock_is_an_independent_oracle() -> None:
    # It must not share code with what it tests: neither the overlay nor the generated client.
    for source in PACKAGE.glob("*.py"):
        tree = ast.parse(source.read_text())
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                root = name.split(".")[0]
                assert root not in {"iotconnect", "iotconnect_client"}, f"{source.name}: {name}"
