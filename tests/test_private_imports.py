"""No module takes another module's private (``_name``) helper: what is shared is made public
in a shared module (e.g. ``triad/casefile/validate.py``). A package's own private module
(``triad/cli/_common.py``) may be imported inside that package, for its public names only."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _module_of(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _absolute(importer: str, is_package: bool, module: str | None, level: int) -> str:
    if not level:
        return module or ""
    base = importer.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, *([module] if module else [])])


def _private_module_outside_its_package(importer: str, target: str) -> bool:
    """``target`` passes through a private module (``a.b._c``) and ``importer`` is not in
    that module's package (``a.b``)."""
    parts = target.split(".")
    for i, part in enumerate(parts):
        if _private(part):
            package = ".".join(parts[:i])
            return not (importer == package or importer.startswith(package + "."))
    return False


def violations(source: str, importer: str, is_package: bool = False,
               label: str = "") -> list[str]:
    """What module ``importer`` (its text ``source``) takes that it should not."""
    out = []
    for node in ast.walk(ast.parse(source)):
        where = f"{label or importer}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.ImportFrom):
            if node.module == "__future__":
                continue
            target = _absolute(importer, is_package, node.module, node.level)
            if _private_module_outside_its_package(importer, target):
                out.append(f"{where} imports from private module {target}")
            out += [f"{where} imports {alias.name} from {target}" for alias in node.names
                    if _private(alias.name)]
        elif isinstance(node, ast.Import):
            out += [f"{where} imports private module {alias.name}" for alias in node.names
                    if _private_module_outside_its_package(importer, alias.name)]
    return out


def test_no_module_imports_a_private_name_from_another() -> None:
    files = [p for package in ("triad", "ui") for p in sorted((ROOT / package).rglob("*.py"))]
    assert len(files) > 100  # the scan itself still finds the code
    found = [v for p in files for v in violations(
        p.read_text(encoding="utf-8"), _module_of(p), p.name == "__init__.py",
        str(p.relative_to(ROOT)))]
    assert not found, "make these public in a shared module:\n" + "\n".join(found)


def test_the_scan_sees_private_names_and_private_modules() -> None:
    inside = violations("from __future__ import annotations\n"
                        "from triad.casefile.sessions import _x, y\n"
                        "from triad.cli._common import open_vault\n"
                        "from triad.cli._common import _hidden\n"
                        "from . import _relative\n"
                        "from triad.cli import __version__\n", "triad.cli.probe")
    assert [v.split(" ", 1)[1] for v in inside] == [
        "imports _x from triad.casefile.sessions", "imports _hidden from triad.cli._common",
        "imports _relative from triad.cli"]
    outside = violations("from triad.cli._common import open_vault\nimport triad.cli._common\n",
                         "triad.probe")
    assert len(outside) == 2
