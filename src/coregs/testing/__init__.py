"""Hypothesis strategies for testing code built on coregs (needs the ``hypothesis`` package).

``pip install "coregs[test]"`` (or ``pip install hypothesis``) before importing this module.

* :func:`cases`, :func:`events`, :func:`as_of_dates`: valid case timelines for the compliance
  evaluator (:mod:`coregs.testing._compliance`).
* :func:`iv_e_facts`, :func:`iv_e_fact_pairs`: valid Title IV-E facts with an evaluation date,
  and complete facts paired with a copy in which some are unknown
  (:mod:`coregs.testing._eligibility`).
"""

from coregs.testing._compliance import as_of_dates, cases, events
from coregs.testing._eligibility import BLANKABLE, iv_e_fact_pairs, iv_e_facts

__all__ = ["BLANKABLE", "as_of_dates", "cases", "events", "iv_e_fact_pairs", "iv_e_facts"]
