"""Device-list pages kept between writes, bounded in pages and in characters.

The store owns one cache and its rules: it empties the cache inside every write that can change
a page, before the lock is released, and passes SQLite's ``PRAGMA data_version`` to ``check``
before serving, so that a commit by another connection to the same file (another process)
empties it too. A page therefore never shows state older than the last acknowledged write.
This module only keeps pages; it does not lock (the store calls it under its own lock).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Sequence

__all__ = ["DEFAULT_LIST_CACHE_PAGES", "MAX_CACHED_CHARS", "Page", "PageCache"]

#: Pages of the device list kept between writes by default (0 turns the cache off).
DEFAULT_LIST_CACHE_PAGES = 256
#: Pages can be up to 1000 devices (~0.5 MB); this budget bounds memory whatever is asked.
MAX_CACHED_CHARS = 32 * 1024 * 1024

#: A page: its items as JSON texts, and the total when it was asked for.
Page = tuple[Sequence[str], int | None]


def _chars(page: Page) -> int:
    return sum(len(item) for item in page[0])


class PageCache:
    """Least recently used pages, at most ``max_pages`` of them and ``max_chars`` in all."""

    def __init__(self, max_pages: int, max_chars: int = MAX_CACHED_CHARS) -> None:
        """Keep up to ``max_pages`` pages (0: keep none)."""
        self._max_pages = max(0, max_pages)
        self._max_chars = max_chars
        self._pages: OrderedDict[Hashable, Page] = OrderedDict()
        self._size = 0
        self._data_version: int | None = None

    def __len__(self) -> int:
        """How many pages are kept."""
        return len(self._pages)

    def get(self, key: Hashable) -> Page | None:
        """The page kept under ``key``, if any (and mark it recently used)."""
        page = self._pages.get(key)
        if page is not None:
            self._pages.move_to_end(key)
        return page

    def put(self, key: Hashable, page: Page) -> None:
        """Keep ``page``, dropping the least recently used ones over either bound."""
        size = _chars(page)
        if self._max_pages == 0 or size > self._max_chars:
            return
        dropped = self._pages.pop(key, None)
        if dropped is not None:
            self._size -= _chars(dropped)
        self._pages[key] = page
        self._size += size
        while len(self._pages) > self._max_pages or self._size > self._max_chars:
            _, dropped = self._pages.popitem(last=False)
            self._size -= _chars(dropped)

    def clear(self) -> None:
        """Forget every page (after a write that may change one)."""
        self._pages.clear()
        self._size = 0
        self._data_version = None

    def check(self, data_version: int) -> None:
        """Forget every page if the database moved under another connection's commit."""
        if data_version != self._data_version:
            self.clear()
            self._data_version = data_version
