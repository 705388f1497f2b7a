"""The debrief's aids: the surrogate partner ticks the aids used among the case's aid inventory
(consented ones first). An aid without its own consent in force for use in session at the time
held is marked, warned about before saving, and -- as the core records it truthfully -- flags
the debrief for the therapist's review (``aid-without-consent``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QStyle, QWidget

from triad.casefile.aids import Aid
from ui.casefile.sessions.words import tr

AID_ID = Qt.ItemDataRole.UserRole


class AidPicker(QListWidget):
    """Checkable aids of the case: those consented for use in session at the time held first,
    then the others, marked "not consented". ``toggled`` fires when a tick changes."""

    toggled = Signal()

    def __init__(self, aids: list[Aid], chosen: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Aids used"))
        # the inventory's aids in use, and any aid this debrief already names (retired since)
        self._aids = [a for a in aids if not a.retired or a.aid_id in chosen]
        self._consented: frozenset[str] = frozenset()
        self._checked = set(chosen)
        self.itemChanged.connect(self._changed)
        self.mark(frozenset())

    def mark(self, consented: frozenset[str]) -> None:
        """Order and label the aids by what consent covers for use in session now."""
        self._consented = consented
        self.blockSignals(True)
        self.clear()
        ordered = sorted(self._aids, key=lambda a: a.aid_id not in consented)
        for a in ordered:
            words = tr("consented for use in session") if a.aid_id in consented \
                else tr("not consented for use in session")
            item = QListWidgetItem(f"{a.description} — {words}")
            item.setData(AID_ID, a.aid_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if a.aid_id in self._checked
                               else Qt.CheckState.Unchecked)
            if a.aid_id not in consented:
                item.setIcon(QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning))
                item.setToolTip(tr("No consent of its own is in force for this aid at the time "
                                   "held: using it flags the debrief for the therapist's review."))
            self.addItem(item)
        self.setMaximumHeight(24 * max(2, min(len(ordered), 5)) + 8)
        self.blockSignals(False)

    def _changed(self, item: QListWidgetItem) -> None:
        aid_id = str(item.data(AID_ID))
        if item.checkState() is Qt.CheckState.Checked:
            self._checked.add(aid_id)
        else:
            self._checked.discard(aid_id)
        self.toggled.emit()

    def set_checked(self, aid_ids: tuple[str, ...] | list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(AID_ID) in aid_ids
                               else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        """The ticked aids, in the inventory's order."""
        return [a.aid_id for a in self._aids if a.aid_id in self._checked]

    def unconsented(self) -> list[Aid]:
        """The ticked aids without their own consent in force."""
        return [a for a in self._aids if a.aid_id in self._checked and a.aid_id not in self._consented]
