#!/usr/bin/env python3
"""Run Triad or its test suite from a fresh checkout, installing what they need.

    python3 dev.py app [VAULT]     start the desktop app (first run: creates a vault)
    python3 dev.py test [ARGS]     ruff, mypy --strict on triad/ and ui/, import-linter, then pytest
    python3 dev.py cli ARGS        run triad-cli
    python3 dev.py package         build the Linux package: dist/triad_<version>_<arch>.deb
                                   (a PyInstaller one-folder bundle; packaging/README.md)
    python3 dev.py package --check build it (or reuse dist/ when newer than the sources), then
                                   run it unpacked on a clean root (tests/packaging, marked
                                   `packaging`: minutes, so not part of `test`)
    python3 dev.py package --install-check
                                   as root: install it with apt into a bare Debian 12
                                   (debootstrap) and run it there (packaging/install_check.py)

Only the standard library is used here. Dependencies go into ./.venv (with uv when it can be
installed, else pip) and are reinstalled when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = ROOT / ".deps-stamp"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def say(text: str) -> None:
    print(f"[dev] {text}", file=sys.stderr, flush=True)


def ensure_env(extras: str = "test") -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may run under an older python3
        sys.exit("Triad needs Python 3.11 or newer.")
    if not PY.exists():
        say("creating .venv")
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except Exception as exc:  # Debian without python3-venv, for one
            sys.exit(f"could not create a virtual environment ({exc}); on Debian: apt-get install python3-venv")
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    have = STAMP.read_text().split() if STAMP.exists() else []
    # the stamp: pyproject's hash, then the extras installed with it (`package` adds PyInstaller)
    if have[:1] == [want] and set(extras.split(",")) <= set(have[1:]):
        return
    if have[:1] == [want]:
        extras = ",".join(sorted({*extras.split(","), *have[1:]}))
    say("installing dependencies into .venv (first run takes a minute)")
    spec = [f".[{extras}]"]
    uv = BIN / "uv"
    if not uv.exists():
        subprocess.run([str(PY), "-m", "pip", "install", "-q", "uv"], check=False)
    if uv.exists():
        done = subprocess.run([str(uv), "pip", "install", "--python", str(PY), "-q", "-e", *spec], cwd=ROOT)
    else:
        done = subprocess.CompletedProcess([], 1)
    if done.returncode != 0:
        say("uv unavailable or failed; using pip")
        subprocess.run([str(PY), "-m", "pip", "install", "-q", "-e", *spec], cwd=ROOT, check=True)
    STAMP.write_text(" ".join([want, *sorted(extras.split(","))]))


def build_catalogue() -> None:
    """Compile the German catalogue (ui/data/i18n/triad_de.ts) to the .qm Qt loads, when it is
    missing or older than the .ts: it is built, not committed. The app speaks English without it."""
    ts = ROOT / "ui" / "data" / "i18n" / "triad_de.ts"
    qm = ts.with_suffix(".qm")
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return
    lrelease = BIN / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    if subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT).returncode:
        say("pyside6-lrelease failed: the app will speak English")


def run(args: list[str], env: dict[str, str] | None = None) -> int:
    return subprocess.run(args, cwd=ROOT, env=env).returncode


def test(extra: list[str]) -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["TRIAD_INSECURE_TEST_KDF"] = "1"  # cheap Argon2 profile; new slots say so
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    steps = [
        ("ruff", [str(PY), "-m", "ruff", "check", "triad", "ui", "tests", "benchmarks", "tools",
                  "packaging", "dev.py"]),
        ("mypy --strict triad/ ui/", [str(PY), "-m", "mypy", "triad", "ui"]),
        ("import-linter (layer contracts in pyproject.toml)",
         [str(PY), "-c", "from importlinter.cli import lint_imports_command as c; c()", "--no-cache"]),
    ]
    for name, cmd in steps:
        say(name)
        if run(cmd, env) != 0:
            say(f"{name} failed")
            return 1
    say("pytest")
    # on every core (pytest-xdist; CI has two): the whole suite in about half the time
    spread = [] if any(a.startswith("-n") or a == "no:xdist" for a in extra) else ["-n", "auto"]
    return run([str(PY), "-m", "pytest", "-q", *spread, *extra], env)


def package(extra: list[str]) -> int:
    """The .deb (packaging/build.py); with --check, the clean-root test after it; with
    --install-check, an install into a bare Debian (packaging/install_check.py, needs root)."""
    if "--install-check" in extra:
        return run([str(PY), str(ROOT / "packaging" / "install_check.py"),
                    *(a for a in extra if a != "--install-check")])
    if "--check" not in extra:
        return run([str(PY), str(ROOT / "packaging" / "build.py"), *extra])
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # the test builds the .deb itself unless dist/ holds one newer than every source
    return run([str(PY), "-m", "pytest", "-q", "-p", "no:xdist", "-m", "packaging",
                "tests/packaging"], env)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("app", "test", "cli", "package"):
        print(__doc__)
        return 2
    command, extra = sys.argv[1], sys.argv[2:]
    ensure_env("test,package" if command == "package" else "test")
    if command != "cli":  # the command line reads the .ts itself; the .qm is Qt's
        build_catalogue()  # the app, its tests and the package speak German with it
    if command == "test":
        return test(extra)
    if command == "package":
        return package(extra)
    if command == "cli":
        return run([str(PY), "-m", "triad", *extra])
    return run([str(PY), "-m", "ui.app", *extra])


if __name__ == "__main__":
    sys.exit(main())
