"""The ordered, bounded process map under corpus runs and ``check_many``: input order,
bounded work in flight, and what happens when a worker process dies."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

import newscheck
from newscheck import Article, Settings
from newscheck.corpus.runner import WorkersDiedError, ordered_map

POISON = 13


def _noop() -> None:
    pass


def _refuse_to_start() -> None:
    raise RuntimeError("no engine for you")


def _square_unless_poison(batch: list[int]) -> list[int]:
    for number in batch:
        if number == POISON:
            os._exit(1)  # a crash no exception handler sees, like a segfault or the OOM killer
    return [n * n for n in batch]


def _given_up(number: int, detail: str) -> int:
    return -1


def test_results_come_back_in_order_and_a_poison_item_alone_is_given_up() -> None:
    results = list(
        ordered_map(
            _square_unless_poison,
            range(40),
            jobs=2,
            initializer=_noop,
            initargs=(),
            crashed=_given_up,
            batch=3,
        )
    )
    assert results == [-1 if n == POISON else n * n for n in range(40)]


def _unpicklable_for_five(batch: list[int]) -> list[object]:
    return [(lambda: None) if n == 5 else n for n in batch]


def test_a_result_that_cannot_come_back_is_given_up_alone() -> None:
    results = ordered_map(
        _unpicklable_for_five,
        range(9),
        jobs=1,
        initializer=_noop,
        initargs=(),
        crashed=_given_up,
        batch=4,
    )
    assert list(results) == [0, 1, 2, 3, 4, -1, 6, 7, 8]


def test_no_more_than_the_window_is_read_ahead() -> None:
    pulled = 0

    def numbers() -> Iterator[int]:
        nonlocal pulled
        for number in range(200):
            pulled += 1
            yield number

    ahead = []
    for done, _ in enumerate(
        ordered_map(
            _square_unless_poison,
            (n for n in numbers() if n != POISON),
            jobs=2,
            initializer=_noop,
            initargs=(),
            crashed=_given_up,
            batch=2,
            window=3,
        ),
        1,
    ):
        ahead.append(pulled - done)
    assert max(ahead) <= 3 * 2 + 1  # three batches of two, plus the filtered-out one


def test_workers_that_cannot_start_stop_the_run_without_blaming_articles() -> None:
    results: list[int] = []
    with pytest.raises(WorkersDiedError, match="in a row"):
        results.extend(
            ordered_map(
                _square_unless_poison,
                range(10),
                jobs=1,
                initializer=_refuse_to_start,
                initargs=(),
                crashed=_given_up,
            )
        )
    assert results == []


def test_check_many_streams_a_generator_with_workers(clean_text: str) -> None:
    def articles() -> Iterator[Article]:
        for number in range(30):
            yield Article(id=str(number), body=clean_text[: 300 + 11 * number])

    reports = newscheck.check_many(articles(), config=Settings(select=["RD"]), jobs=2)
    assert [r.article.id for r in reports] == [str(n) for n in range(30)]
