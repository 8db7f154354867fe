"""What a session shows of its requests: the ``iotconnect.http`` lines, the event hooks in their
order, the User-Agent as the service receives it, the ``IOTCONNECT_LOG`` switch, and no secret
in any line or event, in any encoding."""

from __future__ import annotations

import base64
import logging
import platform
import re
from collections.abc import Awaitable, Callable, Iterator

import httpx
import pytest

from iotconnect import (
    Event,
    EventHooks,
    IoTConnect,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
    Timeout,
    TransportError,
    default_user_agent,
    log_to_stderr,
)
from iotconnect import logs as iotconnect_logs
from iotconnect.redaction import MASK
from iotconnect_client.api.device import list_devices

from .fakes import PASSWORD, SOLUTION_KEY, FakeClock, FakeService, leaks, unavailable

MakeIoT = Callable[..., IoTConnect]
DISCOVERY = "https://discovery.example.test"
DEVICE_LINE = "GET device.example.test/api/v2.1/Device"


@pytest.fixture(autouse=True)
def no_stderr_handler() -> Iterator[None]:
    """Leave the ``iotconnect`` logger as the test found it."""
    logger = logging.getLogger("iotconnect")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


def http_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "iotconnect.http"]


def discovered(make_iot: MakeIoT, **kwargs: object) -> IoTConnect:
    return make_iot(
        auth_url=None, device_url=None, environment="poc", discovery_url=DISCOVERY, **kwargs
    )


def test_a_line_per_request_and_per_retry(
    make_iot: MakeIoT, service: FakeService, caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.INFO, logger="iotconnect")
    service.device_replies = [unavailable("2")]
    with discovered(make_iot) as iot:
        assert list_devices.sync_detailed(client=iot.device).status_code == 200
    assert http_lines(caplog) == [
        f"GET discovery.example.test/api/uisdk/solutionkey/{MASK}/env/poc -> 200 (attempt 1, 0 ms)",
        "GET auth.example.test/api/v2.1/Auth/basic-token -> 200 (attempt 1, 0 ms)",
        "POST auth.example.test/api/v2.1/Auth/login -> 200 (attempt 1, 0 ms)",
        "GET device.example.test/api/v2.1/Device -> 503 (attempt 1, 0 ms); "
        "retrying (1/3) in 2.00 s",
        "GET device.example.test/api/v2.1/Device -> 200 (attempt 2, 0 ms)",
    ]
    assert sleeps == [2.0]
    retry, last = (r for r in caplog.records if "/Device" in r.getMessage())
    assert (retry.levelno, last.levelno) == (logging.INFO, logging.INFO)
    assert vars(last) | {"http_method": "GET"} == vars(last)
    assert (last.http_url, last.http_status, last.attempt, last.elapsed_ms) == (  # type: ignore[attr-defined]
        "device.example.test/api/v2.1/Device",
        200,
        2,
        0,
    )


def test_the_line_says_how_long_the_attempt_took(
    make_iot: MakeIoT, service: FakeService, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="iotconnect.http")

    def slow(request: httpx.Request) -> httpx.Response:
        clock.advance(0.25)
        return httpx.Response(200, json={"data": [], "status": 200, "count": 0})

    with make_iot() as iot:
        iot.token_auth.token()
        caplog.clear()
        service.device_replies = [slow]
        list_devices.sync_detailed(client=iot.device, unique_id=PASSWORD)
    assert http_lines(caplog) == [f"{DEVICE_LINE} -> 200 (attempt 1, 250 ms)"]


def test_failures_without_a_reply_are_named_by_their_error(
    make_iot: MakeIoT, service: FakeService, caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.INFO, logger="iotconnect.http")
    with make_iot(max_retries=2) as iot:
        iot.token_auth.token()
        caplog.clear()
        service.device_replies = [httpx.ConnectError("refused")] * 3
        with pytest.raises(TransportError):
            list_devices.sync_detailed(client=iot.device)
    line = f"{DEVICE_LINE} -> ConnectError"
    assert http_lines(caplog) == [
        f"{line} (attempt 1, 0 ms); retrying (1/2) in 0.00 s",
        f"{line} (attempt 2, 0 ms); retrying (2/2) in 0.00 s",
        f"{line} (attempt 3, 0 ms)",
    ]


def test_a_deadline_that_ends_the_call_between_attempts_has_its_line(
    make_iot: MakeIoT, service: FakeService, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="iotconnect.http")
    with make_iot(deadline=0.1) as iot:
        iot.token_auth.token()
        caplog.clear()
        service.device_replies = [unavailable("5")]
        with pytest.raises(Timeout):  # the pause is cut to what is left of the 0.1 s
            list_devices.sync_detailed(client=iot.device)
    # The wait is what was left of the deadline: under 0.1 s by however long the reply took.
    assert [re.sub(r"in 0\.\d\d s", "in 0.0N s", line) for line in http_lines(caplog)] == [
        f"{DEVICE_LINE} -> 503 (attempt 1, 0 ms); retrying (1/3) in 0.0N s",
        f"{DEVICE_LINE} -> Timeout before attempt 2",
    ]


