"""Tables for people: control characters escaped, rich markup shown as typed, no trailing
blanks; values shown plainly."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from iotconnect import ApiError
from iotconnect.cli.output import Output, escape, shown
from iotconnect_client.types import UNSET

HOSTILE = "Tab\there\nnew line\r\x1b[31mred\x1b[0m\x07\x7f\x9b2J\u2028\u202egnp.exe"


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a\tb", "a\\tb"),
        ("a\nb\r", "a\\nb\\r"),
        ("\x1b[31mred", "\\x1b[31mred"),
        ("bell\x07 del\x7f csi\x9b", "bell\\x07 del\\x7f csi\\x9b"),
        ("line\u2028separator", "line\\u2028separator"),
        ("\u202eright-to-left", "\\u202eright-to-left"),
        ("Kessel Nr. 7 ü 漢字 🌡️", "Kessel Nr. 7 ü 漢字 🌡️"),
        ("[bold]not markup[/]", "[bold]not markup[/]"),
    ],
)
def test_escape(text: str, escaped: str) -> None:
    assert escape(text) == escaped


def test_shown() -> None:
    assert shown(None) == shown(UNSET) == ""
    assert (shown(True), shown(False)) == ("yes", "no")
    assert shown(datetime(2026, 5, 1, 8, 30, 15, 123456, tzinfo=UTC)) == "2026-05-01T08:30:15+00:00"
    assert shown(HOSTILE) == escape(HOSTILE)


def test_a_hostile_value_keeps_its_row(capsys: pytest.CaptureFixture[str]) -> None:
    rows = [("one", HOSTILE, True), ("two", "[bold red]plain[/]", False)]
    Output(json=False, debug=False).table(("ID", "NAME", "ACTIVE"), rows, list)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[0].split() == ["ID", "NAME", "ACTIVE"]
    assert lines[1].startswith("one  ")
    assert lines[1].endswith("yes")
    assert escape(HOSTILE) in lines[1]
    assert "[bold red]plain[/]" in lines[2]
    text = "\n".join(lines)
    assert not any(char in text for char in "\t\r\x1b\x07\x7f\x9b\u2028\u202e")
    assert all(line == line.rstrip() for line in lines)


def test_json_prints_the_document_only(capsys: pytest.CaptureFixture[str]) -> None:
    Output(json=True, debug=False).table(("NAME",), [("x",)], lambda: [{"displayName": HOSTILE}])
    out = capsys.readouterr().out
    assert json.loads(out) == [{"displayName": HOSTILE}]
    assert out.isascii()
    assert out.count("\n") == 5  # the control characters are JSON escapes


def test_debug_escapes_what_the_server_wrote_in_the_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A 500 whose message clears the screen and rings the bell, as ApiError carries it.
    error = ApiError(500, "boom\x1b[2J\x07 \x9b31m", request="GET host/api/v2.1/Device")
    try:
        raise error
    except ApiError as raised:
        Output(json=False, debug=True).error(raised)
    stderr = capsys.readouterr().err
    assert stderr.startswith("Traceback (most recent call last):")
    assert not set(stderr) & {"\x1b", "\x07", "\x9b"}
    assert "boom\\x1b[2J\\x07 \\x9b31m" in stderr
    assert (
        stderr.splitlines()[-1]
        == "error: 500 boom\\x1b[2J\\x07 \\x9b31m (GET host/api/v2.1/Device)"
    )
