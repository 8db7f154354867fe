"""``iotconnect devices import FILE`` and ``iotconnect devices export FILE``: the fleet in bulk.

Both go through ``iot.devices.import_rows`` and ``iot.devices.export`` (:mod:`iotconnect.bulk`).
``import`` checks every row before it sends anything and lists each bad one (line and reason,
exit 2); then it creates, ``--concurrency`` at a time, appending each outcome to a journal
beside the file (``FILE.journal.jsonl``) so that running it again resumes, and writes its
summary as JSON (``FILE.summary.json``; ``--json`` prints it too). It only ever creates: a
device that exists is reported as unchanged or different, never changed. A progress bar runs
on stderr when it is a terminal.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .._bulk_columns import COLUMNS
from .command import tenant_command
from .connection import Connection
from .devices import app
from .output import Output, escape, usage_error

if TYPE_CHECKING:
    from ..bulk import ImportSummary

__all__ = ["export_devices", "import_devices"]

ConcurrencyOption = Annotated[int, typer.Option(min=1, max=256, help="Requests in flight at once.")]


class Format(enum.StrEnum):
    """The export's file formats."""

    csv = "csv"
    jsonl = "jsonl"


@contextmanager
def _bar(what: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr while ``what`` runs, if stderr is a terminal."""
    console = Console(stderr=True, highlight=False)
    if not console.is_interactive:
        yield lambda done, total: None
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(what, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=None if total < 0 else total)

        yield update


@app.command("import")
@tenant_command
def import_devices(
    connection: Connection,
    output: Output,
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help=f"CSV (a header line first) or JSON Lines (.jsonl): {', '.join(COLUMNS)}.",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    *,
    concurrency: ConcurrencyOption = 8,
    journal: Annotated[
        Path | None,
        typer.Option(
            help="Outcomes so far; a re-run skips what it lists.", show_default="FILE.journal.jsonl"
        ),
    ] = None,
    summary: Annotated[
        Path | None,
        typer.Option(
            help="Where the summary is written as JSON.", show_default="FILE.summary.json"
        ),
    ] = None,
) -> None:
    """Create a device per row of FILE: checked first, then in parallel, resumable."""
    from ..bulk import BulkFileError, ImportRejected, read_rows  # the client stack, now

    journal = journal or file.with_name(f"{file.name}.journal.jsonl")
    summary = summary or file.with_name(f"{file.name}.summary.json")
    try:
        with connection.session() as iot, _bar("importing") as update:
            result = iot.devices.import_rows(
                read_rows(file), concurrency=concurrency, journal=journal, progress=update
            )
    except ImportRejected as exc:
        # Listed once the progress bar is gone, so no line is drawn over.
        for problem in exc.problems:
            shown = f" ({escape(problem.unique_id)})" if problem.unique_id else ""
            output.hint(f"line {problem.line}{shown}: {escape(problem.reason)}")
        usage_error(f"{len(exc.problems)} bad row(s) in {file}: nothing was imported")
    document = result.as_json()
    try:
        summary.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BulkFileError(f"cannot write {summary}: {exc.strerror or exc}") from None
    output.done(_said(result, file, summary), document)
    if not result.complete:
        raise typer.Exit(1)


def _said(result: ImportSummary, file: Path, summary: Path) -> str:
    lines = [
        f"Imported {escape(str(file))}: {result.rows} rows; created {result.created}, "
        f"unchanged {result.unchanged}, done by an earlier run {result.done_before}, "
        f"different {len(result.different)}, failed {len(result.failed)} "
        f"({result.seconds:.1f} s, {result.path}).",
    ]
    lines += [
        f"  different: line {d['line']} {escape(str(d['uniqueId']))}: "
        + ", ".join(escape(str(name)) for name in d["fields"])  # type: ignore[attr-defined]
        for d in result.different[:20]
    ]
    lines += [
        f"  failed: line {p.line} {escape(p.unique_id)}: {escape(p.reason)}"
        for p in result.failed[:20]
    ]
    lines.append(f"Summary: {escape(str(summary))}; journal: {escape(str(result.journal))}")
    return "\n".join(lines)


@app.command("export")
@tenant_command
def export_devices(
    connection: Connection,
    output: Output,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="Where to write the devices.")],
    *,
    format: Annotated[Format, typer.Option("--format", help="CSV or JSON Lines.")] = Format.csv,
    fields: Annotated[
        str,
        typer.Option(
            help="Comma-separated fields: the import's columns, or any of a device's "
            "(list fields cost nothing more, others a request per device)."
        ),
    ] = ",".join(COLUMNS),
    concurrency: ConcurrencyOption = 8,
) -> None:
    """Write every device to FILE, streaming; the default fields import back."""
    chosen = [name.strip() for name in fields.split(",") if name.strip()]
    if not chosen:
        usage_error("--fields names no field")
    with connection.session() as iot, _bar("exporting") as update:
        written = iot.devices.export(
            file, format=format.value, fields=chosen, concurrency=concurrency, progress=update
        )
    output.done(
        f"Exported {written} devices to {escape(str(file))} ({format.value}: {', '.join(chosen)}).",
        {"devices": written, "file": str(file), "format": format.value, "fields": chosen},
    )
