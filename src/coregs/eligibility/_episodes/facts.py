"""A child's history: the child, and the removal episodes in date order.

One :class:`~coregs.eligibility.IVEFacts` is one episode; an :class:`IVEHistory` is a sequence
of them. Each :class:`Episode` holds what ``IVEFacts`` holds for one episode and says how it
begins relative to the episode before (``begins``): a new removal (the default), the return to
care after a trial home visit past its limit, or a youth's voluntary services agreement that
continues the stay. The child's facts are stated once, for the history; an episode's ``child``
states only what differs in that episode (a youth now in the foster youth in transition
program, school, a change of residency).

Today's single-episode document is a history of one: :func:`parse_iv_e` and
:func:`parse_iv_e_json` read either shape (a document with ``episodes`` is a history), and
``coregs schema iv-e`` describes both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from pydantic import Field

from coregs._errors import InputError
from coregs._gate import DEFAULT_LIMITS, Limits, Path, read_json
from coregs._model import Facts, Ref, facts_error, safe_validate
from coregs.eligibility._facts import Child, IVEFacts

__all__ = [
    "Episode",
    "EpisodeStart",
    "IVEHistory",
    "first_day",
    "parse_iv_e",
    "parse_iv_e_json",
]


class EpisodeStart(StrEnum):
    """How an episode begins, relative to the episode before it."""

    NEW_REMOVAL = "new_removal"
    """A new removal after a discharge (a re-entry): new findings, a new AFDC month; nothing
    carries over but the child (CWPM 8.3A Q1: "a return to foster care would require a new
    determination of eligibility based on the circumstances at that time"). The default."""
    RETURN_AFTER_TRIAL_HOME_VISIT = "return_after_trial_home_visit"
    """The return to care at the end of the previous episode's last trial home visit, which
    exceeded its limit: "that placement must then be considered a new placement and title IV-E
    eligibility must be newly established" (45 CFR 1356.21(e))."""
    FYIT_CONTINUATION = "fyit_continuation"
    """A youth who stayed in care enters a voluntary services agreement (the foster youth in
    transition program): the stay goes on, and the AFDC test established in the previous
    episode carries over (7.601.71.K.3; C.R.S. 19-7-307(2)(a))."""


class Episode(IVEFacts):
    """One episode of a child's history: the facts :class:`~coregs.eligibility.IVEFacts` holds
    for it, and how it begins.

    Attributes:
        begins: how this episode begins relative to the one before; absent, a new removal.
            The first episode begins the history and states none.
        case_ref: an opaque reference for this episode (an AFCARS removal episode, say);
            absent, the history's.
        child: what differs about the child in this episode, field by field; the history's
            ``child`` holds the rest.
    """

    begins: EpisodeStart | None = None


def first_day(episode: IVEFacts) -> dt.date | None:
    """The first day of the episode's stay: its first placement (7.601.71.A.3.a)."""
    return episode.placements[0].start if episode.placements else None


class IVEHistory(Facts):
    """A child's Title IV-E history: the child, and every removal episode in date order.

    Attributes:
        case_ref: an opaque reference for the report (never a name).
        child: the child's facts, for every episode (an episode's ``child`` overrides them
            field by field).
        episodes: the episodes, in date order: each stay begins on or after the day the one
            before ended.
    """

    case_ref: Ref | None = None
    child: Child = Child()
    episodes: tuple[Episode, ...] = Field(min_length=1, max_length=50)

    _cross_field_rules = (
        "episodes are in date order and their stays do not overlap",
        "only an episode after the first states how it begins",
        "a new removal follows a discharge; a return after a trial home visit follows one that "
        "ends on the first day of the return; a continuation follows the stay without a gap",
    )

    @classmethod
    def of(cls, facts: IVEFacts) -> IVEHistory:
        """The history of one episode: ``facts``.

        Raises:
            InputError: ``facts`` is not an :class:`~coregs.eligibility.IVEFacts` value.
        """
        if not isinstance(facts, IVEFacts):
            raise InputError("facts", "expected an IVEFacts value (parse_iv_e reads a mapping)")
        episode = Episode.model_construct(facts.model_fields_set, **dict(facts))
        return cls(case_ref=facts.case_ref, episodes=(episode,))

    def episode_facts(self, index: int) -> IVEFacts:
        """The facts of ``episodes[index]`` as one episode: the history's child with what the
        episode states of it, the history's reference unless it has its own, and, when no
        discharge is recorded and a later episode's stay begins, that day as the end of its
        stay (where one episode ends, the next begins).

        Raises:
            InputError: no episode has that index.
        """
        if type(index) is not int or not 0 <= index < len(self.episodes):
            raise InputError("index", f"expected an episode's index, 0 to {len(self.episodes) - 1}")
        episode = self.episodes[index]
        update: dict[str, Any] = {}
        if episode.case_ref is None and self.case_ref is not None:
            update["case_ref"] = self.case_ref
        own = {name: getattr(episode.child, name) for name in episode.child.model_fields_set}
        if own or self.child.model_fields_set:
            update["child"] = self.child.model_copy(update=own)
        following = self._next_stay(index)
        if following is not None and episode.removal.discharge_date is None:
            update["removal"] = episode.removal.model_copy(update={"discharge_date": following})
        fields = {name: getattr(episode, name) for name in IVEFacts.model_fields}
        return IVEFacts.model_construct(
            episode.model_fields_set & fields.keys() | update.keys(), **(fields | update)
        )

    def _next_stay(self, index: int) -> dt.date | None:
        for later in self.episodes[index + 1 :]:
            day = first_day(later)
            if day is not None:
                return day
        return None

    def _check_whole(self) -> None:
        if self.episodes[0].begins is not None:
            raise facts_error(
                "episode_link", "episodes[0] begins the history: only a later episode states begins"
            )
        previous: tuple[int, Episode] | None = None
        for i, episode in enumerate(self.episodes):
            day = first_day(episode)
            if day is None:
                continue  # an open case with no placement: a reasonable candidate, no stay
            if previous is not None:
                _check_link(previous, (i, episode), day)
            previous = (i, episode)


def _check_link(previous: tuple[int, Episode], current: tuple[int, Episode], day: dt.date) -> None:
    """The stay of ``current`` (first day ``day``) after the stay of ``previous``."""
    j, before = previous
    i, episode = current
    if before.placements[-1].start >= day:
        raise facts_error(
            "date_order", f"episodes[{i}] begins before the last placement of episodes[{j}]"
        )
    ended = before.removal.discharge_date
    if ended is not None and ended > day:
        raise facts_error("overlap", f"episodes[{i}] begins before episodes[{j}] is discharged")
    begins = episode.begins or EpisodeStart.NEW_REMOVAL
    if begins is EpisodeStart.NEW_REMOVAL and ended is None:
        raise facts_error(
            "episode_link",
            f"episodes[{i}] is a new removal, which follows a discharge: episodes[{j}] states "
            f"no discharge_date (or state how episodes[{i}] continues it: begins)",
        )
    if begins is not EpisodeStart.NEW_REMOVAL and ended not in (None, day):
        raise facts_error(
            "episode_link",
            f"episodes[{i}] continues the stay of episodes[{j}], which ended before it began",
        )
    if begins is EpisodeStart.RETURN_AFTER_TRIAL_HOME_VISIT:
        visits = before.trial_home_visits
        if not visits or visits[-1].end != day:
            raise facts_error(
                "episode_link",
                f"episodes[{i}] returns after a trial home visit: the last trial home visit of "
                f"episodes[{j}] ends on the day of its first placement",
            )


def _is_history(data: Any) -> bool:
    return isinstance(data, IVEHistory) or (isinstance(data, Mapping) and "episodes" in data)


def parse_iv_e(data: IVEHistory | IVEFacts | Mapping[str, Any]) -> IVEHistory | IVEFacts:
    """Title IV-E facts of either shape: a history (a mapping with ``episodes``) as an
    :class:`IVEHistory`, anything else as one episode's :class:`~coregs.eligibility.IVEFacts`.

    Raises:
        InvalidFactsError: not valid as the shape it has (names the field, never the value).
    """
    if isinstance(data, IVEHistory | IVEFacts):
        return data
    if _is_history(data):
        return safe_validate(IVEHistory, data)
    return safe_validate(IVEFacts, data)


def _locate(path: Path) -> str:
    model = IVEHistory if path[:1] == ("episodes",) else IVEFacts
    return model._locate(path)


def parse_iv_e_json(
    text: str | bytes | bytearray, *, limits: Limits = DEFAULT_LIMITS
) -> IVEHistory | IVEFacts:
    """A JSON document of either shape, through the gate (limits, then parsing), then as
    :func:`parse_iv_e`.

    Raises:
        LimitError: the document is over a limit.
        InvalidFactsError: not JSON, or not valid; names the field, never a value.
    """
    # named as before histories existed: a document is IVEFacts unless it has episodes
    data = read_json(text, limits=limits, what=IVEFacts.__name__, locate=_locate)
    return parse_iv_e(data)
