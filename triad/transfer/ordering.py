"""The order in which a case's entries can be applied: what each entry defines and needs, and
a deterministic causal order over them (export, JSON import and packets use the same)."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable

from triad.log.entries import Entry


def defines(e: Entry) -> list[tuple[str, str]]:
    """The keys an entry brings into being: itself, its case, a session, a debrief, ..."""
    b = e.body
    keys: list[tuple[str, str]] = [("entry", str(e.id))]
    if e.kind == "case.opened":
        keys.append(("case", e.case_id or ""))
    for kind, name, field in (("session.scheduled", "session", "session_id"),
                              ("session.debriefed", "debrief", "session_id"),
                              ("consent.given", "consent", "consent_id"),
                              ("goal.set", "goal", "goal_id"),
                              ("aid.added", "aid", "aid_id")):
        if e.kind == kind:
            keys.append((name, str(b.get(field))))
    return keys


def _aid_ids(e: Entry) -> list[str]:
    """The aids of the case's inventory an entry names: a consent's grants, a revocation's
    withdrawn aids, a debrief's aids used (only string ids: others the checks refuse)."""
    b = e.body
    if e.kind == "consent.given":
        found = [g.get("aid_id") for g in b.get("aids") or [] if isinstance(g, dict)]
    elif e.kind == "consent.revoked":
        found = list(b.get("aids") or [])
    elif e.kind == "session.debriefed":
        found = list(b.get("aid_ids") or [])
    else:
        return []
    return [a for a in found if isinstance(a, str)]


def needs(e: Entry) -> list[tuple[str, str]]:
    """The keys an entry refers to and cannot be applied without (see :func:`defines`)."""
    b = e.body
    needs = [] if e.kind == "case.opened" else [("case", e.case_id or "")]
    for kind, name, field in (("session.debriefed", "session", "session_id"),
                              ("session.outcome_recorded", "session", "session_id"),
                              ("session.rescheduled", "session", "session_id"),
                              ("debrief.reviewed", "debrief", "session_id"),
                              ("consent.revoked", "consent", "consent_id"),
                              ("consent.signed", "consent", "consent_id"),
                              ("goal.progress", "goal", "goal_id"),
                              ("entry.amended", "entry", "target_id"),
                              ("entry.cosigned", "entry", "target_id"),
                              ("aid.retired", "aid", "aid_id")):
        if e.kind == kind:
            needs.append((name, str(b.get(field))))
    needs += [("aid", a) for a in _aid_ids(e)]
    return needs


def causal_order(entries: Iterable[Entry]) -> list[Entry]:
    """A deterministic order in which nothing comes before what it depends on: each
    (author, case) chain in seq order, every reference (a review to its debrief, a revocation
    to its consent, an amendment to its target) after what it refers to; time (then id) only
    breaks ties. Clocks on different machines may disagree; references do not."""
    items = list(entries)
    definer: dict[tuple[str, str], int] = {}
    for i, e in enumerate(items):
        for key in defines(e):
            definer.setdefault(key, i)
    chains: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(items):
        chains.setdefault((e.author, e.chain), []).append(i)
    waits: list[set[int]] = [set() for _ in items]
    for chain in chains.values():
        chain.sort(key=lambda i: items[i].seq)
        for before, after in itertools.pairwise(chain):
            waits[after].add(before)
    for i, e in enumerate(items):
        for key in needs(e):
            j = definer.get(key)
            if j is not None and j != i:
                waits[i].add(j)
    unlocks: list[list[int]] = [[] for _ in items]
    for i, deps in enumerate(waits):
        for j in deps:
            unlocks[j].append(i)
    remaining = [len(d) for d in waits]
    ready = [(items[i].created_at, items[i].id, i) for i in range(len(items)) if not remaining[i]]
    heapq.heapify(ready)
    out: list[Entry] = []
    done = [False] * len(items)
    while ready:
        _, _, i = heapq.heappop(ready)
        out.append(items[i])
        done[i] = True
        for k in unlocks[i]:
            remaining[k] -= 1
            if remaining[k] == 0:
                heapq.heappush(ready, (items[k].created_at, items[k].id, k))
    # A cycle can only come from a forged file; keep its entries (validation rejects them).
    out.extend(sorted((items[i] for i in range(len(items)) if not done[i]),
                      key=lambda e: (e.created_at, e.id)))
    return out
