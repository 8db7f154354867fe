"""Open enums (``generator-templates/literal_enum.py.jinja``): a value the spec does not list,
as a later release of the service sends it, passes as it came instead of raising."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openapi_python_client

import iotconnect_client.models

MODELS = Path(iotconnect_client.models.__file__).parent


def _checks() -> list[tuple[str, Callable[[Any], Any], set[Any]]]:
    """Each enum module's check function and listed values."""
    found: list[tuple[str, Callable[[Any], Any], set[Any]]] = []
    for path in sorted(MODELS.glob("*.py")):
        module = importlib.import_module(f"iotconnect_client.models.{path.stem}")
        for name, function in vars(module).items():
            # A model imports the checks of its enum fields; each is counted where it is defined.
            defined_here = getattr(function, "__module__", None) == module.__name__
            if name.startswith("check_") and inspect.isfunction(function) and defined_here:
                values = next(v for k, v in vars(module).items() if k.endswith("_VALUES"))
                found.append((name, function, values))
    return found


def test_every_enum_passes_a_value_it_does_not_list() -> None:
    checks = _checks()
    assert len(checks) >= 8
    for name, check, values in checks:
        numbers = all(isinstance(v, int) for v in values)
        later: object = max(values) + 1 if numbers else "a later value"
        assert later not in values, name
        assert check(later) == later, name
        for value in values:
            assert check(value) == value, name


def test_the_generator_parses_an_enum_field_through_its_check() -> None:
    # Why opening check_* opens parsing: the generator's own template for an enum-typed
    # property constructs it with check_<enum>(value).
    templates = Path(openapi_python_client.__file__).parent / "templates" / "property_templates"
    construct = (
        (templates / "literal_enum_property.py.jinja").read_text().split("{% endmacro %}")[0]
    )
    assert "check_{{ property.get_class_name_snake_case() }}(" in construct
