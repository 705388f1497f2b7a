"""``python3 dev.py package``: the PyInstaller one-folder bundle, then the .deb in dist/.

    .venv/bin/python packaging/build.py [--skip-bundle]

1. the bundle (packaging/triad.spec): build/pyinstaller/dist/triad/ with ``triad`` and
   ``triad-cli``; translations (ui/data/i18n/*.ts, when there are any) compiled to .qm with
   pyside6-lrelease into it; Qt's own translations other than German and English, and the GTK
   platform theme (GTK is not bundled), pruned;
2. the package root build/deb/root: /opt/triad (the bundle and BUILD: version, build time,
   commit), /usr/bin/triad and /usr/bin/triad-cli (symlinks), the desktop entry, the hicolor
   icons (SVG + PNGs rendered with QSvgRenderer), the MIME types, triad-cli(1), the DEP-5
   copyright file with the licence files of everything bundled, DEBIAN/control and md5sums;
3. ``dpkg-deb --build --root-owner-group`` into dist/triad_<version>_<arch>.deb, after
   ``desktop-file-validate`` (when installed) has passed the desktop entry.

The version is pyproject.toml's; the build time is ``SOURCE_DATE_EPOCH`` when set (a
reproducible build), else now. AppImage: appimagetool is not in the package registries this
project uses (pip, apt, npm), so none is made (packaging/README.md)."""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD = ROOT / "build"
BUNDLE = BUILD / "pyinstaller" / "dist" / "triad"
DEB_ROOT = BUILD / "deb" / "root"
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "linux"))

QT_LANGUAGES = ("de", "en")
DEPENDS = ("libc6 (>= {glibc})", "libgl1", "libegl1", "libxcb1", "libwayland-client0",
           "libdrm2", "fontconfig-config")
# distributions whose files PyInstaller bundles (their licence files go into the package)
BUNDLED = ("pyside6_essentials", "pyside6_pdf", "shiboken6", "sqlcipher3", "reportlab",
           "cryptography", "argon2_cffi", "argon2_cffi_bindings", "cffi", "pyrage", "zxcvbn",
           "platformdirs", "icalendar", "python_dateutil", "tzdata", "jsonschema_rs",
           "portalocker", "keyring", "jaraco.classes", "jaraco_context", "jaraco_functools",
           "more_itertools", "importlib_metadata", "zipp", "secretstorage", "jeepney",
           "charset_normalizer", "typing_extensions", "backports.tarfile", "pillow", "pyphen",
           "babel")


def say(text: str) -> None:
    print(f"[package] {text}", file=sys.stderr, flush=True)


def version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    from triad import __version__

    if project["version"] != __version__:
        raise SystemExit(f"pyproject.toml says {project['version']}, triad/__init__.py "
                         f"{__version__}: make them agree")
    return str(project["version"])


def built_at() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return (datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)).replace(
        microsecond=0)


def commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT,
                          capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else "unknown"


def translations(into: Path) -> list[Path]:
    """Every ui/data/i18n/*.ts compiled to .qm (pyside6-lrelease) under ``into``."""
    sources = sorted((ROOT / "ui" / "data" / "i18n").glob("*.ts"))
    out = []
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sources:
        qm = into / "ui" / "data" / "i18n" / (ts.stem + ".qm")
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def bundle(ver: str) -> None:
    extra = BUILD / "pyinstaller" / "extra"
    shutil.rmtree(extra, ignore_errors=True)
    extra.mkdir(parents=True)
    compiled = translations(extra)
    say(f"PyInstaller (packaging/triad.spec){f', {len(compiled)} translation(s)' if compiled else ''}")
    env = {**os.environ, "TRIAD_VERSION": ver, "TRIAD_BUNDLE_EXTRA_DATA": str(extra)}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(BUNDLE.parent), "--workpath", str(BUILD / "pyinstaller" / "work"),
                    str(HERE / "triad.spec")], cwd=ROOT, env=env, check=True)
    qt = BUNDLE / "_internal" / "PySide6" / "Qt"
    for qm in (qt / "translations").glob("*.qm"):
        if qm.stem.rsplit("_", 1)[-1] not in QT_LANGUAGES:
            qm.unlink()
    for plugin in (qt / "plugins" / "platformthemes").glob("libqgtk3*"):
        plugin.unlink()  # needs the system's GTK against the bundle's GLib: left out


def _licence_files(into: Path) -> None:
    site = Path(next(p for p in sys.path if p.endswith("site-packages")))
    for dist in BUNDLED:
        infos = [p for p in site.glob("*.dist-info")
                 if p.name.lower().startswith(dist.lower().replace("-", "_") + "-")]
        for info in infos:
            for f in [*info.glob("LICEN[CS]E*"), *info.glob("COPYING*"),
                      *(info / "licenses").rglob("*")]:
                if f.is_file():
                    target = into / dist / f.name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(f, target)
    python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "LICENSE.txt"
    if python_licence.is_file():
        (into / "python").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(python_licence, into / "python" / "LICENSE.txt")
    (into / "dejavu").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "triad" / "data" / "fonts" / "LICENSE-DejaVu.txt",
                    into / "dejavu" / "LICENSE-DejaVu.txt")
    # system libraries PyInstaller copied from this machine: their Debian copyright files
    packages = set()
    for lib in (BUNDLE / "_internal").glob("lib*.so*"):
        done = subprocess.run(["dpkg", "-S", f"*/{lib.name}"], capture_output=True, text=True)
        for line in done.stdout.splitlines():
            packages.add(line.split(":", 1)[0].split(",")[0].strip())
    for pkg in sorted(packages):
        src = Path("/usr/share/doc") / pkg / "copyright"
        if src.is_file():
            (into / "system").mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, into / "system" / pkg)


