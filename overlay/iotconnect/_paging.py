"""Auto-paging: :class:`Pager` and :class:`AsyncPager` walk a listing a page at a time.

A server (or a proxy) that ignores ``pageNumber`` and answers every request with a full page,
the same one, two in turn or a window that rotates, would be listed forever. So a listing
remembers the GUID of every item it yielded and stops with a
:class:`~iotconnect.errors.DecodeError` at the first one that comes again, and at
``max_items`` items (default :data:`~iotconnect._limits.MAX_ITEMS`) in any case. A listing by
continuation token (:class:`TokenListing`) stops likewise at a token that comes again.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final, Generic, Protocol, TypeVar
from uuid import UUID

from iotconnect_client.types import Unset

from ._limits import MAX_ITEMS
from ._plans import Plan
from ._resource import Runner, Step
from .errors import DecodeError

__all__ = ["AsyncPager", "Guids", "Listing", "Page", "PageT", "Pager", "TokenListing"]

T = TypeVar("T")


class Page(Protocol[T]):
    @property
    def data(self) -> list[T]: ...

    @property
    def count(self) -> int | Unset | None: ...


PageT = TypeVar("PageT", bound=Page[Any])


class _Walk(Protocol):
    """Where a listing is: the plan of its next page (None at the end), and what a page says."""

    def next_plan(self) -> Plan[Step, Any] | None: ...

    def saw(self, page: PageT) -> PageT: ...


_NIL: Final = bytes(16)
_FEW: Final = 1 << 16


class Guids:
    """A set of GUIDs: Python's own set of their integers while they are few (``few``, 65,536
    by default: about 5 MiB), so that a page is checked in a few calls in C; past that, a table
    of 16 bytes each (open addressing in one ``bytearray``, at most half full), so a million
    GUIDs take 32 MiB (a ``set`` of ``UUID`` about 130)."""

    def __init__(self, few: int = _FEW) -> None:
        """An empty set."""
        self._few: set[int] | None = set()
        self._most_few = few
        self._slots = 1024
        self._table = bytearray()  # made when the GUIDs stop being few
        self._count = 0
        self._nil = False

    def __len__(self) -> int:
        """How many GUIDs the set holds."""
        return len(self._few) if self._few is not None else self._count + self._nil

    def repeated(self, guids: list[UUID]) -> UUID | None:
        """Add ``guids``; the first of them the set held already or that comes twice in
        ``guids`` (the rest after it not added), None when every one is new."""
        few = self._few
        if few is not None:
            keys = {guid.int for guid in guids}
            fits = len(few) + len(keys) <= self._most_few
            if fits and len(keys) == len(guids) and few.isdisjoint(keys):
                few |= keys
                return None
        return next((guid for guid in guids if not self.add(guid)), None)

    def add(self, guid: UUID) -> bool:
        """Add ``guid``; False if it was there already."""
        if self._few is not None:
            if guid.int in self._few:
                return False
            if len(self._few) < self._most_few:
                self._few.add(guid.int)
                return True
            self._compact()
        key = guid.bytes
        if key == _NIL:  # the table's mark for a free slot, so kept apart
            added, self._nil = not self._nil, True
            return added
        if 2 * (self._count + 1) > self._slots:
            self._grow()
        if not _insert(self._table, self._slots, key):
            return False
        self._count += 1
        return True

    def _compact(self) -> None:
        few, self._few = self._few or set(), None
        while 2 * (len(few) + 1) > self._slots:
            self._slots *= 2
        self._table = bytearray(16 * self._slots)
        for number in few:
            self.add(UUID(int=number))

    def _grow(self) -> None:
        old, self._slots = self._table, self._slots * 2
        self._table = bytearray(16 * self._slots)
        for at in range(0, len(old), 16):
            key = bytes(old[at : at + 16])
            if key != _NIL:
                _insert(self._table, self._slots, key)


def _insert(table: bytearray, slots: int, key: bytes) -> bool:
    # hash() of bytes is keyed per process: GUIDs a server chose cannot all collide.
    slot = hash(key) & (slots - 1)
    while True:
        at = 16 * slot
        found = table[at : at + 16]
        if found == _NIL:
            table[at : at + 16] = key
            return True
        if found == key:
            return False
        slot = (slot + 1) & (slots - 1)


@dataclass
class _Paging:
    """Which page comes next, and when to stop.

    AWS answers ``count: -1`` (unknown), so a short or empty page is the only reliable end; a
    known count ends the listing one request earlier when it is a multiple of the page size.
    A GUID seen before, or more than ``limit`` items, end it with a :class:`DecodeError`.
    """

    page: Callable[[int], Plan[Step, Any]]
    size: int
    limit: int = MAX_ITEMS
    number: int = 1
    skipped: int = 0  # the items of the pages before the first one read (``page_number``)
    seen: int = 0
    done: bool = False
    guids: Guids = field(default_factory=Guids)

    def next_plan(self) -> Plan[Step, Any] | None:
        return None if self.done else self.page(self.number)

    def saw(self, page: PageT) -> PageT:
        items = page.data
        self.seen += len(items)
        if self.seen > self.limit:
            raise DecodeError(
                200,
                f"the listing passes {self.limit:,} items at page {self.number} (max_items)",
                "",
            )
        guids = [guid for item in items if isinstance(guid := getattr(item, "guid", None), UUID)]
        repeated = self.guids.repeated(guids)
        if repeated is not None:
            raise DecodeError(
                200,
                f"page {self.number} repeats device {repeated} of an earlier page: the server "
                "ignores pageNumber, or the listing changed while it was read",
                "",
            )
        count = page.count
        known = isinstance(count, int) and count >= 0 and self.skipped + self.seen >= count
        self.done = len(items) < self.size or known
        self.number += 1
        return page


@dataclass(frozen=True)
class Listing(Generic[PageT]):
    runner: Runner
    page: Callable[[int], Plan[Step, PageT]]
    size: int
    first: int = 1

    def paging(self) -> _Walk:
        limit = self.runner.options.max_items or MAX_ITEMS
        return _Paging(self.page, self.size, limit, self.first, (self.first - 1) * self.size)


@dataclass
class _TokenPaging:
    """Which continuation token comes next: none for the first page, then each reply's, until
    a reply gives none or an empty page. A token given before, or more than ``limit`` items,
    end it with a :class:`DecodeError`."""

    page: Callable[[str | None], Plan[Step, Any]]
    limit: int
    token: str | None = None
    seen: int = 0
    done: bool = False
    tokens: set[bytes] = field(default_factory=set)

    def next_plan(self) -> Plan[Step, Any] | None:
        return None if self.done else self.page(self.token)

    def saw(self, page: PageT) -> PageT:
        self.seen += len(page.data)
        if self.seen > self.limit:
            raise DecodeError(200, f"the listing passes {self.limit:,} items (max_items)", "")
        token = getattr(page, "continuation_token", None)
        if not page.data or not isinstance(token, str) or not token:
            self.done = True
            return page
        # A digest, not the token: the server sizes its tokens (up to the body limit each), and
        # one is kept per page of at least one item, so ``limit`` of them at most.
        digest = hashlib.blake2b(token.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if digest in self.tokens:
            raise DecodeError(
                200, "a reply repeats the continuation token of an earlier one: it would loop", ""
            )
        self.tokens.add(digest)
        self.token = token
        return page


@dataclass(frozen=True)
class TokenListing(Generic[PageT]):
    """A listing whose pages are asked for by the previous page's ``continuation_token``."""

    runner: Runner
    page: Callable[[str | None], Plan[Step, PageT]]

    def paging(self) -> _Walk:
        return _TokenPaging(self.page, self.runner.options.max_items or MAX_ITEMS)


