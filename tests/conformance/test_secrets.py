"""No secret in anything a run writes: console, event logs, reports, scratch files.

A whole write session against a mock with credentials of its own (not the published demo ones)
and a second tenant. The mock is watched so that the test knows every token it issued. Then every
file the run wrote is searched for every secret, raw, URL-encoded and inside base64 bodies.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest

import iotconnect_mock
from iotconnect_conformance import Options, Target, run

from .conftest import PEER, PEER_TENANT, Issued, watched

pytestmark = pytest.mark.slow

_USER = "qa.lead@tenant.example"
_PASSWORD = "Tenant-Pa55word/with=odd+chars"  # characters that URL-encoding changes
_KEY = base64.b64encode(b"tenant-solution-key/2026+").decode()  # '/', '+' and '=' in it
_BASE64 = re.compile(r'"\$base64": "([A-Za-z0-9+/=]*)"')


def _forms(secret: str) -> set[str]:
    return {secret, quote(secret, safe=""), quote(secret), quote(secret, safe="").lower()}


def _readable(path: Path) -> str:
    """A file's text, with every base64 body of an event log decoded after it."""
    text = path.read_text(encoding="utf-8", errors="replace")
    decoded = []
    for match in _BASE64.finditer(text):
        try:
            decoded.append(base64.b64decode(match.group(1)).decode("utf-8", errors="replace"))
        except binascii.Error:
            continue
    return "\n".join([text, *decoded])


def test_no_secret_in_anything_the_run_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)

    issued = Issued()
    app = watched(
        iotconnect_mock.create_app(
            users=[f"{_USER}:{_PASSWORD}"], solution_key=_KEY, tenants=PEER_TENANT
        ),
        issued,
    )
    out = io.StringIO()
    with iotconnect_mock.serve_in_thread(app) as origin:
        base = f"{origin}/api/v2.1"
        target = Target(_USER, _PASSWORD, _KEY, auth_url=base, device_url=base, peer=PEER)
        options = Options(report=Path("reports/conformance.xml"), allow_writes=True, max_examples=8)
        outcome = run(target, options, out=out)

    assert outcome.status == 0, out.getvalue()
    # The session really carried every secret: logins with the real password, discovery by the
    # solution key in its path, tokens issued and refreshed, an expired one.
    summary = outcome.summary
    assert summary.successes["POST /Auth/login"] > 0
    assert summary.successes["POST /Auth/refresh-token"] > 0
    assert summary.successes["GET /api/uisdk/solutionkey/{solutionKey}/env/{env}"] > 0
    assert len(issued.access) > 10
    assert len(issued.refresh) > 10
    assert issued.basic

    secrets = [_PASSWORD, _KEY, PEER.password, PEER.solution_key]
    secrets += [*issued.access, *issued.refresh, *issued.basic]
    written = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert {p.name for p in written} >= {
        "conformance.xml",
        "conformance.all-operations.ndjson",
        "conformance.all-operations.log",
    }
    texts = {str(path): _readable(path) for path in written}
    texts["console"] = out.getvalue()
    for where, text in texts.items():
        for secret in secrets:
            for form in _forms(secret):
                assert form not in text, f"a secret ({len(secret)} characters) is in {where}"
    # The scratch directory is gone with everything in it.
    assert list(scratch.iterdir()) == []
