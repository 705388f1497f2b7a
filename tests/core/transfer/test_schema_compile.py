"""``triad.transfer.schema`` compiles a JSON Schema to plain checks that may say "valid" only when
jsonschema would. Differential tests, keyword by keyword (hypothesis, derandomized), for the
keywords the case and packet schemas use -- ``$ref``/``$defs``, ``anyOf``, ``format``, ``if``
tables included -- and a check that nothing in the two shipped schemas is handed to jsonschema
(which is what makes the check fast)."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triad.exchange import packets
from triad.transfer import schema as schemacheck
from triad.transfer.case_json import schema
from triad.transfer.schema import compile_root

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
    "enum of mixed types": {"$ref": "#/$defs/word"},
    "numbers": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},
    "number": {"type": "number", "minimum": 2, "maximum": 36},
    "strings": {"type": "string", "minLength": 1, "maxLength": 4, "pattern": "^[a-z]"},
    "object": {"type": "object", "required": ["k"], "additionalProperties": False,
               "properties": {"k": {"enum": ["x", "y"]}, "v": {"$ref": "#/$defs/day"}},
               "allOf": [{"if": {"properties": {"k": {"const": "x"}}},
                          "then": {"required": ["v"]}},
                         {"if": {"properties": {"k": {"const": "y"}}},
                          "then": {"properties": {"v": {"const": "2026-01-01"}}}}]},
    "not compiled (delegated)": {"not": {"type": "string"}},
}
WORDS = st.sampled_from(["", "a", "b", "x", "y", "ab", "A", "abcde", "2026-01-01", "2026-02-30",
                         "2026-1-01", "٢٠٢٦-01-01", "2026-01-01\n"])
SCALARS = (st.none() | st.booleans() | st.integers(-3, 40) | st.floats(-3, 40, allow_nan=False)
           | WORDS | st.text(max_size=6))
VALUES = st.one_of(
    WORDS,  # often what the schemas look for
    st.fixed_dictionaries({"k": st.sampled_from(["x", "y", "z"])},
                          optional={"v": WORDS | SCALARS, "z": SCALARS}),
    st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["k", "v", "next", "n", "z"]), inner, max_size=3), max_leaves=8))


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_compiled_never_accepts_what_jsonschema_refuses(name: str) -> None:
    root = {**SCHEMAS[name], "$defs": DEFS}
    fast = compile_root(root)
    full = jsonschema.Draft202012Validator(
        root, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    seen = {"both valid": 0, "both invalid": 0, "only jsonschema valid": 0}

    @SETTINGS
    @given(VALUES)
    def run(value: Any) -> None:
        f, j = fast(value), full.is_valid(value)
        assert j or not f, f"compiled accepted {value!r}, jsonschema refuses"
        seen["both valid" if f else "only jsonschema valid" if j else "both invalid"] += 1

    run()
    assert seen["both valid"] and seen["both invalid"], seen  # the values reach both outcomes


def test_compiled_keywords_agree_exactly_on_their_own_ground() -> None:
    """Where the compiled check is not meant to be stricter (no 7.0-as-integer, no 1-as-1.0),
    it gives jsonschema's answer."""
    cases: list[tuple[str, list[Any]]] = [
        ("ref", ["2026-01-01", "2026-02-30", "2026-1-01", "٢٠٢٦-01-01", 5, None]),
        ("anyOf", ["", "2026-01-01", "2026-13-01", None, []]),
        ("format on a type list", [None, "2026-02-28", "2026-02-29", "x", 3]),
        ("ref with siblings", [[], ["a"], ["a", "a"], ["a", "b", None, 1], [2], "a"]),
        ("recursive ref", [{}, {"next": None}, {"next": {"next": {"n": 3}}},
                           {"next": {"next": {"n": 4}}}, {"next": {"z": 1}}]),
        ("object", [{"k": "x"}, {"k": "x", "v": "2026-01-01"}, {"k": "y"},
                    {"k": "y", "v": "2026-01-02"}, {"k": "z"}, {"v": "2026-01-01"}]),
    ]
    for name, values in cases:
        root = {**SCHEMAS[name], "$defs": DEFS}
        fast = compile_root(root)
        full = jsonschema.Draft202012Validator(
            root, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
        for v in values:
            assert fast(v) == full.is_valid(v), (name, v)


def test_the_shipped_schemas_compile_without_jsonschema(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every node of the case and packet schemas is compiled: none is handed to jsonschema."""
    def delegated(s: Any, defs: Any) -> Any:
        pytest.fail(f"delegated to jsonschema: {str(s)[:200]}")

    monkeypatch.setattr(schemacheck, "_delegate", delegated)
    compile_root(schema())
    compile_root(packets.schema())
