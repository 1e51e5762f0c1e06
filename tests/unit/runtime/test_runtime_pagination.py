"""Lazy pagination over page/per_page (Duoplane) and offset/limit (Duda) APIs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pytest
from clientgen.runtime.pagination import aiter_items, aiter_pages, iter_items, iter_pages
from clientgen.runtime.policy import PaginationPolicy

PAGE = PaginationPolicy.from_dict(
    {
        "style": "page",
        "items_field": "data",
        "page_param": "page",
        "size_param": "per_page",
        "max_size": 250,
        "has_next_header": "Duoplane-Has-Next-Page",
        "total_header": "Duoplane-Total-Count",
    }
)
OFFSET = PaginationPolicy.from_dict(
    {
        "style": "offset",
        "items_field": "results",
        "offset_param": "offset",
        "limit_param": "limit",
        "max_size": 100,
        "total_field": "total_responses",
    }
)


@dataclass
class Page:
    items: list[int]
    headers: dict[str, str] = field(default_factory=dict)
    total: int | None = None


def items_of(page: Page) -> list[int]:
    return page.items


def headers_of(page: Page) -> Mapping[str, str]:
    return page.headers


def total_of(page: Page) -> int | None:
    return page.total


@dataclass
class PagedServer:
    """`count` records served page by page; remembers every call's parameters."""

    count: int
    send_has_next: bool = True
    calls: list[dict[str, int]] = field(default_factory=list)

    def page_style(self, params: dict[str, int]) -> Page:
        self.calls.append(params)
        size, page = params["per_page"], params["page"]
        items = list(range((page - 1) * size, min(page * size, self.count)))
        headers = {}
        if self.send_has_next:
            headers["duoplane-has-next-page"] = "true" if page * size < self.count else "false"
        return Page(items, headers)

    def offset_style(self, params: dict[str, int]) -> Page:
        self.calls.append(params)
        offset, limit = params["offset"], params["limit"]
        return Page(list(range(offset, min(offset + limit, self.count))), total=self.count)

    async def apage_style(self, params: dict[str, int]) -> Page:
        return self.page_style(params)

    async def aoffset_style(self, params: dict[str, int]) -> Page:
        return self.offset_style(params)


def test_page_style_follows_has_next_header_lazily() -> None:
    server = PagedServer(count=7)
    items = iter_items(
        server.page_style, PAGE, get_items=items_of, get_headers=headers_of, page_size=3
    )
    assert server.calls == []  # nothing fetched until asked
    assert next(items) == 0
    assert server.calls == [{"page": 1, "per_page": 3}]
    assert [next(items), next(items)] == [1, 2]
    assert len(server.calls) == 1  # the first page still suffices
    assert next(items) == 3
    assert len(server.calls) == 2
    assert list(items) == [4, 5, 6]
    assert server.calls[-1] == {"page": 3, "per_page": 3}
    assert len(server.calls) == 3


def test_page_style_stops_on_has_next_false_even_if_page_is_full() -> None:
    server = PagedServer(count=6)
    pages = list(
        iter_pages(server.page_style, PAGE, get_items=items_of, get_headers=headers_of, page_size=3)
    )
    assert len(pages) == 2 and len(server.calls) == 2


def test_page_style_without_header_stops_on_short_page() -> None:
    server = PagedServer(count=6, send_has_next=False)
    items = list(
        iter_items(server.page_style, PAGE, get_items=items_of, get_headers=headers_of, page_size=3)
    )
    assert items == list(range(6))
    assert len(server.calls) == 3  # the third, empty page is what says "done"
    server = PagedServer(count=5, send_has_next=False)
    list(
        iter_pages(server.page_style, PAGE, get_items=items_of, get_headers=headers_of, page_size=3)
    )
    assert len(server.calls) == 2


def test_page_size_defaults_to_max_and_is_validated() -> None:
    server = PagedServer(count=1)
    list(iter_pages(server.page_style, PAGE, get_items=items_of, get_headers=headers_of))
    assert server.calls == [{"page": 1, "per_page": 250}]
    for bad in (0, 251, -1):
        with pytest.raises(ValueError, match=r"page_size: must be an integer from 1 to 250"):
            iter_pages(
                server.page_style, PAGE, get_items=items_of, get_headers=headers_of, page_size=bad
            )
    assert len(server.calls) == 1  # rejected before anything was fetched


def test_offset_style_uses_total_and_is_lazy() -> None:
    server = PagedServer(count=250)
    pages = iter_pages(
        server.offset_style, OFFSET, get_items=items_of, get_headers=headers_of, get_total=total_of
    )
    first = next(pages)
    assert first.items[0] == 0 and len(server.calls) == 1
    rest = list(pages)
    assert [p.items[0] for p in rest] == [100, 200]
    assert server.calls == [
        {"offset": 0, "limit": 100},
        {"offset": 100, "limit": 100},
        {"offset": 200, "limit": 100},
    ]


def test_offset_style_exact_multiple_does_not_fetch_an_extra_page() -> None:
    server = PagedServer(count=200)
    items = list(
        iter_items(
            server.offset_style,
            OFFSET,
            get_items=items_of,
            get_headers=headers_of,
            get_total=total_of,
        )
    )
    assert items == list(range(200)) and len(server.calls) == 2


def test_offset_style_stops_on_empty_page_even_if_total_lies() -> None:
    def fetch(params: dict[str, int]) -> Page:
        calls.append(params)
        return Page([] if params["offset"] >= 10 else list(range(10)), total=1000)

    calls: list[dict[str, int]] = []
    items = list(
        iter_items(fetch, OFFSET, get_items=items_of, get_headers=headers_of, get_total=total_of)
    )
    assert len(items) == 10 and len(calls) == 2


def test_offset_style_without_total_stops_on_short_page() -> None:
    server = PagedServer(count=130)
    items = list(
        iter_items(server.offset_style, OFFSET, get_items=items_of, get_headers=headers_of)
    )
    assert len(items) == 130 and len(server.calls) == 2


@pytest.mark.asyncio
async def test_async_iterators_are_lazy_too() -> None:
    server = PagedServer(count=5)
    items = aiter_items(
        server.apage_style, PAGE, get_items=items_of, get_headers=headers_of, page_size=2
    )
    assert server.calls == []
    assert await items.__anext__() == 0
    assert len(server.calls) == 1
    assert [i async for i in items] == [1, 2, 3, 4]
    assert len(server.calls) == 3

    offset_server = PagedServer(count=150)
    pages = [
        p
        async for p in aiter_pages(
            offset_server.aoffset_style,
            OFFSET,
            get_items=items_of,
            get_headers=headers_of,
            get_total=total_of,
        )
    ]
    assert len(pages) == 2
    with pytest.raises(ValueError, match="page_size"):
        aiter_pages(
            server.apage_style, PAGE, get_items=items_of, get_headers=headers_of, page_size=0
        )
