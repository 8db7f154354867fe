"""The auth types of templates and devices, as the spec lists them (one source).

The spec's ``AuthType`` enum is what a template file and the lists' ``AuthType`` filter accept;
``DeviceCreate``'s ``x-certificate-auth-types`` are the types whose devices carry a
certificate, and so a unique id of at most 31 characters (the certificate's common name).
"""

from __future__ import annotations

from typing import Any, Final

from iotconnect_spec import spec_document

__all__ = ["AUTH_TYPES", "CERTIFICATE_AUTH_TYPES", "MAX_CERTIFICATE_UNIQUE_ID"]

_SCHEMAS: Final[dict[str, Any]] = spec_document()["components"]["schemas"]

AUTH_TYPES: Final[tuple[int, ...]] = tuple(_SCHEMAS["AuthType"]["enum"])
"""The auth types the spec lists, in its order."""
CERTIFICATE_AUTH_TYPES: Final = frozenset(_SCHEMAS["DeviceCreate"]["x-certificate-auth-types"])
"""The auth types whose devices authenticate with a certificate."""
MAX_CERTIFICATE_UNIQUE_ID: Final = 31
"""The longest unique id of a certificate device (``DeviceCreate``'s description)."""
