"""The files the .deb is made of, checked without building it (with the suite): the desktop
entry passes desktop-file-validate and opens the exchange's files, the MIME types name the
extensions the exchange really writes, triad-cli(1) renders without a warning and covers every
command, the copyright file is DEP-5."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from tests.packaging.helpers import PACKAGING, load
from triad.cli import build_parser
from triad.exchange.packets import SUFFIX

DESKTOP = PACKAGING / "linux" / "triad.desktop"
MIME = PACKAGING / "linux" / "triad-mime.xml"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def _desktop() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_the_desktop_entry_validates_and_opens_packets_and_cards() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate missing: apt-get install desktop-file-utils")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and "error" not in done.stdout and "warning" not in done.stdout, (
        done.stdout)
    entry = _desktop()
    assert entry["Exec"] == "triad %f" and entry["Icon"] == "triad" and entry["Terminal"] == "false"
    mime = ET.parse(MIME).getroot()
    types = {t.get("type"): [g.get("pattern") for g in t.findall("m:glob", NS)]
             for t in mime.findall("m:mime-type", NS)}
    assert set(entry["MimeType"].rstrip(";").split(";")) == set(types)
    assert types == {"application/x-triad-packet": ["*.triadpacket"],
                     "application/x-triad-card": ["*.triadcard"]}
    assert SUFFIX == ".triadpacket"  # what the exchange folders write


def test_the_app_opens_the_same_extensions_the_package_registers() -> None:
    from ui.app import OPENED_SUFFIXES

    mime = ET.parse(MIME).getroot()
    globs = {g.get("pattern", "").removeprefix("*") for g in mime.iter(f"{{{NS['m']}}}glob")}
    assert globs <= set(OPENED_SUFFIXES)


def _commands(parser: object, path: tuple[str, ...] = ()) -> list[str]:
    import argparse

    assert isinstance(parser, argparse.ArgumentParser)
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out.append(" ".join((*path, name)))
                out += _commands(sub, (*path, name))
    return out


def test_the_man_page_renders_without_warnings_and_names_every_command(tmp_path: Path) -> None:
    if shutil.which("man") is None:
        pytest.skip("man missing: apt-get install man-db")
    page = tmp_path / "triad-cli.1"
    page.write_text(load("manpage.py").render("0.1.0", date(2026, 12, 6)), encoding="utf-8")
    done = subprocess.run(["man", "--warnings", "-l", str(page)], capture_output=True,
                          text=True, env={"MANWIDTH": "80", "PATH": "/usr/bin:/bin",
                                          "LANG": "C.UTF-8"})
    assert done.returncode == 0 and done.stderr == "", done.stderr
    text = re.sub(r".\x08", "", done.stdout)  # bold and underline by overstrike
    for command in _commands(build_parser()):
        assert f"\n   {command}\n" in text, command
    for part in ("EXIT STATUS", "TRIAD_PASSPHRASE", "ENVIRONMENT", "triad 0.1.0"):
        assert part in text
    done = subprocess.run(["man", "--warnings", "-l", str(PACKAGING / "linux" / "triad.1")],
                          capture_output=True, text=True, env={"MANWIDTH": "80", "PATH": "/usr/bin:/bin",
                                                               "LANG": "C.UTF-8"})
    assert done.returncode == 0 and done.stderr == "" and "FILE.triadpacket" in done.stdout


def test_the_copyright_file_is_dep5_and_names_the_bundled_licences() -> None:
    text = load("linux/deb_copyright.py").render("0.1.0")
    paragraphs = text.strip().split("\n\n")
    assert paragraphs[0].startswith("Format: https://www.debian.org/doc/packaging-manuals/"
                                    "copyright-format/1.0/")
    fields = [dict(re.findall(r"^([A-Za-z-]+): ?(.*)$", p, re.M)) for p in paragraphs]
    files = [f for f in fields if "Files" in f]
    licences = {f["License"] for f in fields if "Files" not in f and "License" in f}
    assert all("Copyright" in f and "License" in f for f in files)
    used = {part.strip() for f in files for part in re.split(r" and | or ", f["License"])}
    assert used <= licences  # every licence named is stated
    for must in ("LGPL-3", "BSD-3-Clause", "Bitstream-Vera", "PSF-2.0"):
        assert must in used
    for line in text.splitlines():  # continuation lines start with a space
        assert not line or line[0] == " " or re.match(r"^[A-Za-z-]+:", line), line


def test_the_readme_installs_the_package_the_build_makes() -> None:
    """README: "Install" first, naming the file ``python3 dev.py package`` writes (the version
    from pyproject.toml), then "From source" with the two commands as before."""
    import tomllib

    from tests.packaging.helpers import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"]
    headings = re.findall(r"^## (.+)$", readme, re.M)
    assert headings[:2] == ["Install", "From source"]
    install = readme.split("## Install", 1)[1].split("## From source", 1)[0]
    assert f"sudo apt install ./dist/triad_{version}_amd64.deb" in install
    build = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert 'f"triad_{ver}_{_arch()}.deb"' in build
    source = readme.split("## From source", 1)[1].split("\n## ", 1)[0]
    assert "python3 dev.py app " in source and "python3 dev.py test " in source
