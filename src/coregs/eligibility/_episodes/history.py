"""A child's history determined: one determination per episode, composed.

Each episode is determined as the single-episode evaluator determines any episode
(:func:`~coregs.eligibility.determine_iv_e`), on its own facts: the history's child with what
the episode states of it, and its stay ending where the next begins. What carries over from the
episode before is stated by the episode's link criterion (and only the continuation under a
youth's agreement carries anything: the AFDC test, 7.601.71.K.3). The months of every episode
are then laid on one line, with the gaps between them and the days the child was a reasonable
candidate at home.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Literal

from coregs._errors import OutOfRangeError, require_date
from coregs._options import Options
from coregs.calendar import BusinessCalendar
from coregs.eligibility._base.context import resolve_ive_options
from coregs.eligibility._base.outcome import Criterion, Outcome
from coregs.eligibility._base.parameters import NeedStandard
from coregs.eligibility._base.track import TimeLimit
from coregs.eligibility._determination.determine import IVEDetermination, determine_episode
from coregs.eligibility._episodes.facts import (
    Episode,
    EpisodeStart,
    IVEHistory,
    first_day,
    parse_iv_e,
)
from coregs.eligibility._episodes.links import Previous, link
from coregs.eligibility._episodes.months import HistoryMonth, Stay, candidate_days, span
from coregs.eligibility._facts import IVEFacts
from coregs.eligibility._funding import FundingDetermination, funding_beside

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EpisodeDetermination", "IVEHistoryDetermination", "determine_iv_e_history"]

_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True, repr=False)
class EpisodeDetermination:
    """One episode of a history, determined.

    Attributes:
        index: its place in the history (``episodes[index]``).
        begins: how it begins (``None``: the first episode; a later one without it is a new
            removal).
        link: whether the record bears out how it begins, under which text, and what it
            carries over.
        carried: the criteria carried over from the episode before (the AFDC test of a
            continuation), as this episode uses them.
        stay: its stay up to the evaluation date (``None``: no placement yet).
        funding: every funding source of the episode; ``funding.iv_e`` is its Title IV-E
            determination.
        open_case: an open case with no removal and no placement: the child is at home, at
            most a reasonable candidate (``funding.candidacy``, 7.601.71.M); its Title IV-E
            determination is undetermined for want of a removal, which is no fact missing.
    """

    index: int
    begins: EpisodeStart | None
    link: Criterion
    carried: tuple[Criterion, ...]
    stay: Stay | None
    funding: FundingDetermination
    open_case: bool

    @property
    def determination(self) -> IVEDetermination:
        """The episode's Title IV-E determination."""
        return self.funding.iv_e

    def __repr__(self) -> str:
        begins = self.begins.value if self.begins else None
        return (
            f"EpisodeDetermination(index={self.index}, begins={begins}, "
            f"status={self.determination.status.value})"
        )


@dataclass(frozen=True, slots=True, repr=False)
class IVEHistoryDetermination:
    """A child's Title IV-E history as of a date: each episode's determination, and the months
    that span them. It holds no personal value, as :class:`IVEDetermination` holds none.

    Attributes:
        case_ref: the history's opaque reference.
        as_of: the evaluation date.
        episodes: each episode, determined, in order.
        months: the month line from the first month of any stay or candidacy to the last.
        options: the interpretation options used.
    """

    case_ref: str | None
    as_of: date
    episodes: tuple[EpisodeDetermination, ...]
    months: tuple[HistoryMonth, ...]
    options: Options

    @property
    def eligible_now(self) -> Outcome:
        """Whether the child is eligible on ``as_of``, as the episode in care that day says;
        not applicable when the child is in none."""
        current = self.current
        return current.determination.eligible_now if current else Outcome.NOT_APPLICABLE

    @property
    def current(self) -> EpisodeDetermination | None:
        """The episode in care on ``as_of`` (or the last day evaluated), if any."""
        for e in reversed(self.episodes):
            if e.stay is not None and self.as_of < e.stay.stop:
                return e
        return None

    @property
    def deadlines(self) -> tuple[tuple[int, TimeLimit], ...]:
        """Every time limit ahead, with its episode's index, soonest first."""
        return tuple(
            sorted(
                ((e.index, d) for e in self.episodes for d in e.determination.deadlines),
                key=lambda pair: pair[1].due,
            )
        )

    @property
    def missing(self) -> tuple[str, ...]:
        """Every fact that would settle an unknown, once, as a path into the history."""
        out = (
            m if m.startswith("episodes[") else f"episodes[{e.index}].{m}"
            for e in self.episodes
            if not e.open_case
            for m in e.determination.missing
        )
        return tuple(dict.fromkeys(out))

    def render(self, *, funding: bool = False) -> str:
        """The history as text for a terminal; with ``funding``, each episode's other funding
        sources too."""
        from coregs.eligibility._episodes.render import render_history  # noqa: PLC0415

        return render_history(self, funding=funding)

    def to_dict(self, *, funding: bool = False) -> dict[str, Any]:
        """A JSON-ready dict: each episode (its link, what it carried, its determination, and
        with ``funding`` its other sources) and the months that span them."""
        from coregs.eligibility._episodes.render import history_dict  # noqa: PLC0415

        return history_dict(self, funding=funding)

    def to_records(self) -> list[dict[str, Any]]:
        """The spanning months as flat records, one per month (for a DataFrame)."""
        from coregs.eligibility._episodes.render import history_records  # noqa: PLC0415

        return history_records(self)

    def to_frame(self) -> pd.DataFrame:
        """The spanning months as a pandas DataFrame (needs ``coregs[pandas]``)."""
        from coregs._frames.eligibility import history_frame  # noqa: PLC0415 - optional pandas

        return history_frame(self)

    def _repr_html_(self) -> str:
        from coregs.eligibility._episodes.render import history_html  # noqa: PLC0415

        return history_html(self)

    def __repr__(self) -> str:
        return (
            f"IVEHistoryDetermination(as_of={self.as_of.isoformat()}, "
            f"episodes={len(self.episodes)}, months={len(self.months)})"
        )

    def __str__(self) -> str:
        return self.render()