class Pager(Generic[PageT, T]):
    """Every item of a listing, fetched a page at a time as the iteration goes.

    Iterate for the items; :meth:`pages` yields the whole pages (the generated list models)
    instead. Each iteration starts again from the first page.
    """

    def __init__(self, listing: Listing[PageT] | TokenListing[PageT]) -> None:
        """Prepare the listing; nothing is sent until the iteration starts."""
        self._listing = listing

    def pages(self) -> Iterator[PageT]:
        """The pages, one request each (blocking)."""
        runner, walk = self._listing.runner, self._listing.paging()
        while (plan := walk.next_plan()) is not None:
            yield walk.saw(runner.run(plan))

    def __iter__(self) -> Iterator[T]:
        """The items of every page."""
        for page in self.pages():
            yield from page.data


class AsyncPager(Generic[PageT, T]):
    """The async :class:`Pager`: ``async for`` over the items, or over :meth:`pages`."""

    def __init__(self, listing: Listing[PageT] | TokenListing[PageT]) -> None:
        """Prepare the listing; nothing is sent until the iteration starts."""
        self._listing = listing

    async def pages(self) -> AsyncIterator[PageT]:
        """The pages, one request each."""
        runner, walk = self._listing.runner, self._listing.paging()
        while (plan := walk.next_plan()) is not None:
            yield walk.saw(await runner.arun(plan))

    async def __aiter__(self) -> AsyncIterator[T]:
        """The items of every page."""
        async for page in self.pages():
            for item in page.data:
                yield item
