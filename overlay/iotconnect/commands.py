"""Commands: ``iot.commands`` and ``iot.aio.commands``, sent to devices, and their history.

A command is named by its machine name (the template command's ``command``) or its GUID, and is
looked up among the commands of the device's template, so a name another template also uses
never reaches the wrong device. A device is named by its GUID, its unique id, or the model a
read returned. Sending to a template reaches every device of it the user may see (the token's
entity and the entities below it).

The history has two forms on the service: ``GET`` (page numbers; search, sort and device-kind
filters) and ``POST`` (filters in a body, continuation tokens; the only one that filters by
``capability``). ``history()`` uses the POST form when it is given ``capability``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias, Unpack
from uuid import UUID

from iotconnect_client.api.device import (
    list_command_history,
    resend_command,
    search_command_history,
    send_command_to_device,
    send_command_to_template,
)
from iotconnect_client.models import (
    CommandHistoryEntry,
    CommandHistoryResponse,
    CommandHistorySearch,
    CommandHistoryTokenPage,
    CommandSentResponse,
    CommandToDevice,
    CommandToTemplate,
    DeviceInformation,
    DeviceListItem,
    TemplateCommandItem,
)

from ._paging import AsyncPager, Listing, Pager, TokenListing
from ._plans import Plan
from ._resource import (
    AsyncResource,
    BlockingResource,
    Entity,
    Method,
    Runner,
    Step,
    as_guid,
    call,
)
from .errors import ConfigurationError, DecodeError, NotFound
from .resources import _DeviceMethods, _listing, _template_guid, _TemplateMethods

__all__ = ["AsyncCommands", "Commands", "DeviceRef", "HistoryFilters", "HistoryPage"]

DeviceRef: TypeAlias = UUID | str | DeviceInformation | DeviceListItem
"""A device as the command methods take it: a GUID, a unique id, or a model a read returned."""

HistoryFilters: TypeAlias = list_command_history.Query
"""Filters of ``commands.history()``: the generated ``list_command_history`` query."""

HistoryPage: TypeAlias = CommandHistoryResponse | CommandHistoryTokenPage
"""A page of ``commands.history()``: of the GET form, or of the POST form (``capability``)."""

# The POST form's body has these of the GET form's filters; the others it cannot send.
_SEARCH_FILTERS = frozenset({"device_guid", "page_size"})


def _history(
    runner: Runner, filters: Mapping[str, Any], capability: int | None
) -> Listing[HistoryPage] | TokenListing[HistoryPage]:
    """The history's pages: the GET form, or with ``capability`` the POST form."""
    if capability is None:
        return _listing(runner, list_command_history, CommandHistoryResponse, filters)
    other = sorted(set(filters) - _SEARCH_FILTERS)
    if other:
        raise ConfigurationError(
            f"the history's capability filter (its POST form) takes no {', '.join(other)}: "
            "only device_guid and page_size"
        )

    def page(token: str | None) -> Plan[Step, HistoryPage]:
        body = CommandHistorySearch(continuation_token=token, capability=capability, **filters)
        request = search_command_history.request_kwargs(body=body)
        return (yield from call(search_command_history, CommandHistoryTokenPage, request))

    return TokenListing(runner, page)


def _device(device: DeviceRef) -> Plan[Step, tuple[UUID, UUID]]:
    """The device's GUID and its template's GUID (read from the service when not at hand)."""
    found: DeviceInformation | DeviceListItem
    if isinstance(device, (DeviceInformation, DeviceListItem)):
        found = device
    else:
        try:
            guid = as_guid(device)
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
        request = resend_command.request_kwargs(as_guid(history_guid))
        yield from call(resend_command, CommandSentResponse, request)


class Commands(_CommandMethods, BlockingResource):
    """Commands to the company's devices, blocking: ``iot.commands``."""

    def history(
        self, *, capability: int | None = None, **filters: Unpack[HistoryFilters]
    ) -> Pager[HistoryPage, CommandHistoryEntry]:
        """The command history, newest first, across pages (``device_guid`` for one device's;
        ``page_size``, ``search_text``, ``sort_by``). With ``capability`` (only the commands of
        templates with it) the service's POST form, which pages by continuation token and
        takes only ``device_guid`` and ``page_size`` besides (others: ConfigurationError)."""
        return Pager(_history(self._runner, filters, capability))


class AsyncCommands(_CommandMethods, AsyncResource):
    """Commands to the company's devices, async: ``iot.aio.commands``."""

    def history(
        self, *, capability: int | None = None, **filters: Unpack[HistoryFilters]
    ) -> AsyncPager[HistoryPage, CommandHistoryEntry]:
        """The command history across pages: ``async for entry in ...`` (``capability``: as
        for :meth:`Commands.history`)."""
        return AsyncPager(_history(self._runner, filters, capability))
