"""Which amendment of a field stands: causal precedence, never a clock alone.

An amendment (``entry.amended``) names in ``supersedes`` the amendments of the same entry that
its author's vault held as the current versions (the *heads*) of the fields it changes. Per
(target, field) the amendments that change the field form a graph:

- an amendment that another one of the field supersedes loses, whatever the clocks say;
- the heads (superseded by none) are the current versions: one head is the field's value;
- two or more heads were written apart, neither author knowing of the other's: the field is
  in *conflict*. The row keeps the head with the greatest entry id (entry ids are random
  UUIDs, so neither a clock nor the order of arrival decides) and names the heads, so the
  case file shows both versions until someone writes an amendment that supersedes them all.

Amendments written before this rule carry no ``supersedes``: among themselves they keep their
old order (time, then entry id), each superseding every earlier old one of the field, so an
old vault reads the same. A newer amendment that saw an old one names it like any other.

Fields: an amendment's ``changes`` keys, except ``client`` (a case's client details), whose
keys are fields of their own (``client.legal_name``), since a client amendment changes some
details and leaves the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Resolution:
    """One field's amendments resolved: ``value_from`` is the amendment whose value the row
    shows; ``heads`` (by entry id) has two or more entries when the field is in conflict."""

    field: str
    value_from: str
    heads: tuple[str, ...]

    @property
    def conflict(self) -> bool:
        return len(self.heads) > 1


def fields_of(changes: Mapping[str, Any]) -> list[str]:
    """The fields an amendment's ``changes`` touch (``client`` split into its keys)."""
    out: list[str] = []
    for key, value in changes.items():
        if key == "client" and isinstance(value, Mapping):
            out += [f"client.{k}" for k in value]
        else:
            out.append(key)
    return sorted(out)


def value_of(changes: Mapping[str, Any], field: str) -> Any:
    """The value an amendment's ``changes`` give ``field`` (see :func:`fields_of`)."""
    if field.startswith("client.") and isinstance(changes.get("client"), Mapping):
        return changes["client"][field.split(".", 1)[1]]
    return changes[field]


def resolve(amendments: Iterable[Mapping[str, Any]], field: str) -> Resolution | None:
    """The standing version of ``field`` among ``amendments`` (records with ``entry_id``,
    ``at``, ``changes`` and, when written under this rule, ``supersedes``); None when none
    of them changes the field."""
    touching = [a for a in amendments if field in fields_of(a.get("changes", {}))]
    if not touching:
        return None
    superseded: set[str] = set()
    for a in touching:
        superseded.update(str(s) for s in a.get("supersedes") or ())
    old = sorted((a for a in touching if "supersedes" not in a),
                 key=lambda a: (str(a["at"]), str(a["entry_id"])))
    superseded.update(str(a["entry_id"]) for a in old[:-1])
    heads = sorted(str(a["entry_id"]) for a in touching if str(a["entry_id"]) not in superseded)
    if not heads:
        # Only a forged cycle (each naming the other) leaves no head: show them all as a
        # conflict rather than pick one.
        heads = sorted(str(a["entry_id"]) for a in touching)
    return Resolution(field, heads[-1], tuple(heads))


def current_heads(amendments: Iterable[Mapping[str, Any]], fields: Iterable[str]) -> list[str]:
    """The heads of each of ``fields``: what a new amendment of those fields supersedes."""
    records = list(amendments)
    out: set[str] = set()
    for field in fields:
        r = resolve(records, field)
        if r is not None:
            out.update(r.heads)
    return sorted(out)
