"""Conformance checks of an IoTConnect server against openapi.yaml, with schemathesis.

    from iotconnect_conformance import Options, Target, run

    run()                                   # the embedded mock, every check
    run(Target(username=..., password=..., solution_key=..., environment="poc"))

Built on the client (``iotconnect``) and the mock (``iotconnect_mock``); neither imports it:
``iotconnect conformance`` is this package's own command (:mod:`.cli`), which the client's CLI
finds through the ``iotconnect.commands`` entry points. Needs the ``conformance`` extra:
``pip install 'iotconnect-openapi[conformance]'``.
"""

from importlib.util import find_spec as _find_spec

if _find_spec("schemathesis") is None:
    raise ImportError(
        "iotconnect_conformance needs the 'conformance' extra: "
        "pip install 'iotconnect-openapi[conformance]'"
    )

from .devices import Touched
from .options import CHECKS, Options, Outcome
from .runner import run
from .summary import Summary
from .target import Identity, Target

__all__ = ["CHECKS", "Identity", "Options", "Outcome", "Summary", "Target", "Touched", "run"]
