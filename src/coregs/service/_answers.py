"""Error answers: what went wrong, by field and rule, never a value from the request.

Every failure leaves the service as the same JSON object (:class:`ErrorAnswer`): the error's
type, the field path, the problem and the rule, and for invalid input every failing field.
It is built from the error, never from the input: pydantic's own messages are replaced by
fixed ones for request parameters, an unknown key's name is dropped, and an internal error
shows only its type.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from coregs._batch._failed import FailedCase
from coregs._errors import FieldProblem, InputError, InvalidFactsError
from coregs.rules import UnknownRuleError

__all__ = [
    "ContainErrors",
    "ErrorAnswer",
    "TooLargeError",
    "coregs_error",
    "parameter_error",
    "too_large",
]

LOG = logging.getLogger("coregs.service")

# What a request parameter of each kind must look like, in words that hold no value.
_EXPECTED = {
    "missing": "required",
    "date_from_datetime_parsing": "expected an ISO date YYYY-MM-DD",
    "date_parsing": "expected an ISO date YYYY-MM-DD",
    "date_type": "expected an ISO date YYYY-MM-DD",
    "int_parsing": "expected a whole number",
    "int_type": "expected a whole number",
    "greater_than_equal": "too small",
    "less_than_equal": "too large",
    "literal_error": "not one of the allowed values (see the OpenAPI document)",
    "enum": "not one of the allowed values (see the OpenAPI document)",
}


class Problem(BaseModel):
    """One failing field: where, what kind, why."""

    loc: str
    type: str
    message: str


class ErrorAnswer(BaseModel):
    """The answer to a request coregs cannot serve: never a value from the request."""

    error: str
    field: str
    problem: str
    rule: str | None = None
    problems: list[Problem] = []


class TooLargeError(InputError):
    """A request body over the service's limit."""


def _answer(status: int, body: dict[str, Any]) -> JSONResponse:
    return JSONResponse(body, status_code=status)


def _body(exc: BaseException) -> dict[str, Any]:
    # the same safe fields a batch writes for a failed case
    failed = FailedCase.of(0, exc)
    body = failed.to_dict()
    del body["index"], body["source"]
    return body


async def coregs_error(request: Request, exc: Exception) -> JSONResponse:
    """422 for bad input (404 for an unknown rule), with the field and rule, never a value."""
    status = 404 if isinstance(exc, UnknownRuleError) else 422
    return _answer(status, _body(exc))


async def parameter_error(request: Request, exc: Exception) -> JSONResponse:
    """422 for a query or path parameter FastAPI could not read, with fixed messages."""
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        loc = ".".join(str(part) for part in err.get("loc", ()))
        kind = str(err.get("type", "invalid"))
        problems.append(FieldProblem(loc, kind, _EXPECTED.get(kind, f"invalid ({kind})")))
    return _answer(422, _body(InvalidFactsError("request", problems)))


async def too_large(request: Request, exc: Exception) -> JSONResponse:
    """413 for a body over the limit."""
    return _answer(413, _body(exc))


class ContainErrors:
    """Answers 500 for any failure of coregs itself and logs only the error's type: the
    exception (whose message could hold a value) goes no further, not even to the server's
    error log."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as exc:
            LOG.error(
                "internal error (%s) on %s %s",
                type(exc).__name__,
                scope.get("method", ""),
                scope.get("path", ""),
            )
            if not started and scope["type"] == "http":
                await _answer(500, _body(exc))(scope, receive, send)
