"""A wheel built from the project works on its own: it carries ``triad/data`` (forms, plans,
schema, fonts) and ``ui/data/icons``, and the demo practice builds from it installed in a
temporary folder, with the checkout on no path (the dev venv's editable install points at the
checkout: the process under test must import ``triad`` from the wheel's copy).

Building needs a build backend: ``uv build`` (uv comes with the dev venv; it fetches setuptools
from the package index once and caches it), else ``pip wheel``. Marked ``wheel``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.wheel

SCRIPT = r"""
import json, sys
from datetime import date
from pathlib import Path

target, work = Path(sys.argv[1]), Path(sys.argv[2])
import triad
from triad import demo
from triad.data import DATA
from triad.roles import Role
from triad.workspace import Workspace

with demo.build(work / "demo.triad", "wheel demo passphrase", today=date(2026, 11, 23)) as ws:
    cases = ws.cases.list()
    exported = ws.interchange.export_case(cases[0].case_id)
    pdf = ws.reports.consent_form(cases[0].code, "informed-consent")  # the fonts
    with Workspace.create(work / "fresh.triad", name="Dr Wheel", role=Role.THERAPIST,
                          passphrase="wheel demo passphrase").workspace as fresh:
        imported = fresh.interchange.import_case(exported)  # the schema
print(json.dumps({
    "triad": triad.__file__, "data": str(DATA),
    "modules": sorted({m.__file__ for m in list(sys.modules.values())
                       if getattr(m, "__file__", None) and m.__name__.split(".")[0] in ("triad", "ui")}),
    "cases": len(cases), "imported": imported.added, "entries": len(exported["entries"]),
    "pdf": pdf[:5].decode(), "plans": sorted(p.name for p in (DATA / "plans").iterdir()),
}))
"""


def _build(src: Path, out: Path) -> Path:
    """Build the wheel from a copy of the sources (a build writes into its source folder)."""
    tries = [[sys.executable, "-m", "uv", "build", "--wheel", "-q", "--out-dir", str(out), str(src)],
             [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)]]
    failures = []
    for cmd in tries:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        wheels = sorted(out.glob("triad-*.whl"))
        if done.returncode == 0 and wheels:
            return wheels[0]
        failures.append(f"{' '.join(cmd[:4])}: {done.stderr[-1500:]}")
    pytest.fail("could not build the wheel:\n" + "\n".join(failures))


def test_the_wheel_carries_its_data_and_builds_the_demo(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    for package in ("triad", "ui"):
        shutil.copytree(ROOT / package, src / package,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    wheel = _build(src, tmp_path / "dist")

    names = set(zipfile.ZipFile(wheel).namelist())
    for package, data in (("triad", "triad/data"), ("ui", "ui/data")):
        shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / data).rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts}
        assert shipped and shipped <= names, (package, sorted(shipped - names)[:10])
    for wanted in ("triad/data/schema/case-v1.schema.json", "triad/data/plans/",
                   "triad/data/forms/informed-consent/", "triad/data/fonts/", "ui/data/icons/"):
        assert any(n.startswith(wanted) for n in names), wanted

    target = tmp_path / "installed"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
                    "--target", str(target), str(wheel)], check=True, capture_output=True,
                   timeout=120)
    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(PYTHONPATH=str(target), TRIAD_INSECURE_TEST_KDF="1", PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(target), str(work)], cwd=work,
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(out["triad"]).is_relative_to(target), out["triad"]
    assert Path(out["data"]).is_relative_to(target)
    outside = [m for m in out["modules"] if not Path(m).is_relative_to(target)]
    assert not outside, outside  # nothing of triad or ui came from the checkout
    assert out["cases"] >= 3 and out["imported"] == out["entries"] > 0
    assert out["pdf"] == "%PDF-" and out["plans"]
