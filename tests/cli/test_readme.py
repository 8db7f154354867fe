"""The README's terminal session is what the commands print: its ``export`` lines are the
mock's banner, and pasted (with the live port) they drive the session, run in a directory that
holds the section's template file, whose every command prints what the README shows, GUIDs,
ports, times and the token store's directory aside."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from iotconnect_mock import MockSettings, create_app, serve_in_thread
from iotconnect_mock.cli import banner

from .conftest import Env, run

ROOT = Path(__file__).parents[2]
SECTION = (ROOT / "README.md").read_text().split("## The command line\n")[1].split("\n## ")[0]
BLOCKS = re.findall(r"```console\n(.*?)```", SECTION, re.DOTALL)
(TEMPLATE_FILE,) = re.findall(r"```json\n(.*?)```", SECTION, re.DOTALL)
README_BASE = "http://127.0.0.1:8000"
README_STATE = "~/.local/state/iotconnect"
_GUID = re.compile(
    r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"
)
_PORT = re.compile(r"127\.0\.0\.1:\d+")
_TIME = re.compile(r"\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)")


def _normal(text: str) -> list[str]:
    # Created devices get random GUIDs, the mock a free port, commands the time they were
    # sent: same-length stand-ins keep the columns where they are.
    text = _GUID.sub("00000000-0000-0000-0000-000000000000", text)
    text = _TIME.sub(lambda found: re.sub(r"\d", "0", found.group()), text)
    return [line.rstrip() for line in _PORT.sub("127.0.0.1:PORT", text).splitlines()]


def _transcript(block: str) -> list[tuple[str, list[str]]]:
    """Each ``$ command`` of a console block, with the lines it printed."""
    steps: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return steps


def test_the_section_has_the_banner_and_a_session() -> None:
    assert len(BLOCKS) == 2
    assert _transcript(BLOCKS[0])[0][0] == "iotconnect mock serve"
    assert len(_transcript(BLOCKS[1])) >= 8


def test_the_banner_ends_with_the_readme_lines() -> None:
    ((_, shown),) = _transcript(BLOCKS[0])
    assert shown[0] == "..."  # the README leaves out the URLs above
    printed = banner(README_BASE, MockSettings(), custom_users=False).splitlines()
    assert printed[-len(shown) + 1 :] == shown[1:]


def test_the_template_file_is_the_boiler_template_the_session_uses() -> None:
    document = json.loads(TEMPLATE_FILE)
    assert (document["code"], document["authType"]) == ("boiler", 5)


@pytest.mark.slow
def test_the_session_prints_what_the_readme_shows(
    clean_env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "boiler.json").write_text(TEMPLATE_FILE)
    monkeypatch.chdir(tmp_path)
    ((_, shown),) = _transcript(BLOCKS[0])
    exports = dict(
        line.split(None, 1)[1].split("=", 1) for line in shown if line.strip().startswith("export")
    )
    assert set(exports) == {
        "IOTC_AUTH_URL",
        "IOTC_DEVICE_URL",
        "IOTC_USER_URL",
        "IOTC_USER",
        "IOTC_PASS",
        "IOTC_SKEY",
    }
    state = str(Path(str(clean_env["XDG_STATE_HOME"])) / "iotconnect")
    with serve_in_thread(create_app()) as base:
        env = clean_env | {
            name: value.replace(README_BASE, base) for name, value in exports.items()
        }
        for command, expected in _transcript(BLOCKS[1]):
            args = shlex.split(command)
            assert args[0] == "iotconnect"
            printed = run(args[1:], env).output.replace(state, README_STATE)
            assert _normal(printed) == _normal("\n".join(expected)), command
