from typing import Literal, cast

ListTemplateCommandsSortBy = Literal["name", "name asc", "name desc"]

LIST_TEMPLATE_COMMANDS_SORT_BY_VALUES: set[ListTemplateCommandsSortBy] = {
    "name",
    "name asc",
    "name desc",
}


def check_list_template_commands_sort_by(value: str) -> ListTemplateCommandsSortBy:
    """``value`` as ``ListTemplateCommandsSortBy``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``LIST_TEMPLATE_COMMANDS_SORT_BY_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(ListTemplateCommandsSortBy, value)
