"""Models that read well: ``UNSET`` prints as such, a model's repr shows set fields only
(``generator-templates/types.py.jinja`` and ``model.py.jinja``)."""

from __future__ import annotations

import inspect

import iotconnect_client.models
from iotconnect_client.models import DeviceListItem, DeviceUpdate, LoginRequest, TokenResponse
from iotconnect_client.types import UNSET

GUID = "9DFF6B26-F845-56DD-8FF4-8CCD92600A5C"


def test_unset_reads_as_unset() -> None:
    assert repr(UNSET) == "UNSET"
    assert "UNSET" in repr([UNSET])


def test_a_model_shows_its_set_fields_and_the_unknown_ones() -> None:
    item = DeviceListItem.from_dict(
        {
            "guid": GUID,
            "uniqueId": "boiler-7",
            "displayName": "Boiler 7",
            "isActive": True,
            "authType": None,
            "futureField": {"level": 2},
        }
    )
    assert repr(item) == (
        "DeviceListItem(guid=UUID('9dff6b26-f845-56dd-8ff4-8ccd92600a5c'), unique_id='boiler-7',"
        " display_name='Boiler 7', is_active=True, auth_type=None,"
        " additional_properties={'futureField': {'level': 2}})"
    )
    update = DeviceUpdate(display_name="Boiler 7", entity_guid=item.guid, note="cellar")
    assert "UNSET" not in repr(update)
    assert "object at 0x" not in repr(update)


def test_a_repr_never_shows_a_secret() -> None:
    login = LoginRequest(username="me@example.com", password="hunter2-secret")
    assert repr(login) == "LoginRequest(username='me@example.com', password=***)"
    token = TokenResponse.from_dict(
        {
            "token_type": "bearer",
            "access_token": "eyJ.secret",
            "expires_in": 60,
            "refresh_token": "r-secret",
        }
    )
    assert "secret" not in repr(token)


def test_every_model_uses_the_short_repr() -> None:
    classes = [c for _, c in inspect.getmembers(iotconnect_client.models, inspect.isclass)]
    models = [c for c in classes if hasattr(c, "from_dict")]
    assert len(models) > 40
    for model in models:
        assert "model_repr" in inspect.getsource(model.__repr__), model.__name__
