"""What every criterion reads and returns.

* :mod:`.options`: the evaluator's interpretation options, and :class:`~.options.Readings`,
  every option's reading resolved once into its enum member;
* :mod:`.parameters`: the figures the law states (the AFDC amounts, the need standard), each a
  dated parameter record;
* :mod:`.context`: the facts as of the evaluation date, with the readings and the dates every
  criterion shares;
* :mod:`.outcome`: three-valued outcomes and the :class:`~.outcome.Criterion` result;
* :mod:`.spec`: a criterion's declaration next to the words it implements;
* :mod:`.track`: a criterion over time (pieces, and the time limits ahead).
"""
