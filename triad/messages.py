"""The one catalogue of sentences for a person: every error code of the core in plain English.

    from triad.messages import sentence
    sentence(exc)                              # plain English (printouts, the command line)
    sentence(exc, tr)                          # each sentence through a translator (the app)
    sentence(exc, context=Context.CLI)         # the command line's own wording where it differs

The core raises codes (the ``StrEnum`` families of :mod:`triad.errors`) with data (field
names, activity codes, parties, a JSON path); each code has one sentence that says what went
wrong and what to do next. Where one place must say something else, its sentence is a keyed
entry of the catalogue too: the command line (``CLI``), the Plan tab (``PLAN``), the
Sessions & debriefs tab (``SESSIONS``). The tables live in :mod:`triad.catalogue` (``codes``,
``words``, ``contexts``); this module picks and fills a sentence, and every table and ``N_``
are imported from here. Every sentence is marked ``N_()`` -- a no-op, as in Picard -- so that
translation tools find it (``xgettext --keyword=N_``); the desktop app translates it with Qt in
one fixed context (``ui/messages.py``). ``tests/core/test_messages.py`` fails when a code has
no sentence.

Where the app's sentence names a control of the app (a tab, Refresh, a list to choose from),
the command line has its own (``CLI["family:code"]``): the ``triad-cli`` command to run
instead, or plainly that the step is done in the Triad app.

Sentences name fields, activities, parties and statuses -- never record text, a client's or
member's name, or a passphrase. This module loads before the unlock window shows (keep its
imports light: no crypto, no database, no case file).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum

from triad.casefile.flags import Flag, FlagKind
from triad.casefile.ladder import ACTIVITY_LABELS, Activity
from triad.catalogue import N_, Plural
from triad.catalogue.codes import (
    CASE_FILE,
    CASE_FILE_SCHEMA,
    DAMAGED,
    EXCHANGE,
    FAMILIES,
    INVALID,
    NOT_FOUND,
    PACKET,
    PERMISSION,
    QUICK,
    RECOVERY,
    RELEASE_LAPSE,
    SCHEMA_KEYWORDS,
    SINGLE,
    STORAGE,
    TOO_NEW,
    VAULT,
)
from triad.catalogue.contexts import CLI, CLI_QUICK, PLAN, SESSIONS
from triad.catalogue.counted import COUNTED
from triad.catalogue.words import (
    CONSENT_STATUS,
    FIELDS,
    FLAGS,
    PARTY_WORDS,
    ROLE_WORDS,
    STATUS_WORDS,
)
from triad.errors import (
    ConsentViolation,
    DamagedCode,
    ExchangeCode,
    ExchangeError,
    InvalidCode,
    InvalidInput,
    InvalidRecoveryCode,
    NotFound,
    PacketRejected,
    PermissionDenied,
    QuickUnlockUnavailable,
    RecoveryCodeProblem,
    RemovedMember,
    StorageCode,
    StorageFailed,
    TooNewCode,
    TriadError,
    UnknownMember,
    VaultCode,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultMissing,
    VaultOlder,
    VaultTooNew,
    WrongPassphrase,
)
from triad.roles import MIN_PASSPHRASE

__all__ = [
    "CASE_FILE", "CASE_FILE_SCHEMA", "CLI", "CLI_QUICK", "CONSENT_STATUS", "COUNTED", "DAMAGED",
    "EXCHANGE", "FAMILIES", "FIELDS", "FLAGS", "INVALID", "NOT_FOUND", "N_", "PACKET",
    "PARTY_WORDS", "PERMISSION", "PLAN", "QUICK", "RECOVERY", "ROLE_WORDS", "SCHEMA_KEYWORDS",
    "SESSIONS", "SINGLE", "STATUS_WORDS", "STORAGE", "TOO_NEW", "VAULT", "Context",
    "CountedTranslate", "Plural", "Translate", "activity_words", "case_file_reason",
    "consent_sentence", "field_words", "flag_words", "packet_sentence", "plural",
    "quick_unlock_reason", "same", "sentence",
]

log = logging.getLogger(__name__)

Translate = Callable[[str], str]
CountedTranslate = Callable[[str, int], str]  # (the "many" sentence, n) -> its form for n


def same(text: str) -> str:
    """The translator of plain English: every sentence as written."""
    return text


class Context(StrEnum):
    """Where a sentence is shown; a context has its own wording for a few codes."""

    APP = "app"
    CLI = "cli"


def field_words(field: object, tr: Translate = same) -> str:
    """``signatures.client.signed_on`` → "signing date"; ``phases[2].title`` → "title"."""
    text = str(field or "")
    last = text.rsplit(".", 1)[-1].split("[", 1)[0]
    if last in FIELDS:
        return tr(FIELDS[last])
    return text.replace("_", " ").replace(".", " ") or tr(SINGLE["value"])


def activity_words(codes: Iterable[object], tr: Translate = same) -> str:
    """Activity codes in the ladder's words, e.g. "Genital touch, Sexual intercourse"."""
    labels = []
    for code in codes:
        text = str(code)
        known = text in Activity._value2member_map_
        labels.append(tr(ACTIVITY_LABELS[Activity(text)]) if known
                      else tr(SINGLE["another-activity"]))
    return ", ".join(labels) or tr(SINGLE["these-activities"])


