from typing import Literal, cast

TemplateFileAttributeType = Literal[
    "BIT",
    "BOOLEAN",
    "DATE",
    "DATETIME",
    "DECIMAL",
    "INTEGER",
    "LATLONG",
    "LONG",
    "OBJECT",
    "STRING",
    "TIME",
]

TEMPLATE_FILE_ATTRIBUTE_TYPE_VALUES: set[TemplateFileAttributeType] = {
    "BIT",
    "BOOLEAN",
    "DATE",
    "DATETIME",
    "DECIMAL",
    "INTEGER",
    "LATLONG",
    "LONG",
    "OBJECT",
    "STRING",
    "TIME",
}


def check_template_file_attribute_type(value: str) -> TemplateFileAttributeType:
    """``value`` as ``TemplateFileAttributeType``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``TEMPLATE_FILE_ATTRIBUTE_TYPE_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(TemplateFileAttributeType, value)
