"""Errors of the API and the connection: one line on stderr and exit 1, a traceback only with
``--debug``, and never a secret, even from a server that echoes every secret it is sent."""

from __future__ import annotations

import json
from typing import Any

import pytest

from iotconnect import IoTConnectError, cli
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, create_app

from ..overlay.hostile import PASSWORD, SOLUTION_KEY, USERNAME, document, hostile
from .conftest import Env, Tenant, in_process, one_error_line, run, serving


@pytest.mark.slow
def test_a_dropped_connection_is_one_line(clean_env: Env) -> None:
    with serving(clean_env) as tenant:  # a real socket, really cut
        tenant.control("/_mock/faults", {"kind": "drop", "path": "/Device"})
        result = tenant.run("devices", "list")  # after the retries
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "GET 127.0.0.1:" in line
    assert "/api/v2.1/Device" in line


def test_the_traceback_comes_with_debug_only(tenant: Tenant) -> None:
    wrong = {"IOTC_DEVICE_URL": f"{tenant.base}/api/v9"}
    result = tenant.run("devices", "count", **wrong)
    assert result.exit_code == 1
    line = one_error_line(result)
    assert line.startswith("error: 404 ")
    assert line.endswith("(check --auth-url and --device-url)")

    debug = tenant.run("devices", "count", "--debug", **wrong)
    assert debug.exit_code == 1
    assert debug.stdout == ""
    assert debug.stderr.startswith("Traceback (most recent call last):")
    assert "iotconnect.errors.EndpointNotFound" in debug.stderr
    assert debug.stderr.splitlines()[-1] == line


class Echoing:
    """The mock behind a proxy that answers, when ``on`` matches the path, with an error whose
    message quotes the request's headers and body: every credential and token it carried."""

    def __init__(self, on: str, status: int) -> None:
        self.app = create_app()
        self.on = on
        self.status = status
        self.echoed: list[str] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or self.on not in scope["path"]:
            await self.app(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = [value.decode() for _, value in scope["headers"]]
        self.echoed += [
            value.decode().split()[-1]  # the token of "Bearer <token>" and "Basic <token>"
            for name, value in scope["headers"]
            if name in (b"authorization", b"solution-key")
        ]
        text = f"refused: {' | '.join(headers)} | {body.decode()}"
        reply = {"status": self.status, "message": text, "error": [{"param": "x", "message": text}]}
        await send(
            {
                "type": "http.response.start",
                "status": self.status,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": json.dumps(reply).encode()})


@pytest.mark.parametrize(
    ("on", "status", "command"),
    [
        ("/Auth/login", 401, ["login"]),  # the password, the solution key, the basic token
        ("/Device", 412, ["devices", "list"]),  # the bearer token
        ("/Device", 412, ["devices", "delete", "--unique-id", "demo-gw-01", "--yes"]),
    ],
)
def test_no_secret_in_any_output(
    clean_env: Env, monkeypatch: pytest.MonkeyPatch, on: str, status: int, command: list[str]
) -> None:
    proxy = Echoing(on, status)
    with in_process(clean_env, monkeypatch, app=proxy) as tenant:
        results = [tenant.run(*command), tenant.run(*command, "--debug")]
    secrets = {DEMO_PASSWORD, DEMO_SOLUTION_KEY, *proxy.echoed}
    assert len(secrets) > 2  # the proxy did see, and echo, a token
    for result in results:
        assert result.exit_code == 1
        assert "refused" in result.stderr
        for secret in secrets:
            assert secret not in result.output
    assert "Traceback" in results[1].stderr


@pytest.mark.slow  # a hostile server on a socket
def test_debug_prints_a_servers_control_characters_escaped(clean_env: Env) -> None:
    # A hostile server's error message that retitles the terminal and clears it: before, the
    # --debug traceback wrote it raw.
    message = "Boom\x1b]0;pwned\x07\x1b[2J\r\x9b31m"
    reply = document({"status": 500, "message": message}, status=500)
    with hostile(lambda method, path, query: reply) as (url, _):
        env = clean_env | {
            "IOTC_USER": USERNAME,
            "IOTC_PASS": PASSWORD,
            "IOTC_SKEY": SOLUTION_KEY,
            "IOTC_AUTH_URL": url,
            "IOTC_DEVICE_URL": url,
        }
        result = run(["devices", "count", "--debug"], env)
    assert result.exit_code == 1
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert (
        "iotconnect.errors.ApiError: 500 Boom\\x1b]0;pwned\\x07\\x1b[2J\\r\\x9b31m" in result.stderr
    )
    assert not set(result.stderr) & {"\x1b", "\x07", "\r", "\x9b"}


def test_an_error_outside_every_command_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``main``'s own net, for an error no command's boundary caught."""

    def escaping() -> None:
        raise IoTConnectError("escaped every boundary")

    monkeypatch.setattr(cli, "app", escaping)
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == 1
    assert capsys.readouterr() == ("", "error: escaped every boundary\n")
