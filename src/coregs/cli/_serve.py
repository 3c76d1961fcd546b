"""``coregs serve``: the HTTP service under uvicorn."""

from __future__ import annotations

import argparse
import os
from typing import Any

from coregs._errors import InputError
from coregs.cli._common import AddParser
from coregs.service import DEFAULT_MAX_BODY_BYTES, MAX_BODY_BYTES_VARIABLE, require_serve

__all__ = ["PARSERS"]


def cmd_serve(args: argparse.Namespace) -> int:
    require_serve("coregs serve")
    import uvicorn  # noqa: PLC0415 - the serve extra

    if args.max_body_bytes < 1 or args.workers < 1:
        raise InputError("--max-body-bytes/--workers", "expected positive whole numbers")
    # the workers build the app themselves (uvicorn imports it by name): tell them the limit
    os.environ[MAX_BODY_BYTES_VARIABLE] = str(args.max_body_bytes)
    uvicorn.run(
        "coregs.service:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
    )
    return 0


def _serve_parser(sub: argparse._SubParsersAction[Any], help_: str) -> None:
    p = sub.add_parser(
        "serve",
        help=help_,
        description="Serve coregs over HTTP (routes: docs/integration.md; the OpenAPI "
        "document at /openapi.json, interactive at /docs). No state is kept between requests "
        "and no case data is logged.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--max-body-bytes",
        type=int,
        default=DEFAULT_MAX_BODY_BYTES,
        metavar="N",
        help=f"largest request body (default {DEFAULT_MAX_BODY_BYTES:,}); larger: 413",
    )
    p.set_defaults(func=cmd_serve)


PARSERS: dict[str, AddParser] = {"serve": _serve_parser}
"""``serve``, adding its parser to the CLI."""
