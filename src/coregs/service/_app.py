"""The routes: each reads its input through the library's own entry points and answers with the
library's own records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute

from coregs import __version__
from coregs._display.records import calendar_year, deadline_record, due_date_record
from coregs._errors import CoregsError, InputError, OutOfRangeError
from coregs._options import Options as ResolvedOptions, resolve_options
from coregs.calendar import calendar_named
from coregs.compliance import Case, check_case
from coregs.eligibility import (
    ALL_OPTIONS,
    IVE_OPTIONS,
    FundingDetermination,
    IVEDetermination,
    IVEFacts,
    IVEHistory,
    determine_funding,
    determine_iv_e,
    determine_iv_e_history,
    parse_iv_e_json,
)
from coregs.periods import Period, Roll, due_date
from coregs.rules import RULEBOOK, Actor, Rule
from coregs.rules.catalog import TEXT_VERSION
from coregs.service._answers import (
    ContainErrors,
    ErrorAnswer,
    TooLargeError,
    coregs_error,
    parameter_error,
    too_large,
)
from coregs.service._logs import quiet_access_log

__all__ = ["build"]

Calendar = Literal["legal", "state-offices", "statute"]
Effective = Literal["strict", "lenient"]

_ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorAnswer, "description": "Bad input: the field and rule, never a value"},
}
_BODY_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    413: {"model": ErrorAnswer, "description": "The body is over the size limit"},
}
_RULE_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    404: {"model": ErrorAnswer, "description": "No rule has this id or citation"},
}

AsOf = Annotated[date, Query(description="The evaluation date (YYYY-MM-DD).")]
Options = Annotated[
    list[str],
    Query(
        description="An interpretation option as NAME=VALUE (repeatable); GET /options lists "
        "them, with their choices and defaults."
    ),
]
Lenient = Annotated[
    Effective,
    Query(description="strict: refuse a trigger before a rule took effect; lenient: report it"),
]


def _options(pairs: list[str]) -> ResolvedOptions:
    """The ``option`` parameters as one set of options for every route (issue 14 §1): a route
    records those it does not read as not used."""
    out = {}
    for i, pair in enumerate(pairs):
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise InputError(f"option[{i}]", "expected NAME=VALUE")
        out[name.strip()] = value.strip()
    return resolve_options(ALL_OPTIONS, out)


def _query_names(route: APIRoute) -> frozenset[str]:
    """The query parameters ``route`` takes, its dependencies' included."""
    names: set[str] = set()
    dependants = [route.dependant]
    while dependants:
        dependant = dependants.pop()
        names.update(field.alias for field in dependant.query_params)
        dependants.extend(dependant.dependencies)
    return frozenset(names)


