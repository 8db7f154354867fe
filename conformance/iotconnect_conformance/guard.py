"""The safety rule of every write run, enforced on each request just before it is sent.

schemathesis takes device GUIDs from wherever it finds them (list replies, examples, random
draws) and reuses them in PUT and DELETE. Against a real tenant that changes production devices.
Its coverage phase also sends methods an operation does not declare (PATCH on a device path,
say) to check that the server refuses them. So, in the child, right before each call:

- a valid create gets a unique id with the run's prefix (``conformance-<run id>-...``);
- any request with a method that may change state (all but GET, HEAD and OPTIONS) whose path
  names a device the run did not create is rewritten to name one it did (created on the spot
  when it has none left), and a create whose body names a parent device the run did not create
  gets one of the run's devices instead. A device is named by a GUID, or by its unique id in a
  ``{uniqueId}`` path parameter (twin, acquire, release): any unique id but one of the run's
  devices' could be a production device's, so it is replaced whatever it is;
- ownership is proven, not believed (:func:`~iotconnect_conformance.devices.prove`): a create's
  GUID is the run's only once it reads back with the unique id the run sent, and every device a
  state-changing request names is read back again just before it is sent; a GUID that fails is
  logged as disowned (a failed ``ownership_proven`` check) and replaced, never written to;
- in a read-only run such a request is not sent at all (the run reports it as an error; the
  runner configures schemathesis so that it never comes up);
- after each call, creates and state-changing calls are appended to the run's device log;
- a command goes only to a device of the run: a send by unique id names one of the run's, a
  send to many devices lists one of the run's devices instead of an entity or other devices, a
  valid send names a command of the run's template, and a re-send names a history entry of a
  command the run sent to one of its devices (sent on the spot when the run has sent none);
- a template upload that holds a JSON object gets a fresh random template code (``c`` and 9
  random letters or digits: codes are at most 10, and must not collide with a template the run
  still holds) and a name that starts with the run's prefix, and the template it makes is deleted
  right after; a template delete is pointed at a template the run makes for it on the spot, and
  deleted by the guard when the case's own request did not (a negative case: no token, a wrong
  method), so none is left behind. A template GUID an upload answered is the run's only once it
  reads back with the run's code (:func:`~iotconnect_conformance.devices.template_is`), proven
  again before every delete, so no template the run did not create is deleted.

Values that cannot name a device (no GUID in them) are sent as generated: that is how the run
checks that the server rejects them.
"""

from __future__ import annotations

import json
import secrets
import string
from collections.abc import Callable
from typing import Any, Final

import httpx
from schemathesis import GenerationMode, HookContext, Response

from .devices import (
    CREATE_SENT,
    CREATED,
    GONE,
    MINE,
    NOT_MINE,
    DeviceLog,
    NotOwned,
    create_device,
    guids_in,
    new_unique_id,
    normal,
    prove,
    remove_template,
    replace_guids,
    template_is,
)
from .handoff import Handoff
from .limits import json_of

__all__ = ["SAFE_METHODS", "Guard", "is_positive", "operation_id"]

_UNIQUE_ID: Final = "uniqueId"
_CODE_LETTERS: Final = string.ascii_lowercase + string.digits
_CODE_RANDOM: Final = 9
#: Methods that never change state on a server that follows HTTP.
SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})
#: Creates that failed the proof after which the guard stops making devices to write to: the
#: server lies about what it creates, and every further try only leaves one more behind.
UNPROVEN_CREATES: Final = 3


def operation_id(case: Any) -> str:
    """The operationId of a case's operation."""
    return str(case.operation.definition.raw["operationId"])


def is_positive(case: Any) -> bool:
    """Whether schemathesis generated ``case`` as valid input."""
    meta = getattr(case, "meta", None)
    return meta is not None and meta.generation.mode is GenerationMode.POSITIVE


