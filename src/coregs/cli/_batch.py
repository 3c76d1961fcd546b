"""``coregs batch check`` and ``coregs batch iv-e``: a whole caseload, one output line per case.

The input is read as the output is written (JSON Lines, a folder of JSON files, or a CSV event
table), and each case's result is formatted by the process that computed it, so memory stays
flat and ``--jobs`` spreads the whole per-case cost. A case that cannot be evaluated gets an
error line in its place (field and rule, never a value); the exit status is 1 when any did.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from collections.abc import Iterator
from typing import IO, Any, Literal

from coregs._batch._failed import FailedCase
from coregs._batch._pool import Task, ordered_map, require_jobs
from coregs._batch._run import CheckTask, DetermineTask, Item
from coregs._batch._sources import Progress, event_table, json_documents
from coregs._errors import InputError
from coregs._options import resolve_options
from coregs.cli._common import AddParser, iso_date
from coregs.cli._eligibility import add_iv_e_settings
from coregs.cli._rules import add_check_settings, options_and_calendar
from coregs.compliance import Case
from coregs.eligibility import ALL_OPTIONS

__all__ = ["PARSERS"]

EXIT_SOME_FAILED = 1

_ERROR_COLUMNS = ("error", "error_field", "error_problem", "error_rule")


Output = tuple[FailedCase | None, tuple[str, ...], str]
"""What a worker hands back for one case: the failure (if it failed), the record columns of
its CSV rows (empty for JSON), and the text to write."""


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


class _Lines(Task[Item, Output]):
    """A case evaluated and written as its output, in the worker: one JSON line, or (``as_csv``)
    one CSV row per finding."""

    def __init__(self, evaluate: CheckTask | DetermineTask, key: str, *, as_csv: bool) -> None:
        self.evaluate = evaluate
        self.key = key
        self.as_csv = as_csv

    def __call__(self, item: Item) -> Output:
        result: Any = self.evaluate(item)
        if isinstance(result, FailedCase):  # as CSV, its row needs the header: the reader's
            return result, (), "" if self.as_csv else _json(result.to_dict())
        index, source, _ = item
        if not self.as_csv:
            return (
                None,
                (),
                _json({"index": index, "source": source or None, self.key: result.to_dict()}),
            )
        records = result.to_records()
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        for record in records:
            writer.writerow([index, source, *record.values(), *[""] * len(_ERROR_COLUMNS)])
        return None, tuple(records[0]) if records else (), out.getvalue()


class _ProgressLine:
    """A progress line on stderr, redrawn at most five times a second, only on a terminal."""

    def __init__(self, progress: Progress, stream: IO[str]) -> None:
        self.progress = progress
        self.stream = stream
        self.on = stream.isatty()
        self.started = time.monotonic()
        self.shown = 0.0

    def update(self, done: int, failed: int, *, final: bool = False) -> None:
        now = time.monotonic()
        if not self.on or (now - self.shown < 0.2 and not final):
            return
        self.shown = now
        rate = done / max(now - self.started, 1e-9)
        share = self.progress.fraction
        pct = f" {share:4.0%}" if share is not None else ""
        end = "\n" if final else ""
        self.stream.write(
            f"\rcoregs batch:{pct} {done:,} cases, {failed:,} failed, {rate:,.0f}/s{end}"
        )
        self.stream.flush()


class _CsvOut:
    """CSV rows under a header taken from the first finding's record; the rows of cases that
    failed before any finding is known wait for it (a failed case's row is index, source and
    the error columns)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.writer = csv.writer(out, lineterminator="\n")
        self.columns: tuple[str, ...] | None = None
        self.waiting: list[FailedCase] = []

    def _header(self, columns: tuple[str, ...]) -> None:
        self.columns = columns
        self.writer.writerow(["index", "source", *columns, *_ERROR_COLUMNS])
        for failed in self.waiting:
            self._failed(failed)
        self.waiting.clear()

    def _failed(self, f: FailedCase) -> None:
        assert self.columns is not None
        blanks = [""] * len(self.columns)
        self.writer.writerow([f.index, f.source, *blanks, f.error, f.field, f.problem, f.rule])

    def write(self, output: Output) -> None:
        failed, columns, text = output
        if failed is not None:
            if self.columns is None:
                self.waiting.append(failed)
            else:
                self._failed(failed)
        elif columns:
            if self.columns is None:
                self._header(columns)
            elif columns != self.columns:  # pragma: no cover - every record has the same keys
                raise InputError("--csv", "findings with different columns cannot share a header")
            self.out.write(text)

    def close(self) -> None:
        if self.columns is None:
            self._header(())


