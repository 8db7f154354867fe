"""Entities in the mock (the user host's /Entity): a tree per tenant, visible to its own only."""

from __future__ import annotations

from .helpers import Session


async def test_each_tenant_sees_its_own_tree(session: Session, other_session: Session) -> None:
    mine = (await session.get("/Entity")).json()
    theirs = (await other_session.get("/Entity")).json()
    assert mine["count"] == len(mine["data"]) == 3
    roots = [e for e in mine["data"] if e["parentEntityGuid"] is None]
    assert [r["name"] for r in roots] == ["Demo Company HQ"]
    children = {e["name"]: e for e in mine["data"] if e["parentEntityGuid"] is not None}
    assert set(children) == {"Plant A", "Warehouse B"}
    assert {c["parentEntityGuid"] for c in children.values()} == {roots[0]["guid"]}
    assert children["Plant A"]["parentName"] == "Demo Company HQ"
    assert children["Plant A"]["deviceCount"] == 2  # the even demo devices
    # The other tenant has a tree of its own, with none of these GUIDs.
    assert len(theirs["data"]) == 3
    assert not {e["guid"] for e in mine["data"]} & {e["guid"] for e in theirs["data"]}


async def test_get_is_409_for_another_tenants_entity(
    session: Session, other_session: Session
) -> None:
    mine = (await session.get("/Entity")).json()["data"][0]
    reply = await session.get(f"/Entity/{mine['guid'].lower()}")
    assert reply.status_code == 200, reply.text
    detail = reply.json()["data"]
    assert len(detail) == 1
    assert detail[0]["guid"] == mine["guid"]
    assert detail[0]["name"] == mine["name"]
    hidden = await other_session.get(f"/Entity/{mine['guid']}")
    assert hidden.status_code == 409
    assert hidden.json()["error"][0]["param"] == "EntityNotFound"
    bad = await session.get("/Entity/not-a-guid")
    assert bad.status_code == 412
    assert bad.json()["error"][0]["param"] == "entityGuid"


async def test_entities_need_a_bearer(session: Session) -> None:
    reply = await session.client.get("/api/v2.1/Entity")
    assert reply.status_code == 401
