"""What commands print: tables for people, one JSON document for scripts, progress and errors.

stdout carries a command's result and nothing else: a table, a line saying what a write
touched, or with ``--json`` one JSON document whose field names are the API's (the generated
models' ``to_dict()``). Progress, hints and errors go to stderr, and so, when stderr is a
terminal, does a line per retry (``retrying (1/3)… 503 on GET host/path``), so that a server that
is down is not five silent seconds; ``--verbose`` logs every request instead (the library's
``iotconnect`` logger, :mod:`iotconnect.logs`).

Every value from the tenant is printed through :func:`escape` in tables and lines: a display
name holding a tab, a newline or an ANSI escape sequence can break neither a row nor the
terminal. Tables are rich tables; rich markup in a value is shown as typed, never applied.
``--json`` is the exact form of every value.
"""

from __future__ import annotations

import json
import re
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, Final, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn
from rich.segment import Segment, Segments
from rich.table import Table
from rich.text import Text

from ..hooks import EventHooks, RetryEvent
from ..logs import log_to_stderr

if TYPE_CHECKING:
    from ..resources import Pager

__all__ = ["Output", "UsageError", "escape", "output_options", "shown", "usage_error"]

T = TypeVar("T")

_PANEL: Final = "Output"
# C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides
# that can make a terminal show text in another order than it was written.
_UNSAFE: Final = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_NAMED: Final = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
# Wide enough that no row of a tenant wraps when stdout is a file or a pipe.
_UNWRAPPED: Final = 1_000_000


def escape(text: str) -> str:
    """``text`` with control characters written as escapes: ``\\t``, ``\\n``, ``\\x1b``..."""
    return _UNSAFE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


class UsageError(typer.TyperException):
    """A command line that cannot run as given: one line on stderr, exit 2."""

    exit_code = 2
    ctx: typer.Context | None = None
    """The command's context, when known: the message names the command."""


def usage_error(message: str) -> NoReturn:
    """Stop with a usage error: ``message`` on stderr, exit 2."""
    raise UsageError(message)


def _total(page: Any, seen: int) -> int | None:
    # Azure counts the whole listing; AWS answers -1 (unknown), and some pages past the end 0.
    count = getattr(page, "count", None)
    return count if isinstance(count, int) and count >= seen else None


def shown(value: object) -> str:
    """A value as a cell shows it: nothing for none, yes/no, times to the second, escaped."""
    from iotconnect_client.types import Unset  # loaded with the models this value came from

    if value is None or isinstance(value, Unset):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return escape(str(value))


