"""/usr/share/doc/triad/copyright in the machine-readable format (DEP-5): Triad itself, then
every third-party component inside /opt/triad with its licence. Licences Debian keeps in
/usr/share/common-licenses are referred to there; the others are given in full below, and
each bundled Python distribution's own licence files are copied beside this file
(``licenses/<distribution>/``), each system library's Debian copyright file too
(``licenses/system/<package>``)."""

from __future__ import annotations

FORMAT = "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"

# (files inside /opt/triad, copyright, licence short name, comment)
COMPONENTS = (
    ("_internal/PySide6/Qt/* _internal/libQt6*", "The Qt Company Ltd. and other contributors",
     "LGPL-3", "Qt 6 (QtCore, QtGui, QtWidgets, QtSvg, QtPrintSupport, QtPdf, QtPdfWidgets and "
     "the libraries they need), from the PySide6-Essentials and PySide6-Pdf wheels, used "
     "under the GNU LGPL version 3. The libraries are separate shared objects: replace them "
     "under /opt/triad/_internal to relink. Qt's sources: https://download.qt.io/"),
    ("_internal/PySide6/*.so _internal/shiboken6/*", "The Qt Company Ltd.", "LGPL-3",
     "PySide6 and Shiboken6, the Python bindings to Qt"),
    ("_internal/PySide6/Qt/lib/libicu*", "Unicode, Inc. and others", "Unicode-3.0",
     "ICU, bundled with Qt"),
    ("_internal/libpython3* _internal/python3*/* _internal/base_library.zip",
     "Python Software Foundation", "PSF-2.0", "Python 3.11"),
    ("_internal/sqlcipher3/*", "Zetetic LLC (SQLCipher); Charles Leifer and Gerhard Häring "
     "(sqlcipher3, from pysqlite)", "BSD-3-Clause and Zlib",
     "SQLCipher 4 (BSD-3-Clause, built on SQLite, public domain) and its Python module "
     "sqlcipher3 (zlib licence); the wheel bundles OpenSSL (Apache-2.0)"),
    ("_internal/reportlab/*", "ReportLab Europe Ltd.", "BSD-3-Clause", "ReportLab"),
    ("_internal/triad/data/fonts/*", "Bitstream, Inc.; Tavmjong Bah; DejaVu changes are in the "
     "public domain", "Bitstream-Vera", "DejaVu fonts: the full licence is "
     "/opt/triad/_internal/triad/data/fonts/LICENSE-DejaVu.txt"),
    ("_internal/cryptography/* _internal/libcrypto* _internal/libssl*",
     "The cryptography developers; The OpenSSL Project", "Apache-2.0 or BSD-3-Clause",
     "cryptography and OpenSSL"),
    ("_internal/PIL/* _internal/pillow.libs/*", "Jeffrey A. Clark and contributors",
     "MIT-CMU", "Pillow (HPND), used by ReportLab for images; its bundled libraries "
     "(libjpeg-turbo, libpng, zlib, libwebp, libavif, freetype...) under their own licences, "
     "see licenses/pillow/"),
    ("*", "Their authors: see licenses/<distribution>/", "MIT and BSD-3-Clause and Apache-2.0",
     "argon2-cffi, cffi, pyrage, zxcvbn, platformdirs, icalendar, python-dateutil, tzdata, "
     "jsonschema-rs, portalocker, keyring, jaraco.*, more-itertools, importlib-metadata, zipp, "
     "secretstorage, jeepney, charset-normalizer, typing-extensions (PSF-2.0): each licence "
     "file is in licenses/<distribution>/; system libraries PyInstaller copied from the build "
     "machine (fontconfig, freetype, glib, harfbuzz, X11 and xcb, CUPS, GnuTLS, Kerberos...) "
     "under their Debian copyright files in licenses/system/"),
)

TEXTS = {
    "LGPL-3": "On Debian systems the full text of the GNU Lesser General Public License version 3 "
              "is in /usr/share/common-licenses/LGPL-3.",
    "PSF-2.0": "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2: see "
               "licenses/python/LICENSE.txt or https://docs.python.org/3/license.html.",
    "Apache-2.0": "On Debian systems the full text of the Apache License version 2.0 is in "
                  "/usr/share/common-licenses/Apache-2.0.",
    "BSD-3-Clause": """Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:
1. Redistributions of source code must retain the above copyright notice, this list of
   conditions and the following disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice, this list of
   conditions and the following disclaimer in the documentation and/or other materials
   provided with the distribution.
3. Neither the name of the copyright holder nor the names of its contributors may be used to
   endorse or promote products derived from this software without specific prior written
   permission.
THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR
IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND
FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR
CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY,
WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN
ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.""",
    "Zlib": """This software is provided 'as-is', without any express or implied warranty. In no
event will the authors be held liable for any damages arising from the use of this software.
Permission is granted to anyone to use this software for any purpose, including commercial
applications, and to alter it and redistribute it freely, subject to the following
restrictions: 1. The origin of this software must not be misrepresented; you must not claim
that you wrote the original software. If you use this software in a product, an
acknowledgment in the product documentation would be appreciated but is not required.
2. Altered source versions must be plainly marked as such, and must not be misrepresented as
being the original software. 3. This notice may not be removed or altered from any source
distribution.""",
    "MIT": """Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions: The above copyright
notice and this permission notice shall be included in all copies or substantial portions of
the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
IN THE SOFTWARE.""",
    "MIT-CMU": "Historical Permission Notice and Disclaimer (HPND): the full text is in "
               "licenses/pillow/.",
    "Unicode-3.0": "UNICODE LICENSE V3: the full text is in licenses/system/ or "
                   "https://www.unicode.org/license.txt.",
    "Bitstream-Vera": "The Bitstream Vera fonts licence with the DejaVu changes in the public "
                      "domain: the full text is /opt/triad/_internal/triad/data/fonts/"
                      "LICENSE-DejaVu.txt (also licenses/dejavu/LICENSE-DejaVu.txt).",
    "Proprietary": "All rights reserved by the Triad authors. Not for redistribution without "
                   "their written permission.",
}


def _body(text: str) -> str:
    """A multi-line field's continuation lines: one space in front, "." for an empty line."""
    return "\n".join(" " + (line if line.strip() else ".") for line in text.splitlines())


def render(version: str) -> str:
    parts = [f"Format: {FORMAT}\nUpstream-Name: Triad\nComment: Triad {version} with the "
             "third-party components bundled in /opt/triad (a PyInstaller one-folder bundle).",
             "Files: *\nCopyright: The Triad authors\nLicense: Proprietary"]
    used = {"Proprietary"}
    # the last matching stanza wins (DEP-5): the catch-all for the bundle comes first
    for files, holder, licence, comment in sorted(COMPONENTS, key=lambda c: c[0] != "*"):
        if files == "*":
            files = "_internal/*"
        parts.append(f"Files: {files}\nCopyright: {holder}\nLicense: {licence}\n"
                     f"Comment:\n{_body(comment)}")
        used.update(x.strip() for x in licence.replace(" or ", " and ").split(" and "))
    for name in sorted(used):
        parts.append(f"License: {name}\n{_body(TEXTS[name])}")
    return "\n\n".join(parts) + "\n"
