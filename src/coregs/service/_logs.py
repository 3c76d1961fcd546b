"""The access log without query strings: a request line names the route, not its arguments."""

from __future__ import annotations

import logging

__all__ = ["quiet_access_log"]


class _PathOnly(logging.Filter):
    """Cuts the query string off the request line uvicorn's access log writes.

    Query strings carry evaluation dates and options, not case facts; but a caller may put a
    case's date in ``trigger`` or ``date``, and a log outlives a request.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


_FILTER = _PathOnly()


def quiet_access_log() -> None:
    """Install the filter on ``uvicorn.access`` (once; each worker process does it)."""
    logger = logging.getLogger("uvicorn.access")
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