def flag_words(flag: str, tr: Translate = same, aids: Mapping[str, str] | None = None) -> str:
    """A debrief flag in words, e.g. 'activity-not-consented:genital_touch'; ``aids`` (aid id
    -> description) names the aid of an 'aid-without-consent' flag."""
    parsed = Flag(flag)
    activity = parsed.activity
    label = (tr(ACTIVITY_LABELS[Activity(activity)]) if activity in Activity._value2member_map_
             else activity)
    if aids is not None and parsed.kind == FlagKind.AID_WITHOUT_CONSENT:
        label = aids.get(activity, activity)
    return tr(FLAGS[parsed.kind]).format(activity=label) if parsed.kind in FLAGS else flag


def _words(table: dict[str, str], codes: Iterable[object], fallback: str, tr: Translate) -> str:
    return ", ".join(tr(table[str(c)]) if str(c) in table else tr(fallback) for c in codes)


def _seq(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else []


def _in(context: Context, family: str, table: dict[str, str]) -> dict[str, str]:
    """``table``, with the command line's own entries (``CLI["family:code"]``) over it there."""
    if context is not Context.CLI:
        return table
    prefix = f"{family}:"
    return {**table, **{k[len(prefix):]: v for k, v in CLI.items() if k.startswith(prefix)}}


def _pick(table: dict[str, str], detail: str, fallback: str, tr: Translate) -> str:
    if detail in table:
        return tr(table[detail])
    log.warning("no sentence for error detail %s", detail)
    return tr(fallback)


def case_file_reason(reason: object, tr: Translate = same) -> str:
    """Why a case file (or the case content of a packet) was refused, in words."""
    text = str(reason or "")
    if text in CASE_FILE:
        return tr(CASE_FILE[text])
    return tr(CASE_FILE_SCHEMA).format(reason=tr(SCHEMA_KEYWORDS.get(text, text)) or "?")


_MINIMUM: dict[str, object] = {InvalidCode.PASSPHRASE_TOO_SHORT: MIN_PASSPHRASE}


def _invalid(exc: InvalidInput, tr: Translate, context: Context) -> str:
    d, data = str(exc.detail), exc.data
    field = field_words(data.get("field"), tr)
    if d == InvalidCode.RANGE and "minimum" in data and "maximum" in data:
        d = "range-between"
    elif d == InvalidCode.TRANSITION and not (data.get("current") in STATUS_WORDS
                                              and data.get("to") in STATUS_WORDS):
        d = "transition-plain"
    elif d == InvalidCode.CASE_STATUS and data.get("status") not in STATUS_WORDS:
        d = "case-status-plain"
    elif d == InvalidCode.TOO_LONG and "maximum" in data:
        d = "too-long-at-most"
    elif d == InvalidCode.NOT_AMENDABLE and data.get("field") == "kind":
        d = "not-amendable-kind"
    elif d == InvalidCode.CASE_FILE:
        words = case_file_reason(data.get("reason", ""), tr)
        path = str(data.get("path", "$"))
        if context is Context.CLI:
            return tr(CLI["case-file"]).format(path=path, reason=words)
        return tr(INVALID[d]).format(reason=words, path=path)
    text = _in(context, "invalid", INVALID).get(d)
    if text is None:
        log.warning("no sentence for invalid input %s", d)
        return tr(SINGLE["invalid-input"]).format(field=field)
    minimum, maximum = data.get("minimum", _MINIMUM.get(d, "")), data.get("maximum", "")
    if d in (InvalidCode.SCALE_NUMBER, InvalidCode.SCALE_RANGE):  # as people write them: 5, not 5.0
        minimum, maximum = _number(minimum), _number(maximum)
    return tr(text).format(
        field=field, minimum=minimum, maximum=maximum, scale=str(data.get("scale", "")),
        status=tr(STATUS_WORDS.get(str(data.get("status")), "")),
        current=tr(STATUS_WORDS.get(str(data.get("current")), "")),
        to=tr(STATUS_WORDS.get(str(data.get("to")), "")),
        activities=activity_words(_seq(data.get("activities")), tr),
        party=_words(PARTY_WORDS, [data.get("value")], SINGLE["party"], tr),
        parties=_words(PARTY_WORDS, _seq(data.get("parties")), SINGLE["another-party"], tr),
        age_of_majority=data.get("age_of_majority", ""),
        limit=data.get("limit", "10"), opened=data.get("opened", ""),
        feedback=str(data.get("feedback", "")),
        ladder=", ".join(a.value for a in Activity),  # the codes the command line takes
        case=str(data.get("case", "")), cases=str(data.get("cases", "")),
        at=str(data.get("at", "")).replace("T", " "),
        until=str(data.get("until", "")).replace("T", " ")[-5:]
        if str(data.get("until", ""))[:10] == str(data.get("at", ""))[:10]
        else str(data.get("until", "")).replace("T", " "),
    )


def _number(value: object) -> str:
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def packet_sentence(exc: PacketRejected, tr: Translate = same,
                    context: Context = Context.APP) -> str:
    """Why a case packet was refused, and where in it (an item path names no content)."""
    reason = str(exc.detail)
    cli_own = f"packet-rejected:{reason}"
    if context is Context.CLI and cli_own in CLI:
        words = tr(CLI[cli_own])
    elif reason in PACKET:
        words = tr(PACKET[reason])
    elif reason in CASE_FILE:
        words = tr(CASE_FILE[reason])
    else:
        log.warning("no sentence for packet reason %s", reason)
        words = tr(SINGLE["packet-reason"])
    item = exc.data.get("item")
    where = tr(SINGLE["packet-where"]).format(item=item) if item else ""
    frame = CLI["packet-rejected"] if context is Context.CLI else SINGLE["packet-rejected"]
    return tr(frame).format(reason=words, where=where)


def consent_sentence(exc: ConsentViolation, tr: Translate = same,
                     context: Context = Context.APP) -> str:
    """Which activities the consent in force at that time does not cover, which of the
    required forms is missing (where known), and what to do."""
    table = CLI if context is Context.CLI else SINGLE
    at = str(exc.at).replace("T", " ")[:16]
    forms = list(getattr(exc, "forms", []) or [])
    if forms and not exc.missing:
        return tr(table["consent-withdrawn"]).format(at=at)
    if forms:
        names = tr(SINGLE["form-and"]).join(f"“{form_title(f)}”" for f in forms)
        return tr(table["consent-violation-forms"]).format(
            at=at, activities=activity_words(exc.missing, tr), forms=names)
    return tr(table["consent-violation"]).format(at=at, activities=activity_words(exc.missing, tr))


def form_title(form_id: str) -> str:
    """A form's title in the chosen language (issue 19: a German sentence names
    "Triadenvereinbarung"; ``forms.title_of``)."""
    from triad import i18n
    from triad.casefile import forms as form_texts

    return form_texts.title_of(form_id, i18n.chosen())


def quick_unlock_reason(reason: str, tr: Translate = same,
                        context: Context = Context.APP) -> str:
    """Why quick unlock cannot be used (the command line reads it inside its frame)."""
    if context is Context.CLI:
        return tr(CLI_QUICK[reason]) if reason in CLI_QUICK else reason
    return _pick(QUICK, reason, SINGLE["quick-unlock-unavailable"], tr)


def older_vault(missing: int, day: str, tr: Translate = same) -> str:
    """The notice for a vault older than the one last opened on this computer that the member
    opened on record (``Workspace.behind``): ``missing`` entries seen here it lacks (0: it
    went on from an older state), ``day`` when this computer last saw it."""
    from triad import i18n  # the day as the language writes it, not the state file's ISO date

    return tr(SINGLE["vault-older-accepted"]).format(
        missing=missing, day=i18n.short_date(day) if day else "?")


def plural(pair: Plural, n: int, tr_n: CountedTranslate | None = None) -> str:
    """The counted sentence ``pair`` for ``n``, still to be filled in (``str.format``): the
    catalogue's plural form of ``pair.many`` for ``n`` when ``tr_n`` (Qt's numerus, or
    :func:`triad.i18n.translate` with ``n``) finds a translation; else English's own form."""
    if tr_n is not None:
        text = tr_n(pair.many, n)
        if text != pair.many:
            return text
    return pair.one if n == 1 else pair.many


def older_by_peer(packets: int, entries: int, tr: Translate = same,
                  tr_n: CountedTranslate | None = None) -> str:
    """The notice when a contact's packet acknowledges more than this vault has
    (``PacketImport.older``, triad/exchange/rollback.py); counted by ``packets``."""
    return plural(COUNTED["vault-older-peer"], packets, tr_n).format(packets=packets,
                                                                      entries=entries)


def older_sentence(exc: VaultError, tr: Translate = same, context: Context = Context.APP) -> str:
    """Why the open was refused: the vault is older than the one last opened here
    (``VaultOlder``: ``missing`` entries seen here it lacks, 0 when it went on from an older
    state; ``day`` when this computer last saw it)."""
    missing, day = exc.data.get("missing", 0), str(exc.data.get("day") or "?")
    if context is Context.CLI:
        text = CLI[f"vault:{VaultCode.OLDER}" if missing else "vault:older-diverged"]
    else:
        text = VAULT[VaultCode.OLDER] if missing else SINGLE["vault-older-diverged"]
    from triad import i18n  # the day as the language writes it, not the state file's ISO date

    return tr(text).format(missing=missing, day=i18n.short_date(day) if day != "?" else day)


def release_lapse(state: str, since: str, tr: Translate = same) -> str:
    """Why no release of information is in force, in words (``ExchangeCode.NO_RELEASE``)."""
    return tr(RELEASE_LAPSE.get(state, RELEASE_LAPSE["none"])).format(since=since or "?")


def _cli_only(exc: TriadError, tr: Translate) -> str | None:
    """The command line's own sentence for ``exc``, where it has one."""
    if isinstance(exc, WrongPassphrase):
        return tr(CLI["wrong-passphrase"])
    if isinstance(exc, VaultExists):
        return tr(CLI["vault-exists"]).format(path=exc.detail)
    if isinstance(exc, VaultMissing):
        return tr(CLI["vault-missing"]).format(path=exc.detail)
    if isinstance(exc, NotFound):
        return tr(CLI.get(f"not-found:{exc.detail}", CLI["not-found"]))
    if isinstance(exc, QuickUnlockUnavailable):
        return tr(CLI["quick-unlock-unavailable"]).format(
            reason=quick_unlock_reason(exc.reason, tr, Context.CLI))
    return None


def sentence(exc: BaseException, tr: Translate = same, context: Context = Context.APP) -> str:
    """A clear sentence for ``exc`` and, where there is one, the next step."""
    if context is Context.CLI and isinstance(exc, TriadError):
        own = _cli_only(exc, tr)
        if own is not None:
            return own
    if isinstance(exc, WrongPassphrase):
        return tr(SINGLE["wrong-passphrase"])
    if isinstance(exc, UnknownMember):
        return tr(SINGLE["unknown-member"])
    if isinstance(exc, RemovedMember):
        return tr(SINGLE["removed-member"])
    if isinstance(exc, InvalidRecoveryCode):
        return _pick(RECOVERY, exc.detail, RECOVERY[RecoveryCodeProblem.CHECKSUM], tr).format(
            group=exc.data.get("group", "?"))
    if isinstance(exc, VaultExists):
        return tr(SINGLE["vault-exists"])
    if isinstance(exc, InvalidInput):
        return _invalid(exc, tr, context)
    if isinstance(exc, PermissionDenied):
        text = _pick(PERMISSION, exc.detail, SINGLE["permission-denied"], tr)
        return text.format(role=tr(ROLE_WORDS.get(str(exc.data.get("role")), SINGLE["a-member"])))
    if isinstance(exc, ConsentViolation):
        return consent_sentence(exc, tr, context)
    if isinstance(exc, NotFound):
        return _pick(NOT_FOUND, exc.detail, SINGLE["not-found"], tr)
    if isinstance(exc, VaultMissing):
        return tr(SINGLE["vault-missing"])
    if isinstance(exc, VaultDamaged):
        return _pick(DAMAGED, exc.detail, DAMAGED[DamagedCode.DATABASE], tr)
    if isinstance(exc, VaultTooNew):
        return _pick(TOO_NEW, exc.detail, TOO_NEW[TooNewCode.SCHEMA], tr)
    if isinstance(exc, VaultOlder) or (isinstance(exc, VaultError)
                                       and exc.detail == VaultCode.OLDER):
        return older_sentence(exc, tr, context)
    if isinstance(exc, StorageFailed):
        return _pick(STORAGE, exc.detail, STORAGE[StorageCode.SQLITE], tr)
    if isinstance(exc, VaultError):
        return _pick(_in(context, "vault", VAULT), exc.detail, VAULT[VaultCode.IN_USE], tr)
    if isinstance(exc, QuickUnlockUnavailable):
        return quick_unlock_reason(exc.reason, tr)
    if isinstance(exc, PacketRejected):
        return packet_sentence(exc, tr, context)
    if isinstance(exc, ExchangeError):
        text = _pick(_in(context, "exchange", EXCHANGE), exc.detail, SINGLE["exchange"], tr)
        if exc.detail == ExchangeCode.NO_RELEASE:
            return text.format(case=exc.data.get("case", "?"), release=release_lapse(
                str(exc.data.get("release", "none")), str(exc.data.get("since", "")), tr))
        return text
    if isinstance(exc, TriadError):
        log.error("no sentence for error %s", exc.code)
        return tr(SINGLE["error"])
    if isinstance(exc, OSError):
        # A file the person chose could not be read or written; strerror names no content.
        reason = os.strerror(exc.errno) if exc.errno else tr(SINGLE["os-error-reason"])
        return tr(SINGLE["os-error"]).format(reason=reason)
    # Unknown: log the type only -- a message could carry record text.
    log.error("unexpected error: %s", type(exc).__name__)
    return tr(SINGLE["unexpected"])
