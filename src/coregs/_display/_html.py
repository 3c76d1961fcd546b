"""The few HTML pieces every notebook view is made of, escaped once here."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

__all__ = ["definitions", "esc", "items", "table", "view"]


def esc(value: object) -> str:
    """``value`` as text, HTML-escaped (``None`` as an empty cell)."""
    return "" if value is None else html.escape(str(value))


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain table: one header row, then the rows (every cell escaped)."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def definitions(pairs: Iterable[tuple[str, object]]) -> str:
    """A two-column table of labels and values, for one record."""
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in pairs)
    return f"<table>{rows}</table>"


def items(lines: Iterable[str], *, ordered: bool = False) -> str:
    """A list of escaped lines."""
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{esc(x)}</li>" for x in lines) + f"</{tag}>"


def view(title: str, *parts: str) -> str:
    """One result: a bold title line, then its parts (already HTML)."""
    return f'<div class="coregs"><p><b>{esc(title)}</b></p>{"".join(parts)}</div>'
