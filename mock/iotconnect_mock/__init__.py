"""A stateful mock of the IoTConnect REST API (work in progress)."""

__all__: list[str] = []
