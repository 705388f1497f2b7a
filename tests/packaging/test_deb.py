"""Proof on a clean root (issue 19): the .deb (built by packaging/build.py, or reused from dist/
when it is newer than every source) is unpacked with ``dpkg-deb -x`` into an empty folder, and
its programs run with ``env -i`` -- HOME a fresh folder, PATH only the package's /usr/bin (its
symlinks into /opt/triad), no virtualenv, no checkout, no Python on PATH: ``triad-cli
--version``, ``triad-cli demo`` (the real key derivation: no test setting), ``triad-cli report
progress`` (the PDF carries the bundled DejaVu fonts) and the app offscreen (``triad
--self-test``: the start window, every Qt module the app uses, an SVG icon, the fonts).

Marked ``packaging``: ``python3 dev.py package --check`` runs it (tests/packaging/conftest.py)."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT, load

pytestmark = pytest.mark.packaging
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
PASS = "a clean root passphrase for the demo"


@pytest.fixture(scope="module")
def deb() -> Path:
    return Path(load("build.py").fresh_deb())


@pytest.fixture(scope="module")
def root(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("clean-root")
    assert not any(folder.iterdir())
    subprocess.run(["dpkg-deb", "-x", str(deb), str(folder)], check=True)
    return folder


def _clean(root: Path, home: Path, **extra: str) -> dict[str, str]:
    env = {"HOME": str(home), "PATH": str(root / "usr" / "bin"), **extra}
    assert shutil.which("python3", path=env["PATH"]) is None  # no Python on PATH
    return env


def _run(root: Path, home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    # env -i: nothing of this process's environment (its .venv, PYTHONPATH, LD_*) reaches them
    return subprocess.run(["env", "-i", *(f"{k}={v}" for k, v in _clean(root, home, **extra).items()),
                           *args], cwd=home, capture_output=True, text=True, timeout=300)


def test_the_package_holds_what_it_promises(deb: Path, root: Path) -> None:
    field = lambda name: subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True,  # noqa: E731
                                        text=True, check=True).stdout.strip()
    assert field("Package") == "triad" and field("Version") == VERSION
    assert field("Build-Date")[:4].isdigit()
    build = (root / "opt" / "triad" / "BUILD").read_text(encoding="utf-8")
    assert build.startswith(f"triad {VERSION}\nbuilt ") and field("Build-Date") in build
    for name in ("triad", "triad-cli"):
        link = root / "usr" / "bin" / name
        assert link.is_symlink() and os.readlink(link) == f"../../opt/triad/{name}"
        assert link.resolve() == (root / "opt" / "triad" / name).resolve()
    share = root / "usr" / "share"
    assert (share / "applications" / "triad.desktop").is_file()
    assert (share / "mime" / "packages" / "triad.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "triad.svg").is_file()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "triad.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (size, size)
    assert b".TH TRIAD\\-CLI 1" in gzip.decompress((share / "man" / "man1" / "triad-cli.1.gz")
                                                   .read_bytes())
    assert b".TH TRIAD 1" in gzip.decompress((share / "man" / "man1" / "triad.1.gz").read_bytes())
    copyright_ = (share / "doc" / "triad" / "copyright").read_text(encoding="utf-8")
    assert copyright_.startswith("Format: https://www.debian.org/doc/packaging-manuals/")
    assert (share / "doc" / "triad" / "licenses" / "reportlab").is_dir()
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(share / "applications" / "triad.desktop")],
                              capture_output=True, text=True)
        assert done.returncode == 0 and done.stdout == "", done.stdout
    # all of triad/data and ui/data, byte for byte
    inside = root / "opt" / "triad" / "_internal"
    for package in ("triad", "ui"):
        data = ROOT / package / "data"
        for f in data.rglob("*"):
            if f.is_file() and f.suffix != ".py" and "__pycache__" not in f.parts:
                copy = inside / package / "data" / f.relative_to(data)
                assert copy.is_file() and copy.read_bytes() == f.read_bytes(), copy
    # only the Qt modules the app uses (packaging/triad.spec), each one there
    qt = {p.name.split(".")[0] for p in (inside / "PySide6").glob("Qt*.so")}
    assert qt == {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtPdf",
                  "QtPdfWidgets"}


def test_the_programs_run_on_a_clean_root(root: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = _run(root, home, "triad-cli", "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"triad-cli {VERSION}", done.stderr
    vault = home / "demo.triad"
    done = _run(root, home, "triad-cli", "demo", str(vault), TRIAD_NEW_PASSPHRASE=PASS)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "5 cases" in done.stdout and (vault / "keyslots").is_file()
    pdf = home / "progress.pdf"
    done = _run(root, home, "triad-cli", "report", "progress", str(vault), "C-2026-001",
                "-o", str(pdf), TRIAD_PASSPHRASE=PASS)
    assert done.returncode == 0, done.stderr[-2000:]
    from pypdf import PdfReader

    page = PdfReader(pdf).pages[0]
    fonts = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}  # type: ignore[index]
    assert any("DejaVuSans" in f for f in fonts), fonts
    assert "Progress summary" in page.extract_text()
    # German from the bundle (issue 19): the catalogue the core reads (the .ts) and Babel's
    # locale data are in it -- the command line by LANG, a report by --language
    done = _run(root, home, "triad-cli", "cases", str(vault), TRIAD_PASSPHRASE=PASS,
                LANG="de_DE.UTF-8")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines()[0].split()[:3] == ["KENNUNG", "STATUS", "PHASE"], done.stdout
    german = home / "verlauf.pdf"
    done = _run(root, home, "triad-cli", "report", "progress", str(vault), "C-2026-001",
                "-o", str(german), "--language", "de", TRIAD_PASSPHRASE=PASS)
    assert done.returncode == 0, done.stderr[-2000:]
    text = PdfReader(german).pages[0].extract_text()
    assert "Verlaufsbericht" in text and "VERTRAULICH" in text, text[:300]
    done = _run(root, home, "triad-cli", "quick-unlock", str(vault), "status", TRIAD_PASSPHRASE=PASS)
    # keyring and its backends are in the bundle; with no keyring service, the fallback
    assert done.returncode == 0 and "no keyring service" in done.stdout, done.stderr
    done = _run(root, home, "triad", "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"triad {VERSION}", done.stderr
    done = _run(root, home, "triad", "--self-test", QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["frozen"] is True and report["failed"] == [] and report["page"] == "CreatePage"
    assert report["fonts"] == 4 and report["icon"] and report["word"] == "Language"  # no LANG
    done = _run(root, home, "triad", "--self-test", str(vault), QT_QPA_PLATFORM="offscreen")
    assert json.loads(done.stdout.strip().splitlines()[-1])["page"] == "UnlockPage"
    done = _run(root, home, "triad", "--self-test", QT_QPA_PLATFORM="offscreen",
                LANG="de_DE.UTF-8")  # the compiled catalogue is in the bundle
    assert json.loads(done.stdout.strip().splitlines()[-1])["word"] == "Sprache", done.stderr
