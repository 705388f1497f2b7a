"""The promises table: what the signed forms promise, and the test that enforces each promise.

What a promise sentence is: **every sentence of a form's body**, in every version of every form
in ``triad/data/forms`` (the current and the older ones, since old signatures bind to them).
Headings are not sentences; a list item is read as its own sentence(s); ``**``/``*``/``_``
markers are dropped and ``{placeholders}`` kept. The form is what the client signs, so no
sentence is assumed harmless: ``tests/core/promises.py`` says of each one which tests enforce
it, which issue point will (open), that people keep it where software cannot, or that it
promises nothing (``DESCRIBES``). Deciding that is a reviewer's act, so a new sentence -- a new
form version, a new form -- fails ``test_every_promise_sentence_has_an_entry`` until it is
entered, and an entry whose sentence left the form fails too.

Run ``pytest -rP tests/core/test_promises.py`` to see the open promises.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable

from tests.core.promises import PROMISES, Entry
from triad.casefile import forms
from triad.data import DATA

_VERSION = re.compile(r"^v(\d+)\.md$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z({\"])")
_MARKERS = re.compile(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)")


def sentences(body: str) -> list[str]:
    """The sentences of a form body, in order (see the module docstring for the rule)."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", body):
        units: list[str] = []
        current: list[str] = []
        for raw in block.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if re.match(r"^([-*+]|\d+[.)]) ", line):  # a list item starts a unit of its own
                if current:
                    units.append(" ".join(current))
                current = [line.split(" ", 1)[1]]
            else:
                current.append(line)
        if current:
            units.append(" ".join(current))
        for unit in units:
            out += [s.strip() for s in _SENTENCE_END.split(_MARKERS.sub("", unit)) if s.strip()]
    return out


def form_versions() -> list[tuple[str, int, str]]:
    """(form id, version, body) of every form file shipped, old versions included."""
    found = []
    for folder in sorted((DATA / "forms").iterdir(), key=lambda f: f.name):
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir(), key=lambda f: f.name):
            m = _VERSION.match(path.name)
            if m:
                form = forms.form(folder.name, int(m.group(1)))
                found.append((form.form_id, form.version, form.text))
    return found


def table_problems(versions: Iterable[tuple[str, int, str]],
                   table: dict[tuple[str, int], list[tuple[str, Entry]]]) -> list[str]:
    """Every sentence without an entry, every entry without its sentence, every duplicate."""
    problems = []
    shipped = set()
    for form_id, version, body in versions:
        shipped.add((form_id, version))
        entered = [s for s, _ in table.get((form_id, version), [])]
        problems += [f"{form_id} v{version}: duplicate entry: {s!r}"
                     for s in sorted(set(entered)) if entered.count(s) > 1]
        said = sentences(body)
        problems += [f"{form_id} v{version}: no entry for {s!r}" for s in said if s not in entered]
        problems += [f"{form_id} v{version}: entry for a sentence not in the form: {s!r}"
                     for s in entered if s not in said]
    problems += [f"{k[0]} v{k[1]}: entries for a form version not shipped" for k in table
                 if k not in shipped]
    return problems


def _test_exists(node_id: str) -> bool:
    path, _, name = node_id.partition("::")
    if not (path.startswith("tests/") and path.endswith(".py") and name):
        return False
    module = importlib.import_module(path[:-3].replace("/", "."))
    target: object = module
    for part in name.split("[", 1)[0].split("::"):
        target = getattr(target, part, None)
    return callable(target) and name.split("::")[-1].startswith("test_")


def test_every_promise_sentence_has_an_entry() -> None:
    versions = form_versions()
    assert {f.form_id for f in forms.forms()} <= {v[0] for v in versions}
    assert len(versions) >= 5
    problems = table_problems(versions, PROMISES)
    assert not problems, "\n".join(problems)


def test_a_new_sentence_in_a_new_version_fails_until_it_is_entered() -> None:
    """The check itself: a v2 that adds a sentence, or drops one, is caught."""
    body = "# Title\n\nWe keep **this**. You may *stop* at any time.\n\n- An item.\n"
    entered = [("We keep this.", Entry(describes=True)),
               ("You may stop at any time.", Entry(tests=("tests/x.py::test_y",))),
               ("An item.", Entry(describes=True))]
    assert table_problems([("f", 1, body)], {("f", 1): entered}) == []
    v2 = body + "\nThe surrogate will never record a session.\n"
    assert table_problems([("f", 1, body), ("f", 2, v2)], {("f", 1): entered}) == [
        "f v2: no entry for 'We keep this.'", "f v2: no entry for 'You may stop at any time.'",
        "f v2: no entry for 'An item.'",
        "f v2: no entry for 'The surrogate will never record a session.'"]
    assert table_problems([("f", 1, "We keep this.")], {("f", 1): entered}) == [
        "f v1: entry for a sentence not in the form: 'You may stop at any time.'",
        "f v1: entry for a sentence not in the form: 'An item.'"]


def test_every_entry_is_well_formed_and_names_tests_that_exist() -> None:
    problems = []
    for (form_id, version), rows in PROMISES.items():
        for sentence, e in rows:
            kinds = [bool(e.tests), bool(e.open and not e.tests), bool(e.people), e.describes]
            where = f"{form_id} v{version}: {sentence!r}"
            if sum(kinds) != 1:
                problems.append(f"{where}: exactly one of tests, open, people, DESCRIBES")
            if e.open and not e.open.startswith(("issue 13", "not in issue 13")):
                problems.append(f"{where}: open names an issue point or 'not in issue 13'")
            problems += [f"{where}: no such test {t}" for t in e.tests if not _test_exists(t)]
    assert not problems, "\n".join(problems)


def test_the_open_promises_are_listed() -> None:
    """Prints every promise not (wholly) enforced yet, grouped by what will enforce it."""
    by_point: dict[str, list[str]] = {}
    counts = {"enforced": 0, "partly": 0, "open": 0, "people": 0, "describes": 0}
    for (form_id, version), rows in sorted(PROMISES.items()):
        for sentence, e in rows:
            kind = ("describes" if e.describes else "people" if e.people else
                    "partly" if e.tests and e.open else "enforced" if e.tests else "open")
            counts[kind] += 1
            if e.open:
                by_point.setdefault(e.open, []).append(
                    f"  {form_id} v{version}{' (partly enforced)' if e.tests else ''}: {sentence}")
    print("\nPromises:", ", ".join(f"{n} {k}" for k, n in counts.items()))
    for point in sorted(by_point):
        print(f"\n{point}:")
        print("\n".join(by_point[point]))
    assert counts["enforced"] + counts["partly"] > 0
