"""``login`` keeps the session in the file token store and later commands log in no more;
``logout`` forgets it; ``whoami`` shows the token's claims. Logins counted on the mock."""

from __future__ import annotations

import stat

from iotconnect_mock import DEMO_USERNAME

from .conftest import Tenant, one_error_line, parsed, record


def test_login_keeps_the_session_until_logout(tenant: Tenant) -> None:
    # Without a kept session, every command logs in, and leaves nothing on disk.
    for _ in range(2):
        assert tenant.run("devices", "count").exit_code == 0
    assert tenant.logins == 2
    assert not tenant.state.exists()

    login = tenant.run("login")
    assert login.exit_code == 0, login.output
    assert login.stdout.startswith(f"Logged in as {DEMO_USERNAME} at {tenant.base}/api/v2.1;")
    assert str(tenant.state) in login.stdout
    assert tenant.logins == 3
    (kept,) = tenant.state.glob("token-*.json")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600

    for args in (["devices", "list"], ["devices", "count"], ["templates", "list"], ["whoami"]):
        assert tenant.run(*args).exit_code == 0
    assert tenant.logins == 3  # the kept session served them all
    assert "session        kept" in tenant.run("whoami").stdout

    logout = tenant.run("logout", IOTC_PASS=None)  # forgetting needs no password
    assert (
        logout.stdout
        == f"Logged out: forgot the session of {DEMO_USERNAME} at {tenant.base}/api/v2.1.\n"
    )
    assert not kept.exists()
    assert tenant.run("devices", "count").exit_code == 0
    assert tenant.logins == 4  # logged in again, and not kept
    assert "No session kept" in tenant.run("logout").stdout


def test_login_again_starts_a_fresh_session(tenant: Tenant) -> None:
    assert tenant.run("login").exit_code == 0
    assert tenant.run("login").exit_code == 0
    assert tenant.logins == 2
    assert len(list(tenant.state.glob("token-*.json"))) == 1


def test_a_refused_login_keeps_nothing(tenant: Tenant) -> None:
    result = tenant.run("login", IOTC_PASS="wrong-password")
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "login refused" in line
    assert "(check IOTC_USER, IOTC_PASS and IOTC_SKEY)" in line
    assert list(tenant.state.glob("token-*.json")) == []


def test_whoami(tenant: Tenant) -> None:
    lines = record(tenant.run("whoami"))
    assert f"user           {DEMO_USERNAME}" in lines
    assert "role           Admin" in lines
    assert "session        this command's only" in lines
    claims = parsed(tenant.run("whoami", "--json"))
    assert claims["username"] == DEMO_USERNAME
    assert claims["roleName"] == "Admin"
    assert set(claims) == {
        "username",
        "id",
        "companyId",
        "entityGuid",
        "solutionGuid",
        "cpId",
        "roleName",
        "exp",
    }
    assert isinstance(claims["exp"], int)


def test_a_kept_session_is_renewed_in_place(tenant: Tenant) -> None:
    assert tenant.run("login").exit_code == 0
    (kept,) = tenant.state.glob("token-*.json")
    before = kept.read_text()
    # The mock's clock jumps past the token's day: the next command is refused, refreshes,
    # and keeps the renewed tokens where login put them.
    tenant.control("/_mock/clock/advance", {"seconds": 90_000})
    assert tenant.run("devices", "count").exit_code == 0
    assert kept.read_text() != before
    assert tenant.run("devices", "count").exit_code == 0
    assert tenant.logins == 1
