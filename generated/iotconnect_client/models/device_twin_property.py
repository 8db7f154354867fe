from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)
from uuid import UUID

import msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from msgspec.structs import astuple

from ..types import UNSET, Unset, model_repr, parse_datetime

T = TypeVar("T", bound="DeviceTwinProperty")


class DeviceTwinPropertyStruct(
    msgspec.Struct,
    kw_only=True,
    rename={
        "template_setting_guid": "templateSettingGuid",
        "local_name": "localName",
        "guid": "guid",
        "company_guid": "companyGuid",
        "device_guid": "deviceGuid",
        "created_date": "createdDate",
        "sdk_date": "sdkDate",
        "gateway_date": "gatewayDate",
        "device_date": "deviceDate",
        "desired_value": "desiredValue",
        "reported_value": "reportedValue",
        "desired_updated_date": "desiredUpdatedDate",
        "reported_updated_date": "reportedUpdatedDate",
        "desired_version": "desiredVersion",
        "name": "name",
        "data_type_name": "dataTypeName",
        "cp_id": "cpId",
        "unique_id": "uniqueId",
        "da_type_guid": "daTypeGuid",
        "is_fault": "isFault",
        "entity_guid": "entityGuid",
        "is_read_only": "isReadOnly",
    },
    forbid_unknown_fields=True,
    gc=False,
):
    """The JSON of a DeviceTwinProperty as msgspec validates it (``types.parse_json``)."""

    template_setting_guid: str
    local_name: str
    guid: str | None | Unset = UNSET
    company_guid: str | None | Unset = UNSET
    device_guid: str | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    sdk_date: datetime.datetime | None | Unset = UNSET
    gateway_date: datetime.datetime | None | Unset = UNSET
    device_date: datetime.datetime | None | Unset = UNSET
    desired_value: str | None | Unset = UNSET
    reported_value: str | None | Unset = UNSET
    desired_updated_date: datetime.datetime | None | Unset = UNSET
    reported_updated_date: datetime.datetime | None | Unset = UNSET
    desired_version: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    data_type_name: str | None | Unset = UNSET
    cp_id: str | None | Unset = UNSET
    unique_id: str | None | Unset = UNSET
    da_type_guid: str | None | Unset = UNSET
    is_fault: bool | None | Unset = UNSET
    entity_guid: UUID | None | Unset = UNSET
    is_read_only: bool | None | Unset = UNSET


