"""Lazy page and item iterators that know nothing about the generated models.

The generated code supplies `fetch` (one API call with the paging parameters) and accessors for
items, headers and the total; these iterators decide when to stop. A page is fetched only when
the caller asks for something beyond the pages already fetched.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .headers import parse_bool, parse_int
from .policy import PaginationPolicy

__all__ = ["aiter_items", "aiter_pages", "iter_items", "iter_pages"]

R = TypeVar("R")
T = TypeVar("T")


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is not None:
        return value
    lowered = name.lower()
    for key, candidate in headers.items():
        if key.lower() == lowered:
            return candidate
    return None


@dataclass(slots=True)
class _Pager:
    """The paging state machine: parameters for the next call, and whether there is one."""

    policy: PaginationPolicy
    size: int
    number: int = 1  # page style: 1-based page number
    offset: int = 0  # offset style
    done: bool = False

    def params(self) -> dict[str, int]:
        p = self.policy
        if p.style == "page":
            assert p.page_param is not None and p.size_param is not None
            return {p.page_param: self.number, p.size_param: self.size}
        assert p.offset_param is not None and p.limit_param is not None
        return {p.offset_param: self.offset, p.limit_param: self.size}

    def advance(self, count: int, headers: Mapping[str, str], total: int | None) -> None:
        p = self.policy
        if count == 0:
            self.done = True
            return
        if p.style == "page":
            has_next = None
            if p.has_next_header is not None:
                has_next = parse_bool(_header(headers, p.has_next_header))
            self.done = not has_next if has_next is not None else count < self.size
            self.number += 1
            return
        if total is None and p.total_header is not None:
            total = parse_int(_header(headers, p.total_header))
        self.offset += count
        self.done = self.offset >= total if total is not None else count < self.size


def _pager(policy: PaginationPolicy, page_size: int | None) -> _Pager:
    if policy.style == "page" and (policy.page_param is None or policy.size_param is None):
        raise ValueError("PaginationPolicy: page style needs page_param and size_param")
    if policy.style == "offset" and (policy.offset_param is None or policy.limit_param is None):
        raise ValueError("PaginationPolicy: offset style needs offset_param and limit_param")
    size = policy.max_size if page_size is None else page_size
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= policy.max_size:
        raise ValueError(f"page_size: must be an integer from 1 to {policy.max_size}, got {size!r}")
    return _Pager(policy, size)


def iter_pages(
    fetch: Callable[[dict[str, int]], R],
    policy: PaginationPolicy,
    *,
    get_items: Callable[[R], Sequence[object]],
    get_headers: Callable[[R], Mapping[str, str]],
    get_total: Callable[[R], int | None] | None = None,
    page_size: int | None = None,
) -> Iterator[R]:
    """Yield each page's response, fetching the next one only when asked for it."""
    pager = _pager(policy, page_size)  # validate now, not at the first next()

    def pages() -> Iterator[R]:
        while not pager.done:
            page = fetch(pager.params())
            total = get_total(page) if get_total is not None else None
            pager.advance(len(get_items(page)), get_headers(page), total)
            yield page

    return pages()


def iter_items(
    fetch: Callable[[dict[str, int]], R],
    policy: PaginationPolicy,
    *,
    get_items: Callable[[R], Sequence[T]],
    get_headers: Callable[[R], Mapping[str, str]],
    get_total: Callable[[R], int | None] | None = None,
    page_size: int | None = None,
) -> Iterator[T]:
    """Yield every item across pages, fetching a page only when the previous one is used up."""
    pages = iter_pages(
        fetch,
        policy,
        get_items=get_items,
        get_headers=get_headers,
        get_total=get_total,
        page_size=page_size,
    )

    def items() -> Iterator[T]:
        for page in pages:
            yield from get_items(page)

    return items()


def aiter_pages(
    fetch: Callable[[dict[str, int]], Awaitable[R]],
    policy: PaginationPolicy,
    *,
    get_items: Callable[[R], Sequence[object]],
    get_headers: Callable[[R], Mapping[str, str]],
    get_total: Callable[[R], int | None] | None = None,
    page_size: int | None = None,
) -> AsyncIterator[R]:
    """Async `iter_pages`: `fetch` returns an awaitable."""
    pager = _pager(policy, page_size)

    async def pages() -> AsyncIterator[R]:
        while not pager.done:
            page = await fetch(pager.params())
            total = get_total(page) if get_total is not None else None
            pager.advance(len(get_items(page)), get_headers(page), total)
            yield page

    return pages()


def aiter_items(
    fetch: Callable[[dict[str, int]], Awaitable[R]],
    policy: PaginationPolicy,
    *,
    get_items: Callable[[R], Sequence[T]],
    get_headers: Callable[[R], Mapping[str, str]],
    get_total: Callable[[R], int | None] | None = None,
    page_size: int | None = None,
) -> AsyncIterator[T]:
    """Async `iter_items`."""
    pages = aiter_pages(
        fetch,
        policy,
        get_items=get_items,
        get_headers=get_headers,
        get_total=get_total,
        page_size=page_size,
    )

    async def items() -> AsyncIterator[T]:
        async for page in pages:
            for item in get_items(page):
                yield item

    return items()
