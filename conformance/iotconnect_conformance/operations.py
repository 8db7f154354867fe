"""The operations of openapi.yaml, as a run names them."""

from __future__ import annotations

from dataclasses import dataclass

from iotconnect_spec import spec_document

__all__ = ["Operation", "linked", "spec_operations"]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True)
class Operation:
    """One operation: its id, method, path, first tag, the operations its replies link to, and
    the label schemathesis gives it."""

    operation_id: str
    method: str
    path: str
    tag: str
    links: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """``GET /Device``: how schemathesis, the summary and the reports name the operation."""
        return f"{self.method} {self.path}"


def spec_operations() -> list[Operation]:
    """Every operation of the spec, in the spec's order."""
    return [
        Operation(
            str(op["operationId"]),
            method.upper(),
            path,
            str(op.get("tags", ["-"])[0]),
            tuple(
                str(link["operationId"])
                for reply in op.get("responses", {}).values()
                for link in reply.get("links", {}).values()
                if "operationId" in link
            ),
        )
        for path, item in spec_document()["paths"].items()
        for method, op in item.items()
        if method in _METHODS
    ]


def linked(operations: list[Operation]) -> bool:
    """Whether a reply of one of ``operations`` links to another of them: the stateful phase
    has nothing to follow otherwise (schemathesis stops with ``NoLinksFound``)."""
    ids = {op.operation_id for op in operations}
    return any(target in ids for op in operations for target in op.links)
