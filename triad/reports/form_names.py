"""A signed form named in a document's own words (issue 19).

The signed text stays as signed, in its own language; the document around it (a heading, a
table cell, the sentence under a copy) names the form in the document's language, and says when
the text the client signed is in another one: "Triadenvereinbarung (englische Fassung 1)" in a
German document about an English signature, "Triad agreement, version 2" when the languages
agree. The title in the document's language is the shipped form's own (``triad.casefile.forms``:
each language's version file has its title), so no form title is translated twice.
"""

from __future__ import annotations

from triad import i18n
from triad.casefile import forms
from triad.errors import NotFound
from triad.i18n import T_, translate

SAME_LANGUAGE = T_("reports", "{title}, version {version}")
# the signed text's language, when it is not the document's
OTHER_LANGUAGE = {i18n.ENGLISH: T_("reports", "{title} (English version {version})"),
                  i18n.GERMAN: T_("reports", "{title} (German version {version})")}


def title(form_id: str, language: str | None = None) -> str:
    """The form's title in ``language`` (the chosen one by default): ``forms.title_of``."""
    return forms.title_of(form_id, language or i18n.chosen())


def signed_language(form_id: str, version: int) -> str:
    """The language of the text a version number names (English when it is not shipped)."""
    try:
        return forms.form(form_id, version).language
    except NotFound:  # an unknown or retired version: its words are not known here
        return forms.ENGLISH


def name(form_id: str, version: int, language: str | None = None) -> str:
    """The form and the version signed, in ``language``'s words (module docstring)."""
    lang = language or i18n.chosen()
    signed = signed_language(form_id, version)
    template = SAME_LANGUAGE if signed == lang else OTHER_LANGUAGE.get(signed, SAME_LANGUAGE)
    return translate("reports", template, language=lang).format(
        title=title(form_id, lang), version=version)
