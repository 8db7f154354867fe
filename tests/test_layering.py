"""Dependencies point one way and never in a circle, read from the source with ``ast``.

spec -> generated client -> overlay; the mock depends on the spec alone, so it stays an independent
oracle; conformance sits on top of everything, the proxy on the client and the spec. The client's
CLI imports none of the tools, not even inside a function: the mock, conformance, the proxy and the
spec's own commands register themselves through
entry points (``iotconnect.cli.plugins``), so of the spec package the client reads the contract
(``iotconnect_spec`` itself) and nothing else. Within a hand-written package no module-level imports
form a cycle (imports under ``if TYPE_CHECKING:`` count: they tie the modules' designs together all
the same). Imports inside functions are lazy: they run when the function does, not at import.
"""

from __future__ import annotations

import ast
import graphlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.openapi_doc import ROOT

# Import package -> the folder that holds it.
PACKAGES = {
    "iotconnect_spec": ROOT / "spec",
    "iotconnect_client": ROOT / "generated",
    "iotconnect": ROOT / "overlay",
    "iotconnect_mock": ROOT / "mock",
    "iotconnect_conformance": ROOT / "conformance",
    "iotconnect_proxy": ROOT / "proxy",
}
HAND_WRITTEN = sorted(set(PACKAGES) - {"iotconnect_client"})
# Which of the other packages each one may import when it is imported.
AT_IMPORT: dict[str, set[str]] = {
    "iotconnect_spec": set(),
    "iotconnect_client": set(),
    # The spec sits below the client (spec -> generated -> overlay): check_replies and
    # `iotconnect spec vendor-diff` read it.
    "iotconnect": {"iotconnect_client", "iotconnect_spec"},
    "iotconnect_mock": {"iotconnect_spec"},
    "iotconnect_conformance": {
        "iotconnect",
        "iotconnect_client",
        "iotconnect_mock",
        "iotconnect_spec",
    },
    # The proxy checks traffic with the client's reply checker and redactor; it stands beside
    # conformance and the mock, never on them, and nothing below imports it.
    "iotconnect_proxy": {"iotconnect", "iotconnect_client", "iotconnect_spec"},
}
# The only module of the spec package the client imports: the contract, not the spec's tools.
CLIENT_READS_OF_THE_SPEC = {"iotconnect_spec"}


@dataclass(frozen=True)
class Import:
    """One imported module, as seen from ``importer``."""

    importer: str
    target: str
    lazy: bool
    where: str

    @property
    def package(self) -> str:
        return self.target.split(".")[0]


def _modules() -> dict[str, Path]:
    modules = {}
    for package, folder in PACKAGES.items():
        for path in sorted((folder / package).rglob("*.py")):
            parts = path.relative_to(folder).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = path
    return modules


MODULES = _modules()


class _Collector(ast.NodeVisitor):
    def __init__(self, importer: str, path: Path) -> None:
        self.importer = importer
        self.path = path
        is_package = path.name == "__init__.py"
        self.package = importer if is_package else importer.rpartition(".")[0]
        self.depth = 0
        self.found: list[Import] = []

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            parts = self.package.split(".")
            base = ".".join([*parts[: len(parts) - node.level + 1], *filter(None, [node.module])])
        else:
            base = node.module or ""
        for alias in node.names:
            # `from package import module` imports the module; `from module import name` not.
            submodule = f"{base}.{alias.name}"
            self._add(submodule if submodule in MODULES else base, node)

    def _add(self, target: str, node: ast.stmt) -> None:
        where = f"{self.path.relative_to(ROOT)}:{node.lineno}"
        self.found.append(Import(self.importer, target, self.depth > 0, where))


def _imports(module: str) -> Iterator[Import]:
    collector = _Collector(module, MODULES[module])
    collector.visit(ast.parse(MODULES[module].read_text(), str(MODULES[module])))
    yield from collector.found


IMPORTS = [found for module in MODULES for found in _imports(module)]


def test_the_parser_sees_the_known_edges() -> None:
    seen = {(i.importer, i.target, i.lazy) for i in IMPORTS}
    assert ("iotconnect.token_auth", "iotconnect._driver", False) in seen
    assert ("iotconnect.__main__", "iotconnect.cli", True) in seen
    assert ("iotconnect_conformance.runner", "iotconnect_mock", True) in seen
    assert ("iotconnect_mock", "iotconnect_mock.app", False) in seen
    assert ("iotconnect_client.api.device.list_devices", "iotconnect_client.client", False) in seen


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_each_package_imports_only_the_packages_below_it(package: str) -> None:
    """Inside functions too: a lazy import is an upward dependency all the same."""
    wrong = [
        f"{i.where} imports {i.target}"
        for i in IMPORTS
        if i.importer.split(".")[0] == package
        and i.package in PACKAGES
        and i.package != package
        and i.package not in AT_IMPORT[package]
    ]
    assert wrong == []


def test_the_client_imports_no_tool() -> None:
    """Not the mock, not conformance, not the spec's commands or vendor diff: the tools plug
    into the CLI through entry points instead."""
    wrong = [
        f"{i.where} imports {i.target}"
        for i in IMPORTS
        if i.importer.split(".")[0] == "iotconnect"
        and i.package == "iotconnect_spec"
        and i.target not in CLIENT_READS_OF_THE_SPEC
    ]
    assert wrong == []


@pytest.mark.parametrize("package", HAND_WRITTEN)
def test_no_import_cycle_within(package: str) -> None:
    graph: dict[str, set[str]] = {m: set() for m in MODULES if m.split(".")[0] == package}
    for found in IMPORTS:
        if found.importer in graph and found.target in graph and not found.lazy:
            graph[found.importer].add(found.target)
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as error:
        pytest.fail(f"import cycle: {' -> '.join(error.args[1])}")
