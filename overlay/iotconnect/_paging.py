"""Auto-paging: :class:`Pager` and :class:`AsyncPager` walk a listing a page at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from iotconnect_client.types import Unset

from ._plans import Plan
from ._resource import Runner, Step
from .errors import DecodeError

__all__ = ["AsyncPager", "Listing", "Page", "PageT", "Pager"]

T = TypeVar("T")


class Page(Protocol[T]):
    @property
    def data(self) -> list[T]: ...

    @property
    def count(self) -> int | Unset | None: ...


PageT = TypeVar("PageT", bound=Page[Any])


@dataclass
class _Paging:
    """Which page comes next, and when to stop.

    AWS answers ``count: -1`` (unknown), so a short or empty page is the only reliable end; a
    known count ends the listing one request earlier when it is a multiple of the page size.
    """

    size: int
    number: int = 1
    seen: int = 0
    done: bool = False
    first: object = None

    def next(self) -> int | None:
        return None if self.done else self.number

    def saw(self, page: PageT) -> PageT:
        items = page.data
        if self.number > 1 and items and items[0] == self.first:
            # A service that ignores pageNumber would otherwise be listed forever.
            raise DecodeError(200, f"page {self.number} repeats page {self.number - 1}", "")
        self.first = items[0] if items else None
        self.seen += len(items)
        count = page.count
        known = isinstance(count, int) and count >= 0 and self.seen >= count
        self.done = len(items) < self.size or known
        self.number += 1
        return page


@dataclass(frozen=True)
class Listing(Generic[PageT]):
    runner: Runner
    page: Callable[[int], Plan[Step, PageT]]
    size: int


class Pager(Generic[PageT, T]):
    """Every item of a listing, fetched a page at a time as the iteration goes.

    Iterate for the items; :meth:`pages` yields the whole pages (the generated list models)
    instead. Each iteration starts again from the first page.
    """

    def __init__(self, listing: Listing[PageT]) -> None:
        """Prepare the listing; nothing is sent until the iteration starts."""
        self._listing = listing

    def pages(self) -> Iterator[PageT]:
        """The pages, one request each (blocking)."""
        listing, paging = self._listing, _Paging(self._listing.size)
        while (number := paging.next()) is not None:
            yield paging.saw(listing.runner.run(listing.page(number)))

    def __iter__(self) -> Iterator[T]:
        """The items of every page."""
        for page in self.pages():
            yield from page.data


class AsyncPager(Generic[PageT, T]):
    """The async :class:`Pager`: ``async for`` over the items, or over :meth:`pages`."""

    def __init__(self, listing: Listing[PageT]) -> None:
        """Prepare the listing; nothing is sent until the iteration starts."""
        self._listing = listing

    async def pages(self) -> AsyncIterator[PageT]:
        """The pages, one request each."""
        listing, paging = self._listing, _Paging(self._listing.size)
        while (number := paging.next()) is not None:
            yield paging.saw(await listing.runner.arun(listing.page(number)))

    async def __aiter__(self) -> AsyncIterator[T]:
        """The items of every page."""
        async for page in self.pages():
            for item in page.data:
                yield item
