"""Template files: the JSON the web UI exports, read for ``iot.templates.create_from_file``.

A file (a path) or the same document as a mapping; ``code`` and ``name`` replace the file's, so
one file can make templates under new codes (a code is unique in a company). The service checks
the rest and names what is wrong (a 412, :class:`~iotconnect.ValidationFailed`); here only what
the service could not read at all is refused: a file that is not there, too large, or not one
JSON object.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from .errors import IoTConnectError

__all__ = ["MAX_TEMPLATE_FILE", "TemplateFileError", "template_file"]

MAX_TEMPLATE_FILE: Final = 1024 * 1024
"""The largest template file read (bytes); the web UI's exports are a few kilobytes."""


class TemplateFileError(IoTConnectError, ValueError):
    """A template file cannot be used: missing, unreadable, too large, or not a JSON object."""


def template_file(
    source: str | os.PathLike[str] | Mapping[str, Any],
    *,
    code: str | None = None,
    name: str | None = None,
) -> bytes:
    """The template document to upload, compact JSON in UTF-8, with ``code`` and ``name``
    (when given) in place of the file's."""
    document = dict(source) if isinstance(source, Mapping) else _read(Path(source))
    if code is not None:
        document["code"] = code
    if name is not None:
        document["name"] = name
    try:
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    except (TypeError, ValueError) as exc:
        raise TemplateFileError(f"the template is not JSON data ({exc})") from None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_TEMPLATE_FILE + 1)
    except OSError as exc:
        raise TemplateFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(raw) > MAX_TEMPLATE_FILE:
        raise TemplateFileError(f"{path} is larger than {MAX_TEMPLATE_FILE:,} bytes")
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise TemplateFileError(f"{path} is not JSON in UTF-8") from None
    if not isinstance(document, dict):
        raise TemplateFileError(f"{path} holds no JSON object")
    return document
