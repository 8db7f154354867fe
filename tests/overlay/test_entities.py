"""``iot.entities`` against the mock in process: list, get, find, root, entity names on create,
the async twins, and the user host as a base URL of its own."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

import pytest

from iotconnect import IoTConnect, IoTConnectError, NotFound

from .inprocess import BASE, InProcess, demo_session

USER_HOST = "http://user.mock.test/api/v2.1"


@pytest.fixture
def iot(mock: InProcess) -> Iterator[IoTConnect]:
    with demo_session(mock, user_url=USER_HOST) as session:
        yield session


def test_list_get_find_root(iot: IoTConnect) -> None:
    every = iot.entities.list()
    assert sorted(e.name for e in every) == ["Demo Company HQ", "Plant A", "Warehouse B"]
    root = iot.entities.root()
    assert root.name == "Demo Company HQ"
    assert root.parent_entity_guid is None
    assert root.guid == UUID(str(iot.claims.entity_guid))
    plant = iot.entities.find("plant a")  # names match ignoring case
    assert plant is not None
    assert plant.parent_entity_guid == root.guid
    assert iot.entities.find("Nowhere") is None
    detail = iot.entities.get(str(plant.guid).lower())
    assert (detail.guid, detail.name) == (plant.guid, "Plant A")
    with pytest.raises(NotFound):
        iot.entities.get(UUID(int=1))


def test_entities_go_to_the_user_host(iot: IoTConnect, mock: InProcess) -> None:
    iot.entities.list()
    hosts = [key for key in mock.counts if key.endswith("/Entity")]
    assert hosts == ["GET /Entity"]
    assert iot.urls.user == USER_HOST
    assert iot.user.get_httpx_client().base_url.host == "user.mock.test"


def test_create_takes_an_entity_name(iot: IoTConnect) -> None:
    created = iot.devices.create(
        unique_id="in-warehouse",
        display_name="In warehouse",
        template="tempsensor",
        entity="Warehouse B",
    )
    warehouse = iot.entities.find("Warehouse B")
    assert warehouse is not None
    assert iot.devices.get(created.newid).entity_guid == warehouse.guid
    with pytest.raises(NotFound) as missing:
        iot.devices.create(
            unique_id="nowhere", display_name="Nowhere", template="tempsensor", entity="Atlantis"
        )
    assert missing.value.key == "Atlantis"
    assert iot.devices.find("nowhere") is None


async def test_the_async_twins(mock: InProcess) -> None:
    async with demo_session(mock, user_url=USER_HOST) as iot:
        root = await iot.aio.entities.root()
        plant = await iot.aio.entities.find("Plant A")
        assert plant is not None
        assert plant.parent_entity_guid == root.guid
        assert (await iot.aio.entities.get(plant.guid)).name == "Plant A"
        assert len(await iot.aio.entities.list()) == 3


def test_without_a_user_url_entities_say_what_to_give(mock: InProcess) -> None:
    with demo_session(mock) as iot:
        with pytest.raises(IoTConnectError, match="user_url"):
            iot.entities.list()
        # Devices still work on the device host.
        assert iot.devices.count() == 5


def test_discovery_finds_the_user_host(mock: InProcess) -> None:
    with demo_session(
        mock, auth_url=None, device_url=None, environment="poc", discovery_url="http://mock.test"
    ) as iot:
        assert iot.urls.user == BASE
        assert iot.entities.root().name == "Demo Company HQ"