def test_no_line_reaches_the_last_resort_handler(
    make_iot: MakeIoT, service: FakeService, sleeps: list[float]
) -> None:
    # With logging not configured, Python prints WARNING and above anyway: none of ours.
    handler = Collect(logging.WARNING)
    logging.getLogger("iotconnect").addHandler(handler)
    service.device_replies = [unavailable(), httpx.ConnectError("refused")]
    with make_iot() as iot:
        list_devices.sync_detailed(client=iot.device)
    assert handler.records == []
    logging.getLogger("iotconnect.http").warning("seen")  # the handler does work
    assert [r.getMessage() for r in handler.records] == ["seen"]


class Collect(logging.Handler):
    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def recorder(seen: list[tuple[object, ...]], tag: str = "") -> EventHooks[None]:
    def note(event: Event) -> None:
        seen.append(summary(event, tag))

    return EventHooks(request=[note], response=[note], retry=[note])


def async_recorder(seen: list[tuple[object, ...]]) -> EventHooks[Awaitable[None]]:
    async def note(event: Event) -> None:
        seen.append(summary(event, "async"))

    return EventHooks(request=[note], response=[note], retry=[note])


def summary(event: Event, tag: str) -> tuple[object, ...]:
    path = event.url.removeprefix("auth.example.test").removeprefix("device.example.test")
    if isinstance(event, RequestEvent):
        return (tag, "request", event.method, path, event.attempt)
    if isinstance(event, ResponseEvent):
        return (tag, "response", path, event.attempt, event.status, event.elapsed)
    return (
        tag,
        "retry",
        path,
        event.attempt,
        f"{event.retry}/{event.max_retries}",
        event.reason,
        event.status,
        event.wait,
    )


SESSION_EVENTS = [
    ("", "request", "GET", "/api/v2.1/Auth/basic-token", 1),
    ("", "response", "/api/v2.1/Auth/basic-token", 1, 200, 0.0),
    ("", "request", "POST", "/api/v2.1/Auth/login", 1),
    ("", "response", "/api/v2.1/Auth/login", 1, 200, 0.0),
    ("", "request", "GET", "/api/v2.1/Device", 1),
    ("", "response", "/api/v2.1/Device", 1, 503, 0.0),
    ("", "retry", "/api/v2.1/Device", 1, "1/3", "503", 503, 3.0),
    ("", "request", "GET", "/api/v2.1/Device", 2),
    ("", "retry", "/api/v2.1/Device", 2, "2/3", "ConnectError", None, 0.0),
    ("", "request", "GET", "/api/v2.1/Device", 3),
    ("", "response", "/api/v2.1/Device", 3, 200, 0.0),
]


def test_hooks_see_each_request_reply_and_retry_in_order(
    make_iot: MakeIoT, service: FakeService, sleeps: list[float]
) -> None:
    seen: list[tuple[object, ...]] = []
    service.device_replies = [unavailable("3"), httpx.ConnectError("refused")]
    with make_iot(event_hooks=recorder(seen), async_event_hooks=async_recorder(seen)) as iot:
        list_devices.sync_detailed(client=iot.device)
    assert seen == SESSION_EVENTS  # the async hooks have no loop to run on


