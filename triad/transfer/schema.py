"""JSON Schema (Draft 2020-12, formats checked) with jsonschema-rs, its errors named the way our
messages name them: the JSON path of the value at fault and the schema keyword that failed.

The case-file importer (``case_json.py``) and the packet parser (``exchange/packets.py``) build
one ``Schema`` each. jsonschema-rs checks a 10,000-entry case file in ~0.03 s (the Python
``jsonschema`` package took ~6 s, our own compiled checks ~0.3 s).

Two things are added to what the schema says, so that nothing is let through that our checks
refused before:

* **JSON equality.** By the JSON Schema rules ``1.0`` is an integer and equals ``1``, so
  ``"seq": 1.0`` or ``"version": 1.0`` would pass. Every node typed ``integer`` gets a
  keyword of ours refusing a float, and every ``const``/``enum`` with a number one refusing a
  value equal to it but of another type (reported as ``type``, ``const``, ``enum``).
* **Error order.** jsonschema-rs reports a node's failing keywords in an order of its own; the
  errors come back in schema order (the order of the keywords in the document, a ``$ref``
  followed into its target, ``then``/``else`` standing where their ``if`` stands), as the
  ``jsonschema`` package reported them, so that the first error named stays the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

Path = tuple[str | int, ...]
_INTEGER, _EXACT = "triadInteger", "triadExact"
_OURS = {_INTEGER: "type"}  # _EXACT reports the keyword it guards: its value
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Problem:
    """One schema error: where (``("entries", 3, "seq")``) and which keyword (``"type"``)."""

    path: Path
    keyword: str


def _integer_types(s: dict[str, Any]) -> bool:
    kinds = [s["type"]] if isinstance(s.get("type"), str) else s.get("type", [])
    return isinstance(kinds, list) and "integer" in kinds and "number" not in kinds


def _numbers_in(values: list[Any]) -> bool:
    return any(type(v) in (int, float) for v in values)


def _strict(s: Any) -> Any:
    """``s`` with our keywords added after ``type``, ``const`` and ``enum`` where they apply."""
    if isinstance(s, list):
        return [_strict(x) for x in s]
    if not isinstance(s, dict):
        return s
    out: dict[str, Any] = {}
    for key, value in s.items():
        if key in ("properties", "$defs"):
            out[key] = {k: _strict(v) for k, v in value.items()} if isinstance(value, dict) else value
        elif key in ("const", "enum"):
            out[key] = value
        else:
            out[key] = _strict(value)
        if key == "type" and _integer_types(s):
            out[_INTEGER] = True
        elif key == "const" and _numbers_in([value]):
            out[_EXACT] = "const"
        elif key == "enum" and isinstance(value, list) and _numbers_in(value):
            out[_EXACT] = "enum"
    return out


class _NoFloat:
    """Our ``integer``: a float is not one, even ``1.0``."""

    def __init__(self, parent: dict[str, Any], value: Any, schema_path: list[str | int]) -> None:
        pass

    def validate(self, instance: Any) -> None:
        if type(instance) is float:
            raise ValueError("a float where an integer belongs")


class _SameType:
    """Our ``const``/``enum``: equal by value *and* by type (``1.0`` is not ``1``)."""

    def __init__(self, parent: dict[str, Any], value: Any, schema_path: list[str | int]) -> None:
        self._allowed = [parent["const"]] if value == "const" else list(parent["enum"])

    def validate(self, instance: Any) -> None:
        if type(instance) not in (int, float):
            return  # strings, booleans, null, containers: jsonschema-rs compares them exactly
        if any(v == instance and type(v) is not type(instance) for v in self._allowed) and not any(
                v == instance and type(v) is type(instance) for v in self._allowed):
            raise ValueError("equal, but of another type")


class Schema:
    """A JSON Schema document (Draft 2020-12), compiled once; formats are checked."""

    def __init__(self, document: dict[str, Any]) -> None:
        import jsonschema_rs

        self._document = _strict({k: v for k, v in document.items() if k != "$id"})
        self._validator = jsonschema_rs.Draft202012Validator(
            self._document, validate_formats=True,
            keywords={_INTEGER: _NoFloat, _EXACT: _SameType})

    def is_valid(self, instance: Any) -> bool:
        try:
            return bool(self._validator.is_valid(instance))
        except UnicodeEncodeError:  # a lone surrogate, which Rust strings cannot hold
            return bool(self._validator.is_valid(_replaced(instance)))

    def problems(self, instance: Any) -> list[Problem]:
        """Every error, in schema order for each path (see the module docstring)."""
        try:
            errors = list(self._validator.iter_errors(instance))
        except UnicodeEncodeError:
            errors = list(self._validator.iter_errors(_replaced(instance)))
        found: dict[Problem, tuple[Any, ...]] = {}
        for error in errors:
            problem, order = self._named(error, instance)
            if problem not in found or order < found[problem]:
                found[problem] = order
        return sorted(found, key=lambda p: found[p])

    def _named(self, error: Any, instance: Any) -> tuple[Problem, tuple[Any, ...]]:
        steps = list(error.evaluation_path)
        keyword = str(error.kind.name)
        nested = error
        # ``propertyNames``: jsonschema named the keyword that failed inside, at the object
        while keyword == "propertyNames" and getattr(nested.kind, "error", None) is not None:
            nested = nested.kind.error
            keyword = str(nested.kind.name)
            steps = list(nested.evaluation_path)  # from the root, through propertyNames
        if keyword == _EXACT:
            keyword = str(self._at(steps[:-1])[_EXACT])
        keyword = _OURS.get(keyword, keyword)
        return Problem(_original(instance, error.instance_path), keyword), self._order(steps)

    def _at(self, steps: list[Any]) -> Any:
        node: Any = self._document
        for step in steps:
            node = self._resolve(node) if step == "$ref" else node[step]
        return node

    def _resolve(self, node: dict[str, Any]) -> Any:
        ref = str(node["$ref"])
        target: Any = self._document
        for part in ref.removeprefix("#/").split("/") if ref != "#" else []:
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return target

    def _order(self, steps: list[Any]) -> tuple[Any, ...]:
        """The position of each step in its schema node: jsonschema's iteration order."""
        node: Any = self._document
        order: list[int] = []
        for step in steps:
            if isinstance(node, list) and isinstance(step, int):
                order.append(step)
                node = node[step]
                continue
            if not isinstance(node, dict) or step not in node:
                order.append(1 << 30)  # not found: after everything known (should not happen)
                break
            keys = list(node)
            order.append(keys.index("if") if step in ("then", "else") and "if" in node
                         else keys.index(step))
            node = self._resolve(node) if step == "$ref" else node[step]
        return tuple(order)


def _replaced(value: Any) -> Any:
    """``value`` with every lone surrogate (in keys and strings) replaced by U+FFFD. The shipped
    schemas tell the two apart nowhere: both are one character that no pattern, format or
    vocabulary of theirs admits where either is refused."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_replaced(k): _replaced(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_replaced(v) for v in value]
    return value


def _original(instance: Any, path: list[str | int]) -> Path:
    """The path in ``instance`` itself (a key may have been replaced: see ``_replaced``)."""
    out: list[str | int] = []
    node = instance
    for step in path:
        if isinstance(node, dict) and isinstance(step, str) and step not in node:
            step = next((k for k in node if _replaced(k) == step), step)
        out.append(step)
        node = node.get(step) if isinstance(node, dict) else (
            node[step] if isinstance(node, list) and isinstance(step, int)
            and step < len(node) else None)
    return tuple(out)

