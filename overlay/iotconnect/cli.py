"""The ``iotconnect`` command: an assembly of sub-command apps, each defined elsewhere or below.

    iotconnect mock serve          the stateful mock (iotconnect_mock.cli)
    iotconnect devices list        one line per device of the user in IOTC_* settings
    iotconnect whoami              the claims of the user's access token

Device commands read the vendor CLI's environment variables (see ``IoTConnect.from_env``) and
use public names only, as any user script would.
"""

from __future__ import annotations

import typer

from iotconnect_client.api.device import list_devices
from iotconnect_client.models import DeviceListResponse
from iotconnect_client.types import UNSET
from iotconnect_mock.cli import app as mock_app

from .client import IoTConnect
from .errors import IoTConnectError, unwrap

__all__ = ["app", "main"]

# Locals in tracebacks could show credentials, so Typer's pretty tracebacks go without them.
app = typer.Typer(
    name="iotconnect",
    help="IoTConnect REST API tools.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
devices_app = typer.Typer(name="devices", help="Devices of the IOTC_* user.", no_args_is_help=True)
app.add_typer(mock_app, name="mock")
app.add_typer(devices_app, name="devices")


@devices_app.command("list")
def list_command(
    unique_id: str | None = typer.Option(None, help="Case-insensitive part of the unique id."),
    page_size: int = typer.Option(100, min=1, max=1000, help="Devices per request."),
) -> None:
    """Print unique id, display name and state of every matching device, tab-separated."""
    with _session() as iot:
        page_number = 1
        while True:
            page = unwrap(
                list_devices.sync_detailed(
                    client=iot.device,
                    page_number=page_number,
                    page_size=page_size,
                    unique_id=unique_id or UNSET,
                )
            )
            rows = page.data if isinstance(page, DeviceListResponse) else []
            for device in rows:
                state = "active" if device.is_active else "inactive"
                typer.echo(f"{device.unique_id}\t{device.display_name}\t{state}")
            # AWS reports count -1, so a short page is the only reliable end (api-facts).
            if len(rows) < page_size:
                break
            page_number += 1


@app.command()
def whoami() -> None:
    """Print the user, company and entity of the IOTC_* user's access token."""
    with _session() as iot:
        claims = iot.claims
    for name in ("user_id", "company_id", "entity_guid", "solution_guid", "cp_id", "role_name"):
        typer.echo(f"{name}\t{getattr(claims, name) or ''}")


def _session() -> IoTConnect:
    try:
        return IoTConnect.from_env()
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def main() -> None:
    """Entry point of the ``iotconnect`` console script."""
    try:
        app()
    except IoTConnectError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise SystemExit(1) from None
