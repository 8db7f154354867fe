from typing import Literal, cast

TemplateFileWireless = Literal["0", "1"]

TEMPLATE_FILE_WIRELESS_VALUES: set[TemplateFileWireless] = {
    "0",
    "1",
}


def check_template_file_wireless(value: str) -> TemplateFileWireless:
    """``value`` as ``TemplateFileWireless``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``TEMPLATE_FILE_WIRELESS_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(TemplateFileWireless, value)
