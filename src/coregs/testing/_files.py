"""Policy-case files: YAML read with line numbers, and folders searched for them.

PyYAML is the one reader needed (``pip install "coregs[policy]"``); it is imported only when a
file is read. Files are read with the safe loader (no Python objects), every mapping remembers
the line of each of its keys so errors can point at it, and a key written twice in one mapping
is an error (YAML would otherwise keep the last value silently, and a test would check less
than its author wrote).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from coregs.rules import RULEBOOK, Rulebook
from coregs.testing._policy import PolicyCase, PolicyCaseError, parse_policy_cases

__all__ = ["load_policy_file", "policy_files"]

SUFFIXES = (".yaml", ".yml")


class Located(dict[Any, Any]):
    """A mapping read from YAML that knows its own line and the line of each key."""

    __slots__ = ("line", "lines")

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: dict[Any, int] = {}


@cache
def _loader() -> Any:
    """PyYAML and its safe loader, extended to record lines (built once)."""
    try:
        import yaml  # noqa: PLC0415 - optional dependency, needed only to read files
    except ImportError:
        raise ImportError(
            "reading policy-case files needs PyYAML: pip install 'coregs[policy]' "
            "(or pip install pyyaml)"
        ) from None

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc, valid-type]
        """The safe loader, building :class:`Located` mappings and refusing duplicate keys."""

    def mapping(loader: Any, node: Any) -> Located:
        written: set[Any] = set()
        for key_node, _ in node.value:  # the keys written here (a "<<" merge may be overridden)
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = loader.construct_object(key_node, deep=True)
            try:
                seen = key in written
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "a key must be text", key_node.start_mark
                ) from None
            if seen:
                raise yaml.constructor.ConstructorError(
                    None, None, "this key is written twice in the same mapping", key_node.start_mark
                )
            written.add(key)
        loader.flatten_mapping(node)  # merged pairs first, then the ones written here
        out = Located(node.start_mark.line + 1)
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            out[key] = loader.construct_object(value_node, deep=True)
            out.lines[key] = key_node.start_mark.line + 1
        return out

    def timestamp(loader: Any, node: Any) -> Any:
        try:
            return base.construct_yaml_timestamp(loader, node)
        except ValueError:  # 2026-02-30: say where, not which
            raise yaml.constructor.ConstructorError(
                None, None, "a date that does not exist on the calendar", node.start_mark
            ) from None

    Loader.add_constructor("tag:yaml.org,2002:map", mapping)
    Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    return yaml, Loader


def _read(path: Path) -> Any:
    yaml, loader = _loader()
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise PolicyCaseError(name, None, "", "cannot read the file as UTF-8 text") from None
    try:
        return yaml.load(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        # PyYAML names the construct it stumbled on (a token, a tag), not a scalar value
        problem = exc.problem or exc.context or "not valid YAML"
        raise PolicyCaseError(name, None, "", f"not valid YAML: {problem}", line=line) from None
    except yaml.YAMLError:
        raise PolicyCaseError(name, None, "", "not valid YAML") from None


def load_policy_file(path: str | Path, *, rulebook: Rulebook = RULEBOOK) -> tuple[PolicyCase, ...]:
    """Read and validate the policy cases of one YAML file.

    Raises:
        PolicyCaseError: the file cannot be read, is not YAML, or a case's structure is wrong
            (the error names the file, the case, the key and the line).
        ImportError: PyYAML is not installed.
    """
    path = Path(path)
    data = _read(path)
    if data is None:
        raise PolicyCaseError(str(path), None, "", "the file holds no cases")
    return parse_policy_cases(data, source=str(path), rulebook=rulebook)


def policy_files(paths: Iterable[str | Path]) -> tuple[Path, ...]:
    """The policy-case files named: each file as given, and every ``*.yaml`` / ``*.yml`` file
    under each folder, in sorted order.

    Raises:
        PolicyCaseError: a path that does not exist.
    """
    out: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES))
        elif path.is_file():
            out.append(path)
        else:
            raise PolicyCaseError(str(path), None, "", "no such file or folder")
    return tuple(dict.fromkeys(out))
