"""Whole caseloads: many cases (or facts) in, one result or one :class:`FailedCase` each out.

An edge over the pure evaluators: :func:`check_cases` and :func:`determine_many` keep input
order, turn a case that cannot be evaluated into a value instead of stopping, and spread the
work over processes when asked (``jobs``); :func:`cases_from_rows` reads a flat event table.
"""
