"""Consent: the case's consent records in time order with their status now, what is in force,
giving consent from a versioned form (therapist), revoking all or part of a record (therapist
or surrogate partner), and printing a blank form to sign on paper (therapist or supervisor).

The core decides; this tab shows its answers. Statuses are case-wide (a revocation or decline
in one record ends grants of the same activity in earlier records), as ConsentService.status
computes them."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
)

from triad import clock
from triad.casefile import forms
from triad.casefile.cases import Change
from triad.casefile.consent import ConsentRecord, activities_in_force
from triad.casefile.disclosures import What
from triad.messages import form_title
from triad.reports import form_names
from triad.roles import Role
from ui.casefile.base import CaseTab
from ui.casefile.consent.aids import AidsPanel, grant_words
from ui.casefile.consent.dialogs import GiveConsentDialog, RevokeDialog
from ui.casefile.consent.model import (
    DECLINE,
    GRANT,
    NOT_ADDRESSED,
    PARTY_WORDS,
    STATUS_WORDS,
    ConsentRow,
    ConsentTableModel,
    activity_words,
    form_name,
    party_words,
    row_for,
)
from ui.casefile.consent.parties import REVOKED, party_sentence
from ui.casefile.consent.printing import PrintFormDialog, default_form_language
from ui.casefile.consent.signing import CountersignDialog, ScanDialog, suffix_of
from ui.messages import message_for
from ui.widgets import dialogs, disclose
from ui.widgets.fit import wrap_columns
from ui.widgets.form import clinical_day, clinical_minutes
from ui.widgets.keys import with_mnemonic
from ui.widgets.signature_pad import ink_image
from ui.widgets.table_model import table_view

__all__ = ["DECLINE", "GRANT", "NOT_ADDRESSED", "ConsentRow", "ConsentTab",  # also importable here
           "ConsentTableModel", "GiveConsentDialog", "PrintFormDialog", "RevokeDialog",
           "activity_words", "party_words", "row_for"]


class ConsentTab(CaseTab):
    """The consent records of the case, what is in force now, and the consent actions."""

    def __init__(self) -> None:
        super().__init__()
        self._records: list[ConsentRecord] = []
        self._statuses: dict[str, str] = {}
        self._now = ""
        self.in_force = QLabel()
        self.in_force.setWordWrap(True)
        self.in_force.setAccessibleName(self.tr("In force now"))
        self.in_force.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Mnemonics avoid the case tab bar's (Overview, Plan, Sessions, Consent, Audit, Reports).
        self.give_button = QPushButton(self.tr("&Give consent…"))
        self.give_button.setAccessibleName(self.tr("Give consent"))
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.revoke_button.setAccessibleName(self.tr("Revoke consent"))
        self.print_button = QPushButton(self.tr("Print &blank form…"))
        self.print_button.setAccessibleName(self.tr("Print a blank form"))
        # each party signs for themselves (issue 13): a surrogate partner her triad agreement
        self.sign_button = QPushButton(self.tr("Sig&n…"))
        self.sign_button.setAccessibleName(self.tr("Sign the selected record"))
        self.scan_button = QPushButton(self.tr("Vie&w scan…"))
        self.scan_button.setAccessibleName(self.tr("View the scan of the signed paper form"))
        self.copy_button = QPushButton(self.tr("Client's cop&y…"))  # issue 17
        self.copy_button.setAccessibleName(self.tr("The client's copy of the selected record"))
        self.copy_button.clicked.connect(self._client_copy)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setFormat(self.tr("Preparing the form…"))
        self.busy.setAccessibleName(self.tr("Preparing the form"))
        self.busy.setVisible(False)
        self.note = QLabel()
        self.note.setAccessibleName(self.tr("Last action"))
        actions = QHBoxLayout()
        for w in (self.give_button, self.sign_button, self.revoke_button, self.scan_button,
                  self.copy_button, self.print_button, self.busy, self.note):
            actions.addWidget(w)
        actions.addStretch(1)

        self.model = ConsentTableModel()
        # not shaded: rows no longer in force are greyed instead
        self.table = table_view(self.model, self.tr("Consent records"), alternate=False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        wrap_columns(self.table, 2, 4, 5)  # the form and what it grants, declines: wrapped
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Selected consent record"))
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)  # records wrap now: give them the room
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No consent recorded"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        # the case's aid inventory, each aid with its own consent (issue 13 point 6)
        self.aids_panel = AidsPanel()
        self.aids_panel.saved.connect(self._written)

        layout = QVBoxLayout(self)
        layout.addWidget(self.in_force)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.aids_panel)  # compact: a few rows, or one line when empty
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected_changed())
        self.give_button.clicked.connect(self._give)
        self.revoke_button.clicked.connect(self._revoke)
        self.print_button.clicked.connect(self._print_blank)
        self.sign_button.clicked.connect(self._sign)
        self.scan_button.clicked.connect(self._view_scan)
        self._update_buttons()

    # -- reading --
    def refresh(self) -> None:
        ws = self.ws
        if ws is None or not self.case_id:
            return
        self._now = ws.local_now()
        records = ws.consent.records(self.case_id)
        self._records = records
        self._statuses = {r.consent_id: ws.consent.status(r, records, self._now) for r in records}
        keep = self.selected_record()
        self.model.set_rows([row_for(r, self._statuses[r.consent_id],
                                     form_name(r.form_id, r.form_version))
                             for r in records])
        in_force = ws.consent.in_force(self.case_id)
        words = activity_words(in_force) if in_force else self.tr("no activity yet")
        then = self.tr("as of %s") % clinical_minutes(self._now)
        after = "" if in_force else " " + self.tr("No surrogate session can be scheduled until "
                                                  "consent covers its activities.")
        forms = ws.consent.gaps(self.case_id, ("conversation",), self._now)[1] if (
            records and not in_force) else []
        if forms:  # every required form at once (triad.casefile.consent.surrogate_work_gaps)
            after += " " + self.tr("Not in force yet: %s.") % ", ".join(
                f"“{form_title(f)}”" for f in forms)
        self.in_force.setText(f"<b>{html.escape(self.tr('In force now:'))}</b> {html.escape(words)}"
                              f" ({html.escape(then)}).{html.escape(after)}")
        self.aids_panel.show_aids(ws, self.case_id, self.role)
        if records:
            self.stack.setCurrentIndex(1)
            row = self.model.row_of(keep.consent_id) if keep else -1
            self.select_row(row if row >= 0 else len(records) - 1)
        else:
            self.stack.setCurrentIndex(0)
            self.empty.setText(self.tr(
                "No consent recorded yet. Give consent from a form with Give consent…, or print a "
                "blank form to sign on paper first.") if self.role is Role.THERAPIST else self.tr(
                "No consent recorded yet. The case's therapist records consent from a signed form."))
            self._selected_changed()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._selected_changed()

    def select_record(self, record_id: str) -> None:
        """Select the consent record ``record_id``; with none, Give consent… takes the focus."""
        row = self.model.row_of(record_id) if record_id else -1
        if row >= 0:
            self.select_row(row)
            self.table.setFocus()
        elif self.give_button.isEnabled():
            self.give_button.setFocus()
        else:
            self.table.setFocus()

    def selected_record(self) -> ConsentRecord | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        consent_id = self.model.row_at(index.row()).consent_id
        return next((r for r in self._records if r.consent_id == consent_id), None)

    def _selected_changed(self) -> None:
        record = self.selected_record()
        self.detail.clear()
        if record is not None and self.ws is not None:
            self.detail.setHtml(self._detail_html(record))
        self._update_buttons()

    def _detail_html(self, r: ConsentRecord) -> str:
        ws = self.ws
        assert ws is not None
        e = html.escape
        names: dict[str, str] = {m.member_id: m.name
                                 for m in ws.members.list(include_removed=True, include_external=True)}
        signed_text = forms.form_by_hash(r.form_hash)
        # the current version in the signed text's own language (a German text is not outdated
        # by an English one, nor the other way round)
        current = forms.current_for(signed_text) if signed_text is not None else None
        status = self._statuses.get(r.consent_id, "")
        out = [f"<h3>{e(form_name(r.form_id, r.form_version))}</h3>"]
        facts = [(self.tr("Status"), self.tr("%s (as of %s)") % (self.tr(STATUS_WORDS.get(status, status)),
                                                               clinical_minutes(self._now)))]
        until = (self.tr("until %s (the whole day)") % r.valid_until if r.valid_until
                 else self.tr("no end date"))
        facts.append((self.tr("Valid"), self.tr("from %s, %s") % (clinical_minutes(r.valid_from), until)))
        if current is None or current.version == r.form_version:
            version = self.tr("version %d (the current version)") % r.form_version
        else:
            version = self.tr("version %d; version %d is current, so a re-consent on it is due") % (
                r.form_version, current.version)
        if signed_text is not None and signed_text.language != forms.ENGLISH:
            version = self.tr("%s, in %s") % (version, forms.LANGUAGES.get(signed_text.language,
                                                                          signed_text.language))
        facts.append((self.tr("Form text"), version))
        facts.append((self.tr("Grants"), activity_words(r.grants) or self.tr("no activities")))
        facts.append((self.tr("Declines"), activity_words(r.declines) or self.tr("none")))
        aid_names = ws.aids.descriptions(self.case_id)
        if r.aids:
            facts.append((self.tr("Aids"), grant_words(r.aids, aid_names)))
        elif r.form_id == "therapeutic-aids" and r.grants:
            facts.append((self.tr("Aids"), self.tr(
                "not specified: recorded before each aid was consented to on its own; record a "
                "new consent that names each aid")))
        if status in ("in-force", "partly-revoked", "revoked") and r.grants:
            ended_elsewhere = (set(r.grants) - set(activities_in_force(self._records, self._now))
                               - r.revoked_activities(self._now))
            if ended_elsewhere and not r.wholly_revoked_at(self._now):
                facts.append((self.tr("Ended by another record"), activity_words(list(ended_elsewhere))))
        if r.note:
            facts.append((self.tr("Note"), r.note))
        facts.append((self.tr("Recorded"), self.tr("%s by %s") % (
            clinical_minutes(clock.utc_to_local_minutes(r.recorded_at)), names.get(r.recorded_by, "?"))))
        out.append("<table cellspacing='0' cellpadding='3'>")
        out += [f"<tr><td valign='top'><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in facts]
        out.append("</table>")
        if r.revocations:
            out.append(f"<h4>{e(self.tr('Revocations'))}</h4><ul>")
            for rv in sorted(r.revocations, key=lambda x: x.at):
                what = activity_words(rv.activities) if rv.activities else self.tr("the whole record")
                if rv.aids:
                    what = ", ".join([*([what] if rv.activities else []), *(
                        self.tr("the aid “%s”") % aid_names.get(a, "?") for a in rv.aids)])
                out.append("<li>" + e(party_sentence(REVOKED, rv.party) % (
                    clinical_minutes(rv.at), what, rv.reason, names.get(rv.by, "?"))) + "</li>")
            out.append("</ul>")
        out.append(f"<h4>{e(self.tr('Signatures'))}</h4>"
                   "<table cellspacing='0' cellpadding='3'>")
        # Surrogate partners do not see the client's legal name (as in the case file).
        hide_client = self.role is Role.SURROGATE
        ink = self.palette().color(QPalette.ColorRole.Text)
        for s in r.signatures:
            hidden = hide_client and s.party == "client"
            name = self.tr("(name not shown to surrogate partners)") if hidden else s.name
            if s.scan:
                name += " — " + self.tr("signed on paper; the scan is kept in this vault "
                                        "(View scan…)")
            drawing = ""
            image = ink_image(s.drawing, ink) if s.drawing and not hidden else None
            if image is not None:
                url = QUrl(f"signature:{r.consent_id}/{s.party}")
                small = image.scaledToHeight(54, Qt.TransformationMode.SmoothTransformation)
                self.detail.document().addResource(QTextDocument.ResourceType.ImageResource, url, small)
                drawing = f"<img src='{url.toString()}'>"
            party = e(self.tr(PARTY_WORDS.get(s.party, s.party)))
            signed = e(self.tr("signed %s") % clinical_day(s.signed_on))
            out.append(f"<tr valign='middle'><td><b>{party}</b></td><td>{e(name)}</td>"
                       f"<td>{signed}</td><td>{drawing}</td></tr>")
        for party in r.awaiting:  # each party signs for themselves, in their own session
            who = names.get(r.surrogate_id or "", "") if party == "surrogate" else ""
            yours = party == "surrogate" and r.surrogate_id == ws.actor.member_id
            waiting = self.tr("awaiting your signature: Sign… above") if yours \
                else self.tr("awaiting their signature, given in their own session")
            out.append(f"<tr><td><b>{e(self.tr(PARTY_WORDS.get(party, party)))}</b></td>"
                       f"<td>{e(who)}</td><td colspan='2'><i>{e(waiting)}</i></td></tr>")
        out.append("</table>")
        return "".join(out)

    def _update_buttons(self) -> None:
        self.allow(self.give_button, Role.THERAPIST)
        if self.give_button.isEnabled():
            self.give_button.setToolTip(with_mnemonic(
                self.tr("Record a consent signed on a form (%1)"), self.give_button))
        self.allow(self.revoke_button, Role.THERAPIST, Role.SURROGATE)
        if self.revoke_button.isEnabled():
            record = self.selected_record()
            status = self._statuses.get(record.consent_id, "") if record else ""
            if record is None:
                self.revoke_button.setEnabled(False)
                self.revoke_button.setToolTip(self.tr("Select a consent record to revoke."))
            elif record.wholly_revoked_at(self._now) or status == "revoked":
                self.revoke_button.setEnabled(False)
                self.revoke_button.setToolTip(self.tr("This record is already revoked."))
            elif status == "expired":
                self.revoke_button.setEnabled(False)
                self.revoke_button.setToolTip(self.tr("This record has expired; nothing is left to revoke."))
            else:
                self.revoke_button.setToolTip(with_mnemonic(self.tr(
                    "Revoke the selected record or some of its activities, at once (%1)"),
                    self.revoke_button))
        record = self.selected_record()
        self.allow(self.sign_button, Role.SURROGATE, Role.THERAPIST)
        self.sign_button.setVisible(self.role is Role.SURROGATE or bool(record and record.awaiting))
        if self.sign_button.isEnabled():
            why = self.ws.signatures.why_not_countersign(self.case_id, record.consent_id) \
                if self.ws is not None and record is not None else None
            if record is None or why is not None:
                self.sign_button.setEnabled(False)
                self.sign_button.setToolTip(message_for(why) if why is not None else
                                            self.tr("Select a record that awaits your signature."))
            else:
                self.sign_button.setToolTip(with_mnemonic(self.tr(
                    "Read the whole form and sign it in your own name (%1)"), self.sign_button))
        self.allow(self.scan_button, Role.THERAPIST)
        has_scan = record is not None and any(s.scan for s in record.signatures)
        self.scan_button.setVisible(self.role is Role.THERAPIST and has_scan)
        self.allow(self.copy_button, Role.THERAPIST)
        if self.copy_button.isEnabled():
            self.copy_button.setEnabled(record is not None)
            self.copy_button.setToolTip(
                with_mnemonic(self.tr(
                    "The client's copy of the selected record: its full text, signatures and "
                    "every withdrawal, to print or save for the client (%1)"), self.copy_button)
                if record is not None else self.tr("Select a consent record first."))
        self.allow(self.print_button, Role.THERAPIST, Role.SUPERVISOR)
        if self.print_button.isEnabled():
            self.print_button.setToolTip(with_mnemonic(self.tr(
                "A form to print and sign on paper, with the client's code (%1)"),
                self.print_button))

    def _client_copy(self) -> None:
        from ui.casefile.reports.client_copy import CONSENT_COPY, ClientCopyDialog

        record = self.selected_record()
        if self.ws is not None and record is not None and self.copy_button.isEnabled():
            ClientCopyDialog(self.ws, self.case_id, CONSENT_COPY, record.consent_id,
                             parent=self).exec()

    # -- writing --
    def _written(self, change: Change | None) -> None:
        if change is None:
            return
        self.refresh()
        self.changed.emit(change)

    def continue_draft(self, kind: str, subject_id: str) -> bool:
        if kind in ("aid", "aid-retirement"):
            return self.aids_panel.continue_draft(kind, subject_id)
        if kind == "consent":
            if not self.give_button.isEnabled():
                return False
            self._give()
            return True
        forms = {"revocation": (self.revoke_button, self._revoke),
                 "countersignature": (self.sign_button, self._sign)}
        if kind not in forms:
            return False
        button, form = forms[kind]
        self.select_record(subject_id)
        record = self.selected_record()
        if record is None or record.consent_id != subject_id or not button.isEnabled():
            return False  # the record changed since (revoked, signed meanwhile, ...)
        form()
        return True

    def _give(self) -> None:
        if self.ws is None:
            return
        dialog = GiveConsentDialog(self.ws, self.case_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._written(dialog.change)
            row = self.model.row_of(dialog.change.subject_id) if dialog.change else -1
            if row >= 0:
                self.select_row(row)

    def _sign(self) -> None:
        record = self.selected_record()
        if self.ws is None or record is None:
            return
        form = forms.form(record.form_id, record.form_version)
        dialog = CountersignDialog(self.ws, self.case_id, record, form, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._written(dialog.change)

    def _view_scan(self) -> None:
        record = self.selected_record()
        if self.ws is None or record is None:
            return
        try:
            scan = self.ws.signatures.scan(self.case_id, record.consent_id)
        except Exception as exc:  # not found, or damaged: say so
            dialogs.error(self, message_for(exc))
            return
        # The case code, never the client's name, in a suggested file name.
        code = self.ws.cases.get(self.case_id).code
        ScanDialog(scan, f"{code}-{record.form_id}-signed{suffix_of(scan.media_type)}",
                   self, self.ws, self.case_id).exec()

    def _revoke(self) -> None:
        record = self.selected_record()
        if self.ws is None or record is None:
            return
        dialog = RevokeDialog(self.ws, self.case_id, record, form_names.title(record.form_id),
                              self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._written(dialog.change)

    def _print_blank(self) -> None:
        ws = self.ws
        if ws is None or not self.busy.isHidden():  # a form is still being prepared
            return
        language = default_form_language(ws)  # the practice's language for printed documents
        dialog = PrintFormDialog(ws.consent.forms(language), self, language=language)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        form, page = dialog.chosen()
        case_id = self.case_id
        # The case code, never the client's name, in the suggested file name.
        suggested = f"{ws.cases.get(case_id).code}-{form.form_id}-v{form.version}.pdf"
        self.note.clear()
        self.slow(lambda w: w.reports.consent_form(case_id, form.form_id, show_names=False,
                                                   page_size=page, version=form.version),
                  lambda pdf: self._save_pdf(pdf, suggested), self.busy)

    def _save_pdf(self, pdf: bytes, suggested: str) -> None:
        path = dialogs.save_file(self, self.tr("Save the blank form"), suggested,
                                 self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        # written, then recorded in the accounting of disclosures (a report: consent-form)
        if self.ws is None or not disclose.save(self, self.ws, target, pdf, What.REPORT,
                                                [self.case_id], "consent-form"):
            return
        self.note.setText(self.tr("Saved %s") % target.name)

    def clear(self) -> None:
        self.model.set_rows([])
        self._records, self._statuses, self._now = [], {}, ""
        self.detail.clear()
        self.detail.document().clear()  # drops the drawn signatures' images too
        self.in_force.clear()
        self.empty.clear()
        self.note.clear()
        self.busy.setVisible(False)
        self.aids_panel.show_aids(None, "", None)
        super().clear()
        self._update_buttons()
