"""The regulation texts the tests check against (the repository's copies, not ../shared)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from coregs.rules import Rule, normalise

DATA = Path(__file__).parent / "data"
CCR_FILE = DATA / "12-CCR-2509-7.601.txt"
CPO_FILE = DATA / "ombudsman-case-process.txt"


@cache
def text(path: Path) -> str:
    """The file's text with every run of whitespace collapsed (the only normalisation)."""
    return normalise(path.read_text(encoding="utf-8"))


def text_for(rule: Rule) -> str:
    """The normalised text a rule quotes."""
    return text(CPO_FILE if rule.source.key.startswith("CPO") else CCR_FILE)


_NUMBERS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|forty|sixty|ninety"
)
TIMING = re.compile(
    "|".join(
        (
            r"\(\d+\)\s*(?:[a-z-]+\s+){0,2}?(?:days?|months?|years?|hours?|weeks?)\b",
            rf"\b(?:{_NUMBERS})[- ](?:calendar |working |business )?(?:days?|months?|years?)\b",
            r"\bworking\b",
            r"\bbusiness\b",
            r"\bmonths\b",
            r"\byears\b",
            r"\bweeks?\b",
            r"\bpromptly\b",
            r"\bat the time of\b",
            r"\bat such times\b",
            r"\bevery\b[^.]*?\b(?:years?|months?|days?)\b",
            r"\bwhenever\b",
            r"\bwhen\b",  # "When a client leaves ..." (issue 14: 7.601.3.C was missed)
            r"\bupon\b",  # "Upon resolution of the case ..." (the Ombudsman's closure)
            r"\beach time\b",
            r"\banytime\b",
            r"\bimmediately\b",
            r"\bno later than\b",
            r"\bprior to\b",
        )
    ),
    re.IGNORECASE,
)

_SPLIT = re.compile(r'(?<=[.!?])\s+(?=[A-Z"(])')


def sentences(path: Path) -> list[str]:
    """Every sentence of the file, line by line (a line never joins the next)."""
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        out.extend(s for s in (normalise(p) for p in _SPLIT.split(line)) if s)
    return out


def timed_sentences(path: Path) -> list[str]:
    """The sentences with a period or a timing phrase."""
    return [s for s in sentences(path) if TIMING.search(s)]
