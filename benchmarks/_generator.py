"""``scripts/generate.py`` as a module, for the benchmarks that time or compare the generator."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from _mock import ROOT

__all__ = ["generate_script"]


def generate_script() -> ModuleType:
    """The script, loaded from its file (it is no package module): ``generate(output, plain=)``."""
    spec = importlib.util.spec_from_file_location("generate", ROOT / "scripts" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
