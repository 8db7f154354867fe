from typing import Literal, cast

CommandToTemplateApplyTo = Literal[1, 2]

COMMAND_TO_TEMPLATE_APPLY_TO_VALUES: set[CommandToTemplateApplyTo] = {
    1,
    2,
}


def check_command_to_template_apply_to(value: int) -> CommandToTemplateApplyTo:
    """``value`` as ``CommandToTemplateApplyTo``, whether listed or not: an open enum. A value a later
    release of the service added passes as it came (compare with ``COMMAND_TO_TEMPLATE_APPLY_TO_VALUES``),
    so parsing a reply never fails on it. A value of another type is no addition but a wrong
    reply: TypeError, as for a closed enum."""
    if not isinstance(value, int):
        raise TypeError(f"{value!r}: expected int")
    return cast(CommandToTemplateApplyTo, value)
