"""A validating proxy in front of the IoTConnect services: ``iotconnect proxy``.

Any client (ours, the TypeScript one, the vendor's, curl) pointed at it talks to the real
service (or the mock) through it; every request and reply is checked against ``openapi.yaml``
and each distinct finding is reported once, with a redacted example. Read-only unless told
otherwise. Needs the ``proxy`` extra: ``pip install 'iotconnect-openapi[proxy]'``.

Where things live::

    app        create_app, Proxy: routing, forwarding, discovery rewritten to the proxy
    checks     ExchangeChecker: operation, request, status, content type, schema, envelope
    findings   Finding, Findings: distinct findings, examples, counts
    settings   ProxySettings
    server     serve_in_thread, and the uvicorn config the command uses
    cli        the ``iotconnect proxy`` command
"""

from importlib.util import find_spec as _find_spec

if any(_find_spec(name) is None for name in ("starlette", "uvicorn", "jsonschema_rs")):
    raise ImportError(
        "iotconnect_proxy needs the 'proxy' extra: pip install 'iotconnect-openapi[proxy]'"
    )

from .app import LOCAL_HEADER, Proxy, create_app
from .checks import Exchange, ExchangeChecker
from .findings import CHECKS, Check, Finding, Findings
from .server import serve_in_thread
from .settings import DEFAULT_MAX_BODY, ProxySettings

__all__ = [
    "CHECKS",
    "DEFAULT_MAX_BODY",
    "LOCAL_HEADER",
    "Check",
    "Exchange",
    "ExchangeChecker",
    "Finding",
    "Findings",
    "Proxy",
    "ProxySettings",
    "create_app",
    "serve_in_thread",
]
