from typing import Literal, cast

TemplateFileGreenGrass = Literal["0", "1"]

TEMPLATE_FILE_GREEN_GRASS_VALUES: set[TemplateFileGreenGrass] = {
    "0",
    "1",
}


def check_template_file_green_grass(value: str) -> TemplateFileGreenGrass:
    """``value`` as ``TemplateFileGreenGrass``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``TEMPLATE_FILE_GREEN_GRASS_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r}: expected str")
    return cast(TemplateFileGreenGrass, value)
