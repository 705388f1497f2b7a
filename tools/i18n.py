"""The one translation catalogue, ``ui/data/i18n/triad_de.ts`` (Qt Linguist XML).

    python3 tools/i18n.py extract [--ts PATH]     every marked string of ui/ and triad/ into the .ts
    python3 tools/i18n.py apply FILE.json...      fill translations from translators' JSON lists
    python3 tools/i18n.py check [--ts PATH]       what the code marks that the .ts lacks or leaves open
    python3 tools/i18n.py build [--ts PATH]       compile the .qm beside it (pyside6-lrelease)

``extract`` runs ``pyside6-lupdate`` over ui/ and adds what lupdate cannot see, found by
reading the code (``ast``): strings passed to a module's own translating helper (``tr(text)``,
``_t(text)``, ``counted(n, one, many)``: any function that hands a parameter to
``translate("Context", ...)``, directly or through another such helper), ``tr = self.tr``
aliases, and the core's marks -- the messages catalogue's ``N_()`` (context ``messages``), the
command line's and the reports' ``translate("cli", ...)`` / ``T_("reports", ...)``, the audit
rules' sentences (``@rule(id, severity, explanation)`` in triad/audit/rules.py, context
``AuditTab``). lupdate's context-less strings are the helpers' calls it misreads: they are
dropped, and ``check`` proves
the reading of the code found each of them in its real context. Existing translations are never
dropped: a string the code no longer has stays as ``vanished`` with its translation.

``apply --update`` also takes a translator's revision of a finished translation (same context
and source). ``apply`` matches each JSON item ``{"context", "source", "numerus", "translation"}`` by context
and source, else by the source alone when every item with that source agrees on one
translation, and reports what did not match.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "ui" / "data" / "i18n" / "triad_de.ts"
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP", "T_"}
CATALOGUE_FILES = ("triad/catalogue/*.py", "triad/messages.py")
# The consent audit's rule sentences (``@rule(id, severity, explanation)``), shown by the app's
# audit pages, the audit report and ``triad-cli audit`` through ``translate("AuditTab", ...)``.
AUDIT_RULES, AUDIT_CONTEXT = "triad/audit/rules.py", "AuditTab"


@dataclass
class Message:
    context: str
    source: str
    numerus: bool = False
    where: list[str] = field(default_factory=list)
    translation: str | list[str] | None = None
    kind: str = "unfinished"  # "", "unfinished" or "vanished"


Key = tuple[str, str]


# --- reading the code ---------------------------------------------------------------------

def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a" "b" split over lines
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _words(node: ast.AST) -> list[str]:
    """The words of a literal table: a dict's values, a tuple's strings, the strings after the
    first of each pair (``(("system", "Follow the system"), ...)``); keys and codes are not
    words."""
    if isinstance(node, ast.Dict):
        words: list[str] = []
        for v in node.values:
            text = _literal(v)
            words += [text] if text is not None else _words(v)
        return words
    if isinstance(node, ast.Tuple | ast.List):
        out: list[str] = []
        for element in node.elts:
            if isinstance(element, ast.Tuple | ast.List):
                out += [t for e in element.elts[1:] if (t := _literal(e)) is not None]
            elif (t := _literal(element)) is not None:
                out.append(t)
        return out
    if isinstance(node, ast.Call) and _call_name(node) in ("QT_TRANSLATE_NOOP", "T_", "N_"):
        return []  # marked already: read as marked
    return []


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return node.func.id if isinstance(node.func, ast.Name) else None


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


class Reader:
    """Finds (context, source) pairs the way the code translates them at run time."""

    def __init__(self, files: list[Path]) -> None:
        self.trees = {f: ast.parse(f.read_text(encoding="utf-8")) for f in files}
        self.helpers: dict[str, dict[str, tuple[str, int]]] = {}  # module -> name -> (ctx, arg)
        # helper name -> the parameter it translates with a count (``counted(n, one, many)``
        # passing ``many`` to ``translate(ctx, many, None, n)``): that string is a numerus one
        self.numerus_helpers: dict[str, int] = {}
        self.found: dict[Key, Message] = {}
        self.tables: dict[str, dict[str, list[str]]] = {}  # module -> name -> its words
        for f, tree in self.trees.items():
            own = self.tables.setdefault(_module(f), {})
            for node in tree.body:
                target = node.targets[0] if isinstance(node, ast.Assign) \
                    and len(node.targets) == 1 else getattr(node, "target", None)
                value = getattr(node, "value", None)
                if isinstance(target, ast.Name) and value is not None:
                    words = _words(value)
                    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.BitOr):
                        words = own.get(getattr(value.left, "id", ""), []) + _words(value.right)
                    if words:
                        own[target.id] = words
        self.consts: dict[str, dict[str, str]] = {}  # module -> NAME -> "literal"
        self.classes: dict[str, tuple[list[str], ast.AST | None]] = {}  # name -> (bases, CONTEXT)
        for f, tree in self.trees.items():
            consts = self.consts.setdefault(_module(f), {})
            for node in tree.body:
                if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                        and isinstance(node.targets[0], ast.Name) and _literal(node.value):
                    consts[node.targets[0].id] = str(_literal(node.value))
        for f, tree in self.trees.items():
            for node in tree.body:
                if isinstance(node, ast.ImportFrom) and node.module in self.consts:
                    for alias in node.names:
                        if alias.name in self.consts[node.module]:
                            self.consts[_module(f)].setdefault(
                                alias.asname or alias.name, self.consts[node.module][alias.name])
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    context = None
                    for item in node.body:
                        if isinstance(item, ast.Assign) and len(item.targets) == 1 \
                                and isinstance(item.targets[0], ast.Name) \
                                and item.targets[0].id == "CONTEXT":
                            value = _literal(item.value)
                            if value is None and isinstance(item.value, ast.Name):
                                value = self.consts[_module(f)].get(item.value.id)
                            context = value
                    self.classes.setdefault(node.name, (
                        [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                         for b in node.bases], context))
        self._find_helpers()
        self._file = Scope("", {}, {}, False)

    def _find_helpers(self) -> None:
        """A helper is a module-level function that passes one of its parameters to
        ``translate("Ctx", param, ...)`` or to another helper; repeated until nothing new."""
        changed = True
        while changed:
            changed = False
            for f, tree in self.trees.items():
                mod = _module(f)
                known = self._visible(f)
                own = self.helpers.setdefault(mod, {})
                for name, entry in known.items():  # re-exported: from words import tr
                    if name not in own:
                        own[name] = entry
                        changed = True
                for node in tree.body:
                    if not isinstance(node, ast.FunctionDef):
                        continue
                    params = [a.arg for a in node.args.args]
                    for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
                        name = _call_name(call)
                        hit = None
                        if name == "translate" and len(call.args) >= 2:
                            ctx = _literal(call.args[0])
                            if ctx is not None and isinstance(call.args[1], ast.Name):
                                hit = (ctx, call.args[1].id)
                                if len(call.args) >= 4 and hit[1] in params:
                                    self.numerus_helpers[node.name] = params.index(hit[1])
                        elif isinstance(call.func, ast.Name) and name in known:
                            ctx, pos = known[name]
                            if len(call.args) > pos and isinstance(call.args[pos], ast.Name):
                                hit = (ctx, call.args[pos].id)
                        if hit and hit[1] in params:
                            entry = (hit[0], params.index(hit[1]))
                            own = self.helpers.setdefault(mod, {})
                            if own.get(node.name) != entry and node.name not in own:
                                own[node.name] = entry
                                changed = True

    def _visible(self, f: Path) -> dict[str, tuple[str, int]]:
        """The helpers a module can call by name: its own and those it imports."""
        seen = dict(self.helpers.get(_module(f), {}))
        for node in self.trees[f].body:
            if isinstance(node, ast.ImportFrom) and node.module in self.helpers:
                for alias in node.names:
                    if alias.name in self.helpers[node.module]:
                        seen[alias.asname or alias.name] = self.helpers[node.module][alias.name]
        return seen

    def _tables(self, f: Path) -> dict[str, list[str]]:
        seen = dict(self.tables.get(_module(f), {}))
        for node in self.trees[f].body:
            if isinstance(node, ast.ImportFrom) and node.module in self.tables:
                for alias in node.names:
                    if alias.name in self.tables[node.module]:
                        seen[alias.asname or alias.name] = self.tables[node.module][alias.name]
        return seen

    def _table_words(self, arg: ast.AST, tables: dict[str, list[str]],
                     loops: dict[str, list[str]]) -> list[str]:
        """``tr(WORDS[key])``, ``tr(WORDS.get(k, k))``, ``tr(text)`` in ``for key, text in
        ((...), ...)``: the words a translation of a looked-up value can meet."""
        out: list[str] = []
        for node in ast.walk(arg):
            if isinstance(node, ast.Name):
                out += tables.get(node.id, []) if node is not arg or node.id not in loops \
                    else []
                out += loops.get(node.id, [])
        return out

    def add(self, ctx: str, src: str, where: str, numerus: bool = False) -> None:
        msg = self.found.setdefault((ctx, src), Message(ctx, src, numerus))
        msg.numerus = msg.numerus or numerus
        msg.where.append(where)

    def read(self) -> dict[Key, Message]:
        for f, tree in self.trees.items():
            rel = str(f.relative_to(ROOT))
            self._file = Scope(rel, self._visible(f), self._tables(f),
                               any(f.match(p) for p in CATALOGUE_FILES))
            self._walk(tree, None, {}, {})
        return self.found

    def _walk(self, node: ast.AST, cls: str | None, aliases: dict[str, str],
              loops: dict[str, list[str]]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                self._class_tables(child)
                self._walk(child, child.name, {}, {})
                continue
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                local = dict(aliases)
                for sub in ast.walk(child):  # tr = self.tr
                    if isinstance(sub, ast.Assign) and len(sub.targets) == 1 \
                            and isinstance(sub.targets[0], ast.Name) \
                            and isinstance(sub.value, ast.Attribute) and sub.value.attr == "tr" \
                            and cls is not None:
                        local[sub.targets[0].id] = cls
                names = dict(loops)  # words = DUE if ... else OTHER: the tables a local name holds
                for sub in ast.walk(child):
                    if isinstance(sub, ast.Assign) and len(sub.targets) == 1 \
                            and isinstance(sub.targets[0], ast.Name):
                        held = [w for n in ast.walk(sub.value) if isinstance(n, ast.Name)
                                for w in self._file.tables.get(n.id, [])]
                        if held:
                            names[sub.targets[0].id] = held
                self._walk(child, cls, local, names)
                continue
            if isinstance(child, ast.For | ast.comprehension):
                loops = {**loops, **self._loop_words(child)}
            if isinstance(child, ast.Call):
                self._call(child, cls, aliases, loops)
            self._walk(child, cls, aliases, loops)

    def _loop_words(self, node: ast.For | ast.comprehension) -> dict[str, list[str]]:
        """``for key, text in (("a", "Words"), ...)`` or over a module's table: the words each
        loop name takes."""
        names = node.target.elts if isinstance(node.target, ast.Tuple) else [node.target]
        rows = node.iter
        if isinstance(rows, ast.Name) and rows.id in self._file.tables:
            return {n.id: self._file.tables[rows.id] for n in names[-1:] if isinstance(n, ast.Name)}
        if not isinstance(rows, ast.Tuple | ast.List):
            return {}
        out: dict[str, list[str]] = {}
        for i, n in enumerate(names):
            if not isinstance(n, ast.Name):
                continue
            column = [_literal(r.elts[i]) if isinstance(r, ast.Tuple | ast.List) and len(r.elts) > i
                      else (_literal(r) if len(names) == 1 else None) for r in rows.elts]
            words = [w for w in column if w is not None]
            if words and (i > 0 or len(names) == 1):
                out[n.id] = words
        return out

    def _context_attr(self, name: str, depth: int = 0) -> str | None:
        """A class's ``CONTEXT``, its own or inherited (ui/widgets/table_model.RowsModel)."""
        bases, context = self.classes.get(name, ([], None))
        if context is not None or depth > 8:
            return str(context) if context else None
        for base in bases:
            found = self._context_attr(base, depth + 1)
            if found:
                return found
        return None

    def _class_tables(self, cls: ast.ClassDef) -> None:
        """A table model's ``HEADERS``, translated in its ``CONTEXT`` or its class's own."""
        context, headers = self._context_attr(cls.name) or cls.name, None
        for node in cls.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                    and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "HEADERS":
                headers = node.value
        if headers is not None:
            for word in _words(headers):
                self.add(context, word, f"{self._file.rel}:{headers.lineno}")

    def _context_of(self, call: ast.Call, cls: str | None, aliases: dict[str, str]
                    ) -> tuple[str, int] | None:
        """The context a translating call uses and the position of its text, or None."""
        name = _call_name(call)
        first = _literal(call.args[0]) if call.args else None
        if name in TRANSLATE_NAMES and first is not None:
            return first, 1
        if name == "tr" and isinstance(call.func, ast.Attribute) \
                and isinstance(call.func.value, ast.Name) and call.func.value.id == "self":
            return (cls, 0) if cls is not None else None
        if isinstance(call.func, ast.Name) and name in aliases:
            return aliases[name], 0
        if isinstance(call.func, ast.Name) and name in self._file.known:
            return self._file.known[name]
        return None

    def _call(self, call: ast.Call, cls: str | None, aliases: dict[str, str],
              loops: dict[str, list[str]]) -> None:
        name = _call_name(call)
        where = f"{self._file.rel}:{call.lineno}"
        if name == "N_" and self._file.catalogue and call.args:
            text = _literal(call.args[0])
            if text is not None:
                self.add("messages", text, where)
            return
        if name == "rule" and self._file.rel == AUDIT_RULES and len(call.args) >= 3:
            text = _literal(call.args[2])  # @rule(id, severity, explanation)
            if text is not None:
                self.add(AUDIT_CONTEXT, text, where)
            return
        if name == "NN_" and self._file.catalogue and len(call.args) == 2:
            # a counted pair (triad.catalogue.Plural): "many" is the plural message; "one" is
            # English's own singular, not translated
            text = _literal(call.args[1])
            if text is not None:
                self.add("messages", text, where, numerus=True)
            return
        found = self._context_of(call, cls, aliases)
        if found is None:
            return
        ctx, pos = found
        helper = isinstance(call.func, ast.Name) and name in self._file.known \
            and name not in ("tr", "_tr", "_t")
        positions = range(len(call.args)) if helper else [pos]  # counted(n, one, many)
        for i in positions:
            if i >= len(call.args):
                continue
            arg = call.args[i]
            text = _literal(arg)
            if text is not None:
                numerus = (name in TRANSLATE_NAMES and (
                    len(call.args) >= 4 or any(k.arg == "n" for k in call.keywords))) \
                    or (name == "tr" and len(call.args) >= 3) \
                    or (helper and self.numerus_helpers.get(str(name)) == i)
                self.add(ctx, text, where, numerus)
            elif i == pos:
                for word in self._table_words(arg, self._file.tables, loops):
                    self.add(ctx, word, where)


