"""``iotconnect commands ...`` against the mock."""

from __future__ import annotations

from .conftest import Tenant, one_error_line, parsed


def test_send_and_history(tenant: Tenant) -> None:
    sent = tenant.run("commands", "send", "demo-sensor-02", "set-interval", "60")
    assert sent.exit_code == 0, sent.output
    assert sent.stdout == "Sent 'set-interval 60' to demo-sensor-02.\n"
    history = parsed(tenant.run("commands", "history", "--device", "demo-sensor-02", "--json"))
    assert [(e["cmdText"], e["status"]) for e in history] == [("set-interval 60", "Sent")]
    table = tenant.run("commands", "history", "--search", "interval")
    header, *rows = table.stdout.splitlines()
    assert header.split() == ["DEVICE", "COMMAND", "STATUS", "WHEN", "GUID"]
    assert [row.split()[0] for row in rows] == ["demo-sensor-02", "demo-sensor-04"]
    missing = tenant.run("commands", "send", "demo-sensor-02", "set-interval")
    assert missing.exit_code == 1
    assert "parameterValue" in one_error_line(missing)


def test_history_by_capability_uses_the_post_form(tenant: Tenant) -> None:
    for n in range(3):
        assert (
            tenant.run("commands", "send", "demo-sensor-02", "set-interval", str(n)).exit_code == 0
        )
    every = tenant.run(
        "commands",
        "history",
        "--device",
        "demo-sensor-02",
        "--capability",
        "0",
        "--all",
        "--page-size",
        "2",
        "--json",
    )
    assert [e["cmdText"] for e in parsed(every)] == [f"set-interval {n}" for n in (2, 1, 0)]
    both = tenant.run("commands", "history", "--capability", "0", "--search", "interval")
    assert both.exit_code == 1
    assert "search_text" in one_error_line(both)
