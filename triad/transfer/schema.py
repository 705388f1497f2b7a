"""JSON Schema (2020-12), compiled to plain Python checks for speed.

jsonschema took ~7 s for a packet of 10,000 entries, most of it each entry against the entry
schema's 18 ``if kind == ...`` clauses. The packet importer (``exchange/packets.py``) and the
case-file importer (``interchange.py``) ask ``compile_root(schema)`` first, and run jsonschema
only when it says "not valid" (to name the first error).

A compiled check may only say "valid" when jsonschema would; it may say "not valid" more often
(it is stricter: see below). Differential tests: tests/triad/test_schema_compile.py and
tests/reliability/test_packet_speed.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# Each keyword it compiles is as strict as jsonschema or stricter: an integer must be an int
# (jsonschema also takes 7.0), enum and const values compare with their type (jsonschema takes
# 1 for 1.0 and 1.0 for 1). ``$ref`` to ``#/$defs/NAME`` is resolved when compiling; ``format``
# asks jsonschema's own format checker, value by value. A node with any other keyword is handed
# to jsonschema itself (slow), and ``if`` conditions are compiled only in a form evaluated
# exactly (``properties`` of ``const`` strings) -- otherwise the whole if/then/else goes to
# jsonschema.
Check = Callable[[Any], bool]
Defs = dict[str, Any]
_TYPES: dict[str, Check] = {
    "object": lambda x: type(x) is dict, "array": lambda x: type(x) is list,
    "string": lambda x: type(x) is str, "integer": lambda x: type(x) is int,
    "number": lambda x: type(x) in (int, float), "boolean": lambda x: type(x) is bool,
    "null": lambda x: x is None,
}
_SCALARS = (str, int, float, bool, type(None))
_COMPILED = {"type", "properties", "required", "additionalProperties", "propertyNames",
             "pattern", "minLength", "maxLength", "minimum", "maximum", "enum", "const",
             "items", "minItems", "maxItems", "uniqueItems", "allOf", "anyOf", "if", "then",
             "else", "format", "$ref", "$defs", "$schema", "title", "description", "$comment"}
_DEFS_REF = re.compile(r"^#/\$defs/([A-Za-z0-9_.-]+)$")


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and type(a) in _SCALARS and a == b


def _exact_condition(cond: Any) -> Check | None:
    """``{"properties": {name: {"const": "text"}, ...}}``, evaluated exactly; else None."""
    if not isinstance(cond, dict) or set(cond) != {"properties"}:
        return None
    wanted = {}
    for name, sub in cond["properties"].items():
        if not (isinstance(sub, dict) and set(sub) == {"const"} and type(sub["const"]) is str):
            return None
        wanted[name] = sub["const"]
    return lambda x: type(x) is not dict or all(
        name not in x or x[name] == value for name, value in wanted.items())


def _delegate(s: Any, defs: Defs) -> Check:
    import jsonschema

    cls = jsonschema.Draft202012Validator
    if isinstance(s, dict) and defs and "$defs" not in s:
        s = {**s, "$defs": defs}  # so that its references still resolve
    validator = cls(s, format_checker=cls.FORMAT_CHECKER)
    return lambda x: bool(validator.is_valid(x))


def _format(name: str) -> Check:
    import jsonschema

    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    return lambda x: bool(checker.conforms(x, name))


def _compile(s: Any, defs: Defs | None = None, refs: dict[str, Check] | None = None) -> Check:
    """A check for schema ``s``; ``defs``: the root's ``$defs`` (``refs``: compiled ones)."""
    defs = {} if defs is None else defs
    refs = {} if refs is None else refs
    if s is True or s == {}:
        return lambda x: True
    if s is False:
        return lambda x: False
    ref = _DEFS_REF.match(s["$ref"]) if isinstance(s, dict) and isinstance(
        s.get("$ref"), str) else None
    if not isinstance(s, dict) or set(s) - _COMPILED or (
            "$ref" in s and (ref is None or ref[1] not in defs)):
        return _delegate(s, defs)

    def sub(schema: Any) -> Check:
        return _compile(schema, defs, refs)

    checks: list[Check] = []
    if ref is not None:
        name = ref[1]
        if name not in refs:
            cell: list[Check] = []
            refs[name] = lambda x: cell[0](x)  # resolved below; a reference may recur
            cell.append(sub(defs[name]))
            refs[name] = cell[0]
        checks.append(refs[name])
    if "type" in s:
        kinds = [s["type"]] if isinstance(s["type"], str) else list(s["type"])
        tests = [_TYPES[k] for k in kinds]
        checks.append(lambda x: any(t(x) for t in tests))
    if "properties" in s or "additionalProperties" in s or "required" in s or "propertyNames" in s:
        props = {k: sub(v) for k, v in s.get("properties", {}).items()}
        extra = sub(s["additionalProperties"]) if "additionalProperties" in s else None
        names = sub(s["propertyNames"]) if "propertyNames" in s else None
        required = list(s.get("required", ()))

        def obj(x: Any) -> bool:
            if type(x) is not dict:
                return True
            if any(k not in x for k in required):
                return False
            for k, v in x.items():
                check = props.get(k, extra)
                if check is not None and not check(v):
                    return False
                if names is not None and not names(k):
                    return False
            return True

        checks.append(obj)
    if "pattern" in s or "minLength" in s or "maxLength" in s:
        rx = re.compile(s["pattern"]) if "pattern" in s else None
        lo, hi = s.get("minLength", 0), s.get("maxLength")
        checks.append(lambda x: type(x) is not str or (
            (rx is None or rx.search(x) is not None) and len(x) >= lo
            and (hi is None or len(x) <= hi)))
    if "format" in s:
        checks.append(_format(s["format"]))
    if "minimum" in s or "maximum" in s:
        mn, mx = s.get("minimum"), s.get("maximum")
        checks.append(lambda x: type(x) not in (int, float) or (
            (mn is None or x >= mn) and (mx is None or x <= mx)))
    if "enum" in s:
        allowed = list(s["enum"])
        checks.append(lambda x: any(_same(x, v) for v in allowed))
    if "const" in s:
        value = s["const"]
        checks.append(lambda x: _same(x, value))
    if "items" in s or "minItems" in s or "maxItems" in s or "uniqueItems" in s:
        each = sub(s["items"]) if "items" in s else None
        lo, hi, unique = s.get("minItems", 0), s.get("maxItems"), s.get("uniqueItems", False)

        def arr(x: Any) -> bool:
            if type(x) is not list:
                return True
            if len(x) < lo or (hi is not None and len(x) > hi):
                return False
            if unique and (any(type(i) not in _SCALARS or type(i) in (bool, float) for i in x)
                           or len({(type(i), i) for i in x}) != len(x)):
                return False
            return each is None or all(each(i) for i in x)

        checks.append(arr)
    if "allOf" in s:
        checks.append(_all_of(s["allOf"], sub))
    if "anyOf" in s:
        options = [sub(part) for part in s["anyOf"]]
        checks.append(lambda x: any(c(x) for c in options))
    if "if" in s:
        cond = _exact_condition(s["if"])
        if cond is None:
            checks.append(_delegate({k: s[k] for k in ("if", "then", "else") if k in s}, defs))
        else:
            then = sub(s.get("then", True))
            other = sub(s.get("else", True))
            checks.append(lambda x: then(x) if cond(x) else other(x))
    if len(checks) == 1:
        return checks[0]
    return lambda x: all(c(x) for c in checks)


