"""``python -m iotconnect_mock serve ...``."""

from .cli import main

main()
