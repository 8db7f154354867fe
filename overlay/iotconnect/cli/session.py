"""``iotconnect login``, ``logout`` and ``whoami``: the session kept between commands.

The API has no logout: tokens run out on their own. ``login`` logs in and keeps the tokens in
the file token store (:class:`~iotconnect.FileTokenStore`, readable by the user only), where
later commands find them and log in no more; ``logout`` deletes them.
"""

from __future__ import annotations

from typing import Any

import typer

from ..tokens import FileTokenStore
from .command import tenant_command
from .connection import Connection, SessionStore
from .output import Output, escape

__all__ = ["app"]

app = typer.Typer()


@app.command("login")
@tenant_command
def login(connection: Connection, output: Output) -> None:
    """Log in and keep the session, so that later commands log in no more."""
    store = SessionStore(FileTokenStore(), keep=True)
    with connection.session(store=store) as iot:
        auth = iot.token_auth
        store.delete(auth.key)  # a fresh login, even over a kept session
        auth.token()
    where = store.files.directory
    output.done(
        f"Logged in as {escape(iot.username)} at {escape(auth.auth_url)}; the session is kept "
        f"in {escape(str(where))} until 'iotconnect logout'.",
        {"username": iot.username, "authUrl": auth.auth_url, "tokenStore": str(where)},
    )


@app.command("logout")
@tenant_command
def logout(connection: Connection, output: Output) -> None:
    """Forget the session login kept (IOTC_PASS is not needed)."""
    store = SessionStore(FileTokenStore(), keep=False)
    with connection.session(store=store, password="") as iot:
        auth = iot.token_auth
        kept = store.kept(auth.key)
        store.delete(auth.key)
    user = f"{escape(iot.username)} at {escape(auth.auth_url)}"
    output.done(
        f"Logged out: forgot the session of {user}." if kept else f"No session kept for {user}.",
        {"username": iot.username, "authUrl": auth.auth_url, "forgotten": kept},
    )


# The claims as the token's ``user`` object names them.
_CLAIMS = (
    ("user id", "user_id", "id"),
    ("company", "company_id", "companyId"),
    ("entity", "entity_guid", "entityGuid"),
    ("solution", "solution_guid", "solutionGuid"),
    ("cpId", "cp_id", "cpId"),
    ("role", "role_name", "roleName"),
)


@app.command("whoami")
@tenant_command
def whoami(connection: Connection, output: Output) -> None:
    """Show the user, company, entity and role of the session's access token."""
    store = SessionStore(FileTokenStore(), keep=False)
    with connection.session(store=store) as iot:
        claims = iot.claims
        kept = store.kept(iot.token_auth.key)
    values = {label: getattr(claims, attribute) for label, attribute, _ in _CLAIMS}
    expires = claims.expires_at
    fields = [
        ("user", iot.username),
        *values.items(),
        ("token expires", expires),
        ("session", "kept ('iotconnect logout' forgets it)" if kept else "this command's only"),
    ]
    document: dict[str, Any] = {"username": iot.username}
    document |= {name: values[label] for label, _, name in _CLAIMS}
    document["exp"] = None if expires is None else int(expires.timestamp())
    output.record(fields, document)