class Output:
    """How one command prints: tables or ``--json``, errors with a traceback or without."""

    def __init__(self, *, json: bool, debug: bool, verbose: bool = False) -> None:
        """Print JSON documents if ``json``; tracebacks with errors if ``debug``; every request
        on stderr if ``verbose``."""
        self.json = json
        self.debug = debug
        self.verbose = verbose
        if verbose:
            log_to_stderr("debug")
        self._notes: list[str] = []
        self._stdout = Console(markup=False, highlight=False, emoji=False)
        if not self._stdout.is_terminal:
            self._stdout.width = _UNWRAPPED

    def table(
        self,
        columns: Sequence[str],
        rows: Iterable[Sequence[object]],
        documents: Callable[[], object],
    ) -> None:
        """A table of ``rows`` under ``columns``, or with ``--json`` the ``documents()``."""
        if self.json:
            self.document(documents())
            return
        table = Table(box=None, pad_edge=False, header_style="bold")
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(Text(shown(value)) for value in row))
        self._print_lines(table)
        self._print_notes()

    def record(self, fields: Sequence[tuple[str, object]], document: Mapping[str, Any]) -> None:
        """One thing, a field per line, or with ``--json`` its ``document``."""
        self.table(("FIELD", "VALUE"), fields, lambda: document)

    def done(self, message: str, document: Mapping[str, Any]) -> None:
        """What a write touched: ``message`` (values in it already escaped), or ``document``."""
        if self.json:
            self.document(document)
        else:
            typer.echo(message)

    def document(self, document: object) -> None:
        """One JSON document on stdout."""
        typer.echo(json.dumps(document, indent=2))
        self._print_notes()

    def event_hooks(self) -> EventHooks[None] | None:
        """The session's hooks: a line per retry when stderr is a terminal and not verbose
        (the log lines say it then)."""
        if self.verbose or not stderr_is_terminal():
            return None
        return EventHooks(retry=[self._retrying])

    def _retrying(self, event: RetryEvent) -> None:
        self.hint(
            f"retrying ({event.retry}/{event.max_retries})… {event.reason} on "
            f"{event.method} {escape(event.url)}"
        )

    def hint(self, message: str) -> None:
        """A line for the person at the terminal, on stderr."""
        typer.echo(message, err=True)

    def error(self, error: BaseException, hint: str | None = None) -> None:
        """The error in one line on stderr (after its traceback with ``--debug``)."""
        if self.debug:
            # Its messages are a server's text too: a line each, control characters escaped.
            lines = "".join(traceback.format_exception(error)).rstrip("\n").split("\n")
            typer.echo("\n".join(map(escape, lines)), err=True)
        typer.echo(f"error: {escape(str(error))}" + (f" ({hint})" if hint else ""), err=True)

    def gather(self, pager: Pager[Any, T], *, every: bool, page_size: int, what: str) -> list[T]:
        """The first page of ``pager``, or with ``every`` all of them under a progress line.

        A first page that may not be the last gets a note on stderr, after the result.
        """
        pages = pager.pages()
        if not every:
            first = next(pages, None)
            items: list[T] = [] if first is None else first.data
            total = _total(first, len(items))
            if len(items) >= page_size or (total is not None and total > len(items)):
                self._notes.append(f"the first {len(items)} {what} only: --all lists every one")
            return items
        items = []
        with self.progress(f"listing {what}") as update:
            for number, page in enumerate(pages, start=1):
                items += page.data
                update(number, len(items), _total(page, len(items)))
        return items

    @contextmanager
    def progress(self, what: str) -> Iterator[Callable[[int, int, int | None], None]]:
        """A live line on stderr while ``what`` is fetched, if stderr is a terminal.

        Yields ``update(pages, items, total)``; ``total`` is None while unknown.
        """
        console = Console(stderr=True, highlight=False)
        if not console.is_interactive:
            yield lambda pages, items, total: None
            return
        columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn())
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task(what, total=None)

            def update(pages: int, items: int, total: int | None) -> None:
                of = f" of {total}" if total is not None else ""
                description = f"{what}: {items}{of} after page {pages}"
                progress.update(task, description=description, completed=items, total=total)
                progress.refresh()

            yield update

    def _print_lines(self, table: Table) -> None:
        # rich pads every cell to its column's width; the last one's padding is only noise.
        console = self._stdout
        for line in console.render_lines(table, pad=False):
            while line and not line[-1].text.strip():
                line.pop()
            if line:
                line[-1] = Segment(line[-1].text.rstrip(), line[-1].style)
            console.print(Segments([*line, Segment.line()]), end="", soft_wrap=True)

    def _print_notes(self) -> None:
        # Notes about a result (a listing cut short) read best after it.
        for note in self._notes:
            self.hint(note)
        self._notes.clear()


def stderr_is_terminal() -> bool:
    """Whether a person watches stderr."""
    return sys.stderr.isatty()


def output_options(
    json_output: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print one JSON document, fields named as the API names them.",
            rich_help_panel=_PANEL,
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help="Print the traceback of an error too.", rich_help_panel=_PANEL
        ),
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            "-v",
            help="Log every request (method, path, status, time) and retry on stderr.",
            rich_help_panel=_PANEL,
        ),
    ] = False,
) -> Output:
    """The output options; their values, as the command receives them."""
    return Output(json=json_output, debug=debug, verbose=verbose)
