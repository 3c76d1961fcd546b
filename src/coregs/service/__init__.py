"""The HTTP service (``pip install 'coregs[serve]'``): coregs for systems not written in Python.

An edge over the library and nothing more: every route reads its input through the same entry
points a Python caller uses (``Case.parse_json``, ``IVEFacts.parse_json``), evaluates with the
same functions and options, and answers with the same records (``report.to_dict()``, ...). It
adds transport only: a request-size limit, error answers that name fields and rules and never
echo a value (not even an unknown key's name), and logs that hold no case data (the access
log's request line loses its query string; bodies are never logged).

Run it with ``coregs serve [--host --port]``, or under any ASGI server::

    uvicorn coregs.service:app --workers 4
    uvicorn coregs.service:create_app --factory

It keeps no state between requests; run as many workers and replicas as the load needs. Routes
and deployment: ``docs/integration.md``; the OpenAPI document: ``docs/openapi.json``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from coregs._errors import InputError, MissingDependencyError

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "MAX_BODY_BYTES_VARIABLE",
    "app",
    "create_app",
    "openapi_document",
    "require_serve",
]

DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024
"""The largest request body accepted by default (2 MiB): a case of 10,000 events, the most a
case may have, is about 1 MiB of JSON."""


def require_serve(feature: str = "the HTTP service") -> None:
    """Nothing, or :class:`~coregs.MissingDependencyError` when the ``serve`` extra is absent."""
    try:
        import fastapi  # noqa: F401, PLC0415 - the optional dependencies, checked on first use
        import uvicorn  # noqa: F401, PLC0415
    except ImportError:
        raise MissingDependencyError(feature, "serve", "fastapi and uvicorn") from None


MAX_BODY_BYTES_VARIABLE = "COREGS_MAX_BODY_BYTES"
"""The environment variable that sets the body limit when ``create_app`` is not given one (so
``uvicorn coregs.service:app`` and a container can set it)."""


def create_app(*, max_body_bytes: int | None = None) -> FastAPI:
    """A new ASGI application serving coregs (see the module's docstring for the routes).

    Args:
        max_body_bytes: the largest request body accepted; a larger one is answered 413.
            Default: the environment variable ``COREGS_MAX_BODY_BYTES``, else
            :data:`DEFAULT_MAX_BODY_BYTES`.

    Raises:
        MissingDependencyError: fastapi is not installed (``pip install 'coregs[serve]'``).
        InputError: the limit is not a positive whole number.
    """
    require_serve()
    from coregs.service._app import build  # noqa: PLC0415

    if max_body_bytes is None:
        setting = os.environ.get(MAX_BODY_BYTES_VARIABLE, "")
        if setting and not setting.isdigit():
            raise InputError(MAX_BODY_BYTES_VARIABLE, "expected a whole number of bytes")
        max_body_bytes = int(setting) if setting else DEFAULT_MAX_BODY_BYTES
    return build(max_body_bytes=max_body_bytes)


def openapi_document() -> dict[str, Any]:
    """The service's OpenAPI document, as committed in ``docs/openapi.json``."""
    document: dict[str, Any] = create_app().openapi()
    return document


def __getattr__(name: str) -> Any:
    if name == "app":  # `uvicorn coregs.service:app`: built on first access, once
        value = create_app()
        globals()["app"] = value
        return value
    raise AttributeError(f"module 'coregs.service' has no attribute {name!r}")
