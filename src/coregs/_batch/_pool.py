"""Running one task over many items, in input order, inline or on worker processes.

``jobs == 1`` runs in this process, one item at a time. ``jobs > 1`` hands the task to each
worker once (at start-up) and the items in chunks; at most two chunks per worker are in
flight, so memory stays flat however many items there are, and results come back in input
order as soon as the chunks before them are done.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import Any, Generic, TypeVar

from coregs._errors import InputError

__all__ = ["Task", "no_cycle_collection", "ordered_map", "require_jobs"]

_X = TypeVar("_X")
_Y = TypeVar("_Y")

CHUNK = 64
"""Items a worker takes at a time: enough to make the hand-over cheap (a case takes about a
quarter of a millisecond), few enough that two workers start together on small batches."""


class Task(Generic[_X, _Y]):
    """What a batch does to one item, with the settings it needs (picklable: a worker process
    gets a copy). :meth:`pack` and :meth:`unpack` carry a chunk's results back from a worker;
    by default they pass the list through pickle unchanged."""

    def __call__(self, item: _X) -> _Y:  # pragma: no cover - every task defines it
        raise NotImplementedError

    def pack(self, results: list[_Y]) -> Any:
        """A chunk's results, ready to leave the worker."""
        return results

    def unpack(self, packed: Any) -> list[_Y]:
        """A chunk's results, back in the calling process."""
        result: list[_Y] = packed
        return result


def require_jobs(jobs: object) -> int:
    """``jobs`` if it is a positive int, else :class:`~coregs.InputError`."""
    if type(jobs) is not int or jobs < 1:
        raise InputError("jobs", "expected a whole number of processes, 1 or more")
    return jobs


_WORKER_TASK: Task[Any, Any] | None = None  # set once in each worker process, by _start


def _start(task: Task[Any, Any]) -> None:
    global _WORKER_TASK  # noqa: PLW0603 - one task per worker process, for its lifetime
    _WORKER_TASK = task


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector while a chunk's results are made or rebuilt: they are some
    ten thousand containers, none in a cycle, alive together; the collector, run every 700
    new ones, went over them again and again (as much CPU as the unpickling in the calling
    process, a third more for a worker's check and packing; benchmarks/bench_batch.py).
    It is on again after, if it was; a cycle made meanwhile waits for its next run."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _run_chunk(items: list[Any]) -> Any:
    task = _WORKER_TASK
    assert task is not None
    with no_cycle_collection():
        return task.pack([task(item) for item in items])


def _context() -> multiprocessing.context.BaseContext:
    # forkserver where it exists: forking a process that runs threads (a notebook kernel, a
    # web server) is unsafe, and a fresh interpreter per worker costs one import of coregs
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def ordered_map(
    task: Task[_X, _Y], items: Iterable[_X], *, jobs: int, chunk: int = CHUNK
) -> Iterator[_Y]:
    """``task(item)`` for each item, in input order, on ``jobs`` processes (1: this one)."""
    if jobs == 1:
        yield from map(task, items)
        return
    it = iter(items)
    pool = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_start, initargs=(task,))
    pending: deque[Future[Any]] = deque()
    try:
        while True:
            batch = list(islice(it, chunk))
            if batch:
                pending.append(pool.submit(_run_chunk, batch))
            if pending and (len(pending) >= 2 * jobs or not batch):
                yield from task.unpack(pending.popleft().result())
            elif not batch:
                return
    finally:  # also when the caller stops reading early: drop the chunks not yet started
        pool.shutdown(wait=True, cancel_futures=True)