def _arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def _glibc() -> str:
    import platform

    return platform.libc_ver()[1] or "2.36"


def deb_root(ver: str, when: datetime) -> Path:
    import deb_copyright
    import icons
    import manpage

    shutil.rmtree(DEB_ROOT, ignore_errors=True)
    opt = DEB_ROOT / "opt" / "triad"
    shutil.copytree(BUNDLE, opt, symlinks=True)
    (opt / "BUILD").write_text(f"triad {ver}\nbuilt {when.isoformat().replace('+00:00', 'Z')}\n"
                               f"commit {commit()}\n", encoding="utf-8")
    usr = DEB_ROOT / "usr"
    (usr / "bin").mkdir(parents=True)
    for name in ("triad", "triad-cli"):
        (usr / "bin" / name).symlink_to(f"../../opt/triad/{name}")
    share = usr / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(HERE / "linux" / "triad.desktop", share / "applications" / "triad.desktop")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copyfile(HERE / "linux" / "triad-mime.xml", share / "mime" / "packages" / "triad.xml")
    icons.render(ROOT / "ui" / "data" / "icons" / "triad.svg", share / "icons" / "hicolor")
    man = share / "man" / "man1" / "triad-cli.1.gz"
    man.parent.mkdir(parents=True)
    with gzip.GzipFile(man, "wb", 9, mtime=int(when.timestamp())) as out:
        out.write(manpage.render(ver, when.date()).encode("utf-8"))
    with gzip.GzipFile(man.with_name("triad.1.gz"), "wb", 9, mtime=int(when.timestamp())) as out:
        out.write((HERE / "linux" / "triad.1").read_bytes())
    doc = share / "doc" / "triad"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(deb_copyright.render(ver), encoding="utf-8")
    _licence_files(doc / "licenses")
    for path in DEB_ROOT.rglob("*"):  # dpkg wants 0755 folders, 0644 files unless executable
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if os.access(path, os.X_OK) and path.suffix not in (".txt", ".png", ".svg", ".qm", ".json", ".md", ".ttf") else 0o644)
    size = sum(p.stat().st_size for p in DEB_ROOT.rglob("*") if p.is_file() and not p.is_symlink())
    control = DEB_ROOT / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: triad\nVersion: {ver}\nArchitecture: {_arch()}\n"
        "Maintainer: The Triad authors <triad@localhost>\n"
        f"Installed-Size: {size // 1024}\n"
        f"Depends: {', '.join(DEPENDS).format(glibc=_glibc())}\n"
        "Recommends: fonts-dejavu-core, shared-mime-info, desktop-file-utils, hicolor-icon-theme\n"
        "Section: misc\nPriority: optional\n"
        f"Build-Date: {when.isoformat().replace('+00:00', 'Z')}\n"
        "Description: encrypted case coordination for surrogate partner therapy\n"
        " Triad keeps a practice's case files in an encrypted vault: the therapist plans\n"
        " phases and records consent, the surrogate partner logs a debrief after every\n"
        " session, the supervisor audits the consent documentation. Offline: no network,\n"
        " no server. Packets between the members' computers travel as encrypted files.\n"
        " .\n"
        " This package holds the desktop app (triad) and the command line (triad-cli),\n"
        " with Python, Qt, SQLCipher and ReportLab bundled in /opt/triad.\n", encoding="utf-8")
    sums = []
    for path in sorted(DEB_ROOT.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            sums.append(f"{digest}  {path.relative_to(DEB_ROOT)}")
    (control / "md5sums").write_text("\n".join(sums) + "\n", encoding="utf-8")
    return DEB_ROOT


def validate_desktop(root: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        say("desktop-file-validate not installed (apt-get install desktop-file-utils): skipped")
        return
    entry = root / "usr" / "share" / "applications" / "triad.desktop"
    done = subprocess.run([tool, str(entry)], capture_output=True, text=True)
    if done.returncode != 0 or "error" in done.stdout or "warning" in done.stdout:
        raise SystemExit(f"desktop-file-validate: {done.stdout}{done.stderr}")


def deb(ver: str, root: Path) -> Path:
    DIST.mkdir(exist_ok=True)
    out = DIST / f"triad_{ver}_{_arch()}.deb"
    say(f"dpkg-deb → {out.relative_to(ROOT)}")
    subprocess.run(["dpkg-deb", "--build", "--root-owner-group", "-Zxz", "-z6", str(root),
                    str(out)], check=True, stdout=subprocess.DEVNULL)
    return out


SOURCES = ("triad", "ui", "packaging", "pyproject.toml")  # what the package is made of


def fresh_deb() -> Path:
    """dist/'s .deb, built anew first when it is missing or older than any source."""
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()
                                                and "__pycache__" not in p.parts]
        newest = max([newest, *(f.stat().st_mtime for f in files)])
    out = DIST / f"triad_{version()}_{_arch()}.deb"
    if not out.exists() or out.stat().st_mtime < newest:
        subprocess.run([sys.executable, str(HERE / "build.py")], cwd=ROOT, check=True,
                       timeout=1800)
    return out


def main(argv: list[str]) -> int:
    ver, when = version(), built_at()
    if "--skip-bundle" not in argv or not BUNDLE.is_dir():
        bundle(ver)
    say("package root")
    root = deb_root(ver, when)
    validate_desktop(root)
    out = deb(ver, root)
    say(f"done: {out.relative_to(ROOT)} ({out.stat().st_size // (1024 * 1024)} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
