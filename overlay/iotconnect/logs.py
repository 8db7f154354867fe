"""The library's log lines: the ``iotconnect`` logger, and switching it on from the environment.

Every line goes to a child of the ``iotconnect`` logger: ``iotconnect.http`` has one line per
request and one per retry (INFO), ``iotconnect.auth`` the token lifecycle (DEBUG and INFO),
``iotconnect.replies`` the replies that differ from the spec (WARNING). The request lines stay
below WARNING so that, with logging not configured, Python's last-resort handler prints none
of them: a failure is the exception the call raises. A line names the request by method, host
and path (never the query), with its status or error, the attempt and the time it took::

    GET api.example.com/api/v2.1/Device -> 200 (attempt 1, 41 ms)
    GET api.example.com/api/v2.1/Device -> 503 (attempt 1, 12 ms); retrying (1/3) in 0.42 s

No line carries a password, solution key or token: they are built from methods, hosts, paths
and status codes, with every secret the process knows masked.

The library adds no handler of its own, as a library should not: configure ``logging`` as usual
(``logging.basicConfig(level=logging.INFO)``, or a level on ``logging.getLogger("iotconnect")``),
or set :data:`LOG_VARIABLE` (``IOTCONNECT_LOG=debug``, ``info``, ``warning`` or ``error``) for
lines on stderr without touching the code: the first session made reads it, and only then does
the library add a handler (:func:`log_to_stderr`).
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from collections.abc import Mapping
from typing import Final, Literal, TextIO

__all__ = ["LOGGER", "LOG_VARIABLE", "Level", "log_to_stderr", "log_to_stderr_if_asked"]

LOGGER: Final = "iotconnect"
"""The name of the logger every line of the library goes to (through its children)."""
LOG_VARIABLE: Final = "IOTCONNECT_LOG"
"""The environment variable that asks for lines on stderr, and names their least level."""

Level = Literal["debug", "info", "warning", "error"]
_LEVELS: Final[Mapping[Level, int]] = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}
_FORMAT: Final = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_asked = False


class _StderrHandler(logging.Handler):
    """The one handler the library may add; its class tells it apart from the application's.

    Without a stream of its own it writes to ``sys.stderr`` as it is at each line (as
    ``logging.lastResort`` does), so that a replaced stderr (a test runner's) is followed.
    """

    def __init__(self, stream: TextIO | None) -> None:
        super().__init__()
        self.target = stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            stream = self.target or sys.stderr
            stream.write(self.format(record) + "\n")
            stream.flush()
        except Exception:
            self.handleError(record)


def log_to_stderr(level: Level = "info", stream: TextIO | None = None) -> None:
    """Print the library's lines of ``level`` and above on ``stream`` (default: stderr).

    For scripts and the CLI's ``--verbose``; an application configures ``logging`` itself.
    Calling it again changes the level and the stream of the same handler: never two.
    """
    logger = logging.getLogger(LOGGER)
    handler = next((h for h in logger.handlers if isinstance(h, _StderrHandler)), None)
    if handler is None:
        handler = _StderrHandler(stream)
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
    else:
        handler.target = stream
    logger.setLevel(_LEVELS[level])


def log_to_stderr_if_asked(environ: Mapping[str, str] | None = None) -> None:
    """:func:`log_to_stderr` at the level :data:`LOG_VARIABLE` names, the first time it is
    called with one set (the application may change the level after that).

    An unknown value is a warning, not an error: a typo in a debugging switch must not stop
    the program.
    """
    global _asked
    value = (os.environ if environ is None else environ).get(LOG_VARIABLE, "").strip().lower()
    if not value or _asked:
        return
    _asked = True
    level = next((name for name in _LEVELS if name == value), None)
    if level is None:
        warnings.warn(
            f"{LOG_VARIABLE}={value!r} is not one of {', '.join(_LEVELS)}: no log lines",
            stacklevel=2,
        )
        return
    log_to_stderr(level)
