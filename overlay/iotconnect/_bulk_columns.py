"""The columns of a bulk file: what ``iot.devices.import_rows`` reads, ``export`` writes by default.

Apart from :mod:`iotconnect.bulk`, which imports the models and the spec, so that the CLI names
them in its help without importing the client stack.
"""

from __future__ import annotations

from typing import Final

__all__ = ["COLUMNS"]

COLUMNS: Final = ("uniqueId", "displayName", "template", "entity", "note", "tag", "parent")
"""The import's columns, and the export's default fields."""
