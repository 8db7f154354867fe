from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="DeviceCreate")


@_attrs_define
class DeviceCreate:
    """A new device. Optional fields may be null, which the service takes as absent. What else
    a create needs depends on the `authType` of the template and on the platform:
    `x-auth-type-requires` lists, per platform and auth type, alternatives of fields that
    must all be present, not null and not `false` (auth types it does not list need nothing
    more). A create that meets none is a validation failure (412) whose `error[]` names each
    missing field of the nearest alternative. Certificate-authenticated devices (auth types 2
    and 3) have unique ids of at most 31 characters.

    """

    unique_id: str
    """ Unique within the company; at most 31 characters for certificate-authenticated devices.
    Only the characters a URL path segment carries unencoded and unchanged (RFC 3986's
    unreserved ones), not starting with a dot: the device is read by its unique id in a
    path (`/Device/uniqueId/{uniqueId}`), where `/` splits the segment even encoded,
    `?` and `#` end the path, `%` is taken as an escape (and is, like `:`, `*` and `&`,
    among the characters ASP.NET refuses in a path by default), and `.` or `..` are
    removed as dot segments. A unique id outside this set is a 412 naming `uniqueId`.
     """
    device_template_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    display_name: str
    entity_guid: UUID
    """ A GUID, upper-case in replies, matched case-insensitively. """
    note: None | str | Unset = UNSET
    tag: None | str | Unset = UNSET
    parent_device_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    firmware_upgrade_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    properties: list[DeviceProperty] | None | Unset = UNSET
    xml_properties: DeviceCreateXmlPropertiesType0 | None | Unset = UNSET
    """ Properties as the vendor's XML-shaped object; `properties` is the usual way. """
    certificate_text: None | str | Unset = UNSET
    """ A PEM certificate, for a self-signed certificate device (AWS). """
    device_certificate: None | str | Unset = UNSET
    """ A device certificate file (PFX), base64, for certificate devices; with `deviceCertificatePassword`. """
    device_certificate_password: None | str | Unset = UNSET
    device_certificate_guid: None | Unset | UUID = UNSET
    """ The guid of a certificate already uploaded to the company, for certificate devices. """
    primary_thumbprint: None | str | Unset = UNSET
    """ Thumbprint of the primary self-signed certificate (auth type 3). Azure only. """
    secondary_thumbprint: None | str | Unset = UNSET
    """ Thumbprint of the secondary self-signed certificate (auth type 3). Azure only. """
    endorsement_key: None | str | Unset = UNSET
    """ The TPM's endorsement key (auth type 4). Azure only. """
    primary_key: None | str | Unset = UNSET
    """ Primary symmetric key (auth type 5), with `secondaryKey`. Azure only. """
    secondary_key: None | str | Unset = UNSET
    """ Secondary symmetric key (auth type 5). Azure only. """
    auto_generate: bool | None | Unset = UNSET
    """ `true` to have the service generate the keys or certificate (auth types 3 and 5). Azure only. """
    is_auto_generated_self_sign_certificate: bool | None | Unset = UNSET
    """ `true` to have the service generate a self-signed certificate (auth type 3). AWS only. """
    template_code: None | str | Unset = UNSET
    """ The template's code; `deviceTemplateGuid` is still required (see `getDeviceTemplateByCode`). AWS only. """
    wireless_device_type: int | None | Unset = UNSET
    gg_device_type: int | None | Unset = UNSET
    sidewalk_device: None | SidewalkDevice | Unset = UNSET
    video_stream_resource: int | None | Unset = UNSET
    video_stream_type: int | None | Unset = UNSET
    auto_start_video_stream: bool | None | Unset = UNSET
    channel_arn: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        unique_id = self.unique_id

        device_template_guid = str(self.device_template_guid)

        display_name = self.display_name

        entity_guid = str(self.entity_guid)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        parent_device_guid: None | str | Unset
        if isinstance(self.parent_device_guid, Unset):
            parent_device_guid = UNSET
        elif isinstance(self.parent_device_guid, UUID):
            parent_device_guid = str(self.parent_device_guid)
        else:
            parent_device_guid = self.parent_device_guid

        firmware_upgrade_guid: None | str | Unset
        if isinstance(self.firmware_upgrade_guid, Unset):
            firmware_upgrade_guid = UNSET
        elif isinstance(self.firmware_upgrade_guid, UUID):
            firmware_upgrade_guid = str(self.firmware_upgrade_guid)
        else:
            firmware_upgrade_guid = self.firmware_upgrade_guid

        properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, list):
            properties = []
            for properties_type_0_item_data in self.properties:
                properties_type_0_item = properties_type_0_item_data.to_dict()
                properties.append(properties_type_0_item)

        else:
            properties = self.properties

        xml_properties: dict[str, Any] | None | Unset
        if isinstance(self.xml_properties, Unset):
            xml_properties = UNSET
        elif isinstance(self.xml_properties, DeviceCreateXmlPropertiesType0):
            xml_properties = self.xml_properties.to_dict()
        else:
            xml_properties = self.xml_properties

        certificate_text: None | str | Unset
        if isinstance(self.certificate_text, Unset):
            certificate_text = UNSET
        else:
            certificate_text = self.certificate_text

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

        device_certificate_guid: None | str | Unset
        if isinstance(self.device_certificate_guid, Unset):
            device_certificate_guid = UNSET
        elif isinstance(self.device_certificate_guid, UUID):
            device_certificate_guid = str(self.device_certificate_guid)
        else:
            device_certificate_guid = self.device_certificate_guid

        primary_thumbprint: None | str | Unset
        if isinstance(self.primary_thumbprint, Unset):
            primary_thumbprint = UNSET
        else:
            primary_thumbprint = self.primary_thumbprint

        secondary_thumbprint: None | str | Unset
        if isinstance(self.secondary_thumbprint, Unset):
            secondary_thumbprint = UNSET
        else:
            secondary_thumbprint = self.secondary_thumbprint

        endorsement_key: None | str | Unset
        if isinstance(self.endorsement_key, Unset):
            endorsement_key = UNSET
        else:
            endorsement_key = self.endorsement_key

        primary_key: None | str | Unset
        if isinstance(self.primary_key, Unset):
            primary_key = UNSET
        else:
            primary_key = self.primary_key

        secondary_key: None | str | Unset
        if isinstance(self.secondary_key, Unset):
            secondary_key = UNSET
        else:
            secondary_key = self.secondary_key

        auto_generate: bool | None | Unset
        if isinstance(self.auto_generate, Unset):
            auto_generate = UNSET
        else:
            auto_generate = self.auto_generate

        is_auto_generated_self_sign_certificate: bool | None | Unset
        if isinstance(self.is_auto_generated_self_sign_certificate, Unset):
            is_auto_generated_self_sign_certificate = UNSET
        else:
            is_auto_generated_self_sign_certificate = (
                self.is_auto_generated_self_sign_certificate
            )

        template_code: None | str | Unset
        if isinstance(self.template_code, Unset):
            template_code = UNSET
        else:
            template_code = self.template_code

        wireless_device_type: int | None | Unset
        if isinstance(self.wireless_device_type, Unset):
            wireless_device_type = UNSET
        else:
            wireless_device_type = self.wireless_device_type

        gg_device_type: int | None | Unset
        if isinstance(self.gg_device_type, Unset):
            gg_device_type = UNSET
        else:
            gg_device_type = self.gg_device_type

        sidewalk_device: dict[str, Any] | None | Unset
        if isinstance(self.sidewalk_device, Unset):
            sidewalk_device = UNSET
        elif isinstance(self.sidewalk_device, SidewalkDevice):
            sidewalk_device = self.sidewalk_device.to_dict()
        else:
            sidewalk_device = self.sidewalk_device

        video_stream_resource: int | None | Unset
        if isinstance(self.video_stream_resource, Unset):
            video_stream_resource = UNSET
        else:
            video_stream_resource = self.video_stream_resource

        video_stream_type: int | None | Unset
        if isinstance(self.video_stream_type, Unset):
            video_stream_type = UNSET
        else:
            video_stream_type = self.video_stream_type

        auto_start_video_stream: bool | None | Unset
        if isinstance(self.auto_start_video_stream, Unset):
            auto_start_video_stream = UNSET
        else:
            auto_start_video_stream = self.auto_start_video_stream

        channel_arn: None | str | Unset
        if isinstance(self.channel_arn, Unset):
            channel_arn = UNSET
        else:
            channel_arn = self.channel_arn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uniqueId": unique_id,
                "deviceTemplateGuid": device_template_guid,
                "displayName": display_name,
                "entityGuid": entity_guid,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if tag is not UNSET:
            field_dict["tag"] = tag
        if parent_device_guid is not UNSET:
            field_dict["parentDeviceGuid"] = parent_device_guid
        if firmware_upgrade_guid is not UNSET:
            field_dict["firmwareUpgradeGuid"] = firmware_upgrade_guid
        if properties is not UNSET:
            field_dict["properties"] = properties
        if xml_properties is not UNSET:
            field_dict["xmlProperties"] = xml_properties
        if certificate_text is not UNSET:
            field_dict["certificateText"] = certificate_text
        if device_certificate is not UNSET:
            field_dict["deviceCertificate"] = device_certificate
        if device_certificate_password is not UNSET:
            field_dict["deviceCertificatePassword"] = device_certificate_password
        if device_certificate_guid is not UNSET:
            field_dict["deviceCertificateGuid"] = device_certificate_guid
        if primary_thumbprint is not UNSET:
            field_dict["primaryThumbprint"] = primary_thumbprint
        if secondary_thumbprint is not UNSET:
            field_dict["secondaryThumbprint"] = secondary_thumbprint
        if endorsement_key is not UNSET:
            field_dict["endorsementKey"] = endorsement_key
        if primary_key is not UNSET:
            field_dict["primaryKey"] = primary_key
        if secondary_key is not UNSET:
            field_dict["secondaryKey"] = secondary_key
        if auto_generate is not UNSET:
            field_dict["autoGenerate"] = auto_generate
        if is_auto_generated_self_sign_certificate is not UNSET:
            field_dict["isAutoGeneratedSelfSignCertificate"] = (
                is_auto_generated_self_sign_certificate
            )
        if template_code is not UNSET:
            field_dict["templateCode"] = template_code
        if wireless_device_type is not UNSET:
            field_dict["wirelessDeviceType"] = wireless_device_type
        if gg_device_type is not UNSET:
            field_dict["ggDeviceType"] = gg_device_type
        if sidewalk_device is not UNSET:
            field_dict["sidewalkDevice"] = sidewalk_device
        if video_stream_resource is not UNSET:
            field_dict["videoStreamResource"] = video_stream_resource
        if video_stream_type is not UNSET:
            field_dict["videoStreamType"] = video_stream_type
        if auto_start_video_stream is not UNSET:
            field_dict["autoStartVideoStream"] = auto_start_video_stream
        if channel_arn is not UNSET:
            field_dict["channelARN"] = channel_arn

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        unique_id = d.pop("uniqueId")

        device_template_guid = UUID(d.pop("deviceTemplateGuid"))

        display_name = d.pop("displayName")

        entity_guid = UUID(d.pop("entityGuid"))

        note: None | str | Unset = d.pop("note", UNSET)

        tag: None | str | Unset = d.pop("tag", UNSET)

        _parent_device_guid = d.pop("parentDeviceGuid", UNSET)
        parent_device_guid: None | Unset | UUID
        if _parent_device_guid is None or isinstance(_parent_device_guid, Unset):
            parent_device_guid = _parent_device_guid
        else:
            try:
                if not isinstance(_parent_device_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_parent_device_guid)

                parent_device_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent_device_guid = cast(None | Unset | UUID, _parent_device_guid)

        _firmware_upgrade_guid = d.pop("firmwareUpgradeGuid", UNSET)
        firmware_upgrade_guid: None | Unset | UUID
        if _firmware_upgrade_guid is None or isinstance(_firmware_upgrade_guid, Unset):
            firmware_upgrade_guid = _firmware_upgrade_guid
        else:
            try:
                if not isinstance(_firmware_upgrade_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_firmware_upgrade_guid)

                firmware_upgrade_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                firmware_upgrade_guid = cast(
                    None | Unset | UUID, _firmware_upgrade_guid
                )

        _properties = d.pop("properties", UNSET)
        properties: list[DeviceProperty] | None | Unset
        if _properties is None or isinstance(_properties, Unset):
            properties = _properties
        else:
            try:
                if not isinstance(_properties, list):
                    raise TypeError()
                properties_type_0 = []
                _properties_type_0 = _properties
                for properties_type_0_item_data in _properties_type_0:
                    properties_type_0_item = DeviceProperty.from_dict(
                        properties_type_0_item_data
                    )

                    properties_type_0.append(properties_type_0_item)

                properties = properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                properties = cast(list[DeviceProperty] | None | Unset, _properties)

        _xml_properties = d.pop("xmlProperties", UNSET)
        xml_properties: DeviceCreateXmlPropertiesType0 | None | Unset
        if _xml_properties is None or isinstance(_xml_properties, Unset):
            xml_properties = _xml_properties
        else:
            try:
                if not isinstance(_xml_properties, dict):
                    raise TypeError()
                xml_properties_type_0 = DeviceCreateXmlPropertiesType0.from_dict(
                    _xml_properties
                )

                xml_properties = xml_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                xml_properties = cast(
                    DeviceCreateXmlPropertiesType0 | None | Unset, _xml_properties
                )

        certificate_text: None | str | Unset = d.pop("certificateText", UNSET)

        device_certificate: None | str | Unset = d.pop("deviceCertificate", UNSET)

        device_certificate_password: None | str | Unset = d.pop(
            "deviceCertificatePassword", UNSET
        )

        _device_certificate_guid = d.pop("deviceCertificateGuid", UNSET)
        device_certificate_guid: None | Unset | UUID
        if _device_certificate_guid is None or isinstance(
            _device_certificate_guid, Unset
        ):
            device_certificate_guid = _device_certificate_guid
        else:
            try:
                if not isinstance(_device_certificate_guid, str):
                    raise TypeError()
                device_certificate_guid_type_0 = UUID(_device_certificate_guid)

                device_certificate_guid = device_certificate_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                device_certificate_guid = cast(
                    None | Unset | UUID, _device_certificate_guid
                )

        primary_thumbprint: None | str | Unset = d.pop("primaryThumbprint", UNSET)

        secondary_thumbprint: None | str | Unset = d.pop("secondaryThumbprint", UNSET)

        endorsement_key: None | str | Unset = d.pop("endorsementKey", UNSET)

        primary_key: None | str | Unset = d.pop("primaryKey", UNSET)

        secondary_key: None | str | Unset = d.pop("secondaryKey", UNSET)

        auto_generate: bool | None | Unset = d.pop("autoGenerate", UNSET)

        is_auto_generated_self_sign_certificate: bool | None | Unset = d.pop(
            "isAutoGeneratedSelfSignCertificate", UNSET
        )

        template_code: None | str | Unset = d.pop("templateCode", UNSET)

        wireless_device_type: int | None | Unset = d.pop("wirelessDeviceType", UNSET)

        gg_device_type: int | None | Unset = d.pop("ggDeviceType", UNSET)

        _sidewalk_device = d.pop("sidewalkDevice", UNSET)
        sidewalk_device: None | SidewalkDevice | Unset
        if _sidewalk_device is None or isinstance(_sidewalk_device, Unset):
            sidewalk_device = _sidewalk_device
        else:
            try:
                if not isinstance(_sidewalk_device, dict):
                    raise TypeError()
                sidewalk_device_type_0 = SidewalkDevice.from_dict(_sidewalk_device)

                sidewalk_device = sidewalk_device_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sidewalk_device = cast(None | SidewalkDevice | Unset, _sidewalk_device)

        video_stream_resource: int | None | Unset = d.pop("videoStreamResource", UNSET)

        video_stream_type: int | None | Unset = d.pop("videoStreamType", UNSET)

        auto_start_video_stream: bool | None | Unset = d.pop(
            "autoStartVideoStream", UNSET
        )

        channel_arn: None | str | Unset = d.pop("channelARN", UNSET)

        device_create = cls(
            unique_id=unique_id,
            device_template_guid=device_template_guid,
            display_name=display_name,
            entity_guid=entity_guid,
            note=note,
            tag=tag,
            parent_device_guid=parent_device_guid,
            firmware_upgrade_guid=firmware_upgrade_guid,
            properties=properties,
            xml_properties=xml_properties,
            certificate_text=certificate_text,
            device_certificate=device_certificate,
            device_certificate_password=device_certificate_password,
            device_certificate_guid=device_certificate_guid,
            primary_thumbprint=primary_thumbprint,
            secondary_thumbprint=secondary_thumbprint,
            endorsement_key=endorsement_key,
            primary_key=primary_key,
            secondary_key=secondary_key,
            auto_generate=auto_generate,
            is_auto_generated_self_sign_certificate=is_auto_generated_self_sign_certificate,
            template_code=template_code,
            wireless_device_type=wireless_device_type,
            gg_device_type=gg_device_type,
            sidewalk_device=sidewalk_device,
            video_stream_resource=video_stream_resource,
            video_stream_type=video_stream_type,
            auto_start_video_stream=auto_start_video_stream,
            channel_arn=channel_arn,
        )

        device_create.additional_properties = d
        return device_create

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


# The models this one refers to, imported after it is defined: models that refer to each other
# then import without a cycle, and from_dict runs no import statement per call.
from ..models.device_create_xml_properties_type_0 import DeviceCreateXmlPropertiesType0
from ..models.device_property import DeviceProperty
from ..models.sidewalk_device import SidewalkDevice
