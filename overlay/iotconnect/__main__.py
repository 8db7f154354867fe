"""``python -m iotconnect`` and the ``iotconnect`` console script.

Imports the CLI only when it runs, so that without the ``cli`` extra the command says in one line
which extra to install (exit 2) instead of printing a traceback.
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main() -> None:
    """Run the ``iotconnect`` command."""
    try:
        from .cli import main as run
    except ImportError as exc:
        # The extra guards raise a bare ImportError; a module missing for any other reason
        # (ModuleNotFoundError, which names it) is a bug, and keeps its traceback.
        if exc.name is not None:
            raise
        sys.stderr.write(f"error: {exc}\n")
        raise SystemExit(2) from None
    run()


if __name__ == "__main__":
    main()
