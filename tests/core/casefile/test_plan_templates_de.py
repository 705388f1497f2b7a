"""The plan templates in German (issue 19, review item 1.8): a template in the language spoken,
English otherwise; the German words on exactly the English plan (same phases, activities and
planned sessions, so the consent rules are the same)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.practice import make_practice
from triad import i18n
from triad.casefile import forms


def test_each_german_template_is_the_english_plan_in_german_words() -> None:
    english, german = forms.plan_templates("en"), forms.plan_templates("de")
    assert set(german) == set(english) and len(english) == 3
    for template_id, en in english.items():
        de = german[template_id]
        assert de["title"] != en["title"] and de["description"] != en["description"]
        assert [(p["phase_id"], p["activities"], p["planned_sessions"]) for p in de["phases"]] \
            == [(p["phase_id"], p["activities"], p["planned_sessions"]) for p in en["phases"]]
        for p_de, p_en in zip(de["phases"], en["phases"], strict=True):
            assert p_de["title"] != p_en["title"] or p_en["title"].startswith("Sensate")
            assert len(p_de["objectives"]) == len(p_en["objectives"])
            assert len(p_de["entry_criteria"]) == len(p_en["entry_criteria"])
            assert not set(p_de["objectives"]) & set(p_en["objectives"])


def test_a_plan_takes_the_template_in_the_language_spoken(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = make_practice(tmp_path / "v.triad")
    try:
        assert p.t.plans.templates("de")["default-spt"]["title"] == "SPT-Standardplan"
        assert p.t.plans.templates("fr")["default-spt"]["title"] == "Default SPT plan"
        monkeypatch.setattr(i18n, "_current", "de")  # as --language de or the app's German
        p.t.plans.from_template(p.case, "default-spt")
        plan = p.t.plans.current(p.case)
        assert plan is not None
        assert plan.phase("intake").title == "Erstgespräch und Abklärung"
        monkeypatch.setattr(i18n, "_current", "en")
        p.t.plans.from_template(p.case, "social-role-model", "de")  # or asked for
        plan = p.t.plans.current(p.case)
        assert plan is not None and plan.phase("social-confidence").title == \
            "Soziale Sicherheit üben"
    finally:
        p.close()