def _all_of(parts: list[Any], sub: Callable[[Any], Check]) -> Check:
    """Clauses ``{"if": {"properties": {name: {"const": "text"}}}, "then": ...}`` on one
    ``name`` become a table: of the conditions, only the one whose text is the instance's
    value can hold -- unless ``name`` is absent (or the instance not an object), when all do."""
    table: dict[str, list[Check]] = {}
    others: list[Check] = []
    name = None
    for part in parts:
        cond = part.get("if") if isinstance(part, dict) and set(part) == {"if", "then"} else None
        props = cond.get("properties") if isinstance(cond, dict) and set(cond) == {"properties"} else None
        if isinstance(props, dict) and len(props) == 1 and _exact_condition(cond) is not None:
            key = next(iter(props))
            if name in (None, key):
                name = key
                table.setdefault(props[key]["const"], []).append(sub(part["then"]))
                continue
        others.append(sub(part))
    every = [c for cs in table.values() for c in cs]

    def check(x: Any) -> bool:
        if type(x) is dict and name in x:
            value = x[name]
            chosen = table.get(value, []) if type(value) is str else []
        else:
            chosen = every
        return all(c(x) for c in chosen) and all(c(x) for c in others)

    return check




def compile_root(root: dict[str, Any]) -> Check:
    """A check for a whole schema document, its ``$defs`` resolved (``$id`` only names it)."""
    return _compile({k: v for k, v in root.items() if k != "$id"}, root.get("$defs", {}))