@dataclass
class Scope:
    rel: str
    known: dict[str, tuple[str, int]]
    tables: dict[str, list[str]]
    catalogue: bool


def code_files() -> list[Path]:
    files = sorted((ROOT / "ui").rglob("*.py")) + sorted((ROOT / "triad").rglob("*.py"))
    return [f for f in files if "__pycache__" not in f.parts]


def lupdate(files: list[Path]) -> dict[Key, Message]:
    """pyside6-lupdate's reading of ui/ (class contexts of ``self.tr``, literal contexts)."""
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-lupdate")
    if exe is None:
        sys.exit("pyside6-lupdate not found (run python3 dev.py test once to install PySide6)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "lupdate.ts"
        subprocess.run([exe, *map(str, files), "-ts", str(out), "-no-obsolete", "-locations",
                        "absolute", "-silent"], check=True, capture_output=True)
        found = read_ts(out)
        for msg in found.values():  # locations are relative to the .ts written
            msg.where = [os.path.relpath(os.path.normpath(os.path.join(tmp, w)), ROOT)
                         for w in msg.where]
    return found


def extract_code() -> tuple[dict[Key, Message], list[Message]]:
    """Every marked string of the code, and lupdate's context-less ones the reading missed."""
    files = code_files()
    ours = Reader(files).read()
    theirs = lupdate([f for f in files if f.parts[len(ROOT.parts)] == "ui"])
    missed = []
    read_at = {w for m in ours.values() for w in m.where}  # file:line, and file + text
    read_at |= {(w.rpartition(":")[0], m.source) for m in ours.values() for w in m.where}
    for key, msg in theirs.items():
        if not msg.context:
            if not any(w in read_at or (w.rpartition(":")[0], msg.source) in read_at
                       for w in msg.where):
                missed.append(msg)
            continue
        mine = ours.get(key)
        if mine is None:
            ours[key] = Message(msg.context, msg.source, msg.numerus, msg.where)
        else:
            mine.numerus = mine.numerus or msg.numerus
    return ours, missed


# --- the .ts file -------------------------------------------------------------------------

def read_ts(path: Path) -> dict[Key, Message]:
    found: dict[Key, Message] = {}
    if not path.exists():
        return found
    for ctx in ET.parse(path).getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            src = m.findtext("source") or ""
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            text: str | list[str] | None = None
            kind = "unfinished"
            if tr is not None:
                kind = tr.get("type", "")
                forms = [f.text or "" for f in tr.findall("numerusform")]
                text = forms if numerus else (tr.text or "")
                if text in ("", []) and kind != "vanished":
                    text, kind = None, "unfinished"
            where = [f"{loc.get('filename')}:{loc.get('line')}" for loc in m.findall("location")]
            found[(name, src)] = Message(name, src, numerus, where, text, kind)
    return found


def write_ts(path: Path, messages: dict[Key, Message]) -> None:
    root = ET.Element("TS", version="2.1", language="de_DE", sourcelanguage="en")
    by_ctx: dict[str, list[Message]] = {}
    for msg in messages.values():
        by_ctx.setdefault(msg.context, []).append(msg)
    for name in sorted(by_ctx):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for msg in sorted(by_ctx[name], key=lambda m: (m.where[:1], m.source)):
            m = ET.SubElement(ctx, "message")
            if msg.numerus:
                m.set("numerus", "yes")
            for w in msg.where[:3]:
                file, _, line = w.rpartition(":")
                ET.SubElement(m, "location", filename=file, line=line)
            ET.SubElement(m, "source").text = msg.source
            tr = ET.SubElement(m, "translation")
            if msg.kind:
                tr.set("type", msg.kind)
            if msg.numerus:
                forms = msg.translation if isinstance(msg.translation, list) else []
                for form in forms or ["", ""]:
                    ET.SubElement(tr, "numerusform").text = form
            elif isinstance(msg.translation, str):
                tr.text = msg.translation
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def merge(code: dict[Key, Message], old: dict[Key, Message]) -> dict[Key, Message]:
    out: dict[Key, Message] = {}
    for key, msg in code.items():
        was = old.get(key)
        if was is not None and was.translation is not None:
            msg.translation, msg.kind = was.translation, ("" if was.kind == "vanished" else was.kind)
            if msg.numerus and not isinstance(msg.translation, list):
                msg.translation, msg.kind = [msg.translation, msg.translation], "unfinished"
        else:
            msg.translation, msg.kind = None, "unfinished"
        out[key] = msg
    for key, was in old.items():  # never drop a translation: the code may bring it back
        if key not in out and was.translation is not None:
            was.kind, was.where = "vanished", []
            out[key] = was
    return out


# --- commands -----------------------------------------------------------------------------

def extract(ts: Path) -> int:
    code, missed = extract_code()
    merged = merge(code, read_ts(ts))
    write_ts(ts, merged)
    open_ = sum(1 for m in merged.values() if m.kind == "unfinished")
    print(f"{ts.name}: {len(code)} strings in {len({m.context for m in code.values()})} "
          f"contexts, {open_} unfinished")
    for msg in missed:
        print(f"  lupdate found with no context and unread: {msg.source!r} {msg.where[:1]}")
    return 1 if missed else 0


def problems(ts: Path) -> tuple[list[Message], list[Message]]:
    """(in the code but missing from the .ts or only vanished there, present but unfinished)."""
    code, missed = extract_code()
    have = read_ts(ts)
    missing = [m for k, m in code.items() if k not in have or have[k].kind == "vanished"] + missed
    unfinished = [have[k] for k in code if k in have and have[k].kind == "unfinished"]
    return missing, unfinished


def check(ts: Path) -> int:
    missing, unfinished = problems(ts)
    for m in missing:
        print(f"missing: [{m.context}] {m.source!r} {m.where[:1]}")
    for m in unfinished:
        print(f"unfinished: [{m.context}] {m.source!r}")
    print(f"{len(missing)} missing, {len(unfinished)} unfinished")
    return 1 if missing or unfinished else 0


def apply(ts: Path, files: list[Path], update: bool = False) -> int:
    have = read_ts(ts)
    items = [it for f in files for it in json.loads(f.read_text(encoding="utf-8"))]
    exact = {(it.get("context") or "", it["source"]): it for it in items if it.get("translation")}
    lost: dict[str, list[object]] = {}  # items lupdate gave no context: their source alone
    any_: dict[str, list[object]] = {}
    for it in items:
        if it.get("translation"):
            for table in ((lost, any_) if not it.get("context") else (any_,)):
                seen = table.setdefault(it["source"], [])
                if it["translation"] not in seen:
                    seen.append(it["translation"])

    def by_source(source: str) -> object:
        for table in (lost, any_):
            if len(table.get(source, [])) == 1:
                return table[source][0]
        return None

    filled = 0
    used: set[tuple[str, str]] = set()
    for key, msg in have.items():
        if msg.kind != "unfinished":
            it = exact.get(key) if update and msg.kind == "" else None
            if it is not None and it["translation"] != msg.translation \
                    and isinstance(it["translation"], list) == msg.numerus:
                msg.translation = it["translation"]  # the translator's later revision
                used.add(key)
                filled += 1
            continue
        it = exact.get(key)
        text: object = it["translation"] if it else None
        if it:
            used.add(key)
        elif by_source(msg.source) is not None:
            text = by_source(msg.source)
            used.update(k for k in exact if k[1] == msg.source)
        if text is None:
            continue
        if msg.numerus:
            text = text if isinstance(text, list) else [text, text]
        elif isinstance(text, list):
            text = text[-1]
        msg.translation, msg.kind = text, ""  # type: ignore[assignment]
        filled += 1
    write_ts(ts, have)
    done = {m.source for m in have.values() if m.kind == ""}
    unmatched = [k for k in exact if k not in used and k[1] not in done]
    print(f"filled {filled}; {sum(m.kind == 'unfinished' for m in have.values())} still unfinished")
    for ctx, src in unmatched:
        print(f"  no match in the .ts: [{ctx}] {src[:70]!r}")
    return 0


def build(ts: Path) -> int:
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-lrelease")
    if exe is None:
        print("pyside6-lrelease not found", file=sys.stderr)
        return 1
    return subprocess.run([exe, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))]).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("extract", "check", "build"):
        p = sub.add_parser(name)
        p.add_argument("--ts", type=Path, default=TS)
    p = sub.add_parser("apply")
    p.add_argument("files", type=Path, nargs="+")
    p.add_argument("--update", action="store_true",
                   help="also take a translator's revision of a finished translation (same "
                        "context and source)")
    p.add_argument("--ts", type=Path, default=TS)
    args = parser.parse_args(argv)
    if args.command == "extract":
        return extract(args.ts)
    if args.command == "check":
        return check(args.ts)
    if args.command == "build":
        return build(args.ts)
    return apply(args.ts, args.files, args.update)


if __name__ == "__main__":
    sys.exit(main())
