"""Hypothesis strategies for testing code built on coregs (needs the ``hypothesis`` package).

``pip install "coregs[test]"`` (or ``pip install hypothesis``) before importing this module.

* :func:`cases`, :func:`events`, :func:`as_of_dates`: valid case timelines for the compliance
  evaluator (:mod:`coregs.testing._compliance`).
"""

from coregs.testing._compliance import as_of_dates, cases, events

__all__ = ["as_of_dates", "cases", "events"]
