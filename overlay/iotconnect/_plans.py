"""Plans: the logic of a call written once, run by a blocking and by an asyncio driver.

A plan is a generator that yields each piece of I/O it needs (a request to send, a pause, a
token) and gets the result back, or the failure thrown in; what it returns is the call's result.
Like ``httpx.Auth.auth_flow``, it never does I/O itself, so :func:`run` and :func:`arun` are
the only code that differs between sync and async.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

__all__ = ["Plan", "arun", "run"]

S = TypeVar("S")
R = TypeVar("R")

Plan = Generator[S, Any, R]
"""Yields steps of type ``S``, is sent each step's result, returns ``R``."""


def run(plan: Plan[S, R], answer: Callable[[S], object], catch: tuple[type[Exception], ...]) -> R:
    """Run ``plan``, answering each step with ``answer(step)``.

    Exceptions of the ``catch`` types are thrown into the plan, which may handle them.
    """
    stepper = _Stepper(plan)
    for step in stepper:
        try:
            stepper.reply = answer(step)
        except catch as exc:
            stepper.error = exc
    return stepper.result


async def arun(
    plan: Plan[S, R],
    answer: Callable[[S], Awaitable[object]],
    catch: tuple[type[Exception], ...],
) -> R:
    """Run ``plan``, answering each step with ``await answer(step)``; see :func:`run`."""
    stepper = _Stepper(plan)
    for step in stepper:
        try:
            stepper.reply = await answer(step)
        except catch as exc:
            stepper.error = exc
    return stepper.result


class _Stepper(Generic[S, R]):
    """Walks a plan: hands out its steps and feeds back the reply (or the failure, ``error``)
    of each."""

    def __init__(self, plan: Plan[S, R]) -> None:
        self.reply: object = None
        self.error: Exception | None = None
        self._plan = plan
        self._result: tuple[R] | None = None

    @property
    def result(self) -> R:
        assert self._result is not None, "the plan has not finished"
        return self._result[0]

    def __iter__(self) -> Iterator[S]:
        try:
            while True:
                try:
                    if self.error is None:
                        step = self._plan.send(self.reply)
                    else:
                        step = self._plan.throw(self.error)
                except StopIteration as stop:
                    self._result = (stop.value,)
                    return
                self.reply, self.error = None, None
                yield step
        finally:
            self._plan.close()
