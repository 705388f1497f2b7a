"""What the signed forms promise about keeping the record: a floor under the practice's
retention period (issue 19).

Every form tells the client how long the record is kept. The English texts say "seven years
after your last service (for adults)"; the German ones "so lange ..., wie es das Gesetz
vorschreibt (in Deutschland in der Regel zehn Jahre, § 630f Abs. 3 BGB)" after the end of
treatment. A client who signed such a form was promised that figure, whatever the practice's
retention setting says (``triad.casefile.retention``): a German practice that never changed
the default of 7 years must not be offered disposal of a record after 7 years when its client
signed a form that promises about 10. So a closed case's retention never ends before the
longest period a form *its client signed* promises, counted from the same day as the
practice's period (the last service: the later of the closing and the last held session;
"nach Abschluss der Behandlung" names the same day).

**Where the figures live.** Here, in code, keyed by ``(form_id, version)``: a form's identity
is the hash of its file's bytes, front matter included (``triad.casefile.forms``), and the
English files' hashes are pinned (old vaults' signatures name them), so no figure may be added
to the files. ``tests/core/casefile/test_form_retention.py`` checks that every shipped version
has its figure and that the figure is the one its text states; a new form version without one
fails that test rather than silently promising nothing.

**Which forms count.** Every consent record of the case that the client has signed (a
signature of the party ``client``), whatever became of it since -- revoked, expired, superseded
by a newer version: the promise about the record was made when the client signed. A record
still awaiting the client's signature promised nothing yet. A form version this program does
not know (written by a newer one) adds no floor.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from triad.casefile import forms
from triad.errors import NotFound

# Years the record is kept after the last service, as each shipped form version promises it.
PROMISED_YEARS: dict[tuple[str, int], int] = {
    ("informed-consent", 1): 7,  # "kept for seven years after your last service (for adults)"
    ("informed-consent", 2): 10,  # German: "in der Regel zehn Jahre, § 630f Abs. 3 BGB"
    ("outcome-data", 1): 7,
    ("outcome-data", 2): 10,
    ("release-of-information", 1): 7,
    ("release-of-information", 2): 7,
    ("release-of-information", 3): 10,
    ("therapeutic-aids", 1): 7,
    ("therapeutic-aids", 2): 10,
    ("triad-agreement", 1): 7,
    ("triad-agreement", 2): 10,
}

# When several signed forms promise the same period, the one named is the informed consent:
# the form that tells the client about the record first and most plainly.
_FIRST = ("informed-consent", "release-of-information", "triad-agreement", "therapeutic-aids",
          "outcome-data")


@dataclass(frozen=True)
class FormPromise:
    """A signed form version's promise: the record is kept ``years`` after the last service."""

    form_id: str
    version: int
    language: str  # the form text's language ("en", "de")
    years: int

    @property
    def title(self) -> str:
        """The form's title in its own language (what the client read and signed)."""
        try:
            return forms.form(self.form_id, self.version).title
        except NotFound:  # a form this program no longer ships: its id
            return self.form_id


def promise_of(form_id: str, version: int) -> FormPromise | None:
    """What one form version promises, or None when this program knows no figure for it."""
    years = PROMISED_YEARS.get((form_id, version))
    if years is None:
        return None
    try:
        language = forms.form(form_id, version).language
    except NotFound:  # a figure for a text no longer shipped: English
        language = forms.ENGLISH
    return FormPromise(form_id, version, language, years)


def longest(signed: Iterable[tuple[str, int]]) -> FormPromise | None:
    """The longest promise among the signed ``(form_id, version)`` pairs (ties: the informed
    consent first, then the newer version), or None when none promises anything."""
    found = [p for form_id, version in set(signed)
             if (p := promise_of(form_id, version)) is not None]
    if not found:
        return None

    def rank(p: FormPromise) -> tuple[int, int, int]:
        order = _FIRST.index(p.form_id) if p.form_id in _FIRST else len(_FIRST)
        return (-p.years, order, -p.version)

    return min(found, key=rank)
