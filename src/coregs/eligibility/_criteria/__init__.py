"""The criteria, one module per part of 12 CCR 2509-7.601.71.

* :mod:`.removal`: B.1-B.4, B.6, E.1/F.1, G, H: how the child was removed, the court's findings;
* :mod:`.afdc`: B.5, B.7, D.1, D.2, D.4: the AFDC test as of July 16, 1996 (its need test is
  :mod:`.need`);
* :mod:`.need`: D.3: resources and the 1996 income tests, the budget worksheet;
* :mod:`.continuing`: E.3-E.4, F.4, K, trial home visits, 42 U.S.C. 672(j): what holds, lapses
  and resumes over the stay;
* :mod:`.provider`: A.3.b, C, L: the provider, and which costs are claimable.

Each module declares its :class:`~coregs.eligibility._base.spec.CriterionSpec` values (the
quote, verbatim) next to the function that evaluates them, and reads only the
:class:`~coregs.eligibility._base.context.Context`.
"""
