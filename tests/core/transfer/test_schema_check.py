"""``triad.transfer.schema`` checks a JSON Schema with jsonschema-rs. It must never be laxer than
what our import accepted before (the ``jsonschema`` package, the oracle here), must refuse what
JSON equality lets through (``1.0`` for an integer or for ``1``), and must name the same first
error (path and keyword) as jsonschema did. Differential tests, keyword by keyword (hypothesis,
derandomized), for the keywords the case and packet schemas use -- ``$ref``/``$defs``, ``anyOf``,
``format``, ``if`` tables, ``propertyNames`` included."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triad.exchange import packets
from triad.transfer.case_json import schema
from triad.transfer.schema import Problem, Schema

SETTINGS = settings(derandomize=True, database=None, deadline=None, max_examples=400,
                    suppress_health_check=list(HealthCheck))

DEFS = {
    "day": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"},
    "word": {"enum": ["a", "b", 1, None]},
    "words": {"type": "array", "uniqueItems": True, "maxItems": 3, "items": {"$ref": "#/$defs/word"}},
    "node": {"type": "object", "additionalProperties": False,
             "properties": {"next": {"anyOf": [{"$ref": "#/$defs/node"}, {"type": "null"}]},
                            "n": {"type": "integer", "minimum": 0, "maximum": 3}}},
}
SCHEMAS: dict[str, dict[str, Any]] = {
    "ref": {"$ref": "#/$defs/day"},
    "ref with siblings": {"$ref": "#/$defs/words", "minItems": 1},
    "recursive ref": {"$ref": "#/$defs/node"},
    "anyOf": {"anyOf": [{"const": ""}, {"$ref": "#/$defs/day"}]},
    "format on a type list": {"type": ["string", "null"], "format": "date"},
    "format before pattern": {"type": ["string", "null"], "format": "date",
                              "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    "enum of mixed types": {"$ref": "#/$defs/word"},
    "enum of numbers": {"enum": [1, 0.0, "a"]},
    "numbers": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},
    "number": {"type": "number", "minimum": 2, "maximum": 36},
    "strings": {"type": "string", "minLength": 1, "maxLength": 4, "pattern": "^[a-z]"},
    "property names": {"type": "object", "propertyNames": {"$ref": "#/$defs/day"},
                       "additionalProperties": {"type": "integer"}},
    "object": {"type": "object", "required": ["k"], "additionalProperties": False,
               "properties": {"k": {"enum": ["x", "y"]}, "v": {"$ref": "#/$defs/day"}},
               "allOf": [{"if": {"properties": {"k": {"const": "x"}}},
                          "then": {"required": ["v"]}},
                         {"if": {"properties": {"k": {"const": "y"}}},
                          "then": {"properties": {"v": {"const": "2026-01-01"}}}}]},
}
WORDS = st.sampled_from(["", "a", "b", "x", "y", "ab", "A", "abcde", "2026-01-01", "2026-02-30",
                         "2026-1-01", "٢٠٢٦-01-01", "2026-01-01\n", "\ud800"])
SCALARS = (st.none() | st.booleans() | st.integers(-3, 40) | st.floats(-3, 40, allow_nan=False)
           | st.sampled_from([1.0, 0.0, 3.0, 10**20, -(10**20)]) | WORDS | st.text(max_size=6))
VALUES = st.one_of(
    WORDS,  # often what the schemas look for
    st.fixed_dictionaries({"k": st.sampled_from(["x", "y", "z"])},
                          optional={"v": WORDS | SCALARS, "z": SCALARS}),
    st.dictionaries(WORDS, SCALARS, max_size=3),
    st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["k", "v", "next", "n", "z"]), inner, max_size=3), max_leaves=8))


def _oracle(root: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        root, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _floats_in(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_floats_in(v) for v in value.values())
    if isinstance(value, list):
        return any(_floats_in(v) for v in value)
    return type(value) is float


def _trailing_newline(value: Any) -> bool:
    """Python's ``$`` matches before a final newline; jsonschema-rs's does not (stricter)."""
    if isinstance(value, dict):
        return any(_trailing_newline(v) for v in (*value, *value.values()))
    if isinstance(value, list):
        return any(_trailing_newline(v) for v in value)
    return isinstance(value, str) and value.endswith("\n")


def _first(problems: list[Problem]) -> tuple[tuple[Any, ...], str] | None:
    return (problems[0].path, problems[0].keyword) if problems else None


def _jsonschema_first(validator: jsonschema.Draft202012Validator, value: Any
                      ) -> tuple[tuple[Any, ...], str] | None:
    errors = list(validator.iter_errors(value))
    return (tuple(errors[0].absolute_path), str(errors[0].validator)) if errors else None


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_never_laxer_than_jsonschema_and_names_the_same_error(name: str) -> None:
    root = {**SCHEMAS[name], "$defs": DEFS}
    ours, oracle = Schema(root), _oracle(root)
    seen = {"both valid": 0, "both invalid": 0, "only jsonschema valid": 0}

    @SETTINGS
    @given(VALUES)
    def run(value: Any) -> None:
        o, j = ours.is_valid(value), oracle.is_valid(value)
        assert j or not o, f"ours accepted {value!r}, jsonschema refuses"
        assert o == bool(_first(ours.problems(value)) is None), value
        if j and not o:  # stricter only where a float stands for an integer, or a final \n
            assert _floats_in(value) or _trailing_newline(value), value
        if not j and not o and not _floats_in(value) and not _trailing_newline(value):
            # the same first error as jsonschema (ordered by path: what our importers sort by)
            by_path = sorted(ours.problems(value), key=lambda p: list(map(str, p.path)))
            theirs = sorted(oracle.iter_errors(value), key=lambda e: list(map(str, e.absolute_path)))
            assert _first(by_path) == (tuple(theirs[0].absolute_path), str(theirs[0].validator)), value
        seen["both valid" if o else "only jsonschema valid" if j else "both invalid"] += 1

    run()
    assert seen["both valid"] and seen["both invalid"], seen  # the values reach both outcomes


def test_json_equality_lets_nothing_through() -> None:
    """What jsonschema took and our compiled checks refused: a float for an integer, a value
    equal to a ``const``/``enum`` member but of another type."""
    root = {"type": "object", "properties": {
        "seq": {"type": "integer", "minimum": 1}, "suds": {"type": ["integer", "null"]},
        "version": {"const": 1}, "word": {"$ref": "#/$defs/word"},
        "value": {"type": "number"}, "flag": {"type": "boolean"}}, "$defs": DEFS}
    ours, oracle = Schema(root), _oracle(root)
    for value, keyword in [({"seq": 1.0}, "type"), ({"suds": 3.0}, "type"),
                           ({"version": 1.0}, "const"), ({"word": 1.0}, "enum")]:
        assert oracle.is_valid(value) and not ours.is_valid(value), value
        assert ours.problems(value) == [Problem((next(iter(value)),), keyword)]
    for value in ({"seq": True}, {"value": True}, {"version": True}, {"word": True},
                  {"flag": 1}, {"flag": 0.0}):
        assert not oracle.is_valid(value) and not ours.is_valid(value), value
    for value in ({"seq": 1}, {"suds": None}, {"version": 1}, {"word": 1}, {"value": 1.0},
                  {"value": 2}, {"flag": False}):
        assert ours.is_valid(value) and ours.problems(value) == [], value


def test_exact_answers_on_chosen_values() -> None:
    cases: list[tuple[str, list[Any]]] = [
        ("ref", ["2026-01-01", "2026-02-30", "2026-1-01", "٢٠٢٦-01-01", 5, None]),
        ("anyOf", ["", "2026-01-01", "2026-13-01", None, []]),
        ("format on a type list", [None, "2026-02-28", "2026-02-29", "x", 3]),
        ("format before pattern", [None, "2026-02-28", "2026-3-3", "2026-02-29"]),
        ("ref with siblings", [[], ["a"], ["a", "a"], ["a", "b", None, 1], [2], "a"]),
        ("recursive ref", [{}, {"next": None}, {"next": {"next": {"n": 3}}},
                           {"next": {"next": {"n": 4}}}, {"next": {"z": 1}}]),
        ("property names", [{}, {"2026-01-01": 1}, {"2026-1-1": 1}, {"\ud800": 1},
                            {"2026-01-01": "x"}]),
        ("object", [{"k": "x"}, {"k": "x", "v": "2026-01-01"}, {"k": "y"},
                    {"k": "y", "v": "2026-01-02"}, {"k": "z"}, {"v": "2026-01-01"}]),
        ("strings", ["\ud800", "a\ud800", "abcd\ud800"]),
    ]
    for name, values in cases:
        root = {**SCHEMAS[name], "$defs": DEFS}
        ours, oracle = Schema(root), _oracle(root)
        for v in values:
            assert ours.is_valid(v) == oracle.is_valid(v), (name, v)
            assert _first(ours.problems(v)) == _jsonschema_first(oracle, v), (name, v)


def test_the_shipped_schemas_compile() -> None:
    """Both documents build (jsonschema-rs refuses unknown references and bad patterns)."""
    for document in (schema(), packets.schema()):
        assert not Schema(document).is_valid({})
