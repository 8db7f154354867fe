"""The reliability suite's fixtures, and the table of figures it prints at the end of the run.

Every part records what it measured with ``figures.add(part, name, value)``; the terminal
summary prints them, whether the tests passed or not, so CI logs carry the numbers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import iotconnect_mock

from ..mock.helpers import make_app


@dataclass
class Figures:
    """What the parts measured, in the order they recorded it."""

    rows: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, part: str, name: str, value: object) -> None:
        """Record one figure of ``part``."""
        self.rows.append(
            (
                part,
                name,
                f"{value:,}"
                if isinstance(value, int) and not isinstance(value, bool)
                else str(value),
            )
        )


_FIGURES = Figures()


@pytest.fixture
def figures() -> Figures:
    """The run's figure table."""
    return _FIGURES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print every recorded figure, grouped by part."""
    if not _FIGURES.rows:
        return
    terminalreporter.section("reliability figures")
    width = max(len(name) for _, name, _ in _FIGURES.rows)
    part = None
    for row_part, name, value in _FIGURES.rows:
        if row_part != part:
            terminalreporter.write_line(f"{row_part}:")
            part = row_part
        terminalreporter.write_line(f"  {name:<{width}}  {value}")


@dataclass(frozen=True)
class Served:
    """A mock with two tenants and its state in a file, on a loopback port."""

    url: str
    db: Path


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    """The mock (demo tenant + ``OTHER_KEY``), state in ``tmp_path/state/mock.sqlite``."""
    db = tmp_path / "state" / "mock.sqlite"
    with iotconnect_mock.serve_in_thread(make_app(db_path=db)) as url:
        yield Served(url, db)