async def test_async_calls_run_the_plain_hooks_then_the_async_ones(
    make_iot: MakeIoT, service: FakeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def no_sleep(seconds: float) -> None:
        pass

    monkeypatch.setattr("asyncio.sleep", no_sleep)
    seen: list[tuple[object, ...]] = []
    service.device_replies = [unavailable("3"), httpx.ConnectError("refused")]
    async with make_iot(
        event_hooks=recorder(seen, "sync"), async_event_hooks=async_recorder(seen)
    ) as iot:
        await list_devices.asyncio_detailed(client=iot.device)
    expected = [(tag, *rest) for _, *rest in SESSION_EVENTS for tag in ("sync", "async")]
    assert seen == expected


def test_a_request_hook_may_add_a_header(make_iot: MakeIoT, service: FakeService) -> None:
    def tag(event: RequestEvent) -> None:
        event.request.headers["X-Correlation-Id"] = f"c-{event.attempt}"

    with make_iot(event_hooks=EventHooks(request=[tag])) as iot:
        list_devices.sync_detailed(client=iot.device)
    assert [r.headers.get("X-Correlation-Id") for r in service.requests] == ["c-1"] * 3


def test_an_exception_from_a_hook_ends_the_call_with_it(
    make_iot: MakeIoT, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="iotconnect.http")

    def refuse(event: ResponseEvent) -> None:
        if event.url.endswith("/Device"):
            raise RuntimeError("not this one")

    with (
        make_iot(event_hooks=EventHooks(response=[refuse])) as iot,
        pytest.raises(RuntimeError, match="not this one"),
    ):
        list_devices.sync_detailed(client=iot.device)
    # The reply came: the line gives its status, not the hook's error.
    assert http_lines(caplog)[-1] == f"{DEVICE_LINE} -> 200 (attempt 1, 0 ms)"


def test_every_request_names_the_library_python_and_httpx(
    make_iot: MakeIoT, service: FakeService
) -> None:
    expected = rf"iotconnect-openapi/[\w.+]+ python/{re.escape(platform.python_version())} "
    expected += rf"httpx/{re.escape(httpx.__version__)}"
    assert re.fullmatch(expected, default_user_agent())
    with discovered(make_iot) as iot:
        list_devices.sync_detailed(client=iot.device)
    assert len(service.requests) == 4  # discovery, basic token, login, devices
    assert {r.headers["User-Agent"] for r in service.requests} == {default_user_agent()}


def test_the_user_agent_can_be_replaced(make_iot: MakeIoT, service: FakeService) -> None:
    with discovered(make_iot, user_agent=f"fleet-tool/2.0 {default_user_agent()}") as iot:
        list_devices.sync_detailed(client=iot.device)
    agents = {r.headers["User-Agent"] for r in service.requests}
    assert agents == {f"fleet-tool/2.0 {default_user_agent()}"}


def test_the_library_adds_no_handler_unless_asked(
    make_iot: MakeIoT, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IOTCONNECT_LOG", raising=False)
    monkeypatch.setattr(iotconnect_logs, "_asked", False)
    logger = logging.getLogger("iotconnect")
    before = list(logger.handlers)
    with make_iot() as iot:
        list_devices.sync_detailed(client=iot.device)
    assert logger.handlers == before


def test_the_variable_prints_the_lines_on_stderr(
    make_iot: MakeIoT, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("IOTCONNECT_LOG", "Info")
    monkeypatch.setattr(iotconnect_logs, "_asked", False)
    with make_iot() as iot:
        list_devices.sync_detailed(client=iot.device)
    lines = capsys.readouterr().err.splitlines()
    shown = [line.split(" ", 2)[2] for line in lines]  # after the date and time
    assert shown == [
        "INFO iotconnect.http: GET auth.example.test/api/v2.1/Auth/basic-token -> 200 "
        "(attempt 1, 0 ms)",
        "INFO iotconnect.http: POST auth.example.test/api/v2.1/Auth/login -> 200 (attempt 1, 0 ms)",
        "INFO iotconnect.http: GET device.example.test/api/v2.1/Device -> 200 (attempt 1, 0 ms)",
    ]
    # Once per process: a second session adds no second handler.
    with make_iot() as iot:
        list_devices.sync_detailed(client=iot.device)
    assert len(capsys.readouterr().err.splitlines()) == 3


def test_code_switches_the_lines_on_and_off(
    make_iot: MakeIoT, capsys: pytest.CaptureFixture[str]
) -> None:
    log_to_stderr("debug")
    log_to_stderr("warning")  # the same handler, another level
    with make_iot() as iot:
        list_devices.sync_detailed(client=iot.device)
    assert capsys.readouterr().err == ""
    log_to_stderr("info")
    with make_iot() as iot:
        list_devices.sync_detailed(client=iot.device)
    assert len(capsys.readouterr().err.splitlines()) == 3


def test_an_unknown_level_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(iotconnect_logs, "_asked", False)
    with pytest.warns(UserWarning, match="IOTCONNECT_LOG='loud' is not one of debug, info"):
        iotconnect_logs.log_to_stderr_if_asked({"IOTCONNECT_LOG": "loud"})
    assert not logging.getLogger("iotconnect").handlers


def not_found(request: httpx.Request) -> httpx.Response:
    error = [{"param": "DeviceNotFound", "message": "Device not found"}]
    return httpx.Response(409, json={"status": 409, "message": "Device not found", "error": error})


def test_no_secret_in_any_line_or_event(
    make_iot: MakeIoT,
    service: FakeService,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    sleeps: list[float],
) -> None:
    caplog.set_level(logging.DEBUG, logger="iotconnect")
    events: list[Event] = []
    hooks = EventHooks(request=[events.append], response=[events.append], retry=[events.append])
    with discovered(make_iot, event_hooks=hooks) as iot:
        list_devices.sync_detailed(client=iot.device)
        clock.advance(250)  # a refresh
        service.device_replies = [unavailable(), httpx.ConnectError(f"refused {PASSWORD}")]
        # Secrets where a path or a query holds them.
        list_devices.sync_detailed(client=iot.device, unique_id=SOLUTION_KEY)
        service.device_replies = [not_found, not_found]
        assert iot.devices.find(PASSWORD) is None
        assert iot.devices.find(service.issued[-1]) is None
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    texts = [formatter.format(r) for r in caplog.records]
    texts += [repr(r.args) for r in caplog.records]
    texts += [repr(vars(r)) for r in caplog.records]
    texts += [f"{e.method} {e.url}" for e in events]
    texts += [e.reason for e in events if isinstance(e, RetryEvent)]
    assert len(texts) > 40
    assert service.counts["/Auth/refresh-token"] == 1
    assert any(MASK in text for text in texts)  # they were there, and masked
    assert leaks([f"x {base64.b64encode(PASSWORD.encode()).decode()}"], [PASSWORD])
    assert leaks(texts, service.secrets) == []
