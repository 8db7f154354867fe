from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ServiceUrls")


class ServiceUrlsStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "auth_base_url": "authBaseUrl",
        "device_base_url": "deviceBaseUrl",
        "user_base_url": "userBaseUrl",
        "master_base_url": "masterBaseUrl",
        "firmware_base_url": "firmwareBaseUrl",
        "event_base_url": "eventBaseUrl",
        "telemetry_base_url": "telemetryBaseUrl",
        "file_base_url": "fileBaseUrl",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a ServiceUrls as msgspec validates it (``types.parse_json``)."""

    auth_base_url: str
    device_base_url: str
    user_base_url: str | Unset = UNSET
    master_base_url: str | Unset = UNSET
    firmware_base_url: str | Unset = UNSET
    event_base_url: str | Unset = UNSET
    telemetry_base_url: str | Unset = UNSET
    file_base_url: str | Unset = UNSET


@_attrs_define
class ServiceUrls:
    """One base URL per service, version prefix included."""

    _struct: ClassVar[type[ServiceUrlsStruct]] = ServiceUrlsStruct

    auth_base_url: str
    device_base_url: str
    user_base_url: str | Unset = UNSET
    master_base_url: str | Unset = UNSET
    firmware_base_url: str | Unset = UNSET
    event_base_url: str | Unset = UNSET
    telemetry_base_url: str | Unset = UNSET
    file_base_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        auth_base_url = self.auth_base_url

        device_base_url = self.device_base_url

        user_base_url = self.user_base_url

        master_base_url = self.master_base_url

        firmware_base_url = self.firmware_base_url

        event_base_url = self.event_base_url

        telemetry_base_url = self.telemetry_base_url

        file_base_url = self.file_base_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authBaseUrl": auth_base_url,
                "deviceBaseUrl": device_base_url,
            }
        )
        if user_base_url is not UNSET:
            field_dict["userBaseUrl"] = user_base_url
        if master_base_url is not UNSET:
            field_dict["masterBaseUrl"] = master_base_url
        if firmware_base_url is not UNSET:
            field_dict["firmwareBaseUrl"] = firmware_base_url
        if event_base_url is not UNSET:
            field_dict["eventBaseUrl"] = event_base_url
        if telemetry_base_url is not UNSET:
            field_dict["telemetryBaseUrl"] = telemetry_base_url
        if file_base_url is not UNSET:
            field_dict["fileBaseUrl"] = file_base_url

        return field_dict

    @classmethod
    def _from_struct(cls, struct: ServiceUrlsStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        auth_base_url = d.pop("authBaseUrl")

        device_base_url = d.pop("deviceBaseUrl")

        user_base_url = d.pop("userBaseUrl", UNSET)

        master_base_url = d.pop("masterBaseUrl", UNSET)

        firmware_base_url = d.pop("firmwareBaseUrl", UNSET)

        event_base_url = d.pop("eventBaseUrl", UNSET)

        telemetry_base_url = d.pop("telemetryBaseUrl", UNSET)

        file_base_url = d.pop("fileBaseUrl", UNSET)

        service_urls = cls(
            auth_base_url=auth_base_url,
            device_base_url=device_base_url,
            user_base_url=user_base_url,
            master_base_url=master_base_url,
            firmware_base_url=firmware_base_url,
            event_base_url=event_base_url,
            telemetry_base_url=telemetry_base_url,
            file_base_url=file_base_url,
        )

        service_urls.additional_properties = d
        return service_urls

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