@_attrs_define
class DeviceTwinProperty:
    """One twin property: the vendor's `DeviceTwinList`. Values are text whatever the
    property's data type (`dataTypeName`); `desiredVersion` counts the desired changes.

    """

    _struct: ClassVar[type[DeviceTwinPropertyStruct]] = DeviceTwinPropertyStruct

    template_setting_guid: str
    """ Give it back to `updateDeviceTwin`. """
    local_name: str
    """ The property's name in the twin. """
    guid: None | str | Unset = UNSET
    """ Free text or null. """
    company_guid: None | str | Unset = UNSET
    """ Free text or null. """
    device_guid: None | str | Unset = UNSET
    """ Free text or null. """
    created_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    sdk_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    gateway_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    device_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    desired_value: None | str | Unset = UNSET
    """ Free text or null. """
    reported_value: None | str | Unset = UNSET
    """ Free text or null. """
    desired_updated_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    reported_updated_date: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 UTC with milliseconds, or null. """
    desired_version: None | str | Unset = UNSET
    """ Free text or null. """
    name: None | str | Unset = UNSET
    """ Free text or null. """
    data_type_name: None | str | Unset = UNSET
    """ Free text or null. """
    cp_id: None | str | Unset = UNSET
    """ Free text or null. """
    unique_id: None | str | Unset = UNSET
    """ Free text or null. """
    da_type_guid: None | str | Unset = UNSET
    """ Free text or null. """
    is_fault: bool | None | Unset = UNSET
    entity_guid: None | Unset | UUID = UNSET
    """ A GUID or null. """
    is_read_only: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        template_setting_guid = self.template_setting_guid

        local_name = self.local_name

        guid: None | str | Unset
        if isinstance(self.guid, Unset):
            guid = UNSET
        else:
            guid = self.guid

        company_guid: None | str | Unset
        if isinstance(self.company_guid, Unset):
            company_guid = UNSET
        else:
            company_guid = self.company_guid

        device_guid: None | str | Unset
        if isinstance(self.device_guid, Unset):
            device_guid = UNSET
        else:
            device_guid = self.device_guid

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        sdk_date: None | str | Unset
        if isinstance(self.sdk_date, Unset):
            sdk_date = UNSET
        elif isinstance(self.sdk_date, datetime.datetime):
            sdk_date = self.sdk_date.isoformat()
        else:
            sdk_date = self.sdk_date

        gateway_date: None | str | Unset
        if isinstance(self.gateway_date, Unset):
            gateway_date = UNSET
        elif isinstance(self.gateway_date, datetime.datetime):
            gateway_date = self.gateway_date.isoformat()
        else:
            gateway_date = self.gateway_date

        device_date: None | str | Unset
        if isinstance(self.device_date, Unset):
            device_date = UNSET
        elif isinstance(self.device_date, datetime.datetime):
            device_date = self.device_date.isoformat()
        else:
            device_date = self.device_date

        desired_value: None | str | Unset
        if isinstance(self.desired_value, Unset):
            desired_value = UNSET
        else:
            desired_value = self.desired_value

        reported_value: None | str | Unset
        if isinstance(self.reported_value, Unset):
            reported_value = UNSET
        else:
            reported_value = self.reported_value

        desired_updated_date: None | str | Unset
        if isinstance(self.desired_updated_date, Unset):
            desired_updated_date = UNSET
        elif isinstance(self.desired_updated_date, datetime.datetime):
            desired_updated_date = self.desired_updated_date.isoformat()
        else:
            desired_updated_date = self.desired_updated_date

        reported_updated_date: None | str | Unset
        if isinstance(self.reported_updated_date, Unset):
            reported_updated_date = UNSET
        elif isinstance(self.reported_updated_date, datetime.datetime):
            reported_updated_date = self.reported_updated_date.isoformat()
        else:
            reported_updated_date = self.reported_updated_date

        desired_version: None | str | Unset
        if isinstance(self.desired_version, Unset):
            desired_version = UNSET
        else:
            desired_version = self.desired_version

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        data_type_name: None | str | Unset
        if isinstance(self.data_type_name, Unset):
            data_type_name = UNSET
        else:
            data_type_name = self.data_type_name

        cp_id: None | str | Unset
        if isinstance(self.cp_id, Unset):
            cp_id = UNSET
        else:
            cp_id = self.cp_id

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        da_type_guid: None | str | Unset
        if isinstance(self.da_type_guid, Unset):
            da_type_guid = UNSET
        else:
            da_type_guid = self.da_type_guid

        is_fault: bool | None | Unset
        if isinstance(self.is_fault, Unset):
            is_fault = UNSET
        else:
            is_fault = self.is_fault

        entity_guid: None | str | Unset
        if isinstance(self.entity_guid, Unset):
            entity_guid = UNSET
        elif isinstance(self.entity_guid, UUID):
            entity_guid = str(self.entity_guid)
        else:
            entity_guid = self.entity_guid

        is_read_only: bool | None | Unset
        if isinstance(self.is_read_only, Unset):
            is_read_only = UNSET
        else:
            is_read_only = self.is_read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "templateSettingGuid": template_setting_guid,
                "localName": local_name,
            }
        )
        if guid is not UNSET:
            field_dict["guid"] = guid
        if company_guid is not UNSET:
            field_dict["companyGuid"] = company_guid
        if device_guid is not UNSET:
            field_dict["deviceGuid"] = device_guid
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if sdk_date is not UNSET:
            field_dict["sdkDate"] = sdk_date
        if gateway_date is not UNSET:
            field_dict["gatewayDate"] = gateway_date
        if device_date is not UNSET:
            field_dict["deviceDate"] = device_date
        if desired_value is not UNSET:
            field_dict["desiredValue"] = desired_value
        if reported_value is not UNSET:
            field_dict["reportedValue"] = reported_value
        if desired_updated_date is not UNSET:
            field_dict["desiredUpdatedDate"] = desired_updated_date
        if reported_updated_date is not UNSET:
            field_dict["reportedUpdatedDate"] = reported_updated_date
        if desired_version is not UNSET:
            field_dict["desiredVersion"] = desired_version
        if name is not UNSET:
            field_dict["name"] = name
        if data_type_name is not UNSET:
            field_dict["dataTypeName"] = data_type_name
        if cp_id is not UNSET:
            field_dict["cpId"] = cp_id
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if da_type_guid is not UNSET:
            field_dict["daTypeGuid"] = da_type_guid
        if is_fault is not UNSET:
            field_dict["isFault"] = is_fault
        if entity_guid is not UNSET:
            field_dict["entityGuid"] = entity_guid
        if is_read_only is not UNSET:
            field_dict["isReadOnly"] = is_read_only

        return field_dict

    @classmethod
    def _from_struct(cls, struct: DeviceTwinPropertyStruct) -> Self:
        return cls(*astuple(struct))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template_setting_guid = d.pop("templateSettingGuid")

        local_name = d.pop("localName")

        guid: None | str | Unset = d.pop("guid", UNSET)

        company_guid: None | str | Unset = d.pop("companyGuid", UNSET)

        device_guid: None | str | Unset = d.pop("deviceGuid", UNSET)

        _created_date = d.pop("createdDate", UNSET)
        created_date: datetime.datetime | None | Unset
        if _created_date is None or isinstance(_created_date, Unset):
            created_date = _created_date
        else:
            try:
                if not isinstance(_created_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _created_date
                )

                created_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_date = cast(datetime.datetime | None | Unset, _created_date)

        _sdk_date = d.pop("sdkDate", UNSET)
        sdk_date: datetime.datetime | None | Unset
        if _sdk_date is None or isinstance(_sdk_date, Unset):
            sdk_date = _sdk_date
        else:
            try:
                if not isinstance(_sdk_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(_sdk_date)

                sdk_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sdk_date = cast(datetime.datetime | None | Unset, _sdk_date)

        _gateway_date = d.pop("gatewayDate", UNSET)
        gateway_date: datetime.datetime | None | Unset
        if _gateway_date is None or isinstance(_gateway_date, Unset):
            gateway_date = _gateway_date
        else:
            try:
                if not isinstance(_gateway_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _gateway_date
                )

                gateway_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                gateway_date = cast(datetime.datetime | None | Unset, _gateway_date)

        _device_date = d.pop("deviceDate", UNSET)
        device_date: datetime.datetime | None | Unset
        if _device_date is None or isinstance(_device_date, Unset):
            device_date = _device_date
        else:
            try:
                if not isinstance(_device_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _device_date
                )

                device_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                device_date = cast(datetime.datetime | None | Unset, _device_date)

        desired_value: None | str | Unset = d.pop("desiredValue", UNSET)

        reported_value: None | str | Unset = d.pop("reportedValue", UNSET)

        _desired_updated_date = d.pop("desiredUpdatedDate", UNSET)
        desired_updated_date: datetime.datetime | None | Unset
        if _desired_updated_date is None or isinstance(_desired_updated_date, Unset):
            desired_updated_date = _desired_updated_date
        else:
            try:
                if not isinstance(_desired_updated_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _desired_updated_date
                )

                desired_updated_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                desired_updated_date = cast(
                    datetime.datetime | None | Unset, _desired_updated_date
                )

        _reported_updated_date = d.pop("reportedUpdatedDate", UNSET)
        reported_updated_date: datetime.datetime | None | Unset
        if _reported_updated_date is None or isinstance(_reported_updated_date, Unset):
            reported_updated_date = _reported_updated_date
        else:
            try:
                if not isinstance(_reported_updated_date, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = parse_datetime(
                    _reported_updated_date
                )

                reported_updated_date = componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                reported_updated_date = cast(
                    datetime.datetime | None | Unset, _reported_updated_date
                )

        desired_version: None | str | Unset = d.pop("desiredVersion", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        data_type_name: None | str | Unset = d.pop("dataTypeName", UNSET)

        cp_id: None | str | Unset = d.pop("cpId", UNSET)

        unique_id: None | str | Unset = d.pop("uniqueId", UNSET)

        da_type_guid: None | str | Unset = d.pop("daTypeGuid", UNSET)

        is_fault: bool | None | Unset = d.pop("isFault", UNSET)

        _entity_guid = d.pop("entityGuid", UNSET)
        entity_guid: None | Unset | UUID
        if _entity_guid is None or isinstance(_entity_guid, Unset):
            entity_guid = _entity_guid
        else:
            try:
                if not isinstance(_entity_guid, str):
                    raise TypeError()
                componentsschemas_nullable_guid_type_0 = UUID(_entity_guid)

                entity_guid = componentsschemas_nullable_guid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                entity_guid = cast(None | Unset | UUID, _entity_guid)

        is_read_only: bool | None | Unset = d.pop("isReadOnly", UNSET)

        device_twin_property = cls(
            template_setting_guid=template_setting_guid,
            local_name=local_name,
            guid=guid,
            company_guid=company_guid,
            device_guid=device_guid,
            created_date=created_date,
            sdk_date=sdk_date,
            gateway_date=gateway_date,
            device_date=device_date,
            desired_value=desired_value,
            reported_value=reported_value,
            desired_updated_date=desired_updated_date,
            reported_updated_date=reported_updated_date,
            desired_version=desired_version,
            name=name,
            data_type_name=data_type_name,
            cp_id=cp_id,
            unique_id=unique_id,
            da_type_guid=da_type_guid,
            is_fault=is_fault,
            entity_guid=entity_guid,
            is_read_only=is_read_only,
        )

        device_twin_property.additional_properties = d
        return device_twin_property

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
