"""The mock's whole state, read beside it: every table of its database file, rules and clock."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import httpx

__all__ = ["integrity", "snapshot"]


def _tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    # Read-only, through SQLite (not by copying the file), so WAL content is seen too.
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        names = [
            str(row[0])
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            # Names come from sqlite_master, not from outside.
            name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)  # noqa: S608
            for name in sorted(names)
        }
    finally:
        conn.close()


def snapshot(db: Path, url: str) -> dict[str, Any]:
    """Every row of every table, and the fault rules and clock the mock reports."""
    with httpx.Client(base_url=url, timeout=10) as client:
        rules = client.get("/_mock/faults").json()["data"]
        clock = client.get("/_mock/clock").json()["data"]["offsetSeconds"]
    return {"tables": _tables(db), "fault rules": rules, "clock offset": clock}


def integrity(db: Path) -> str:
    """``PRAGMA integrity_check`` of the file: ``"ok"`` or what is wrong."""
    conn = sqlite3.connect(db, timeout=10)
    try:
        return "; ".join(str(row[0]) for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()
