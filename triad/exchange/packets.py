"""The case packet file (docs/exchange-format.md): age-encrypted to the recipient's X25519 key,
and inside, a JSON object signed by the sender:

    {"format": "triad-packet", "version": 1, "payload": {...}, "signature": "<Ed25519 b64>"}

The signature covers the canonical JSON of ``payload`` (sorted keys, no spaces, UTF-8), which
names sender and recipient; every entry inside also carries its author's own signature.
Nothing here touches the vault: sealing and opening only.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from .. import crypto
from ..errors import PacketRejected
from ..interchange import SCHEMA_PATH

PACKET_FORMAT, PACKET_VERSION = "triad-packet", 1
MAX_PACKET_BYTES = 256 * 1024 * 1024
SUFFIX = ".triadpacket"


def seal(payload: dict[str, Any], signing_key: bytes, age_public: str) -> bytes:
    """Sign ``payload`` with the sender's key and encrypt it to the recipient's age key."""
    import pyrage

    signature = crypto.b64e(crypto.sign(signing_key, crypto.canonical_json(payload)))
    plain = crypto.canonical_json({"format": PACKET_FORMAT, "version": PACKET_VERSION,
                                   "payload": payload, "signature": signature})
    recipient = pyrage.x25519.Recipient.from_str(age_public)
    return bytes(pyrage.encrypt(plain, [recipient]))


def decrypt(raw: bytes, age_identity: str) -> bytes:
    """The plaintext, or PacketRejected ``not-for-you`` (no stanza opens with this key:
    meant for someone else, or its header was altered) / ``not-decryptable``."""
    import pyrage

    if len(raw) > MAX_PACKET_BYTES:
        raise PacketRejected("too-large")
    try:
        identity = pyrage.x25519.Identity.from_str(age_identity)
        return bytes(pyrage.decrypt(raw, [identity]))
    except pyrage.DecryptError as exc:
        reason = "not-for-you" if "no matching keys" in str(exc).lower() else "not-decryptable"
        raise PacketRejected(reason) from exc
    except Exception as exc:  # pyrage raises other errors on some malformed headers
        raise PacketRejected("not-decryptable") from exc


def parse(plain: bytes) -> dict[str, Any]:
    """Strict JSON (no duplicate keys, no NaN) with the right format and version, then the
    packet schema. PacketRejected ``not-a-packet``, ``packet-version`` or ``malformed``."""

    try:
        data = crypto.strict_json(plain)
    except ValueError as exc:
        raise PacketRejected("not-a-packet") from exc
    if not isinstance(data, dict) or data.get("format") != PACKET_FORMAT:
        raise PacketRejected("not-a-packet")
    if data.get("version") != PACKET_VERSION:
        raise PacketRejected("packet-version")
    if _fast_valid(data):
        return data
    # Something is wrong: the whole schema at once, for the first error in path order.
    validator = _validator()
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        raise PacketRejected("malformed", item=_path(errors[0].absolute_path),
                             rule=str(errors[0].validator))
    return data


def signature_valid(data: dict[str, Any], signing_public: str) -> bool:
    try:
        return crypto.signature_valid(crypto.b64d(signing_public), crypto.b64d(data["signature"]),
                                      crypto.canonical_json(data["payload"]))
    except ValueError:
        return False


def _path(parts: Any) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


@cache
def schema() -> dict[str, Any]:
    """The packet's JSON Schema, built on the case file schema's member and entry shapes."""
    case = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    member = case["properties"]["members"]["items"]
    entry = case["properties"]["entries"]["items"]
    props = entry["properties"]
    uuid, signature = props["id"], props["signature"]
    view = copy.deepcopy(entry)
    view["required"] = [*entry["required"], "redacted", "view_signature"]
    view["properties"]["redacted"] = {
        "type": "array", "minItems": 1, "maxItems": 8,
        # a body field ("process_recording") or a path to one ("signatures.client.name")
        "items": {"type": "string", "pattern": "^[a-z_]+(\\.[a-z_]+){0,2}$"}}
    view["properties"]["view_signature"] = signature
    header_keys = ("id", "case_id", "author", "seq", "prev", "hash", "signature")
    header = {"type": "object", "additionalProperties": False, "required": list(header_keys),
              "properties": {k: props[k] for k in header_keys}}
    chain_state = {"type": "object", "additionalProperties": False, "required": ["top", "held"],
                   "properties": {"top": {"type": "integer", "minimum": 0},
                                  "held": {"type": "array", "maxItems": 100000,
                                           "items": {"type": "integer", "minimum": 1}}}}
    payload = {
        "type": "object", "additionalProperties": False,
        "required": ["packet_id", "number", "created_at", "from", "to", "cases", "members",
                     "entries", "views", "headers", "state", "seen"],
        "properties": {
            "packet_id": uuid,
            "number": {"type": "integer", "minimum": 1},
            "created_at": props["created_at"],
            "from": {"type": "object", "additionalProperties": False,
                     "required": ["member_id", "signing_public"],
                     "properties": {"member_id": uuid,
                                    "signing_public": member["properties"]["signing_public"]}},
            "to": {"type": "object", "additionalProperties": False,
                   "required": ["member_id", "age_public"],
                   "properties": {"member_id": uuid,
                                  "age_public": member["properties"]["age_public"]}},
            "cases": {"type": "array", "items": uuid, "uniqueItems": True},
            "members": {"type": "array", "items": member},
            "entries": {"type": "array", "items": entry},
            "views": {"type": "array", "items": view},
            "headers": {"type": "array", "items": header},
            "state": {"type": "object", "propertyNames": uuid,
                      "additionalProperties": {"type": "object", "propertyNames": uuid,
                                               "additionalProperties": chain_state}},
            "seen": {"type": "integer", "minimum": 0},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object", "additionalProperties": False,
        "required": ["format", "version", "payload", "signature"],
        "properties": {"format": {"const": PACKET_FORMAT}, "version": {"const": PACKET_VERSION},
                       "payload": payload, "signature": signature},
    }


@cache
def _validator() -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(
        schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


# -- the same schema, fast. jsonschema took ~7 s for a packet of 10,000 entries (most of it the
# 18 ``if kind == ...`` clauses of every entry). ``_fast_valid`` compiles the schema into plain
# Python checks for the keywords it uses, each as strict as jsonschema or stricter (an integer
# must be an int, enum and const values compare with their type), so it can only say "valid"
# when jsonschema would; a node with any other keyword (``format``, say) is handed to
# jsonschema itself, and ``if`` conditions are compiled only in a form evaluated exactly
# (``properties`` of ``const`` strings) -- otherwise the whole if/then/else goes to
# jsonschema. On "not valid" ``parse`` runs the whole schema, which names the first error.
Check = Callable[[Any], bool]
_TYPES: dict[str, Check] = {
    "object": lambda x: type(x) is dict, "array": lambda x: type(x) is list,
    "string": lambda x: type(x) is str, "integer": lambda x: type(x) is int,
    "number": lambda x: type(x) in (int, float), "boolean": lambda x: type(x) is bool,
    "null": lambda x: x is None,
}
_SCALARS = (str, int, float, bool, type(None))
_COMPILED = {"type", "properties", "required", "additionalProperties", "propertyNames",
             "pattern", "minLength", "maxLength", "minimum", "maximum", "enum", "const",
             "items", "minItems", "maxItems", "uniqueItems", "allOf", "if", "then", "else",
             "$schema", "title", "description", "$comment"}


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


def _delegate(s: Any) -> Check:
    import jsonschema

    cls = jsonschema.Draft202012Validator
    validator = cls(s, format_checker=cls.FORMAT_CHECKER)
    return lambda x: bool(validator.is_valid(x))


def _compile(s: Any) -> Check:
    if s is True or s == {}:
        return lambda x: True
    if s is False:
        return lambda x: False
    if not isinstance(s, dict) or set(s) - _COMPILED:
        return _delegate(s)
    checks: list[Check] = []
    if "type" in s:
        kinds = [s["type"]] if isinstance(s["type"], str) else list(s["type"])
        tests = [_TYPES[k] for k in kinds]
        checks.append(lambda x: any(t(x) for t in tests))
    if "properties" in s or "additionalProperties" in s or "required" in s or "propertyNames" in s:
        props = {k: _compile(v) for k, v in s.get("properties", {}).items()}
        extra = _compile(s["additionalProperties"]) if "additionalProperties" in s else None
        names = _compile(s["propertyNames"]) if "propertyNames" in s else None
        required = list(s.get("required", ()))

        def obj(x: Any) -> bool:
            if type(x) is not dict:
                return True
            if any(k not in x for k in required):
                return False
            for k, v in x.items():
                sub = props.get(k, extra)
                if sub is not None and not sub(v):
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
        each = _compile(s["items"]) if "items" in s else None
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
        checks.append(_all_of(s["allOf"]))
    if "if" in s:
        cond = _exact_condition(s["if"])
        if cond is None:
            checks.append(_delegate({k: s[k] for k in ("if", "then", "else") if k in s}))
        else:
            then = _compile(s.get("then", True))
            other = _compile(s.get("else", True))
            checks.append(lambda x: then(x) if cond(x) else other(x))
    return lambda x: all(c(x) for c in checks)


def _all_of(parts: list[Any]) -> Check:
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
                table.setdefault(props[key]["const"], []).append(_compile(part["then"]))
                continue
        others.append(_compile(part))
    every = [c for cs in table.values() for c in cs]

    def check(x: Any) -> bool:
        if type(x) is dict and name in x:
            value = x[name]
            chosen = table.get(value, []) if type(value) is str else []
        else:
            chosen = every
        return all(c(x) for c in chosen) and all(c(x) for c in others)

    return check


@cache
def _fast_valid_check() -> Check:
    return _compile(schema())


def _fast_valid(data: dict[str, Any]) -> bool:
    """True only if the packet schema holds (see above); False: run jsonschema to know."""
    return _fast_valid_check()(data)