def _only_known_query(request: Request) -> None:
    """Refuse a query parameter the route does not take: FastAPI ignores it, so a misspelt
    ``due_soon`` or ``effective`` would answer with the default, a silently different answer.
    The unknown name is not repeated (a caller may have put anything there); the answer lists
    the names the route takes."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):  # pragma: no cover - every route here is an APIRoute
        return
    known = _query_names(route)
    if any(name not in known for name in request.query_params):
        takes = ", ".join(sorted(known)) or "none"
        raise InputError("query", f"a parameter this route does not take (it takes: {takes})")


def _json(model: str | tuple[str, ...], summary: str) -> dict[str, Any]:
    """The OpenAPI request body of a route that reads ``model`` (or any of several) from raw
    JSON itself."""
    models = (model,) if isinstance(model, str) else model
    refs = [{"$ref": f"#/components/schemas/{m}"} for m in models]
    schema = refs[0] if len(refs) == 1 else {"anyOf": refs}
    return {
        "requestBody": {
            "required": True,
            "description": summary,
            "content": {"application/json": {"schema": schema}},
        }
    }


def _ok(description: str, schema: dict[str, Any] | None = None) -> dict[int | str, Any]:
    content = {"application/json": {"schema": schema or {"type": "object"}}}
    return {200: {"description": description, "content": content}}


async def _read(request: Request, limit: int) -> bytes:
    """The request body, refused (413) past ``limit`` bytes, before it is all read."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLargeError("body", f"larger than the limit of {limit:,} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLargeError("body", f"larger than the limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _add_case_routes(app: FastAPI, limit: int) -> None:
    @app.post(
        "/check",
        summary="Check a case against every rule as of a date",
        response_class=JSONResponse,
        responses={**_ok("The compliance report (coregs check --json)"), **_BODY_ERRORS},
        openapi_extra=_json("Case", "A case: its facts and its timeline of events"),
    )
    async def check(
        request: Request,
        as_of: AsOf,
        option: Options = [],  # noqa: B006 - FastAPI copies defaults per request
        due_soon: Annotated[int, Query(ge=0, description="Due-soon horizon, days")] = 7,
        effective: Lenient = "strict",
    ) -> JSONResponse:
        case = Case.parse_json(await _read(request, limit))
        report = check_case(
            case,
            as_of=as_of,
            options=_options(option),
            due_soon_days=due_soon,
            effective=effective,
        )
        return JSONResponse(report.to_dict())

    _add_facts_route(
        app,
        limit,
        determine_iv_e,
        "/iv-e",
        summary="A Title IV-E foster care determination as of a date",
        answer="The determination (coregs iv-e --json); for a history, every episode's and "
        "the months that span them",
    )
    _add_facts_route(
        app,
        limit,
        determine_funding,
        "/funding",
        summary="Every funding source (Title IV-E, 71.J, 71.M, 72-74) as of a date",
        answer="The funding sources (coregs iv-e --funding --json); for a history, every episode's",
    )


_FACTS = "A child's Title IV-E facts: one removal episode, or a history of episodes"


def _add_facts_route(
    app: FastAPI,
    limit: int,
    evaluate: Callable[..., IVEDetermination | FundingDetermination],
    path: str,
    *,
    summary: str,
    answer: str,
) -> None:
    funding = evaluate is determine_funding

    @app.post(
        path,
        name=path.strip("/").replace("-", "_"),
        summary=summary,
        response_class=JSONResponse,
        responses={**_ok(answer), **_BODY_ERRORS},
        openapi_extra=_json(("IVEFacts", "IVEHistory"), _FACTS),
    )
    async def route(
        request: Request,
        as_of: AsOf,
        option: Options = [],  # noqa: B006 - FastAPI copies defaults per request
        effective: Lenient = "strict",
    ) -> JSONResponse:
        facts = parse_iv_e_json(await _read(request, limit))
        settings: dict[str, Any] = {
            "as_of": as_of,
            "options": _options(option),
            "effective": effective,
        }
        if isinstance(facts, IVEHistory):
            history = determine_iv_e_history(facts, **settings)
            return JSONResponse(history.to_dict(funding=funding))
        return JSONResponse(evaluate(facts, **settings).to_dict())


_RULE = {"$ref": "#/components/schemas/Rule"}
RuleKey = Annotated[str, Path(description="A rule id or citation, e.g. 7.601.4.C")]


def _add_rule_routes(app: FastAPI) -> None:
    @app.get(
        "/rules",
        summary="The rules, filtered by section, actor, unit or date in force",
        response_class=JSONResponse,
        responses={**_ok("Every matching rule", {"type": "array", "items": _RULE}), **_ERRORS},
    )
    def rules(
        section: Annotated[str | None, Query(description="A citation prefix")] = None,
        actor: Actor | None = None,
        unit: Annotated[str | None, Query(description="A period unit, or none")] = None,
        as_of: Annotated[date | None, Query(description="Only rules in force")] = None,
    ) -> JSONResponse:
        book = RULEBOOK if as_of is None else RULEBOOK.as_of(as_of)
        book = book.filter(section=section, actor=actor, unit=unit)
        return JSONResponse([r.model_dump(mode="json") for r in book])

    @app.get(
        "/rules/{key}",
        summary="One rule, with its quote, period, trigger, options",
        response_class=JSONResponse,
        responses={**_ok("The rule", _RULE), **_RULE_ERRORS},
    )
    def rule(key: RuleKey) -> JSONResponse:
        return JSONResponse(RULEBOOK.get(key).model_dump(mode="json"))

    @app.get(
        "/rules/{key}/due",
        summary="A rule's due date from a trigger, with the counting",
        response_class=JSONResponse,
        responses={**_ok("The deadline (coregs rules due --json)"), **_RULE_ERRORS},
    )
    def rule_due(
        key: RuleKey,
        trigger: Annotated[date, Query(description="Day 0 (YYYY-MM-DD)")],
        occurrence: Annotated[int, Query(ge=1, description="For a recurring rule")] = 1,
        previous_act: Annotated[
            list[date],
            Query(
                description="On a rolling schedule, the act that met each earlier occurrence, "
                "in order (repeat the parameter)"
            ),
        ] = [],  # noqa: B006
        option: Options = [],  # noqa: B006
    ) -> JSONResponse:
        deadline = RULEBOOK.get(key).due(
            trigger, options=_options(option), occurrence=occurrence, previous_acts=previous_act
        )
        return JSONResponse(deadline_record(deadline))


def _add_calendar_routes(app: FastAPI) -> None:
    @app.get(
        "/calendar/{year}",
        summary="A year's closures, with weekday, layer and source",
        response_class=JSONResponse,
        responses={**_ok("The closures (coregs calendar --json)"), **_ERRORS},
    )
    def calendar(
        year: Annotated[int, Path(ge=2000, le=2100, description="A year in 2000-2100")],
        calendar: Calendar = "legal",
    ) -> JSONResponse:
        return JSONResponse(calendar_year(calendar_named(calendar), year))

    @app.get(
        "/due",
        summary="A due date and the days skipped to reach it",
        response_class=JSONResponse,
        responses={**_ok("The due date (coregs due --json)"), **_ERRORS},
    )
    def due(
        date: Annotated[date, Query(description="Day 0 (YYYY-MM-DD)")],
        period: Annotated[str, Query(description='As worded, e.g. "five (5) working days"')],
        roll: Roll = Roll.NONE,
        calendar: Calendar = "legal",
    ) -> JSONResponse:
        try:
            result = due_date(
                date, Period.parse(period), calendar=calendar_named(calendar), roll=roll
            )
        except OutOfRangeError as exc:  # this route's trigger is its parameter "date"
            if exc.field != "trigger":
                raise
            raise OutOfRangeError("date", exc.problem) from None
        return JSONResponse(due_date_record(result))

    @app.get(
        "/options",
        summary="The interpretation options: each question, its choices and default",
        response_class=JSONResponse,
        responses=_ok("The rule catalog's options (rules) and the evaluator's (iv_e)"),
    )
    def options() -> JSONResponse:
        return JSONResponse(
            {
                "rules": [o.model_dump(mode="json") for o in RULEBOOK.interpretations],
                "iv_e": [o.model_dump(mode="json") for o in IVE_OPTIONS],
            }
        )

    @app.get("/health", summary="Whether the service answers, and what it runs")
    def health() -> dict[str, Any]:
        return {
            "status": "ok",
            "version": __version__,
            "rules": len(RULEBOOK),
            "text_version": TEXT_VERSION,
        }


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The generated document, plus the input models' schemas (the routes read raw JSON) and
    the rule's, from the same models the library validates with."""
    if app.openapi_schema is None:
        doc = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        template = "#/components/schemas/{model}"
        for model, mode in (
            (Case, "validation"),
            (IVEFacts, "validation"),
            (IVEHistory, "validation"),
            (Rule, "serialization"),
        ):
            schema = model.model_json_schema(ref_template=template, mode=mode)  # type: ignore[arg-type]
            for name, part in {**schema.pop("$defs", {}), model.__name__: schema}.items():
                if schemas.setdefault(name, part) != part:  # pragma: no cover - a name clash
                    raise RuntimeError(f"two schemas named {name} differ")
        app.openapi_schema = doc
    return app.openapi_schema


def build(*, max_body_bytes: int) -> FastAPI:
    """The application, with the routes, the error answers and the quiet access log."""
    if type(max_body_bytes) is not int or max_body_bytes < 1:
        raise InputError("max_body_bytes", "expected a positive whole number of bytes")
    app = FastAPI(
        dependencies=[Depends(_only_known_query)],
        title="coregs",
        version=__version__,
        description="Colorado child-welfare county-responsibility rules (12 CCR 2509-7.601) "
        "as a service: compliance checks, Title IV-E determinations, the rules, the "
        "business-day calendar. Errors name fields and rules, never a value.",
    )
    app.add_exception_handler(TooLargeError, too_large)
    app.add_exception_handler(CoregsError, coregs_error)
    app.add_exception_handler(RequestValidationError, parameter_error)
    app.add_middleware(ContainErrors)
    _add_case_routes(app, max_body_bytes)
    _add_rule_routes(app)
    _add_calendar_routes(app)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    quiet_access_log()
    return app
