from typing import Literal, cast

ListTemplateAttributesSortBy = Literal["sequence", "sequence asc", "sequence desc"]

LIST_TEMPLATE_ATTRIBUTES_SORT_BY_VALUES: set[ListTemplateAttributesSortBy] = {
    "sequence",
    "sequence asc",
    "sequence desc",
}


def check_list_template_attributes_sort_by(value: str) -> ListTemplateAttributesSortBy:
    """``value`` as ``ListTemplateAttributesSortBy``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``LIST_TEMPLATE_ATTRIBUTES_SORT_BY_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(ListTemplateAttributesSortBy, value)
