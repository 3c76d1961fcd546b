"""Renamed public names, kept as deprecated aliases: one mechanism for every package.

docs/releases.md promises that an old name keeps working for at least one minor release, is
the very object of its replacement (``is`` and ``isinstance`` hold across the two names), and
warns with a ``DeprecationWarning`` naming the replacement, once per process. A package lists
its old names, each with the new name it exports beside it, in a :class:`Renamed` table and
answers them from its module ``__getattr__``:

    _RENAMED = Renamed(__name__, {"Status": "ComplianceStatus"})

    def __getattr__(name):
        return _RENAMED.resolve(globals(), name)

The first access warns and binds the old name in the module's namespace, so later accesses
find it there and do not warn again: "once per process" is the module's own binding, not a
registry of warnings given.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Renamed"]


@dataclass(frozen=True, slots=True)
class Renamed:
    """A module's renamed names: old name -> the new name the same module exports.

    Attributes:
        module: the module the old names are read from (``"coregs.compliance"``).
        names: for each old name, its replacement's name in that module.
    """

    module: str
    names: Mapping[str, str]

    def resolve(self, namespace: MutableMapping[str, Any], name: str, *, depth: int = 0) -> Any:
        """The object ``name`` now names, warning once: a module ``__getattr__`` body
        (``depth``: the calls between that ``__getattr__`` and this one).

        Raises:
            AttributeError: ``name`` is neither a renamed name nor in the module.
        """
        new = self.names.get(name)
        if new is None:
            raise AttributeError(f"module {self.module!r} has no attribute {name!r}")
        value = getattr(sys.modules[self.module], new)
        warnings.warn(
            f"{self.module}.{name} is deprecated; use {self.module}.{new}",
            DeprecationWarning,
            stacklevel=3 + depth,  # the code that used the old name
        )
        namespace[name] = value  # the module answers it from now on: one warning per process
        return value