def _run(outputs: Iterator[Output], progress: Progress, *, as_csv: bool) -> int:
    out = sys.stdout
    table = _CsvOut(out) if as_csv else None
    bar = _ProgressLine(progress, sys.stderr)
    done = failed = 0
    for output in outputs:
        if table is not None:
            table.write(output)
        else:
            out.write(output[2])
        done += 1
        failed += output[0] is not None
        bar.update(done, failed)
    if table is not None:
        table.close()
    bar.update(done, failed, final=True)
    out.flush()
    if failed:
        print(
            f"coregs: {failed:,} of {done:,} cases failed; their output holds the errors",
            file=sys.stderr,
        )
        return EXIT_SOME_FAILED
    return 0


def cmd_batch_check(args: argparse.Namespace) -> int:
    jobs = require_jobs(args.jobs)
    overrides, cal = options_and_calendar(args)
    effective: Literal["strict", "lenient"] = "lenient" if args.lenient else "strict"
    check = CheckTask(
        as_of=args.as_of,
        calendar=cal,
        options=overrides,
        due_soon_days=args.due_soon,
        effective=effective,
    )
    check.evaluate(Case())  # the settings, checked once: an error here is no case's fault
    task = _Lines(check, "report", as_csv=args.csv)
    progress = Progress()
    if (args.cases is None) == (args.events is None):
        raise InputError("coregs batch check", "give either CASES or --events FILE")
    items = (
        event_table(args.events, progress)
        if args.events is not None
        else json_documents(args.cases, progress)
    )
    return _run(ordered_map(task, items, jobs=jobs), progress, as_csv=args.csv)


def cmd_batch_iv_e(args: argparse.Namespace) -> int:
    jobs = require_jobs(args.jobs)
    options = dict(args.option)
    resolve_options(ALL_OPTIONS, options)  # the settings, checked once
    effective: Literal["strict", "lenient"] = "lenient" if args.lenient else "strict"
    task = _Lines(
        DetermineTask(as_of=args.as_of, options=options, effective=effective),
        "determination",
        as_csv=False,
    )
    progress = Progress()
    items = json_documents(args.facts, progress, "facts")
    return _run(ordered_map(task, items, jobs=jobs), progress, as_csv=False)


def _jobs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (default 1: this process); about one per core",
    )


def _batch_parser(sub: argparse._SubParsersAction[Any], help_: str) -> None:
    p = sub.add_parser("batch", help=help_)
    bsub = p.add_subparsers(dest="batch_command", required=True, metavar="{check,iv-e}")

    q = bsub.add_parser(
        "check",
        help="check every case as of a date: one JSON line (or CSV rows) per case",
        description="Input: a JSON Lines file (one case per line; '-' for stdin), a folder of "
        "case JSON files, or --events: a CSV event table (case_ref, kind, date, attribute "
        "columns; the rows of a case next to each other). Output: one JSON line per case "
        '({"index", "source", "report"} or {"index", "source", "error"}), or with --csv one '
        "row per finding. Exit status 1 when any case failed.",
    )
    q.add_argument("cases", nargs="?", help="a JSON Lines file, '-', or a folder of JSON files")
    q.add_argument("--events", metavar="FILE", help="a CSV event table instead of CASES")
    add_check_settings(q)
    q.add_argument("--csv", action="store_true", help="one CSV row per finding")
    _jobs(q)
    q.set_defaults(func=cmd_batch_check)

    q = bsub.add_parser(
        "iv-e",
        help="a Title IV-E determination for every child: one JSON line each",
        description="Input: a JSON Lines file of Title IV-E facts (one child per line; '-' for "
        "stdin) or a folder of facts JSON files. Output: one JSON line per child "
        '({"index", "source", "determination"} or {"index", "source", "error"}). Exit status 1 '
        "when any failed.",
    )
    q.add_argument("facts", help="a JSON Lines file, '-', or a folder of JSON files")
    q.add_argument("--as-of", type=iso_date, required=True, help="the evaluation date")
    add_iv_e_settings(q)
    _jobs(q)
    q.set_defaults(func=cmd_batch_iv_e)


PARSERS: dict[str, AddParser] = {"batch": _batch_parser}
"""``batch``, adding its parser (with ``check`` and ``iv-e``) to the CLI."""
