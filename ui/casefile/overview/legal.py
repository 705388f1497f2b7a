"""The case's GDPR Art. 9 legal basis and its jurisdiction (issue 17), as two rows of the
client form (New case, Overview -> Edit client): a choice of basis, and a jurisdiction typed or
picked from a short list. A case opened before they were recorded shows "Not recorded"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from triad.casefile.cases import DEFAULT_LEGAL_BASIS, MAX_JURISDICTION_CHARS


def _t(text: str) -> str:
    return QCoreApplication.translate("LegalBasis", text)


def basis_words(basis: str) -> str:
    """A legal basis in words, for the Overview and the choice."""
    return {"explicit-consent": _t("Explicit consent, GDPR Art. 9(2)(a)"),
            "health-care": _t("Health care, GDPR Art. 9(2)(h)")}.get(basis, _t("Not recorded"))


def jurisdictions() -> list[str]:
    """Suggestions only: any other jurisdiction may be typed."""
    return [_t("European Union (GDPR)"), _t("Germany (GDPR, BGB §630f)"),
            _t("United Kingdom (UK GDPR)"), _t("United States (HIPAA)")]


def basis_box() -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(_t("Legal basis"))
    box.setToolTip(_t("Why the practice may keep this health and sex-life data (GDPR Art. 9): "
                      "the client's explicit consent, or health care under professional "
                      "secrecy. Shown in the client's copy of the record."))
    for basis in ("explicit-consent", "health-care"):
        box.addItem(basis_words(basis), basis)
    box.setCurrentIndex(box.findData(DEFAULT_LEGAL_BASIS))
    return box


def set_basis(box: QComboBox, basis: str) -> None:
    """Show ``basis``; "" (a case opened before) adds a "Not recorded" choice."""
    index = box.findData(basis)
    if index < 0:
        box.addItem(basis_words(basis), basis)
        index = box.count() - 1
    box.setCurrentIndex(index)


def jurisdiction_box() -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setAccessibleName(_t("Jurisdiction"))
    box.setToolTip(_t("The law the record is kept under; pick one or type another."))
    box.addItems(jurisdictions())
    box.setCurrentIndex(-1)
    line = box.lineEdit()
    if line is not None:
        line.setMaxLength(MAX_JURISDICTION_CHARS)
        line.setPlaceholderText(_t("Not recorded: pick or type one"))
    return box
