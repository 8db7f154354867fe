"""The README's Python examples run against the mock and pass ``mypy --strict`` as written.

The examples name made-up or local hosts and credentials; to run them, ``IoTConnect`` is
swapped for a subclass that points every session at a mock served on a loopback port.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import mypy.api
import pytest

import iotconnect
from iotconnect_mock import (
    DEMO_PASSWORD,
    DEMO_SOLUTION_KEY,
    DEMO_USERNAME,
    create_app,
    serve_in_thread,
)

ROOT = Path(__file__).parents[2]
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.DOTALL)


def test_the_readme_has_examples() -> None:
    assert len(BLOCKS) >= 3
    assert all("iot." in block for block in BLOCKS)


@pytest.mark.slow
def test_the_examples_run_against_the_mock(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # the onboarding example writes a device's files
    with serve_in_thread(create_app()) as base:

        class AtTheMock(iotconnect.IoTConnect):
            def __init__(self, **settings: Any) -> None:
                super().__init__(
                    **settings
                    | {
                        "username": DEMO_USERNAME,
                        "password": DEMO_PASSWORD,
                        "solution_key": DEMO_SOLUTION_KEY,
                        "environment": None,
                        "auth_url": f"{base}/api/v2.1",
                        "device_url": f"{base}/api/v2.1",
                        "user_url": f"{base}/api/v2.1",
                    }
                )

        monkeypatch.setattr(iotconnect, "IoTConnect", AtTheMock)
        for number, block in enumerate(BLOCKS):
            code = compile(block, f"README.md, python block {number + 1}", "exec")
            exec(code, {"__name__": f"readme_{number}"})  # noqa: S102 - our own README
    printed = capsys.readouterr().out
    assert "demo-gw-01 Gateway 1" in printed
    assert "('DeviceAlreadyInactive',)" in printed
    assert "no-such-device does not exist" in printed
    # Bring a device online: onboarded, acquired, connected, its desired twin versioned.
    assert "-camera-7 iotcDeviceConfig.json" in printed
    assert "connected: True" in printed
    assert "reportingInterval 30 1 None" in printed
    assert (tmp_path / "camera-7" / "camera-7.key.pem").stat().st_mode & 0o777 == 0o600
    assert "boiler ['purge', 'set-point']" in printed  # the fleet walk-through
    assert "boiler-1 set-point 72 Sent" in printed
    assert printed.count(" purge Pending") == 3


@pytest.mark.slow
def test_the_examples_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for number, block in enumerate(BLOCKS):
        path = tmp_path / f"readme_{number}.py"
        path.write_text(block)
        files.append(str(path))
    config = str(ROOT / "pyproject.toml")
    report, errors, status = mypy.api.run(["--strict", "--config-file", config, *files])
    assert status == 0, report + errors
