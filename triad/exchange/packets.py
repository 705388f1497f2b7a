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
from functools import cache
from typing import Any

from triad import crypto
from triad.errors import CaseFileReason, PacketReason, PacketRejected
from triad.transfer.case_json import SCHEMA_PATH
from triad.transfer.schema import Schema

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
        raise PacketRejected(PacketReason.TOO_LARGE)
    try:
        identity = pyrage.x25519.Identity.from_str(age_identity)
        return bytes(pyrage.decrypt(raw, [identity]))
    except pyrage.DecryptError as exc:
        reason = (PacketReason.NOT_FOR_YOU if "no matching keys" in str(exc).lower()
                  else PacketReason.NOT_DECRYPTABLE)
        raise PacketRejected(reason) from exc
    except Exception as exc:  # pyrage raises other errors on some malformed headers
        raise PacketRejected(PacketReason.NOT_DECRYPTABLE) from exc


def parse(plain: bytes) -> dict[str, Any]:
    """Strict JSON (no duplicate keys, no NaN) with the right format and version, then the
    packet schema. PacketRejected ``not-a-packet``, ``packet-version`` or ``malformed``."""

    try:
        data = crypto.strict_json(plain)
    except ValueError as exc:
        raise PacketRejected(PacketReason.NOT_A_PACKET) from exc
    if not isinstance(data, dict) or data.get("format") != PACKET_FORMAT:
        raise PacketRejected(PacketReason.NOT_A_PACKET)
    if data.get("version") != PACKET_VERSION:
        raise PacketRejected(PacketReason.PACKET_VERSION)
    validator = _validator()
    if validator.is_valid(data):
        return data
    # Something is wrong: every error, for the first in path order.
    problems = sorted(validator.problems(data), key=lambda p: list(map(str, p.path)))
    if problems:
        raise PacketRejected(CaseFileReason.MALFORMED, item=_path(problems[0].path), rule=problems[0].keyword)
    return data


def signature_valid(data: dict[str, Any], signing_public: str) -> bool:
    try:
        return crypto.signature_valid(crypto.b64d(signing_public), crypto.b64d(data["signature"]),
                                      crypto.canonical_json(data["payload"]))
    except ValueError:
        return False


def _path(parts: Any) -> str:
    """The item at fault, named as import names items (``entries[3].body.at``: inside the
    payload), or the packet's own key (``signature``), or ``$`` for the whole packet."""
    out = ""
    for p in list(parts)[1:] if list(parts)[:1] == ["payload"] else parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out.lstrip(".") or ("payload" if list(parts) else "$")


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
        "$defs": case["$defs"],  # what the entry and member shapes refer to
    }


@cache
def _validator() -> Schema:
    """The packet schema, compiled (jsonschema-rs; see ``triad.transfer.schema``): a packet of
    10,000 entries is checked in a few hundredths of a second."""
    return Schema(schema())

