"""No merge leftovers: a conflict marker committed in a doc or a source file (as happened once in
docs/architecture.md) fails the suite rather than reaching a reader."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = re.compile(r"^(<{7} |>{7} |={7}$)", re.MULTILINE)
SUFFIXES = {".py", ".md", ".toml", ".json", ".txt", ".cfg", ".ini"}


def _texts() -> list[Path]:
    out = [ROOT / "README.md", ROOT / "pyproject.toml", ROOT / ".ci" / "run"]
    for folder in ("triad", "ui", "tests", "docs", "tools", "benchmarks"):
        out += [p for p in (ROOT / folder).rglob("*")
                if p.suffix in SUFFIXES and p.is_file() and ".venv" not in p.parts]
    return [p for p in out if p.exists()]


def test_no_conflict_markers_in_docs_or_code() -> None:
    texts = _texts()
    assert len(texts) > 100  # the walk found the tree
    found = [str(p.relative_to(ROOT)) for p in texts
             if MARKER.search(p.read_text(encoding="utf-8", errors="replace"))]
    assert found == []
