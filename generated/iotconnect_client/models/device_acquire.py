from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="DeviceAcquire")


class DeviceAcquireStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "device_certificate": "deviceCertificate",
        "device_certificate_password": "deviceCertificatePassword",
        "ca_certificate_id": "caCertificateId",
        "cert_location": "certLocation",
        "certificate_text": "certificateText",
        "root_ca_individual_certificate_guid": "rootCAIndividualCertificateGuid",
        "is_cloud_device": "isCloudDevice",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceAcquire as msgspec validates it (``types.parse_json``)."""

    device_certificate: str | None | Unset = UNSET
    device_certificate_password: str | None | Unset = UNSET
    ca_certificate_id: str | None | Unset = UNSET
    cert_location: int | None | Unset = UNSET
    certificate_text: str | None | Unset = UNSET
    root_ca_individual_certificate_guid: str | None | Unset = UNSET
    is_cloud_device: bool | None | Unset = UNSET


@_attrs_define
class DeviceAcquire:
    """Optional details of an acquire: a device certificate (PFX, base64) with its password,
    or the guid of a CA certificate of the company, for certificate devices. Null is taken
    as absent.

    """

    _struct: ClassVar[type[DeviceAcquireStruct]] = DeviceAcquireStruct

    device_certificate: None | str | Unset = UNSET
    device_certificate_password: None | str | Unset = UNSET
    ca_certificate_id: None | str | Unset = UNSET
    cert_location: int | None | Unset = UNSET
    certificate_text: None | str | Unset = UNSET
    root_ca_individual_certificate_guid: None | str | Unset = UNSET
    is_cloud_device: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        device_certificate: None | str | Unset
        if isinstance(self.device_certificate, Unset):
            device_certificate = UNSET
        else:
            device_certificate = self.device_certificate

        device_certificate_password: None | str | Unset
        if isinstance(self.device_certificate_password, Unset):
            device_certificate_password = UNSET
        else:
            device_certificate_password = self.device_certificate_password

        ca_certificate_id: None | str | Unset
        if isinstance(self.ca_certificate_id, Unset):
            ca_certificate_id = UNSET
        else:
            ca_certificate_id = self.ca_certificate_id

        cert_location: int | None | Unset
        if isinstance(self.cert_location, Unset):
            cert_location = UNSET
        else:
            cert_location = self.cert_location

        certificate_text: None | str | Unset
        if isinstance(self.certificate_text, Unset):
            certificate_text = UNSET
        else:
            certificate_text = self.certificate_text

        root_ca_individual_certificate_guid: None | str | Unset
        if isinstance(self.root_ca_individual_certificate_guid, Unset):
            root_ca_individual_certificate_guid = UNSET
        else:
            root_ca_individual_certificate_guid = (
                self.root_ca_individual_certificate_guid
            )

        is_cloud_device: bool | None | Unset
        if isinstance(self.is_cloud_device, Unset):
            is_cloud_device = UNSET
        else:
            is_cloud_device = self.is_cloud_device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_certificate is not UNSET:
            field_dict["deviceCertificate"] = device_certificate
        if device_certificate_password is not UNSET:
            field_dict["deviceCertificatePassword"] = device_certificate_password
        if ca_certificate_id is not UNSET:
            field_dict["caCertificateId"] = ca_certificate_id
        if cert_location is not UNSET:
            field_dict["certLocation"] = cert_location
        if certificate_text is not UNSET:
            field_dict["certificateText"] = certificate_text
        if root_ca_individual_certificate_guid is not UNSET:
            field_dict["rootCAIndividualCertificateGuid"] = (
                root_ca_individual_certificate_guid
            )
        if is_cloud_device is not UNSET:
            field_dict["isCloudDevice"] = is_cloud_device

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DeviceAcquireStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        device_certificate: None | str | Unset = d.pop("deviceCertificate", UNSET)

        device_certificate_password: None | str | Unset = d.pop(
            "deviceCertificatePassword", UNSET
        )

        ca_certificate_id: None | str | Unset = d.pop("caCertificateId", UNSET)

        cert_location: int | None | Unset = d.pop("certLocation", UNSET)

        certificate_text: None | str | Unset = d.pop("certificateText", UNSET)

        root_ca_individual_certificate_guid: None | str | Unset = d.pop(
            "rootCAIndividualCertificateGuid", UNSET
        )

        is_cloud_device: bool | None | Unset = d.pop("isCloudDevice", UNSET)

        device_acquire = cls(
            device_certificate=device_certificate,
            device_certificate_password=device_certificate_password,
            ca_certificate_id=ca_certificate_id,
            cert_location=cert_location,
            certificate_text=certificate_text,
            root_ca_individual_certificate_guid=root_ca_individual_certificate_guid,
            is_cloud_device=is_cloud_device,
        )

        device_acquire.additional_properties = d
        return device_acquire

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
