"""How results look: short reprs and ``_repr_html_`` tables for a console and a notebook, and
the JSON records the CLI's ``--json`` and the HTTP service share (:mod:`.records`).

Rendering lives here, in small modules by layer (calendar, periods, rules, compliance,
eligibility), and each result class attaches it with a two-line method that imports the module
on first use. Nothing here computes: it lays out what a result already holds, which is free of
personal values (reasons name fields and rules; dates are the rules' own), and every text is
HTML-escaped.
"""
