"""``python3 dev.py package --install-check``: install the .deb into a bare Debian and use it.

    sudo .venv/bin/python packaging/install_check.py [dist/triad_<version>_<arch>.deb]

The clean-root test (tests/packaging/test_deb.py) unpacks the package with ``dpkg-deb -x`` and
runs it under ``env -i``: no virtualenv, no checkout, no Python on PATH, but the system
libraries are this machine's. This check goes one step further, as a user's computer would:

1. ``debootstrap --variant=minbase`` makes a bare Debian 12 (bookworm) in build/clean-install
   (once; it is reused while its stamp is there): no Python, no Qt, no fonts, no X libraries;
2. ``apt-get install ./triad.deb`` inside it, so apt must find every library the package's
   ``Depends`` names and nothing else is there;
3. under ``env -i`` inside the root: ``triad-cli --version``, ``triad-cli demo --language de``, ``cases``,
   ``show`` in German (``LANG=de_DE.UTF-8``), ``report progress --language de``, the app's
   ``--self-test`` on the demo vault (offscreen), then ``apt-get purge triad``, after which
   /opt/triad must be gone.

It needs root (chroot, mount) and a reachable Debian mirror (``TRIAD_DEBIAN_MIRROR``, default
deb.debian.org), so it is not part of the suite; run it before a release. Exit 0 when every
step passed; each step's command and output are printed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CHROOT = ROOT / "build" / "clean-install"
STAMP = CHROOT / ".triad-bootstrapped"
MIRROR = os.environ.get("TRIAD_DEBIAN_MIRROR", "http://deb.debian.org/debian")
PASSPHRASE = "install check passphrase 7431"  # a made-up vault in a throw-away root
CASE = "C-2026-001"  # the demo practice's first case


def say(text: str) -> None:
    print(f"[install-check] {text}", file=sys.stderr, flush=True)


def run(args: list[str], shown: str = "") -> subprocess.CompletedProcess[str]:
    say("$ " + (shown or " ".join(args)))
    done = subprocess.run(args, text=True, capture_output=True, check=False)
    out = (done.stdout + done.stderr).strip()
    if out:
        print("\n".join(out.splitlines()[-25:]), flush=True)
    return done


def inside(*args: str, lang: str = "C.UTF-8", **env: str) -> subprocess.CompletedProcess[str]:
    """``args`` run in the root with nothing of this process's environment."""
    clean = {"PATH": "/usr/bin:/bin", "HOME": "/root", "LANG": lang,
             "TRIAD_PASSPHRASE": PASSPHRASE, "TRIAD_NEW_PASSPHRASE": PASSPHRASE, **env}
    named = " ".join(f"{k}=…" if "PASSPHRASE" in k else f"{k}={v}" for k, v in clean.items())
    return run(["chroot", str(CHROOT), "env", "-i",
                *(f"{k}={v}" for k, v in clean.items()), *args],
               shown=f"chroot {CHROOT.name} env -i {named} {' '.join(args)}")


def bootstrap() -> None:
    if STAMP.exists():
        say(f"reusing {CHROOT}")
        return
    if shutil.which("debootstrap") is None:
        raise SystemExit("debootstrap is not installed: apt-get install debootstrap")
    shutil.rmtree(CHROOT, ignore_errors=True)
    CHROOT.mkdir(parents=True)
    done = run(["debootstrap", "--variant=minbase", "bookworm", str(CHROOT), MIRROR])
    if done.returncode != 0:
        raise SystemExit("debootstrap failed: is the Debian mirror reachable?")
    STAMP.write_text("bookworm minbase\n", encoding="utf-8")


def check(deb: Path) -> list[str]:
    """The steps that failed (empty: all passed)."""
    failed: list[str] = []

    def expect(name: str, done: subprocess.CompletedProcess[str], *words: str) -> None:
        text = done.stdout + done.stderr
        if done.returncode != 0 or any(w not in text for w in words):
            failed.append(name)

    if inside("sh", "-c", "command -v python3 || command -v python").returncode == 0:
        failed.append("the bare root has a Python")  # then the check would prove less
    shutil.copy(deb, CHROOT / "tmp" / deb.name)
    expect("apt-get update", inside("apt-get", "update", "-q"))
    expect("install", inside("apt-get", "install", "-y", "-q", f"/tmp/{deb.name}",
                             DEBIAN_FRONTEND="noninteractive"), "Setting up triad")
    inside("rm", "-rf", "/root/demo.vault", "/root/progress.pdf")
    expect("triad-cli --version", inside("triad-cli", "--version"), "triad-cli ")
    expect("triad-cli demo --language de", inside("triad-cli", "demo", "/root/demo.vault",
                                                  "--language", "de"), "5")
    expect("triad-cli cases", inside("triad-cli", "cases", "/root/demo.vault"), CASE)
    expect("triad-cli show (German)", inside("triad-cli", "show", "/root/demo.vault", CASE,
                                             lang="de_DE.UTF-8"), "Einwilligung")
    expect("report progress --language de",
           inside("triad-cli", "report", "progress", "/root/demo.vault", CASE,
                  "-o", "/root/progress.pdf", "--language", "de"), "progress.pdf")
    pdf = CHROOT / "root" / "progress.pdf"
    if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
        failed.append("the progress summary is a PDF")
    expect("triad --self-test", inside("triad", "--self-test", "/root/demo.vault",
                                       QT_QPA_PLATFORM="offscreen"), '"failed": []')
    expect("purge", inside("apt-get", "purge", "-y", "-q", "triad"))
    if (CHROOT / "opt" / "triad").exists():
        failed.append("purge left /opt/triad")
    return failed


def main(argv: list[str]) -> int:
    if os.geteuid() != 0:
        raise SystemExit("the install check needs root (debootstrap, chroot, mount)")
    sys.path.insert(0, str(HERE))
    from build import fresh_deb

    debs = [Path(a) for a in argv] or [fresh_deb()]
    bootstrap()
    proc = CHROOT / "proc"
    mounted = subprocess.run(["mount", "-t", "proc", "proc", str(proc)], check=False).returncode == 0
    try:
        failed = check(debs[-1].resolve())
    finally:
        if mounted:
            subprocess.run(["umount", str(proc)], check=False)
    if failed:
        say("FAILED: " + "; ".join(failed))
        return 1
    say(f"passed: {debs[-1].name} installs into a bare Debian 12 and runs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