class Guard:
    """The run's devices as one child sees them, and the rewriting that keeps it to them."""

    def __init__(self, target: Handoff, http: Callable[[], httpx.Client]) -> None:
        """``http`` gives an authenticated client of the device service (for creates)."""
        if target.device_log is None:
            raise ValueError("a guard needs the run's device log")
        self._target = target
        self._http = http
        self.log = DeviceLog(target.device_log)
        # Devices of earlier passes and probes count as the run's own too.
        self.mine: dict[str, str | None] = self.log.created()
        self.alive: dict[str, str | None] = self.log.alive()
        self._unproven = 0
        #: The run's devices that this process made gateways: a create named them as parent.
        self.gateways: list[str] = []
        #: The template (GUID, code) before_call made for the delete being sent.
        self._template_to_delete: tuple[str, str] | None = None
        #: The template code before_call gave the upload being sent.
        self._uploaded_code: str | None = None

    def unique_id(self, guid: str) -> str | None:
        """The unique id of one of the run's devices, if the run knows it."""
        return self.mine.get(normal(guid))

    def before_call(self, context: HookContext, case: Any, kwargs: dict[str, Any]) -> None:
        """Name the run's creates; point state-changing calls at the run's own devices, each
        proven the run's just now."""
        method = str(case.method).upper()
        if method in SAFE_METHODS:
            return
        if not self._target.writes:
            raise RuntimeError(f"refusing to send {method} {case.operation.path}: a read-only run")
        label = f"{method} {case.operation.path}"
        body = case.body if isinstance(case.body, dict) else None
        if operation_id(case) == "createDeviceTemplateFromFile" and body is not None:
            body["file"], self._uploaded_code = self._run_template(body.get("file"))
        if operation_id(case) == "deleteDeviceTemplate" and method == "DELETE":
            self._template_to_delete = self._new_template()
            case.path_parameters["deviceTemplateGuid"] = self._template_to_delete[0]
            return
        if operation_id(case) == "sendCommandByUniqueId" and method == "POST":
            # A unique id names a device as a GUID does: only the run's own get commands.
            own = self._own_device(label)
            case.path_parameters["uniqueId"] = self.mine.get(own) or own
        if operation_id(case) == "sendCommandToTemplate" and body is not None:
            # Never "every device of the template in an entity": the run's own device only.
            body.update(applyTo=2, devices=[self._own_device(label)], entityGuid=None)
        if (
            operation_id(case).startswith("sendCommandTo")
            and body is not None
            and is_positive(case)
        ):
            # A valid send names a command of the template the run's devices have.
            body["commandGuid"] = self._run_command()
            body["parameterValue"] = "1"
        if operation_id(case) == "resendCommand" and method == "PUT":
            history = self._run_history(label)
            if history is not None:
                case.path_parameters["commandHistoryGuid"] = history
                return
        if operation_id(case) == "createDevice" and method == "POST" and body is not None:
            unique_id = body.get("uniqueId")
            prefix = self._target.device_prefix
            prefixed = isinstance(unique_id, str) and unique_id.startswith(prefix)
            if is_positive(case) and not prefixed:
                body["uniqueId"] = unique_id = new_unique_id(prefix)
                prefixed = True
            if prefixed:
                self.log.record(None, unique_id, CREATE_SENT, 0)
            if guids_in(body.get("parentDeviceGuid")):
                # A parent must be there: a gone one makes a valid create a 412.
                body["parentDeviceGuid"] = self._proven(body["parentDeviceGuid"], label, alive=True)
        for name, value in (case.path_parameters or {}).items():
            if name == _UNIQUE_ID:
                case.path_parameters[name] = self._proven_unique_id(value, label)
            elif guids_in(value):
                case.path_parameters[name] = self._proven(value, label)

    def after_call(self, context: HookContext, case: Any, response: Response) -> None:
        """Append creates (once proven the run's) and state-changing calls to the device log."""
        method = str(case.method).upper()
        operation = operation_id(case)
        status = response.status_code
        if method in SAFE_METHODS:
            return
        if operation == "createDeviceTemplateFromFile" and status == 200:
            code, self._uploaded_code = self._uploaded_code, None
            if code is not None:
                remove_template(self._http(), _created_template(response), code)
            return
        if operation == "deleteDeviceTemplate" and method == "DELETE":
            # A template the run made for it (before_call): no device was touched.
            made, self._template_to_delete = self._template_to_delete, None
            if made is not None and not 200 <= status < 300:
                remove_template(self._http(), *made)
            return
        if operation == "resendCommand" and method == "PUT":
            return  # a history entry of the run's (before_call), or a GUID that names none
        if operation == "createDevice" and method == "POST" and status == 200:
            guid, unique_id = _created(case, response)
            if guid is None:
                return
            proof = prove(self._http(), guid, unique_id, self._target.device_prefix)
            if proof.verdict == MINE:
                self.log.record(guid, unique_id, CREATED, status)
                self.mine[guid] = self.alive[guid] = unique_id
                parent = case.body.get("parentDeviceGuid") if isinstance(case.body, dict) else None
                if isinstance(parent, str) and guids_in(parent) and normal(parent) in self.mine:
                    self.gateways.append(normal(parent))
            else:
                self._unproven += 1
                why = f"the create answered {guid}, but {proof.why or 'it is gone'}"
                self.log.disown(guid, unique_id, f"{method} {case.operation.path}", why)
            return
        declared = method == str(case.operation.method).upper()
        action = operation if declared else f"{method} {case.operation.path}"
        for name, value in (case.path_parameters or {}).items():
            named = [self._guid_of(value)] if name == _UNIQUE_ID else guids_in(value)
            for guid in filter(None, named):
                self.log.record(guid, self.mine.get(guid), action, status)
                if operation == "deleteDevice" and declared and 200 <= status < 300:
                    self.alive.pop(guid, None)

    def _proven(self, value: str, label: str, *, alive: bool = False) -> str:
        """``value`` if every GUID in it is one of the run's devices, proven so now (or, unless
        ``alive``, one the server says is gone); else ``value`` with them replaced by a device
        of the run's."""
        accepted = (MINE,) if alive else (MINE, GONE)
        for guid in guids_in(value):
            if guid not in self.mine or self._check(guid, label) not in accepted:
                return replace_guids(value, self._own_device(label))
        return value

    def _run_command(self) -> str | None:
        """A command of the template the run's devices are made from (read once)."""
        if not hasattr(self, "_command"):
            reply = self._http().get(f"/template-command/{self._target.template_guid}")
            try:
                self._command: str | None = str(json_of(reply.content)["data"][0]["guid"])
            except (ValueError, KeyError, IndexError, TypeError):
                self._command = None
        return self._command

    def _run_history(self, label: str) -> str | None:
        """A history entry of a command the run sent to one of its devices (by the run's
        unique-id prefix); when there is none yet (a re-send checked alone), one the run sends
        now to its own device. None when no command of the run's can be sent."""
        found = self._history_entry()
        if found is None and self._send_own_command(label):
            found = self._history_entry()
        return found

    def _history_entry(self) -> str | None:
        prefix = self._target.device_prefix
        reply = self._http().get(
            "/template-command/history", params={"searchText": prefix, "pageSize": 100}
        )
        try:
            entries = json_of(reply.content)["data"]
            return next(
                str(e["commandHistoryGuid"])
                for e in entries
                if str(e.get("uniqueId", "")).startswith(prefix)
            )
        except (ValueError, KeyError, IndexError, TypeError, StopIteration):
            return None

    def _send_own_command(self, label: str) -> bool:
        """Send the run's command to a device of the run's (logged as touched); whether the
        service took it."""
        command = self._run_command()
        if command is None:
            return False
        device = self._own_device(label)
        reply = self._http().post(
            f"/template-command/device/{device}/send",
            json={"commandGuid": command, "parameterValue": "1"},
        )
        self.log.record(device, self.mine.get(device), "sendCommandToDevice", reply.status_code)
        return reply.is_success

    def _template_code(self) -> str:
        # Random, not derived from the run id: templates a failed delete left would otherwise
        # collide (a 409) within a few hundred cases. The name carries the run's prefix.
        return "c" + "".join(secrets.choice(_CODE_LETTERS) for _ in range(_CODE_RANDOM))

    def _run_template(self, part: object) -> tuple[object, str | None]:
        """The uploaded file with a template code of the run, and that code, when it holds a
        JSON object; else the file as it is."""
        try:
            document = json.loads(part) if isinstance(part, (str, bytes)) else None
        except (ValueError, RecursionError):
            return part, None
        if not isinstance(document, dict):
            return part, None  # not a template: the server must refuse it as it is
        code = document["code"] = self._template_code()
        document["name"] = f"{self._target.device_prefix}{code}"
        text = json.dumps(document)
        return (text.encode() if isinstance(part, bytes) else text), code

    def _new_template(self) -> tuple[str, str]:
        """A template the run creates for a delete to remove, proven the run's: its GUID and
        code. NotOwned (nothing is sent) when the GUID answered reads back as another."""
        code = self._template_code()
        document = {"code": code, "name": f"{self._target.device_prefix}{code}", "authType": 5}
        files = {"file": ("template.json", json.dumps(document).encode(), "application/json")}
        reply = self._http().post("/device-template/quick", files=files)
        guid = _created_template(reply)
        if guid is None:
            remove_template(self._http(), None, code)  # made, if the reply was lost
            raise RuntimeError(f"refusing to send: no template of this run ({reply.status_code})")
        if not template_is(self._http(), guid, code):
            remove_template(self._http(), None, code)
            raise NotOwned(
                f"refusing to send: the upload answered template {guid}, which does not read "
                f"back with the run's code {code}"
            )
        return guid, code

    def _proven_unique_id(self, value: object, label: str) -> str:
        """``value`` if it is the unique id of one of the run's devices, proven so now; else the
        unique id of a device of the run's (a unique id can name any device of the tenant)."""
        guid = self._guid_of(value)
        if guid is not None and self._check(guid, label) == MINE:
            return str(value)
        own = self._own_device(label)
        return self.mine.get(own) or self._own_with_unique_id(label)

    def _own_with_unique_id(self, label: str) -> str:
        # A device of the run whose unique id the run knows (one it created itself).
        for guid in list(reversed(self.alive)):
            if self.mine.get(guid) and self._check(guid, label) == MINE:
                return str(self.mine[guid])
        raise NotOwned("refusing to send: no device of this run with a known unique id")

    def _guid_of(self, unique_id: object) -> str | None:
        """The GUID of the run's device with this unique id (ignoring case, as the service)."""
        if not isinstance(unique_id, str):
            return None
        wanted = unique_id.casefold()
        return next(
            (guid for guid, mine in self.mine.items() if mine and mine.casefold() == wanted), None
        )

    def _check(self, guid: str, label: str) -> str:
        """Prove ``guid`` (one of the run's) before ``label``; disown it when it reads back as
        another device. UNKNOWN (the read failed) keeps it for the clean-up's own proof."""
        proof = prove(self._http(), guid, self.mine[guid], self._target.device_prefix)
        if proof.verdict == GONE:
            self.alive.pop(guid, None)
        elif proof.verdict == NOT_MINE:
            self.log.disown(guid, self.mine.pop(guid), label, proof.why)
            self.alive.pop(guid, None)
        return proof.verdict

    def _own_device(self, label: str) -> str:
        """One of the run's live devices, the newest that proves the run's; created now when
        none is left. NotOwned (nothing is sent) when even a new one cannot be proven."""
        for guid in list(reversed(self.alive)):
            if self._check(guid, label) == MINE:
                return guid
        references = (self._target.entity_guid, self._target.template_guid)
        if references[0] is None or references[1] is None:
            raise NotOwned("refusing to send: no device of this run to point the call at")
        if self._unproven >= UNPROVEN_CREATES:
            raise NotOwned(
                f"refusing to send: {self._unproven} creates answered GUIDs that are not the "
                "devices created, so no device can be proven the run's"
            )
        try:
            guid, unique_id = create_device(
                self._http(), self.log, self._target.device_prefix, (references[0], references[1])
            )
        except NotOwned:
            self._unproven += 1
            raise
        self.mine[guid] = self.alive[guid] = unique_id
        return guid


def _created(case: Any, response: Response) -> tuple[str | None, str | None]:
    """The GUID and unique id of the device a successful create made, as far as the reply says."""
    try:
        guid = normal(str(json_of(response.content)["data"][0]["newid"]))
    except (ValueError, KeyError, IndexError, TypeError):
        return None, None
    # Only what the run sent can prove the device the run's, never what the reply says.
    sent = case.body.get("uniqueId") if isinstance(case.body, dict) else None
    return guid, sent if isinstance(sent, str) else None


def _created_template(response: Any) -> str | None:
    """The GUID of the template a successful upload made, as far as the reply says."""
    try:
        return normal(str(json_of(response.content)["data"][0]["deviceTemplateGuid"]))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
