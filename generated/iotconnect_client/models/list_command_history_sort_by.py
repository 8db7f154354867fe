from typing import Literal, cast

ListCommandHistorySortBy = Literal["uniqueId", "uniqueId asc", "uniqueId desc"]

LIST_COMMAND_HISTORY_SORT_BY_VALUES: set[ListCommandHistorySortBy] = {
    "uniqueId",
    "uniqueId asc",
    "uniqueId desc",
}


def check_list_command_history_sort_by(value: str) -> ListCommandHistorySortBy:
    """``value`` as ``ListCommandHistorySortBy``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``LIST_COMMAND_HISTORY_SORT_BY_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(ListCommandHistorySortBy, value)
