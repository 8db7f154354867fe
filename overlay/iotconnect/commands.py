"""Commands: ``iot.commands`` and ``iot.aio.commands``, sent to devices, and their history.

A command is named by its machine name (the template command's ``command``) or its GUID, and is
looked up among the commands of the device's template, so a name another template also uses
never reaches the wrong device. A device is named by its GUID, its unique id, or the model a
read returned. Sending to a template reaches every device of it the user may see (the token's
entity and the entities below it).
"""

from __future__ import annotations

from typing import TypeAlias, Unpack
from uuid import UUID

from iotconnect_client.api.device import (
    list_command_history,
    resend_command,
    send_command_to_device,
    send_command_to_template,
)
from iotconnect_client.models import (
    CommandHistoryEntry,
    CommandHistoryResponse,
    CommandSentResponse,
    CommandToDevice,
    CommandToTemplate,
    DeviceInformation,
    DeviceListItem,
    TemplateCommandItem,
)

from ._paging import AsyncPager, Pager
from ._plans import Plan
from ._resource import AsyncResource, BlockingResource, Entity, Method, Step, call
from .errors import DecodeError, NotFound
from .resources import _DeviceMethods, _listing, _template_guid, _TemplateMethods

__all__ = ["AsyncCommands", "Commands", "DeviceRef", "HistoryFilters"]

DeviceRef: TypeAlias = UUID | str | DeviceInformation | DeviceListItem
"""A device as the command methods take it: a GUID, a unique id, or a model a read returned."""

HistoryFilters: TypeAlias = list_command_history.Query
"""Filters of ``commands.history()``: the generated ``list_command_history`` query."""


def _device(device: DeviceRef) -> Plan[Step, tuple[UUID, UUID]]:
    """The device's GUID and its template's GUID (read from the service when not at hand)."""
    found: DeviceInformation | DeviceListItem
    if isinstance(device, (DeviceInformation, DeviceListItem)):
        found = device
    else:
        try:
            guid = device if isinstance(device, UUID) else UUID(device)
        except ValueError:
            found = yield from _DeviceMethods.get_by_unique_id.plan(str(device))
        else:
            found = yield from _DeviceMethods.get.plan(guid)
    template = found.device_template_guid
    if not isinstance(template, UUID):
        raise DecodeError(200, "the device as read names no template", "")
    return found.guid, template


def _command(template: UUID, command: UUID | str) -> Plan[Step, TemplateCommandItem]:
    """``command`` (a GUID or a machine name, any case) among the template's commands."""
    every = yield from _TemplateMethods.commands.plan(template)
    wanted = str(command).casefold()
    for item in every:
        if str(item.guid).casefold() == wanted or item.command.casefold() == wanted:
            return item
    raise NotFound(200, "the template has no such command", key=str(command))


class _CommandMethods:
    """The methods ``Commands`` and ``AsyncCommands`` share, each written once as a plan."""

    @Method
    def send(device: DeviceRef, command: UUID | str, parameter: str = "") -> Plan[Step, None]:
        """Send ``command`` (its machine name or GUID, looked up in the device's template) to
        ``device`` with ``parameter``; :class:`~iotconnect.NotFound` when either is missing,
        :class:`~iotconnect.ValidationFailed` when the command requires a parameter."""
        guid, template = yield from _device(device)
        found = yield from _command(template, command)
        body = CommandToDevice(command_guid=found.guid, parameter_value=parameter)
        request = send_command_to_device.request_kwargs(guid, body=body)
        yield from call(send_command_to_device, CommandSentResponse, request)

    @Method
    def send_to_template(
        template: UUID | str, command: UUID | str, parameter: str = ""
    ) -> Plan[Step, None]:
        """Send ``command`` to every device of ``template`` (a GUID or a template code) that the
        user may see: those in the token's entity and the entities below it."""
        template_guid = yield from _template_guid(template)
        found = yield from _command(template_guid, command)
        entity = yield Entity()
        body = CommandToTemplate(
            command_guid=found.guid,
            parameter_value=parameter,
            apply_to=1,
            entity_guid=entity,
            is_recursive=True,
        )
        request = send_command_to_template.request_kwargs(body=body)
        yield from call(send_command_to_template, CommandSentResponse, request)

    @Method
    def resend(history_guid: UUID | str) -> Plan[Step, None]:
        """Send the command of a history entry again (``commandHistoryGuid``)."""
        guid = history_guid if isinstance(history_guid, UUID) else UUID(history_guid)
        request = resend_command.request_kwargs(guid)
        yield from call(resend_command, CommandSentResponse, request)


class Commands(_CommandMethods, BlockingResource):
    """Commands to the company's devices, blocking: ``iot.commands``."""

    def history(
        self, **filters: Unpack[HistoryFilters]
    ) -> Pager[CommandHistoryResponse, CommandHistoryEntry]:
        """The command history, newest first, across pages (``device_guid`` for one device's;
        ``page_size``, ``search_text``, ``sort_by``)."""
        return Pager(_listing(self._runner, list_command_history, CommandHistoryResponse, filters))


class AsyncCommands(_CommandMethods, AsyncResource):
    """Commands to the company's devices, async: ``iot.aio.commands``."""

    def history(
        self, **filters: Unpack[HistoryFilters]
    ) -> AsyncPager[CommandHistoryResponse, CommandHistoryEntry]:
        """The command history across pages: ``async for entry in ...``."""
        return AsyncPager(
            _listing(self._runner, list_command_history, CommandHistoryResponse, filters)
        )