def _stay(index: int, facts: IVEFacts, as_of: date) -> Stay | None:
    first = first_day(facts)
    if first is None or first > as_of:
        return None
    stop = as_of + _DAY
    if facts.removal.discharge_date is not None and facts.removal.discharge_date < stop:
        stop = facts.removal.discharge_date
    return Stay(index, first, stop)


def _history(facts: IVEHistory | IVEFacts | Mapping[str, Any]) -> IVEHistory:
    read = parse_iv_e(facts)
    return read if isinstance(read, IVEHistory) else IVEHistory.of(read)


def _determined(
    history: IVEHistory,
    index: int,
    previous: Previous | None,
    settings: dict[str, Any],
    calendar: BusinessCalendar | None,
) -> EpisodeDetermination:
    episode: Episode = history.episodes[index]
    facts = history.episode_facts(index)
    connection = link(index, episode, previous)
    try:
        det = determine_episode(facts, established_afdc=connection.afdc, **settings)
    except OutOfRangeError as exc:  # strict dating: name the episode
        raise OutOfRangeError(
            f"episodes[{index}].{exc.field}", exc.problem, rule=exc.rule
        ) from None
    return EpisodeDetermination(
        index=index,
        begins=episode.begins,
        link=connection.criterion,
        carried=(connection.afdc,) if connection.afdc is not None else (),
        stay=_stay(index, facts, settings["as_of"]),
        funding=funding_beside(facts, det, calendar),
        open_case=not facts.placements
        and facts.removal.manner is None
        and facts.removal.removal_date is None,
    )


def determine_iv_e_history(
    facts: IVEHistory | IVEFacts | Mapping[str, Any],
    *,
    as_of: date,
    options: Mapping[str, str] | Options | None = None,
    need_standard: NeedStandard | None = None,
    calendar: BusinessCalendar | None = None,
    effective: Literal["strict", "lenient"] = "strict",
) -> IVEHistoryDetermination:
    """Determine every episode of a child's Title IV-E history as of a date, and the months
    that span them.

    Args:
        facts: an :class:`IVEHistory`, one episode's :class:`IVEFacts` (a history of one), or
            a mapping of either shape (one with ``episodes`` is a history).
        as_of, options, need_standard, effective: as for
            :func:`~coregs.eligibility.determine_iv_e`, the same for every episode.
        calendar: as for :func:`~coregs.eligibility.determine_funding`.

    Raises:
        InvalidFactsError: a mapping that is not valid (names the field, never the value).
        UnknownOptionError: an unknown option or choice.
        OutOfRangeError: strict effective dating, naming the episode.
    """
    history = _history(facts)
    require_date(as_of, "as_of")
    opts = resolve_ive_options(options)
    settings: dict[str, Any] = {
        "as_of": as_of,
        "options": opts,
        "need_standard": need_standard,
        "effective": effective,
    }
    episodes: list[EpisodeDetermination] = []
    previous: Previous | None = None
    for index, episode in enumerate(history.episodes):
        done = _determined(history, index, previous, settings, calendar)
        episodes.append(done)
        if first_day(episode) is not None:
            carried = done.carried[0] if done.carried else None
            previous = Previous(index, episode, done.determination, carried)
    stays = [e.stay for e in episodes if e.stay is not None]
    determined = sorted({d for e in history.episodes for d in e.candidacy_determined_on})
    candidates = candidate_days(determined, stays, as_of)
    return IVEHistoryDetermination(
        case_ref=history.case_ref,
        as_of=as_of,
        episodes=tuple(episodes),
        months=span([e.determination for e in episodes], stays, candidates),
        options=opts,
    )
