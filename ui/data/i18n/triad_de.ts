<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
  <context>
    <name>ActivityChecks</name>
    <message>
      <location filename="ui/casefile/sessions/widgets.py" line="76" />
      <source>planned</source>
      <translation>geplant</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/widgets.py" line="77" />
      <source>consented</source>
      <translation>eingewilligt</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/widgets.py" line="77" />
      <source>not consented</source>
      <translation>nicht eingewilligt</translation>
    </message>
  </context>
  <context>
    <name>AddMemberDialog</name>
    <message>
      <location filename="ui/practice/members.py" line="214" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="216" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="218" />
      <source>supervisor</source>
      <translation>Supervisor:in</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="218" />
      <source>surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="218" />
      <source>therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="219" />
      <source>Their passphrase</source>
      <translation>Deren Passphrase</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="220" />
      <source>Confirm their passphrase</source>
      <translation>Deren Passphrase bestätigen</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="222" />
      <source>Passphrase strength</source>
      <translation>Stärke der Passphrase</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="224" />
      <source>Credential issued by</source>
      <translation>Nachweis ausgestellt von</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="225" />
      <source>e.g. the licensing board or IPSA</source>
      <translation>z. B. die Approbationsbehörde oder IPSA</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="227" />
      <source>Credential number</source>
      <translation>Nummer des Nachweises</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="229" />
      <source>Credential valid until</source>
      <translation>Nachweis gültig bis</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="230" />
      <source>YYYY-MM-DD, empty if it does not expire</source>
      <translation>JJJJ-MM-TT, leer, wenn er nicht abläuft</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="232" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="232" />
      <source>&amp;Role</source>
      <translation>&amp;Rolle</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="233" />
      <source>&amp;Passphrase</source>
      <translation>&amp;Passphrase</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="233" />
      <source>Con&amp;firm</source>
      <translation>&amp;Bestätigen</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="234" />
      <source>Credential &amp;issued by</source>
      <translation>Nachweis &amp;ausgestellt von</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="235" />
      <source>Credential n&amp;umber</source>
      <translation>Nachweisn&amp;ummer</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="236" />
      <source>&amp;Valid until</source>
      <translation>&amp;Gültig bis</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="238" />
      <location filename="ui/practice/members.py" line="241" />
      <source>Add member</source>
      <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="238" />
      <source>The new member unlocks this vault with their own passphrase. Let them type it here themselves, or choose one they change at their first unlock (Practice… → Security).</source>
      <translation>Das neue Mitglied entsperrt diesen Tresor mit einer eigenen Passphrase. Lassen Sie es diese hier selbst eingeben, oder wählen Sie eine, die es beim ersten Entsperren ändert (Praxis… → Sicherheit).</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="249" />
      <source>Please enter the member's name.</source>
      <translation>Bitte geben Sie den Namen des Mitglieds ein.</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="257" />
      <source>The two passphrases differ. Type it again to confirm.</source>
      <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie sie zur Bestätigung erneut ein.</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="264" />
      <source>Write the valid-until date as YYYY-MM-DD.</source>
      <translation>Schreiben Sie das Gültigkeitsdatum als JJJJ-MM-TT.</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="267" />
      <source>Name the credential (issued by, number) that is valid until that date.</source>
      <translation>Nennen Sie den Nachweis (ausgestellt von, Nummer), der bis zu diesem Datum gültig ist.</translation>
    </message>
  </context>
  <context>
    <name>Agenda</name>
    <message>
      <location filename="ui/agenda/model.py" line="22" />
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <location filename="ui/agenda/model.py" line="22" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="ui/agenda/model.py" line="22" />
      <source>Session</source>
      <translation>Sitzung</translation>
    </message>
    <message>
      <location filename="ui/agenda/model.py" line="22" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="ui/agenda/model.py" line="22" />
      <source>Where</source>
      <translation>Wo</translation>
    </message>
    <message>
      <location filename="ui/agenda/model.py" line="22" />
      <source>With</source>
      <translation>Mit</translation>
    </message>
    <message>
      <location filename="ui/agenda/model.py" line="44" />
      <source>Double-click or press Enter to open this session in its case.</source>
      <translation>Doppelklicken oder Enter drücken, um diese Sitzung in ihrem Fall zu öffnen.</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="103" />
      <source>Save as calendar file…</source>
      <translation>Als Kalenderdatei speichern…</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="104" />
      <source>Save the period shown as an iCalendar file (.ics) for a calendar app: case codes and kinds of session only, never a client's name. Saving again updates the same events.</source>
      <translation>Den angezeigten Zeitraum als iCalendar-Datei (.ics) für eine Kalender-App speichern: nur Fallkennungen und Sitzungsarten, nie der Name einer Klient:in. Erneutes Speichern aktualisiert dieselben Termine.</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="111" />
      <source>Sessions in the agenda</source>
      <translation>Sitzungen in der Agenda</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="117" />
      <source>Month</source>
      <translation>Monat</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="131" />
      <source>Agenda empty</source>
      <translation>Agenda leer</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="142" />
      <source>Reading the agenda…</source>
      <translation>Agenda wird gelesen…</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="145" />
      <source>Agenda note</source>
      <translation>Hinweis zur Agenda</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="276" />
      <location filename="ui/agenda/view.py" line="280" />
      <source>(cancelled)</source>
      <translation>(abgesagt)</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="285" />
      <source>Double-click or press Enter to see this day as a list.</source>
      <translation>Doppelklicken oder Enter drücken, um diesen Tag als Liste zu sehen.</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="287" />
      <source>No sessions. Double-click to see this day.</source>
      <translation>Keine Sitzungen. Doppelklicken, um diesen Tag zu sehen.</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="305" />
      <source>Save as calendar file</source>
      <translation>Als Kalenderdatei speichern</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="307" />
      <source>iCalendar files (*.ics)</source>
      <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="319" />
      <source>Saved %2 in %3 (%1 sessions).</source>
      <translation>%2 in %3 gespeichert (%1 Sitzungen).</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="319" />
      <source>Saved %2 in %3 (1 session).</source>
      <translation>%2 in %3 gespeichert (1 Sitzung).</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="64" />
      <source>&amp;Day</source>
      <translation>&amp;Tag</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="64" />
      <source>&amp;Week</source>
      <translation>&amp;Woche</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="65" />
      <source>&amp;Month</source>
      <translation>&amp;Monat</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="69" />
      <source>Show one %1 (%2)</source>
      <translation>%1 anzeigen (%2)</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="70" />
      <source>day</source>
      <translation>Einen Tag</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="70" />
      <source>month as a grid</source>
      <translation>Einen Monat als Raster</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="70" />
      <source>week</source>
      <translation>Eine Woche</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="78" />
      <source>Agenda: the previous day, week or month</source>
      <translation>Agenda: vorheriger Tag, vorherige Woche oder vorheriger Monat</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="80" />
      <source>Agenda: back to today</source>
      <translation>Agenda: zurück zu heute</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="81" />
      <source>Agenda: the next day, week or month</source>
      <translation>Agenda: nächster Tag, nächste Woche oder nächster Monat</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="84" />
      <source>Previous</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="85" />
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="86" />
      <source>Next</source>
      <translation>Weiter</translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="89" />
      <source>Agenda: </source>
      <translation>Agenda: </translation>
    </message>
    <message>
      <location filename="ui/agenda/view.py" line="96" />
      <source>Period shown</source>
      <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="104" />
      <source>Week of %1 to %2</source>
      <translation>Woche vom %1 bis %2</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="109" />
      <source>No sessions on this day.</source>
      <translation>Keine Sitzungen an diesem Tag.</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="109" />
      <source>No sessions this week.</source>
      <translation>Keine Sitzungen in dieser Woche.</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="110" />
      <source>No sessions this month.</source>
      <translation>Keine Sitzungen in diesem Monat.</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="112" />
      <source>Your own sessions appear here once the therapist schedules them, across all your cases. Use Previous and Next (Alt+Left, Alt+Right) to look further.</source>
      <translation>Ihre eigenen Sitzungen erscheinen hier, sobald die Therapeut:in sie plant, über alle Ihre Fälle hinweg. Mit Zurück und Weiter (Alt+Left, Alt+Right) sehen Sie weitere Zeiträume.</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="115" />
      <source>The sessions of every case you supervise appear here. Use Previous and Next (Alt+Left, Alt+Right) to look further.</source>
      <translation>Hier erscheinen die Sitzungen aller Fälle, die Sie supervidieren. Mit Zurück und Weiter (Alt+Left, Alt+Right) sehen Sie weitere Zeiträume.</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="118" />
      <source>Sessions are scheduled on a case's Sessions tab (Schedule…); the Agenda shows them across all your cases. Use Previous and Next (Alt+Left, Alt+Right) to look further.</source>
      <translation>Sitzungen werden auf dem Tab Sitzungen eines Falls geplant (Sitzung planen…); die Agenda zeigt sie über alle Ihre Fälle hinweg. Mit Zurück und Weiter (Alt+Left, Alt+Right) sehen Sie weitere Zeiträume.</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="19" />
      <source>Therapist session</source>
      <translation>Therapiesitzung</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="20" />
      <source>Surrogate session</source>
      <translation>Surrogatsitzung</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="21" />
      <source>Three-way meeting</source>
      <translation>Dreiergespräch</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="24" />
      <source>therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="25" />
      <source>surrogate</source>
      <translation>Surrogat</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="26" />
      <source>three-way</source>
      <translation>Dreier</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="30" />
      <source>Review to co-sign</source>
      <translation>Durchsicht zum Gegenzeichnen</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="31" />
      <source>Progress note to co-sign</source>
      <translation>Verlaufsnotiz zum Gegenzeichnen</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="33" />
      <source>To co-sign</source>
      <translation>Gegenzuzeichnen</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="34" />
      <source>tentative</source>
      <translation>vorläufig</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="35" />
      <source>cancelled</source>
      <translation>abgesagt</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="56" />
      <source>Debrief not written yet</source>
      <translation>Nachbesprechung noch nicht geschrieben</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="56" />
      <source>Debrief to write</source>
      <translation>Nachbesprechung schreiben</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="58" />
      <source>Debrief awaits review</source>
      <translation>Nachbesprechung wartet auf Durchsicht</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="58" />
      <source>Debrief to review</source>
      <translation>Nachbesprechung durchsehen</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="69" />
      <source>Consent to complete</source>
      <translation>Einwilligung vervollständigen</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="70" />
      <source>Before it: %1</source>
      <translation>Davor: %1</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="73" />
      <source>Outcome not recorded</source>
      <translation>Ergebnis nicht erfasst</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="73" />
      <source>Record what happened</source>
      <translation>Festhalten, was geschah</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="75" />
      <source>Note to write</source>
      <translation>Notiz schreiben</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="75" />
      <source>Progress note not written yet</source>
      <translation>Verlaufsnotiz noch nicht geschrieben</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="77" />
      <source>Minutes not written yet</source>
      <translation>Protokoll noch nicht geschrieben</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="77" />
      <source>Minutes to write</source>
      <translation>Protokoll schreiben</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="81" />
      <source>Awaits the supervisor's co-signature</source>
      <translation>Wartet auf Gegenzeichnung durch die Supervisor:in</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="82" />
      <source>%1 open findings</source>
      <translation>%1 offene Feststellungen</translation>
    </message>
    <message>
      <location filename="ui/agenda/words.py" line="82" />
      <source>1 open finding</source>
      <translation>1 offene Feststellung</translation>
    </message>
  </context>
  <context>
    <name>AlertsPanel</name>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="124" />
      <source>Debrief of %s flagged for review: %s. Review it on the Sessions &amp; debriefs tab.</source>
      <translation>Nachbesprechung vom %s zur Durchsicht markiert: %s. Sehen Sie sie auf dem Tab „Sitzungen &amp; Nachbesprechungen“ durch.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="126" />
      <source>Debrief of %s flagged for review: %s. The therapist has not reviewed it yet.</source>
      <translation>Nachbesprechung vom %s zur Durchsicht markiert: %s. Die Therapeut:in hat sie noch nicht durchgesehen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="130" />
      <source>Debrief of %s has waited more than %d days for review. Review it on the Sessions &amp; debriefs tab.</source>
      <translation>Nachbesprechung vom %s wartet seit mehr als %d Tagen auf Durchsicht. Sehen Sie sie auf dem Tab „Sitzungen &amp; Nachbesprechungen“ durch.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="132" />
      <source>Debrief of %s has waited more than %d days for the therapist's review.</source>
      <translation>Nachbesprechung vom %s wartet seit mehr als %d Tagen auf die Durchsicht durch die Therapeut:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="136" />
      <source>Debrief of %s awaits your review. Review it on the Sessions &amp; debriefs tab.</source>
      <translation>Nachbesprechung vom %s wartet auf Ihre Durchsicht. Sehen Sie sie auf dem Tab „Sitzungen &amp; Nachbesprechungen“ durch.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="141" />
      <source>%s of %s is over and no outcome is recorded. Record what happened on the Sessions &amp; debriefs tab with Record outcome…</source>
      <translation>%s vom %s ist vorbei, und es ist kein Ergebnis erfasst. Erfassen Sie auf dem Tab „Sitzungen &amp; Nachbesprechungen“ mit „Ergebnis erfassen…“, was geschah.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="147" />
      <source>Surrogate session of %s has no debrief yet. Log it on the Sessions &amp; debriefs tab.</source>
      <translation>Zur Surrogatsitzung vom %s gibt es noch keine Nachbesprechung. Erfassen Sie sie auf dem Tab „Sitzungen &amp; Nachbesprechungen“.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="149" />
      <source>Surrogate session of %s has no debrief yet. The surrogate partner logs it on the Sessions &amp; debriefs tab.</source>
      <translation>Zur Surrogatsitzung vom %s gibt es noch keine Nachbesprechung. Die Surrogatpartner:in erfasst sie auf dem Tab „Sitzungen &amp; Nachbesprechungen“.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="164" />
      <source>Consent “%s” expires %s. Renew it with the client on the Consent tab.</source>
      <translation>Die Einwilligung „%s“ läuft am %s ab. Erneuern Sie sie mit der Klient:in auf dem Tab „Einwilligung“.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="166" />
      <source>Consent “%s” expires %s. The therapist renews it with the client.</source>
      <translation>Die Einwilligung „%s“ läuft am %s ab. Die Therapeut:in erneuert sie mit der Klient:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="171" />
      <source>The case is active but has no surrogate partner. Add one with Change triad…</source>
      <translation>Der Fall ist aktiv, hat aber keine Surrogatpartner:in. Fügen Sie eine mit „Triade ändern…“ hinzu.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="173" />
      <source>The case is active but has no surrogate partner.</source>
      <translation>Der Fall ist aktiv, hat aber keine Surrogatpartner:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="179" />
      <source>Audit finding (%s): %s Remediate it on the Audit tab.</source>
      <translation>Feststellung der Prüfung (%s): %s Beheben Sie sie auf dem Tab „Prüfung“.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="181" />
      <source>Audit finding (%s): %s Review and sign it off on the Audit tab.</source>
      <translation>Feststellung der Prüfung (%s): %s Sehen Sie sie auf dem Tab „Prüfung“ durch und zeichnen Sie sie ab.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="188" />
      <source>Next session: %s, %s.</source>
      <translation>Nächste Sitzung: %s, %s.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="200" />
      <source>The therapist's review of the debrief of %1 was due for your co-signature on %2. Co-sign it on the Sessions &amp; debriefs tab with Co-sign review…</source>
      <translation>Die Durchsicht der Nachbesprechung vom %1 durch die Therapeut:in war am %2 zur Gegenzeichnung durch Sie fällig. Zeichnen Sie sie auf dem Tab „Sitzungen &amp; Nachbesprechungen“ mit „Durchsicht gegenzeichnen…“ gegen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="203" />
      <source>The therapist's review of the debrief of %1 awaits your co-signature (due %2). Co-sign it on the Sessions &amp; debriefs tab with Co-sign review…</source>
      <translation>Die Durchsicht der Nachbesprechung vom %1 durch die Therapeut:in wartet auf Ihre Gegenzeichnung (fällig am %2). Zeichnen Sie sie auf dem Tab „Sitzungen &amp; Nachbesprechungen“ mit „Durchsicht gegenzeichnen…“ gegen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="207" />
      <source>The therapist's progress note of %1 was due for your co-signature on %2. Co-sign it on the Sessions &amp; debriefs tab.</source>
      <translation>Die Verlaufsnotiz der Therapeut:in vom %1 war am %2 zur Gegenzeichnung durch Sie fällig. Zeichnen Sie sie auf dem Tab „Sitzungen &amp; Nachbesprechungen“ gegen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="210" />
      <source>The therapist's progress note of %1 awaits your co-signature (due %2). Co-sign it on the Sessions &amp; debriefs tab.</source>
      <translation>Die Verlaufsnotiz der Therapeut:in vom %1 wartet auf Ihre Gegenzeichnung (fällig am %2). Zeichnen Sie sie auf dem Tab „Sitzungen &amp; Nachbesprechungen“ gegen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="213" />
      <source>A record of %1 awaits your co-signature (due %2).</source>
      <translation>Ein Eintrag vom %1 wartet auf Ihre Gegenzeichnung (fällig am %2).</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="230" />
      <source>The client revoked the whole informed consent on %s: all surrogate work has ended. Pause the case (double-click here), talk with the client, and record a new informed consent before any further surrogate session.</source>
      <translation>Die Klient:in hat am %s die gesamte Einwilligung nach Aufklärung widerrufen: Alle Surrogatarbeit ist beendet. Pausieren Sie den Fall (hier doppelklicken), sprechen Sie mit der Klient:in und erfassen Sie vor jeder weiteren Surrogatsitzung eine neue Einwilligung nach Aufklärung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="235" />
      <source>The client revoked the whole informed consent on %s: hold no further surrogate session. The therapist talks with the client.</source>
      <translation>Die Klient:in hat am %s die gesamte Einwilligung nach Aufklärung widerrufen: Halten Sie keine weitere Surrogatsitzung ab. Die Therapeut:in spricht mit der Klient:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="238" />
      <source>The client revoked the whole informed consent on %s, and the case is still active.</source>
      <translation>Die Klient:in hat am %s die gesamte Einwilligung nach Aufklärung widerrufen, und der Fall ist noch aktiv.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="250" />
      <source>No capacity assessment is on record: the informed consent needs one finding that the client has capacity. Record it with Record capacity…</source>
      <translation>Es ist keine Einschätzung der Einwilligungsfähigkeit erfasst: Die Einwilligung nach Aufklärung setzt eine Einschätzung voraus, nach der die Klient:in einwilligungsfähig ist. Erfassen Sie sie mit „Einwilligungsfähigkeit erfassen…“</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="254" />
      <source>The client's date of birth is missing: it is needed before any consent beyond conversation. Add it with Edit client…</source>
      <translation>Das Geburtsdatum der Klient:in fehlt: Es wird vor jeder Einwilligung benötigt, die über das Gespräch hinausgeht. Tragen Sie es mit „Klient:in bearbeiten…“ ein.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="260" />
      <location filename="ui/casefile/overview/alerts.py" line="267" />
      <location filename="ui/casefile/overview/alerts.py" line="347" />
      <source>the surrogate partner</source>
      <translation>der Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="261" />
      <source>No “%1” with %2 is in force: no surrogate session with them can be scheduled. Record it with the client and %2 on the Consent tab with Give consent…</source>
      <translation>Mit %2 ist keine „%1“ in Kraft: Es kann keine Surrogatsitzung mit dieser Person geplant werden. Erfassen Sie sie mit der Klient:in und %2 auf dem Tab „Einwilligung“ mit „Einwilligung erteilen…“</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="268" />
      <source>The triad agreement with %1 records no stop and pause signals: no session with touch can be scheduled until they are agreed. Agree the stop and pause signals with the client and %1 and record them in a triad agreement on the Consent tab with Give consent…</source>
      <translation>Die Triadenvereinbarung mit %1 enthält keine Stopp- und Pausensignale: Bis diese vereinbart sind, kann keine Sitzung mit Berührung geplant werden. Vereinbaren Sie die Stopp- und Pausensignale mit der Klient:in und %1 und erfassen Sie sie in einer Triadenvereinbarung auf dem Tab „Einwilligung“ mit „Einwilligung erteilen…“</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="281" />
      <source>The client has not signed “%s” yet. Record it on the Consent tab with Give consent…</source>
      <translation>Die Klient:in hat „%s“ noch nicht unterschrieben. Erfassen Sie die Unterschrift auf dem Tab „Einwilligung“ mit „Einwilligung erteilen…“</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="284" />
      <source>No “%s” is in force now (expired or revoked). Record a new one with the client on the Consent tab with Give consent…</source>
      <translation>„%s“ ist derzeit nicht in Kraft (abgelaufen oder widerrufen). Erfassen Sie mit der Klient:in eine neue auf dem Tab „Einwilligung“ mit „Einwilligung erteilen…“</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="287" />
      <source>The plan uses therapeutic aids, and no “%s” is in force. Record it with the client on the Consent tab with Give consent…</source>
      <translation>Der Plan sieht therapeutische Hilfsmittel vor, und „%s“ ist nicht in Kraft. Erfassen Sie sie mit der Klient:in auf dem Tab „Einwilligung“ mit „Einwilligung erteilen…“</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="304" />
      <source>access</source>
      <translation>Auskunftsantrag</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="304" />
      <source>amendment</source>
      <translation>Berichtigungsantrag</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="306" />
      <source>The client's %1 request received %2 was due %3 and is still open: answer it now and close it in Client requests below with Close request… (the audit reports it as overdue).</source>
      <translation>Der %1 der Klient:in, eingegangen am %2, war am %3 fällig und ist noch offen: Beantworten Sie ihn jetzt und schließen Sie ihn unten unter „Anträge der Klient:in“ mit „Antrag schließen…“ (die Prüfung meldet ihn als überfällig).</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="310" />
      <source>The client's %1 request received %2 is due %3. Answer it and close it in Client requests below with Close request…</source>
      <translation>Der %1 der Klient:in, eingegangen am %2, ist am %3 fällig. Beantworten Sie ihn und schließen Sie ihn unten unter „Anträge der Klient:in“ mit „Antrag schließen…“</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="321" />
      <source>No three-way meeting is scheduled: hold one with the client and the surrogate partner before the first surrogate session (goals, boundaries, pace). Schedule it on the Sessions tab with Schedule…</source>
      <translation>Es ist kein Dreiergespräch geplant: Führen Sie vor der ersten Surrogatsitzung eines mit der Klient:in und der Surrogatpartner:in (Ziele, Grenzen, Tempo). Planen Sie es auf dem Tab „Sitzungen“ mit „Sitzung planen…“</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="325" />
      <source>Surrogate work has stalled: no surrogate session for four weeks and none scheduled. Hold a three-way meeting: schedule it on the Sessions tab with Schedule…</source>
      <translation>Die Surrogatarbeit stockt: seit vier Wochen keine Surrogatsitzung und keine geplant. Führen Sie ein Dreiergespräch: Planen Sie es auf dem Tab „Sitzungen“ mit „Sitzung planen…“</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="329" />
      <source>The case is closing: hold the closing three-way meeting and record its minutes as the closing meeting (Sessions tab, Meeting minutes…).</source>
      <translation>Der Fall wird abgeschlossen: Führen Sie das abschließende Dreiergespräch und erfassen Sie sein Protokoll als Abschlussgespräch (Tab „Sitzungen“, „Gesprächsprotokoll…“).</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="332" />
      <source>A three-way meeting has no minutes yet. Record them on the Sessions tab with Meeting minutes…</source>
      <translation>Zu einem Dreiergespräch gibt es noch kein Protokoll. Erfassen Sie es auf dem Tab „Sitzungen“ mit „Gesprächsprotokoll…“</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="342" />
      <source>“%1” awaits your signature. Read it and sign it on the Consent tab with Sign…; until you do, no surrogate session can be scheduled.</source>
      <translation>„%1“ wartet auf Ihre Unterschrift. Lesen Sie das Formular und unterschreiben Sie es auf dem Tab „Einwilligung“ mit „Unterschreiben…“; bis dahin kann keine Surrogatsitzung geplant werden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="346" />
      <source>the client</source>
      <translation>der Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="346" />
      <source>the therapist</source>
      <translation>der Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="348" />
      <source>“%1” awaits %2's signature: it grants nothing until %2 signs it in their own session (or vault).</source>
      <translation>„%1“ wartet auf die Unterschrift von %2: Der Eintrag erteilt nichts, bis die Unterschrift von %2 aus der eigenen Sitzung (oder dem eigenen Tresor) vorliegt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="367" />
      <source>No consent is in force now for %1, which the active phase (%2) plans. Its sessions cannot be scheduled: talk with the client, then re-consent on the Consent tab or change the plan.</source>
      <translation>Für %1, die die aktive Phase (%2) vorsieht, ist derzeit keine Einwilligung in Kraft. Deren Sitzungen können nicht geplant werden: Sprechen Sie mit der Klient:in, holen Sie dann auf dem Tab „Einwilligung“ eine neue Einwilligung ein oder ändern Sie den Plan.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="371" />
      <source>No consent is in force now for %1, which the active phase (%2) plans. Do not use these activities; the therapist talks with the client first.</source>
      <translation>Für %1, die die aktive Phase (%2) vorsieht, ist derzeit keine Einwilligung in Kraft. Führen Sie diese Aktivitäten nicht durch; die Therapeut:in spricht zuerst mit der Klient:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="374" />
      <source>No consent is in force now for %1, which the active phase (%2) plans.</source>
      <translation>Für %1, die die aktive Phase (%2) vorsieht, ist derzeit keine Einwilligung in Kraft.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="392" />
      <source>The credential of %s (%s) expired on %s: sessions after that date are flagged by the audit. Ask for the renewed credential.</source>
      <translation>Der Qualifikationsnachweis von %s (%s) ist am %s abgelaufen: Sitzungen nach diesem Datum werden von der Prüfung markiert. Fordern Sie den erneuerten Nachweis an.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="395" />
      <source>The credential of %s (%s) expires on %s. Ask for the renewed credential before then.</source>
      <translation>Der Qualifikationsnachweis von %s (%s) läuft am %s ab. Fordern Sie den erneuerten Nachweis vorher an.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="60" />
      <source>Needs attention</source>
      <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="63" />
      <source>Alerts</source>
      <translation>Hinweise</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="75" />
      <source>Nothing needs attention.</source>
      <translation>Nichts erfordert Aufmerksamkeit.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/alerts.py" line="83" />
      <source>Double-click or press Enter to go there.</source>
      <translation>Doppelklicken oder Enter drücken, um dorthin zu wechseln.</translation>
    </message>
  </context>
  <context>
    <name>Amendment</name>
    <message>
      <location filename="ui/casefile/sessions/widgets.py" line="149" />
      <source>Reason for the amendment</source>
      <translation>Begründung der Berichtigung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/widgets.py" line="150" />
      <source>Why the entry needs correcting (required; kept with the amendment)</source>
      <translation>Warum der Eintrag korrigiert werden muss (Pflichtfeld; wird mit der Berichtigung gespeichert)</translation>
    </message>
  </context>
  <context>
    <name>AuditTab</name>
    <message>
      <location filename="triad/audit/rules.py" line="105" />
      <source>A surrogate session was held while no release of information was in force.</source>
      <translation>Eine Surrogatsitzung fand statt, während keine Schweigepflichtentbindung in Kraft war.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="118" />
      <source>The triad agreement was not signed by client, therapist and surrogate before the first surrogate session.</source>
      <translation>Die Triadenvereinbarung war vor der ersten Surrogatsitzung nicht von Klient:in, Therapeut:in und Surrogatpartner:in unterschrieben.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="125" />
      <source>An informed consent was recorded without a prior capacity assessment finding that the client has capacity (resolved once a later informed consent follows such an assessment).</source>
      <translation>Eine Einwilligung nach Aufklärung wurde erfasst, ohne dass zuvor eine Einschätzung der Einwilligungsfähigkeit die Klient:in als einwilligungsfähig eingeschätzt hatte (behoben, sobald auf eine solche Einschätzung eine spätere Einwilligung nach Aufklärung folgt).</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="165" />
      <source>A session included an activity that not every required form covered at that time.</source>
      <translation>Eine Sitzung umfasste eine Aktivität, die zu diesem Zeitpunkt nicht von jedem erforderlichen Formular abgedeckt war.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="176" />
      <source>A session used a therapeutic aid that had no consent of its own in force for use in session at that time, or the record does not say which aid (aid not specified).</source>
      <translation>In einer Sitzung wurde ein therapeutisches Hilfsmittel verwendet, für dessen Verwendung in der Sitzung zu diesem Zeitpunkt keine eigene Einwilligung in Kraft war, oder die Aufzeichnung nennt das Hilfsmittel nicht (Hilfsmittel nicht angegeben).</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="201" />
      <source>A session used an activity after its consent was revoked or had expired.</source>
      <translation>In einer Sitzung wurde eine Aktivität durchgeführt, nachdem die Einwilligung dazu widerrufen oder abgelaufen war.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="235" />
      <source>A surrogate session took place while the informed consent, or a triad agreement with its surrogate partner, was not in force (every session is checked, not only the first).</source>
      <translation>Eine Surrogatsitzung fand statt, während die Einwilligung nach Aufklärung oder eine Triadenvereinbarung mit ihrer Surrogatpartner:in nicht in Kraft war (jede Sitzung wird geprüft, nicht nur die erste).</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="242" />
      <source>A phase was started while the consent its activities need was not in force.</source>
      <translation>Eine Phase wurde begonnen, während die Einwilligung, die ihre Aktivitäten erfordern, nicht in Kraft war.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="255" />
      <source>A higher rung of the activity ladder was granted while a lower rung was declined (the ladder is cumulative in practice).</source>
      <translation>Eine höhere Stufe der Aktivitätenleiter wurde erteilt, während eine niedrigere abgelehnt war (in der Praxis bauen die Stufen aufeinander auf).</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="274" />
      <source>A phase began without the informed consent or the triad agreement re-confirmed since the previous phase began (audit setting: re-consent at phase change).</source>
      <translation>Eine Phase begann, ohne dass die Einwilligung nach Aufklärung oder die Triadenvereinbarung seit Beginn der vorigen Phase erneut bestätigt wurde (Prüfeinstellung: erneute Einwilligung bei Phasenwechsel).</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="290" />
      <source>A consent's signatures do not match a form text this program ships (altered or unknown form, or signatures bound to different texts).</source>
      <translation>Die Unterschriften einer Einwilligung passen zu keinem Formulartext, den dieses Programm mitliefert (verändertes oder unbekanntes Formular, oder Unterschriften zu unterschiedlichen Texten).</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="301" />
      <source>A consent was signed on a form version that is no longer current (resolved once a re-consent on the current version follows).</source>
      <translation>Eine Einwilligung wurde auf einer Formularfassung unterschrieben, die nicht mehr aktuell ist (behoben, sobald eine erneute Einwilligung auf der aktuellen Fassung folgt).</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="364" />
      <source>A debrief was not reviewed by the therapist within the agreed time (resolved, with its date, once a late review is recorded).</source>
      <translation>Eine Nachbesprechung wurde nicht innerhalb der vereinbarten Frist von der Therapeut:in durchgesehen (behoben, mit Datum, sobald eine verspätete Durchsicht erfasst ist).</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="371" />
      <source>A stop or pause signal, a boundary not kept, or an activity outside consent was not followed by a therapist review within the agreed time.</source>
      <translation>Auf ein Stopp- oder Pausensignal, eine nicht eingehaltene Grenze oder eine Aktivität außerhalb der Einwilligung folgte keine Durchsicht durch die Therapeut:in innerhalb der vereinbarten Frist.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="378" />
      <source>A surrogate session with genital touch or intercourse has no debrief saying the safer-sex agreement was kept, or the triad agreement in force for it records no safer-sex agreement.</source>
      <translation>Zu einer Surrogatsitzung mit Berührung im Genitalbereich oder Geschlechtsverkehr gibt es keine Nachbesprechung, die die Einhaltung der Safer-Sex-Vereinbarung bestätigt, oder die dafür gültige Triadenvereinbarung hält keine Safer-Sex-Vereinbarung fest.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="395" />
      <source>A surrogate session with touch was held while no stop and pause signals were agreed in the triad agreement in force with its surrogate partner.</source>
      <translation>Eine Surrogatsitzung mit Berührung fand statt, während in der gültigen Triadenvereinbarung mit ihrer Surrogatpartner:in keine Stopp- und Pausensignale vereinbart waren.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="408" />
      <source>A surrogate session that has taken place has no debrief.</source>
      <translation>Zu einer Surrogatsitzung, die stattgefunden hat, gibt es keine Nachbesprechung.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="431" />
      <source>The case's therapist or the session's surrogate partner had no valid credential on the session date.</source>
      <translation>Die Therapeut:in des Falls oder die Surrogatpartner:in der Sitzung hatte am Tag der Sitzung keinen gültigen Nachweis.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="448" />
      <source>A credential of the case's therapist or surrogate expires within the warning window.</source>
      <translation>Ein Nachweis der Therapeut:in oder der Surrogatpartner:in des Falls läuft innerhalb der Vorwarnzeit ab.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="469" />
      <source>An active case has had no session for longer than the stalled-case setting (default 28 days): plan a three-way meeting, or pause the case with a reason.</source>
      <translation>Ein laufender Fall hatte länger als in der Einstellung für stockende Fälle festgelegt (Standard 28 Tage) keine Sitzung: Planen Sie ein Dreiergespräch oder pausieren Sie den Fall mit Begründung.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="490" />
      <source>A phase has held more sessions than planned by more than the overrun setting (default 50 %): revise the plan with the client, or complete the phase.</source>
      <translation>In einer Phase fanden mehr Sitzungen statt als geplant, und zwar mehr als die Einstellung für Überschreitungen erlaubt (Standard 50 %): Überarbeiten Sie den Plan mit der Klient:in oder schließen Sie die Phase ab.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="511" />
      <source>A therapist's debrief review or progress note that the practice requires the supervisor to co-sign has not been co-signed within the co-signature setting (resolved, with its date, once co-signed).</source>
      <translation>Eine Durchsicht oder Verlaufsnotiz einer Therapeut:in, die nach den Vorgaben der Praxis von der Supervisor:in gegengezeichnet werden muss, wurde nicht innerhalb der Frist für die Gegenzeichnung gegengezeichnet (behoben, mit Datum, sobald gegengezeichnet).</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="531" />
      <source>A surrogate session took place while the client had no therapist session in the days before it (the concurrent-therapy setting, default 21 days): the codes of practice require the client to be in therapy alongside the surrogate work.</source>
      <translation>Eine Surrogatsitzung fand statt, ohne dass die Klient:in in den Tagen davor eine Therapiesitzung hatte (Einstellung zur begleitenden Therapie, Standard 21 Tage): Die Berufsordnungen verlangen, dass die Klient:in neben der Surrogatarbeit in Therapie ist.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="552" />
      <source>A case that had surrogate sessions was closed without a closing three-way meeting and without the reason there was none (recorded with the closure).</source>
      <translation>Ein Fall mit Surrogatsitzungen wurde ohne abschließendes Dreiergespräch abgeschlossen und ohne Angabe, warum es keines gab (mit dem Abschluss zu erfassen).</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="566" />
      <source>A client's access or amendment request was not answered by its due day (the practice's request setting, 30 days by default): it is still open past that day, or was closed after it.</source>
      <translation>Ein Auskunfts- oder Berichtigungsantrag einer Klient:in wurde nicht bis zum Fälligkeitstag beantwortet (Einstellung der Praxis für Anträge, Standard 30 Tage): Er ist über diesen Tag hinaus offen oder wurde erst danach abgeschlossen.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="583" />
      <source>The case is held by a therapist who is no longer a member of the practice: the records custodian takes custody of it, with the supervisor's countersignature.</source>
      <translation>Der Fall liegt bei einer Therapeut:in, die nicht mehr Mitglied der Praxis ist: Die Aktenverwahrer:in übernimmt die Verwahrung, mit Gegenzeichnung der Supervisor:in.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="93" />
      <source>Informed consent to SPT was not in force at the first surrogate session.</source>
      <translation>Bei der ersten Surrogatsitzung war keine Einwilligung nach Aufklärung in die SPT in Kraft.</translation>
    </message>
    <message>
      <location filename="triad/audit/rules.py" line="99" />
      <source>The release of information was not signed before the first surrogate session.</source>
      <translation>Die Schweigepflichtentbindung war vor der ersten Surrogatsitzung nicht unterschrieben.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="268" />
      <source>%1 findings</source>
      <translation>%1 Feststellungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="268" />
      <source>1 finding</source>
      <translation>1 Feststellung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="281" />
      <source>No open findings: all %1 findings are signed off or resolved. Show “All findings” to read them.</source>
      <translation>Keine offenen Feststellungen: Alle %1 Feststellungen sind abgezeichnet oder erledigt. Wählen Sie „Alle Feststellungen“, um sie zu lesen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="281" />
      <source>No open findings: the one finding is signed off or resolved. Show “All findings” to read it.</source>
      <translation>Keine offenen Feststellungen: Die eine Feststellung ist abgezeichnet oder erledigt. Wählen Sie „Alle Feststellungen“, um sie zu lesen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/tab.py" line="85" />
      <source>Audit</source>
      <translation>Prüfung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/tab.py" line="86" />
      <source>&amp;Findings</source>
      <translation>&amp;Feststellungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/tab.py" line="87" />
      <source>Audit &amp;trail</source>
      <translation>Prüf&amp;pfad</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/tab.py" line="88" />
      <source>S&amp;ettings</source>
      <translation>&amp;Einstellungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="239" />
      <source>%1 entries in this case's trail.</source>
      <translation>%1 Einträge im Prüfpfad dieses Falls.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="239" />
      <source>1 entry in this case's trail.</source>
      <translation>1 Eintrag im Prüfpfad dieses Falls.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="311" />
      <source>Checking every hash chain, signature and page: %2 % · %1 problems found so far.</source>
      <translation>Jede Hash-Kette, Signatur und Seite wird geprüft: %2 % · bisher %1 Probleme gefunden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="311" />
      <source>Checking every hash chain, signature and page: %2 % · a problem found so far.</source>
      <translation>Jede Hash-Kette, Signatur und Seite wird geprüft: %2 % · bisher ein Problem gefunden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="357" />
      <source>Verification found %1 problems in the entry log.</source>
      <translation>Die Prüfung hat %1 Probleme im Eintragsprotokoll gefunden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="357" />
      <source>Verification found a problem in the entry log.</source>
      <translation>Die Prüfung hat ein Problem im Eintragsprotokoll gefunden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="102" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="103" />
      <source>Form</source>
      <translation>Formular</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="104" />
      <source>Form version</source>
      <translation>Formularfassung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="105" />
      <source>Starts</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="106" />
      <source>Held</source>
      <translation>Stattgefunden</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="107" />
      <source>At</source>
      <translation>Zeitpunkt</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="108" />
      <source>On</source>
      <translation>Am</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="109" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="110" />
      <source>Location</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="111" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="112" />
      <source>Surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="113" />
      <source>Member</source>
      <translation>Mitglied</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="114" />
      <source>Party</source>
      <translation>Partei</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="115" />
      <source>Valid from</source>
      <translation>Gültig ab</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="116" />
      <source>Valid until</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="117" />
      <source>Grants</source>
      <translation>Erteilt</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="118" />
      <source>Declines</source>
      <translation>Abgelehnt</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="119" />
      <source>Activities</source>
      <translation>Aktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="120" />
      <source>Activity</source>
      <translation>Aktivität</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="121" />
      <source>Signatures</source>
      <translation>Unterschriften</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="122" />
      <source>Planned activities</source>
      <translation>Geplante Aktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="123" />
      <source>Activities planned</source>
      <translation>Geplante Aktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="124" />
      <source>Activities done</source>
      <translation>Durchgeführte Aktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="125" />
      <source>SUDS before</source>
      <translation>SUDS vorher</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="126" />
      <source>SUDS after</source>
      <translation>SUDS nachher</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="127" />
      <source>What went well</source>
      <translation>Was gut lief</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="128" />
      <source>What was hard</source>
      <translation>Was schwierig war</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="129" />
      <source>Arousal and anxiety</source>
      <translation>Erregung und Angst</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="130" />
      <source>Boundaries kept</source>
      <translation>Grenzen eingehalten</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="131" />
      <source>Boundaries</source>
      <translation>Grenzen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="132" />
      <source>Stop signals</source>
      <translation>Stoppsignale</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="133" />
      <source>Pause signals</source>
      <translation>Pausensignale</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="134" />
      <source>Safer sex</source>
      <translation>Safer Sex</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="135" />
      <source>Safer-sex agreement kept</source>
      <translation>Safer-Sex-Vereinbarung eingehalten</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="136" />
      <source>Safer-sex agreement recorded</source>
      <translation>Safer-Sex-Vereinbarung erfasst</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="137" />
      <source>Agreed signals</source>
      <translation>Vereinbarte Signale</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="138" />
      <source>Stop</source>
      <translation>Stopp</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="139" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="140" />
      <location filename="ui/casefile/audit/words.py" line="141" />
      <source>Aids used</source>
      <translation>Verwendete Hilfsmittel</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="142" />
      <source>Aids</source>
      <translation>Hilfsmittel</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="143" />
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="144" />
      <source>Material</source>
      <translation>Material</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="145" />
      <source>May be used</source>
      <translation>Darf verwendet werden</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="146" />
      <source>Surrogate's reactions</source>
      <translation>Reaktionen der Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="147" />
      <source>Questions for the therapist</source>
      <translation>Fragen an die Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="148" />
      <source>Proposal for next session</source>
      <translation>Vorschlag für die nächste Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="149" />
      <source>Flags</source>
      <translation>Markierungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="150" />
      <location filename="ui/casefile/audit/words.py" line="416" />
      <source>Reason</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="151" />
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="152" />
      <source>Note</source>
      <translation>Anmerkung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="153" />
      <source>Signed later</source>
      <translation>Später unterschrieben</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="154" />
      <source>Signature awaited from</source>
      <translation>Unterschrift erwartet von</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="155" />
      <source>Release of information</source>
      <translation>Schweigepflichtentbindung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="156" />
      <source>Since</source>
      <translation>Seit</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="157" />
      <source>Consent missing for</source>
      <translation>Einwilligung fehlt für</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="158" />
      <source>Forms not granting it</source>
      <translation>Formulare, die es nicht gestatten</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="159" />
      <source>Declined below it</source>
      <translation>Darunter abgelehnt</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="160" />
      <source>Review was due</source>
      <translation>Durchsicht war fällig</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="161" />
      <source>Agreed review time</source>
      <translation>Vereinbarte Frist für die Durchsicht</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="162" />
      <source>Signed on version</source>
      <translation>Unterschrieben auf Fassung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="163" />
      <source>Current version</source>
      <translation>Aktuelle Fassung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="164" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="166" />
      <source>Process recording (psychotherapy note)</source>
      <translation>Prozessaufzeichnung (psychotherapeutische Notiz)</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="170" />
      <source>no consent of its own was in force for this aid, for use in session</source>
      <translation>für dieses Hilfsmittel war keine eigene Einwilligung zur Verwendung in der Sitzung gültig</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="172" />
      <source>aid not specified: the aids consent in force names no particular aid (recorded before each aid was consented to on its own)</source>
      <translation>Hilfsmittel nicht benannt: Die gültige Einwilligung in Hilfsmittel nennt kein bestimmtes Hilfsmittel (erfasst, bevor in jedes Hilfsmittel einzeln eingewilligt wurde)</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="175" />
      <source>aid not specified: the debrief does not say which aid of the inventory was used</source>
      <translation>Hilfsmittel nicht benannt: Die Nachbesprechung sagt nicht, welches Hilfsmittel aus dem Bestand verwendet wurde</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="185" />
      <source>an entry's content does not match its hash</source>
      <translation>der Inhalt eines Eintrags passt nicht zu seinem Hash</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="186" />
      <source>a signature is not valid</source>
      <translation>eine Signatur ist ungültig</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="187" />
      <source>a hash chain is broken</source>
      <translation>eine Hash-Kette ist unterbrochen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="188" />
      <source>an entry is missing from a chain</source>
      <translation>in einer Kette fehlt ein Eintrag</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="189" />
      <source>the author's signing key was never published</source>
      <translation>der Signaturschlüssel der Verfasser:in wurde nie veröffentlicht</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="190" />
      <source>a member's signing key differs from the published one</source>
      <translation>der Signaturschlüssel eines Mitglieds weicht vom veröffentlichten ab</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="191" />
      <source>the database failed its integrity check</source>
      <translation>die Datenbank hat ihre Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="192" />
      <source>the record of what was already verified was altered</source>
      <translation>die Aufzeichnung des bereits Geprüften wurde verändert</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="193" />
      <source>an entry appears twice (a copy of another entry)</source>
      <translation>ein Eintrag erscheint doppelt (Kopie eines anderen Eintrags)</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="195" />
      <source>Critical</source>
      <translation>Kritisch</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="196" />
      <source>Major</source>
      <translation>Erheblich</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="197" />
      <source>Minor</source>
      <translation>Gering</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="200" />
      <source>Informed consent before the first session</source>
      <translation>Einwilligung nach Aufklärung vor der ersten Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="202" />
      <source>Release of information before the first session</source>
      <translation>Schweigepflichtentbindung vor der ersten Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="204" />
      <source>Session without a release of information</source>
      <translation>Sitzung ohne Schweigepflichtentbindung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="206" />
      <source>Touch session without agreed stop and pause signals</source>
      <translation>Berührungssitzung ohne vereinbartes Stopp- und Pausensignal</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="208" />
      <source>Triad agreement before the first session</source>
      <translation>Triadenvereinbarung vor der ersten Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="210" />
      <source>Informed consent without a capacity assessment</source>
      <translation>Einwilligung nach Aufklärung ohne Einschätzung der Einwilligungsfähigkeit</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="211" />
      <source>Activity outside consent</source>
      <translation>Aktivität außerhalb der Einwilligung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="212" />
      <source>Aid used without its own consent</source>
      <translation>Hilfsmittel ohne eigene Einwilligung verwendet</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="214" />
      <source>Activity after revocation or expiry</source>
      <translation>Aktivität nach Widerruf oder Ablauf</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="216" />
      <source>Session without informed consent or triad agreement</source>
      <translation>Sitzung ohne Einwilligung nach Aufklärung oder Triadenvereinbarung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="217" />
      <source>Higher rung granted, lower declined</source>
      <translation>Höhere Stufe erlaubt, niedrigere abgelehnt</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="218" />
      <source>Phase started without consent</source>
      <translation>Phase ohne Einwilligung begonnen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="219" />
      <source>Re-consent at phase change</source>
      <translation>Erneute Einwilligung bei Phasenwechsel</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="220" />
      <source>Signature awaited for over two weeks</source>
      <translation>Unterschrift seit über zwei Wochen ausstehend</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="221" />
      <source>Signature on an unknown form text</source>
      <translation>Unterschrift auf einem unbekannten Formulartext</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="223" />
      <source>Signature on an earlier form version</source>
      <translation>Unterschrift auf einer früheren Formularfassung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="224" />
      <source>Debrief review overdue</source>
      <translation>Durchsicht der Nachbesprechung überfällig</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="225" />
      <source>Stop signal or incident not reviewed</source>
      <translation>Stoppsignal oder Vorfall nicht durchgesehen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="227" />
      <source>Safer-sex agreement not recorded or not kept</source>
      <translation>Safer-Sex-Vereinbarung nicht erfasst oder nicht eingehalten</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="228" />
      <source>Debrief missing</source>
      <translation>Nachbesprechung fehlt</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="229" />
      <source>Credential not valid on the session date</source>
      <translation>Berufsnachweis am Sitzungstag nicht gültig</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="230" />
      <source>Credential expiring soon</source>
      <translation>Berufsnachweis läuft bald ab</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="231" />
      <source>Active case without a session (stalled)</source>
      <translation>Aktiver Fall ohne Sitzung (ins Stocken geraten)</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="232" />
      <source>Phase far past its planned sessions</source>
      <translation>Phase weit über ihre geplanten Sitzungen hinaus</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="233" />
      <source>Review or note not co-signed in time</source>
      <translation>Durchsicht oder Notiz nicht rechtzeitig gegengezeichnet</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="234" />
      <source>Surrogate session without concurrent therapy</source>
      <translation>Surrogatsitzung ohne begleitende Therapie</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="235" />
      <source>Case closed without a closing meeting</source>
      <translation>Fall ohne abschließendes Dreiergespräch geschlossen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="237" />
      <source>Client request not answered in time</source>
      <translation>Antrag der Klient:in nicht rechtzeitig beantwortet</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="238" />
      <source>Case held by a therapist who left the practice</source>
      <translation>Fall liegt bei einer Therapeut:in, die die Praxis verlassen hat</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="288" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="288" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="308" />
      <source>%1 min</source>
      <translation>%1 Min.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="310" />
      <source>%1 days</source>
      <translation>%1 Tage</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="310" />
      <source>1 day</source>
      <translation>1 Tag</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="314" />
      <source>%1 %2, signed %3</source>
      <translation>%1 %2, unterschrieben am %3</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="346" />
      <source>Resolved %1 by a later record (%2)</source>
      <translation>Am %1 durch einen späteren Eintrag erledigt (%2)</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="350" />
      <source>Signed off %1 by %2</source>
      <translation>Am %1 von %2 abgezeichnet</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="353" />
      <source>Remediated %1 by %2 (open)</source>
      <translation>Am %1 von %2 behoben (offen)</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="354" />
      <source>Open</source>
      <translation>Offen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="402" />
      <source>valid until %1</source>
      <translation>gültig bis %1</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="404" />
      <source>Credentials of %1</source>
      <translation>Qualifikationsnachweise von %1</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="406" />
      <source>This record is not in this vault, or you may not read it.</source>
      <translation>Diese Aufzeichnung ist nicht in diesem Tresor, oder Sie dürfen sie nicht lesen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="407" />
      <source>Entered %1 by %2 (%3)</source>
      <translation>Am %1 von %2 erfasst (%3)</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="410" />
      <location filename="ui/casefile/audit/words.py" line="437" />
      <source>entry</source>
      <translation>Eintrag</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="411" />
      <source>Amendments</source>
      <translation>Berichtigungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="413" />
      <source>None: the record stands as signed.</source>
      <translation>Keine: Die Aufzeichnung gilt wie unterschrieben.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="415" />
      <source>%1 by %2</source>
      <translation>%1 von %2</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="431" />
      <source>To whom</source>
      <translation>An wen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="431" />
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="432" />
      <source>Cases</source>
      <translation>Fälle</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="433" />
      <source>Recorded %1 by %2</source>
      <translation>Am %1 von %2 erfasst</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="439" />
      <source>A disclosure is recorded when the record leaves the vault; where a file was saved is never recorded.</source>
      <translation>Eine Offenlegung wird erfasst, wenn die Akte den Tresor verlässt; wo eine Datei gespeichert wurde, wird nie erfasst.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="44" />
      <source>Case opened</source>
      <translation>Fall eröffnet</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="45" />
      <source>Client details updated</source>
      <translation>Angaben zur Klient:in aktualisiert</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="46" />
      <source>Triad changed</source>
      <translation>Triade geändert</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="47" />
      <source>Case status changed</source>
      <translation>Fallstatus geändert</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="48" />
      <source>Case imported</source>
      <translation>Fall importiert</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="49" />
      <source>Goal set</source>
      <translation>Ziel gesetzt</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="50" />
      <source>Goal progress recorded</source>
      <translation>Fortschritt beim Ziel erfasst</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="51" />
      <source>Consent given</source>
      <translation>Einwilligung erteilt</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="52" />
      <source>Consent revoked</source>
      <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="53" />
      <source>Consent countersigned</source>
      <translation>Einwilligung gegengezeichnet</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="54" />
      <source>Phase plan revised</source>
      <translation>Phasenplan überarbeitet</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="55" />
      <source>Phase started</source>
      <translation>Phase begonnen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="56" />
      <source>Phase completed</source>
      <translation>Phase abgeschlossen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="57" />
      <source>Session scheduled</source>
      <translation>Sitzung geplant</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="58" />
      <source>Debrief submitted</source>
      <translation>Nachbesprechung eingereicht</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="59" />
      <source>Session outcome recorded</source>
      <translation>Ausgang der Sitzung erfasst</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="60" />
      <source>Session rescheduled</source>
      <translation>Sitzung verlegt</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="61" />
      <source>Debrief reviewed</source>
      <translation>Nachbesprechung durchgesehen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="62" />
      <source>Measure recorded</source>
      <translation>Messung erfasst</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="63" />
      <source>Amendment</source>
      <translation>Berichtigung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="64" />
      <source>Co-signed by the supervisor</source>
      <translation>Von der Supervisor:in gegengezeichnet</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="65" />
      <source>Audit finding signed off</source>
      <translation>Feststellung abgezeichnet</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="66" />
      <source>Remediation note</source>
      <translation>Notiz zur Behebung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="67" />
      <source>Audit settings changed</source>
      <translation>Prüfeinstellungen geändert</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="68" />
      <source>Disclosed: left the vault</source>
      <translation>Offengelegt: hat den Tresor verlassen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="73" />
      <source>Case file exported (signed JSON)</source>
      <translation>Fallakte exportiert (signiertes JSON)</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="74" />
      <source>Exchange packet (encrypted)</source>
      <translation>Austauschpaket (verschlüsselt)</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="75" />
      <source>Backup of the whole vault (encrypted)</source>
      <translation>Sicherung des ganzen Tresors (verschlüsselt)</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="76" />
      <source>Report</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="77" />
      <source>The client's copy of the record</source>
      <translation>Kopie der Akte für die Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="78" />
      <source>The client's copy of a consent record</source>
      <translation>Kopie einer Einwilligung für die Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="79" />
      <source>The client's card</source>
      <translation>Karte für die Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="80" />
      <source>Agenda (case codes and session times)</source>
      <translation>Agenda (Fallkennungen und Sitzungszeiten)</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="81" />
      <source>Scan of a signed paper form</source>
      <translation>Scan eines unterschriebenen Papierformulars</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="82" />
      <source>The author's own private notes</source>
      <translation>Die eigenen privaten Notizen der Verfasser:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="85" />
      <source>the client</source>
      <translation>der Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="86" />
      <source>a printer</source>
      <translation>ein Drucker</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="87" />
      <source>a file (saved; the recipient is not known)</source>
      <translation>eine Datei (gespeichert; Empfänger:in unbekannt)</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="88" />
      <source>Client request received</source>
      <translation>Antrag der Klient:in eingegangen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="89" />
      <source>Client request closed</source>
      <translation>Antrag der Klient:in abgeschlossen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="90" />
      <source>Request setting changed</source>
      <translation>Frist für Anträge geändert</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="91" />
      <source>Language for printed documents set</source>
      <translation>Sprache der gedruckten Dokumente festgelegt</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="93" />
      <source>Case handed over</source>
      <translation>Fall übergeben</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="94" />
      <source>Custody asked for by the records custodian</source>
      <translation>Verwahrung von der Aktenverwahrer:in beantragt</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="95" />
      <source>Custody take-over countersigned</source>
      <translation>Übernahme der Verwahrung gegengezeichnet</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/words.py" line="96" />
      <source>Records custodian named</source>
      <translation>Aktenverwahrer:in benannt</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="92" />
      <location filename="ui/supervision/queue.py" line="93" />
      <source>critical</source>
      <translation>kritisch</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="92" />
      <location filename="ui/supervision/queue.py" line="93" />
      <source>major</source>
      <translation>erheblich</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="92" />
      <location filename="ui/supervision/queue.py" line="93" />
      <source>minor</source>
      <translation>gering</translation>
    </message>
  </context>
  <context>
    <name>CapacityDialog</name>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="57" />
      <source>Record capacity for %s</source>
      <translation>Einwilligungsfähigkeit für %s erfassen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="60" />
      <source>Does the client understand what SPT involves, its risks and benefits, and that consent can be withdrawn at any moment? The informed consent can be recorded only after an assessment finding that the client has capacity. Assessments are never edited: a new one supersedes the last.</source>
      <translation>Versteht die Klient:in, was SPT umfasst, welche Risiken und welchen Nutzen sie hat und dass die Einwilligung jederzeit widerrufen werden kann? Die Einwilligung nach Aufklärung kann erst erfasst werden, wenn eine Einschätzung die Einwilligungsfähigkeit der Klient:in feststellt. Einschätzungen werden nie bearbeitet: Eine neue ersetzt die vorige.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="69" />
      <source>Date of the assessment</source>
      <translation>Datum der Einschätzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="76" />
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="80" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="81" />
      <source>How it was assessed, and anything to review.</source>
      <translation>Wie eingeschätzt wurde und was zu überprüfen ist.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="83" />
      <source>&amp;Date</source>
      <translation>&amp;Datum</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="83" />
      <source>&amp;Outcome</source>
      <translation>&amp;Ergebnis</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="84" />
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="92" />
      <source>&amp;Record</source>
      <translation>Er&amp;fassen</translation>
    </message>
  </context>
  <context>
    <name>CardDialog</name>
    <message>
      <location filename="ui/exchange/dialog.py" line="81" />
      <source>Add a contact</source>
      <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="83" />
      <source>&lt;b&gt;%1&lt;/b&gt;, %2</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;, %2</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="85" />
      <source>Before you add them, compare this fingerprint with the one they read to you by phone or in person (not by e-mail or chat, which the card itself may have travelled by). Their app shows it under Exchange → My identity card.</source>
      <translation>Bevor Sie den Kontakt hinzufügen, vergleichen Sie diesen Fingerabdruck mit dem, den die Person Ihnen telefonisch oder persönlich vorgelesen hat (nicht per E-Mail oder Chat, denn auf diesem Weg kann die Karte selbst gekommen sein). Die App der Person zeigt ihn unter Austausch → Meine Identitätskarte.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="92" />
      <source>Fingerprint</source>
      <translation>Fingerabdruck</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="95" />
      <source>It &amp;matches what they read to me</source>
      <translation>Er &amp;stimmt mit dem Vorgelesenen überein</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="98" />
      <source>Add contact</source>
      <translation>Kontakt hinzufügen</translation>
    </message>
  </context>
  <context>
    <name>CaseListPanel</name>
    <message>
      <location filename="ui/cases/panel.py" line="100" />
      <source>Show each client's legal name beside the case code. Off by default, so that a shared screen shows codes only. Search finds legal names either way.</source>
      <translation>Den amtlichen Namen jeder Klient:in neben der Fallkennung anzeigen. Standardmäßig aus, damit ein geteilter Bildschirm nur Kennungen zeigt. Die Suche findet amtliche Namen in jedem Fall.</translation>
    </message>
    <message>
      <location filename="ui/cases/panel.py" line="109" />
      <source>Cases</source>
      <translation>Fälle</translation>
    </message>
    <message>
      <location filename="ui/cases/panel.py" line="208" />
      <source>No cases yet. Open one with the New case button (Ctrl+N).</source>
      <translation>Noch keine Fälle. Legen Sie einen mit der Schaltfläche „Neuer Fall“ an (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="ui/cases/panel.py" line="209" />
      <source>No cases yet. A therapist adds you to a case's triad; it then appears here.</source>
      <translation>Noch keine Fälle. Eine Therapeut:in nimmt Sie in die Triade eines Falls auf; dieser erscheint dann hier.</translation>
    </message>
    <message>
      <location filename="ui/cases/panel.py" line="89" />
      <source>Search cases (Ctrl+F)</source>
      <translation>Fälle durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="ui/cases/panel.py" line="90" />
      <source>Search cases</source>
      <translation>Fälle durchsuchen</translation>
    </message>
    <message>
      <location filename="ui/cases/panel.py" line="93" />
      <source>Filter by status</source>
      <translation>Nach Status filtern</translation>
    </message>
    <message>
      <location filename="ui/cases/panel.py" line="94" />
      <source>All statuses</source>
      <translation>Alle Status</translation>
    </message>
    <message>
      <location filename="ui/cases/panel.py" line="98" />
      <source>Names in list</source>
      <translation>Namen in der Liste</translation>
    </message>
    <message>
      <location filename="ui/cases/panel.py" line="99" />
      <source>Show the clients' legal names in the case list</source>
      <translation>Amtliche Namen der Klient:innen in der Fallliste anzeigen</translation>
    </message>
  </context>
  <context>
    <name>CaseTab</name>
    <message>
      <location filename="ui/casefile/base.py" line="32" />
      <source>the case's supervisor</source>
      <translation>die Supervisor:in des Falls</translation>
    </message>
    <message>
      <location filename="ui/casefile/base.py" line="32" />
      <source>the case's surrogate partner</source>
      <translation>die Surrogatpartner:in des Falls</translation>
    </message>
    <message>
      <location filename="ui/casefile/base.py" line="32" />
      <source>the case's therapist</source>
      <translation>die Therapeut:in des Falls</translation>
    </message>
    <message>
      <location filename="ui/casefile/base.py" line="33" />
      <source>Only %s can do this.</source>
      <translation>Nur %s kann das tun.</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="ui/cases/model.py" line="106" />
      <source>Plan not started</source>
      <translation>Plan nicht begonnen</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="108" />
      <source>Plan completed</source>
      <translation>Plan abgeschlossen</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="109" />
      <source>Between phases</source>
      <translation>Zwischen Phasen</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Agree the stop and pause signals</source>
      <translation>Stopp- und Pausensignal vereinbaren</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Aids consent to sign</source>
      <translation>Einwilligung in Hilfsmittel unterschreiben</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Awaiting {name}'s signature</source>
      <translation>Wartet auf die Unterschrift von {name}</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Capacity to assess</source>
      <translation>Einwilligungsfähigkeit einschätzen</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Client's request due {day}</source>
      <translation>Antrag der Klient:in fällig am {day}</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Closing meeting to hold</source>
      <translation>Abschlussgespräch führen</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <source>Co-sign the progress note of {day}</source>
      <translation>Verlaufsnotiz vom {day} gegenzeichnen</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <source>Co-sign the review of {day}</source>
      <translation>Durchsicht vom {day} gegenzeichnen</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Consent expires {day}</source>
      <translation>Einwilligung läuft ab am {day}</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Date of birth missing</source>
      <translation>Geburtsdatum fehlt</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Debrief missing ({day})</source>
      <translation>Nachbesprechung fehlt ({day})</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Informed consent to sign</source>
      <translation>Einwilligung nach Aufklärung unterschreiben</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Meeting minutes to write</source>
      <translation>Protokoll schreiben</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Outcome missing ({day})</source>
      <translation>Ausgang fehlt ({day})</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Release to sign</source>
      <translation>Schweigepflichtentbindung unterschreiben</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Review debrief of {day}</source>
      <translation>Nachbesprechung vom {day} durchsehen</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Session {when}</source>
      <translation>Sitzung {when}</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <source>Sign off a {severity} finding</source>
      <translation>Feststellung ({severity}) abzeichnen</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Three-way meeting to hold</source>
      <translation>Dreiergespräch führen</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Triad agreement to sign</source>
      <translation>Triadenvereinbarung unterschreiben</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <location filename="ui/cases/model.py" line="142" />
      <source>Work stalled: three-way meeting</source>
      <translation>Arbeit stockt: Dreiergespräch</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="181" />
      <source>Code</source>
      <translation>Kennung</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="181" />
      <source>Findings</source>
      <translation>Feststellungen</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="181" />
      <source>Next due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="181" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="181" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="224" />
      <source>Reading what is due and the open findings: they appear here in a moment.</source>
      <translation>Fälliges und offene Feststellungen werden gelesen: Die Angaben erscheinen gleich hier.</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="232" />
      <source>Double-click or press Enter to open it.</source>
      <translation>Doppelklicken oder Enter drücken, um ihn zu öffnen.</translation>
    </message>
    <message numerus="yes">
      <location filename="ui/cases/model.py" line="234" />
      <source>%n open audit finding(s), the most severe %1. The Audit tab lists them.</source>
      <translation>
        <numerusform>%n offene Feststellung der Prüfung, Schweregrad %1. Der Tab Prüfung listet sie auf.</numerusform>
        <numerusform>%n offene Feststellungen der Prüfung, die schwerste: %1. Der Tab Prüfung listet sie auf.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="91" />
      <source>critical</source>
      <translation>kritisch</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="91" />
      <source>major</source>
      <translation>erheblich</translation>
    </message>
    <message>
      <location filename="ui/cases/model.py" line="91" />
      <source>minor</source>
      <translation>gering</translation>
    </message>
  </context>
  <context>
    <name>CaseTabs</name>
    <message>
      <location filename="ui/casefile/tabs.py" line="36" />
      <source>&amp;Overview</source>
      <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
      <location filename="ui/casefile/tabs.py" line="37" />
      <source>&amp;Consent</source>
      <translation>&amp;Einwilligung</translation>
    </message>
    <message>
      <location filename="ui/casefile/tabs.py" line="38" />
      <source>&amp;Plan</source>
      <translation>&amp;Plan</translation>
    </message>
    <message>
      <location filename="ui/casefile/tabs.py" line="39" />
      <source>&amp;Sessions &amp;&amp; debriefs</source>
      <translation>&amp;Sitzungen &amp;&amp; Nachbesprechungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/tabs.py" line="40" />
      <source>&amp;Reports</source>
      <translation>Be&amp;richte</translation>
    </message>
    <message>
      <location filename="ui/casefile/tabs.py" line="41" />
      <source>&amp;Audit</source>
      <translation>Prü&amp;fung</translation>
    </message>
  </context>
  <context>
    <name>CheckLine</name>
    <message>
      <location filename="ui/main/fullcheck.py" line="294" />
      <source>Check of the whole record</source>
      <translation>Prüfung der gesamten Akte</translation>
    </message>
    <message>
      <location filename="ui/main/fullcheck.py" line="296" />
      <source>The unlock verifies what is new since the last check. Every signature, hash chain and database page of the vault is checked in the background: once a day by default (Preferences), and when you ask (Ctrl+Shift+V).</source>
      <translation>Beim Entsperren wird geprüft, was seit der letzten Prüfung neu ist. Jede Signatur, jede Hash-Kette und jede Datenbankseite des Tresors wird im Hintergrund geprüft: standardmäßig einmal täglich (Einstellungen) und auf Anforderung (Ctrl+Shift+V).</translation>
    </message>
    <message>
      <location filename="ui/main/fullcheck.py" line="306" />
      <source>CHECKING THE RECORD: %1 % · PROBLEMS FOUND: see the Audit tab or run triad-cli verify</source>
      <translation>AKTE WIRD GEPRÜFT: %1 % · PROBLEME GEFUNDEN: siehe Tab „Prüfung“ oder triad-cli verify ausführen</translation>
    </message>
    <message>
      <location filename="ui/main/fullcheck.py" line="309" />
      <source>Checking the record: %1 % · all good so far</source>
      <translation>Akte wird geprüft: %1 % · bisher alles in Ordnung</translation>
    </message>
    <message>
      <location filename="ui/main/fullcheck.py" line="315" />
      <source>THE WHOLE-RECORD CHECK COULD NOT RUN: %1</source>
      <translation>DIE PRÜFUNG DER GESAMTEN AKTE KONNTE NICHT LAUFEN: %1</translation>
    </message>
    <message>
      <location filename="ui/main/fullcheck.py" line="319" />
      <source>THE WHOLE-RECORD CHECK FOUND PROBLEMS: see the Audit tab or run triad-cli verify</source>
      <translation>DIE PRÜFUNG DER GESAMTEN AKTE HAT PROBLEME GEFUNDEN: siehe Tab „Prüfung“ oder triad-cli verify ausführen</translation>
    </message>
    <message>
      <location filename="ui/main/fullcheck.py" line="323" />
      <source>Whole record checked: %1 signed entries, all good (today %2)</source>
      <translation>Gesamte Akte geprüft: %1 signierte Einträge, alles in Ordnung (heute %2)</translation>
    </message>
    <message>
      <location filename="ui/main/fullcheck.py" line="326" />
      <source>Whole-record check stopped (the vault was re-keyed); Ctrl+Shift+V runs it again</source>
      <translation>Prüfung der gesamten Akte abgebrochen (der Tresor hat neue Schlüssel erhalten); Ctrl+Shift+V startet sie erneut</translation>
    </message>
    <message>
      <location filename="ui/main/fullcheck.py" line="330" />
      <source>Whole record last checked today %1: all good</source>
      <translation>Gesamte Akte zuletzt heute um %1 geprüft: alles in Ordnung</translation>
    </message>
    <message>
      <location filename="ui/main/fullcheck.py" line="331" />
      <source>Whole record last checked %1: all good</source>
      <translation>Gesamte Akte zuletzt am %1 geprüft: alles in Ordnung</translation>
    </message>
    <message>
      <location filename="ui/main/fullcheck.py" line="333" />
      <source>Whole record not checked yet: Ctrl+Shift+V checks it</source>
      <translation>Gesamte Akte noch nicht geprüft: Ctrl+Shift+V prüft sie</translation>
    </message>
  </context>
  <context>
    <name>ClientCopyDialog</name>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="100" />
      <source>&amp;Generate</source>
      <translation>&amp;Erstellen</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="101" />
      <source>Make the document and preview it (Ctrl+Return).</source>
      <translation>Dokument erstellen und in der Vorschau anzeigen (Ctrl+Return).</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="102" />
      <source>Pr&amp;int…</source>
      <translation>&amp;Drucken…</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="103" />
      <source>Sav&amp;e…</source>
      <translation>&amp;Speichern…</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="104" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="114" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="132" />
      <source>Type who to call (or leave it empty), then Generate (Ctrl+Return).</source>
      <translation>Geben Sie ein, wen die Klient:in anrufen kann (oder lassen Sie das Feld leer), dann Erstellen (Ctrl+Return).</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="139" />
      <source>The options changed: generate the document again.</source>
      <translation>Die Optionen wurden geändert: Erstellen Sie das Dokument neu.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="146" />
      <source>Generate the document first.</source>
      <translation>Erstellen Sie zuerst das Dokument.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="163" />
      <source>The document could not be shown. Generate it again.</source>
      <translation>Das Dokument konnte nicht angezeigt werden. Erstellen Sie es neu.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="165" />
      <source>Preview only: nothing is recorded until you print or save it for the client.</source>
      <translation>Nur Vorschau: Nichts wird erfasst, bis Sie es für die Klient:in drucken oder speichern.</translation>
    </message>
    <message numerus="yes">
      <location filename="ui/casefile/reports/client_copy.py" line="177" />
      <source>Sent %n page(s) to the printer; recorded as given to the client.</source>
      <translation>
        <numerusform>%n Seite an den Drucker gesendet; als an die Klient:in ausgehändigt erfasst.</numerusform>
        <numerusform>%n Seiten an den Drucker gesendet; als an die Klient:in ausgehändigt erfasst.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="186" />
      <source>Save the client's document</source>
      <translation>Dokument für die Klient:in speichern</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="188" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="197" />
      <source>Saved %1 in %2; recorded as given to the client.</source>
      <translation>%1 in %2 gespeichert; als an die Klient:in ausgehändigt erfasst.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="48" />
      <source>Client's copy of a consent</source>
      <translation>Kopie einer Einwilligung für die Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="49" />
      <source>Client's copy of the record</source>
      <translation>Kopie der Akte für die Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="50" />
      <source>Client card</source>
      <translation>Karte für die Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="54" />
      <source>The client's copy of this consent: the form's full text, its version and hash, every signature with its date, what was agreed and declined, and every withdrawal. It is also the client's receipt for a withdrawal. It shows the client's name.</source>
      <translation>Die Kopie dieser Einwilligung für die Klient:in: der vollständige Text des Formulars, seine Fassung und sein Hash, jede Unterschrift mit Datum, was erteilt und was abgelehnt wurde, und jeder Widerruf. Sie dient der Klient:in auch als Bestätigung eines Widerrufs. Sie enthält den Namen der Klient:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="58" />
      <source>The client's whole record, readable, with names: details, consents with their text, the plan, sessions, debriefs, progress notes and minutes, measures, corrections with what they corrected, and who the record was given to.</source>
      <translation>Die gesamte Akte der Klient:in, lesbar und mit Namen: Angaben, Einwilligungen mit ihrem Text, der Plan, Sitzungen, Nachbesprechungen, Verlaufsnotizen und Protokolle, Messungen, Berichtigungen mit dem, was sie berichtigt haben, und an wen die Akte weitergegeben wurde.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="62" />
      <source>One page for the client to keep: their stop and pause signals, what they consent to today, how to withdraw consent, and who to call.</source>
      <translation>Eine Seite, die die Klient:in behält: ihre Stopp- und Pausensignale, wozu sie heute einwilligt, wie sie eine Einwilligung widerruft und wen sie anrufen kann.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="68" />
      <source>Include the &amp;process recordings</source>
      <translation>&amp;Prozessaufzeichnungen einbeziehen</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="69" />
      <source>Include the process recordings</source>
      <translation>Prozessaufzeichnungen einbeziehen</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="71" />
      <source>Who to call</source>
      <translation>Ansprechpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="72" />
      <source>e.g. Practice phone 030 1234 5678, weekdays 9 to 17</source>
      <translation>z. B. Praxistelefon 030 1234 5678, werktags 9 bis 17 Uhr</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="76" />
      <source>Process recordings are the surrogate partner's detailed notes to you. HIPAA leaves psychotherapy notes out of the client's right of access; under the GDPR they may be in scope. You decide. Private notes are not part of the record and are never included.</source>
      <translation>Prozessaufzeichnungen sind die ausführlichen Notizen der Surrogatpartner:in an Sie. HIPAA nimmt Psychotherapie-Notizen vom Auskunftsrecht der Klient:in aus; nach der DSGVO können sie darunter fallen. Sie entscheiden. Private Notizen gehören nicht zur Akte und werden nie einbezogen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="84" />
      <source>&amp;Who to call</source>
      <translation>&amp;Ansprechpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="87" />
      <source>Printed as typed under your name and the practice's. Left empty, the card leaves a line to write it on.</source>
      <translation>Wird so gedruckt, wie eingegeben, unter Ihrem Namen und dem der Praxis. Bleibt das Feld leer, lässt die Karte eine Zeile zum Eintragen frei.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="92" />
      <source>Page size</source>
      <translation>Seitenformat</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="93" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="94" />
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/client_copy.py" line="95" />
      <source>Page si&amp;ze</source>
      <translation>Seiten&amp;format</translation>
    </message>
  </context>
  <context>
    <name>CloseRequestDialog</name>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="183" />
      <source>Close the client's request</source>
      <translation>Antrag der Klient:in schließen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="186" />
      <source>%1 request received %2, due %3: “%4”</source>
      <translation>Antrag (%1), eingegangen am %2, fällig am %3: „%4“</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="194" />
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="197" />
      <source>Day closed</source>
      <translation>Tag des Abschlusses</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="198" />
      <source>&amp;Outcome</source>
      <translation>&amp;Ergebnis</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="198" />
      <source>Closed &amp;on</source>
      <translation>Abgeschlossen &amp;am</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="211" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="212" />
      <source>For a copy in another form: how it was given</source>
      <translation>Bei einer Kopie in anderer Form: wie sie ausgehändigt wurde</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="213" />
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="219" />
      <source>&amp;Close request</source>
      <translation>Antrag &amp;schließen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="231" />
      <source>Copy given</source>
      <translation>Kopie ausgehändigt</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="236" />
      <source>Cop&amp;y given</source>
      <translation>&amp;Kopie ausgehändigt</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="240" />
      <source>No client copy or consent copy is recorded for this case yet. Make the client's copy first (it is recorded as given to the client) and close the request then, or say in the note how the record was shown.</source>
      <translation>Für diesen Fall ist noch keine Kopie der Akte oder einer Einwilligung für die Klient:in erfasst. Erstellen Sie zuerst die Kopie für die Klient:in (sie wird als ausgehändigt erfasst) und schließen Sie dann den Antrag, oder beschreiben Sie in der Notiz, wie die Akte gezeigt wurde.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="246" />
      <source>Amendment made</source>
      <translation>Berichtigung vorgenommen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="252" />
      <source>&amp;Amendment made</source>
      <translation>&amp;Berichtigung vorgenommen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="256" />
      <source>No amendment is recorded in this case yet. Amend the record the client named first, then close the request.</source>
      <translation>In diesem Fall ist noch keine Berichtigung erfasst. Berichtigen Sie zuerst den Eintrag, den die Klient:in genannt hat, und schließen Sie dann den Antrag.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="260" />
      <source>Reason for the refusal</source>
      <translation>Begründung der Ablehnung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="261" />
      <source>Told to the client in writing; kept with the record.</source>
      <translation>Der Klient:in schriftlich mitgeteilt; wird bei der Akte aufbewahrt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="262" />
      <source>The client's statement of disagreement</source>
      <translation>Gegendarstellung der Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="263" />
      <source>If the client gave one; it can be added later.</source>
      <translation>Falls die Klient:in eine abgegeben hat; sie kann später ergänzt werden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="264" />
      <source>Optional.</source>
      <translation>Optional.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="264" />
      <source>Your rebuttal</source>
      <translation>Ihre Erwiderung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="265" />
      <source>&amp;Reason</source>
      <translation>Be&amp;gründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="266" />
      <source>Client's &amp;statement</source>
      <translation>Gegen&amp;darstellung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="267" />
      <source>Re&amp;buttal</source>
      <translation>Er&amp;widerung</translation>
    </message>
  </context>
  <context>
    <name>ConsentTab</name>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="102" />
      <location filename="ui/casefile/consent/aids.py" line="139" />
      <source>Each aid, and each way of using it, needs its own consent on the therapeutic-aids form before it is used.</source>
      <translation>Jedes Hilfsmittel und jede Art seiner Verwendung braucht eine eigene Einwilligung im Formular für therapeutische Hilfsmittel, bevor es verwendet wird.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="106" />
      <source>Aids of the case</source>
      <translation>Hilfsmittel des Falls</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="111" />
      <source>Add a&amp;id…</source>
      <translation>H&amp;ilfsmittel hinzufügen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="112" />
      <location filename="ui/casefile/consent/aids.py" line="212" />
      <source>Add an aid</source>
      <translation>Hilfsmittel hinzufügen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="113" />
      <source>Re&amp;tire aid…</source>
      <translation>Hilfsmi&amp;ttel ausmustern…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="114" />
      <source>Retire the selected aid</source>
      <translation>Ausgewähltes Hilfsmittel ausmustern</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="141" />
      <source>No aid in this case's inventory. An aid (a full-body doll, a pelvic model…) is added here, then consented to on its own on the therapeutic-aids form.</source>
      <translation>Im Bestand dieses Falls ist kein Hilfsmittel. Ein Hilfsmittel (eine Ganzkörperpuppe, ein Beckenmodell…) wird hier hinzugefügt und dann im Formular für therapeutische Hilfsmittel einzeln eingewilligt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="159" />
      <source>Add an aid to the case's inventory (Alt+I); then record the client's consent to it</source>
      <translation>Hilfsmittel zum Bestand des Falls hinzufügen (Alt+I); dann die Einwilligung der Klient:in dazu erfassen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="166" />
      <source>Select an aid to retire.</source>
      <translation>Wählen Sie ein Hilfsmittel zum Ausmustern.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="169" />
      <source>This aid is already retired.</source>
      <translation>Dieses Hilfsmittel ist bereits ausgemustert.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="171" />
      <source>Take the selected aid out of the inventory; its records stay (Alt+T)</source>
      <translation>Ausgewähltes Hilfsmittel aus dem Bestand nehmen; seine Aufzeichnungen bleiben erhalten (Alt+T)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="214" />
      <source>Kind of aid</source>
      <translation>Art des Hilfsmittels</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="216" />
      <source>partial</source>
      <translation>teilweise</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="218" />
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="219" />
      <source>e.g. pelvic model</source>
      <translation>z. B. Beckenmodell</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="223" />
      <source>e.g. medical-grade silicone, latex-free</source>
      <translation>z. B. medizinisches Silikon, latexfrei</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="230" />
      <source>The aid needs the client's own consent (Give consent…, therapeutic-aids form) before it is used. Allergies and hygiene matter: name the material.</source>
      <translation>Das Hilfsmittel braucht eine eigene Einwilligung der Klient:in (Einwilligung erteilen…, Formular für therapeutische Hilfsmittel), bevor es verwendet wird. Allergien und Hygiene sind wichtig: Nennen Sie das Material.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="234" />
      <source>&amp;Kind</source>
      <translation>&amp;Art</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="235" />
      <source>&amp;Description</source>
      <translation>&amp;Beschreibung</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="236" />
      <source>&amp;Material</source>
      <translation>&amp;Material</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="237" />
      <source>May be used</source>
      <translation>Darf verwendet werden</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="240" />
      <source>&amp;Add aid</source>
      <translation>Hilfsmittel &amp;hinzufügen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="272" />
      <source>Retire an aid</source>
      <translation>Hilfsmittel ausmustern</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="273" />
      <source>Retire “%s”? It leaves the inventory: no new consent can name it. Consents and debriefs that name it stay in the record.</source>
      <translation>„%s“ ausmustern? Es wird aus dem Bestand genommen: Keine neue Einwilligung kann es mehr nennen. Einwilligungen und Nachbesprechungen, die es nennen, bleiben in der Akte.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="277" />
      <source>Reason (required)</source>
      <translation>Grund (erforderlich)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="278" />
      <source>e.g. worn, replaced, the client no longer wishes it</source>
      <translation>z. B. abgenutzt, ersetzt, die Klient:in wünscht es nicht mehr</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="281" />
      <source>Re&amp;tire aid</source>
      <translation>Hilfsmittel aus&amp;mustern</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="308" />
      <source>Aids consented to</source>
      <translation>Eingewilligte Hilfsmittel</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="311" />
      <source>Tick each aid the client agrees to, and each way of using it. Each aid, and each use, needs its own consent.</source>
      <translation>Haken Sie jedes Hilfsmittel an, dem die Klient:in zustimmt, und jede Art seiner Verwendung. Jedes Hilfsmittel und jede Verwendung braucht eine eigene Einwilligung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="326" />
      <source>No aid in the case's inventory yet. Add the aid (Aids, on the Consent tab) before recording the client's consent to it.</source>
      <translation>Im Bestand des Falls ist noch kein Hilfsmittel. Fügen Sie das Hilfsmittel hinzu (Hilfsmittel, auf dem Tab Einwilligung), bevor Sie die Einwilligung der Klient:in dazu erfassen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="49" />
      <location filename="ui/casefile/consent/aids.py" line="224" />
      <location filename="ui/casefile/consent/aids.py" line="321" />
      <source>at home</source>
      <translation>zu Hause</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="49" />
      <location filename="ui/casefile/consent/aids.py" line="224" />
      <location filename="ui/casefile/consent/aids.py" line="321" />
      <source>in session</source>
      <translation>in der Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="54" />
      <source>an aid not in the inventory</source>
      <translation>ein Hilfsmittel, das nicht im Bestand ist</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="66" />
      <source>retired</source>
      <translation>ausgemustert</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="67" />
      <source>consented: %s</source>
      <translation>eingewilligt: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="67" />
      <source>not consented</source>
      <translation>nicht eingewilligt</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="73" />
      <source>Aid</source>
      <translation>Hilfsmittel</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="73" />
      <source>Consent now</source>
      <translation>Einwilligung jetzt</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="73" />
      <source>For</source>
      <translation>Für</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="73" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="73" />
      <location filename="ui/casefile/consent/aids.py" line="222" />
      <source>Material</source>
      <translation>Material</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="82" />
      <location filename="ui/casefile/consent/aids.py" line="216" />
      <location filename="ui/casefile/consent/aids.py" line="216" />
      <source>customised</source>
      <translation>angepasst</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="82" />
      <location filename="ui/casefile/consent/aids.py" line="216" />
      <location filename="ui/casefile/consent/aids.py" line="216" />
      <source>full-body</source>
      <translation>Ganzkörper</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="82" />
      <location filename="ui/casefile/consent/aids.py" line="216" />
      <location filename="ui/casefile/consent/aids.py" line="317" />
      <source>partial model</source>
      <translation>Teilmodell</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="85" />
      <source>Retired: %s</source>
      <translation>Ausgemustert: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/aids.py" line="98" />
      <location filename="ui/casefile/consent/tab.py" line="247" />
      <location filename="ui/casefile/consent/tab.py" line="249" />
      <source>Aids</source>
      <translation>Hilfsmittel</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="66" />
      <location filename="ui/casefile/consent/model.py" line="36" />
      <location filename="ui/casefile/consent/model.py" line="59" />
      <source>client</source>
      <translation>Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="66" />
      <location filename="ui/casefile/consent/model.py" line="36" />
      <location filename="ui/casefile/consent/model.py" line="59" />
      <source>surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="66" />
      <location filename="ui/casefile/consent/model.py" line="36" />
      <location filename="ui/casefile/consent/model.py" line="59" />
      <source>therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="67" />
      <source>Signature of the %s</source>
      <translation>Unterschrift: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="69" />
      <source>Typed name of the %s</source>
      <translation>Getippter Name (%s)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="73" />
      <source>Date the %s signed</source>
      <translation>Datum der Unterschrift (%s)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="75" />
      <source>Drawn signature of the %s (optional)</source>
      <translation>Gezeichnete Unterschrift (%s, optional)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="76" />
      <source>Clear drawing</source>
      <translation>Zeichnung löschen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="77" />
      <source>Clear the drawn signature of the %s</source>
      <translation>Gezeichnete Unterschrift löschen (%s)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="83" />
      <source>Typed name</source>
      <translation>Getippter Name</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="84" />
      <source>Signed on</source>
      <translation>Unterschrieben am</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="88" />
      <source>Drawing</source>
      <translation>Zeichnung</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="59" />
      <source>%s by the %s</source>
      <translation>%s durch %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="61" />
      <source>%d, latest %s</source>
      <translation>%d, zuletzt %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="64" />
      <location filename="ui/casefile/consent/tab.py" line="232" />
      <source>no end date</source>
      <translation>kein Enddatum</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="65" />
      <source>%s (version %d)</source>
      <translation>%s (Fassung %d)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="74" />
      <location filename="ui/casefile/consent/tab.py" line="244" />
      <source>Declines</source>
      <translation>Abgelehnt</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="74" />
      <source>Form</source>
      <translation>Formular</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="74" />
      <location filename="ui/casefile/consent/tab.py" line="243" />
      <source>Grants</source>
      <translation>Erteilt</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="74" />
      <location filename="ui/casefile/consent/tab.py" line="229" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="74" />
      <source>Until</source>
      <translation>Bis</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="74" />
      <source>Valid from</source>
      <translation>Gültig ab</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="82" />
      <location filename="ui/casefile/consent/tab.py" line="229" />
      <source>awaiting signatures</source>
      <translation>Unterschriften ausstehend</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="82" />
      <location filename="ui/casefile/consent/tab.py" line="229" />
      <source>expired</source>
      <translation>abgelaufen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="82" />
      <location filename="ui/casefile/consent/tab.py" line="229" />
      <source>in force</source>
      <translation>in Kraft</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="82" />
      <location filename="ui/casefile/consent/tab.py" line="229" />
      <source>not yet valid</source>
      <translation>noch nicht gültig</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="82" />
      <location filename="ui/casefile/consent/tab.py" line="229" />
      <source>partly revoked</source>
      <translation>teilweise widerrufen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="82" />
      <location filename="ui/casefile/consent/tab.py" line="229" />
      <source>revoked</source>
      <translation>widerrufen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="85" />
      <source>Declines: %s</source>
      <translation>Abgelehnt: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="85" />
      <source>Grants: %s</source>
      <translation>Erteilt: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="86" />
      <source>Revoked: %s</source>
      <translation>Widerrufen: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/model.py" line="86" />
      <source>Signed by: %s</source>
      <translation>Unterschrieben von: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="106" />
      <source>Consent records</source>
      <translation>Einwilligungseinträge</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="111" />
      <source>Selected consent record</source>
      <translation>Ausgewählter Einwilligungseintrag</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="121" />
      <source>No consent recorded</source>
      <translation>Keine Einwilligung erfasst</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="156" />
      <source>no activity yet</source>
      <translation>noch keine Aktivität</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="157" />
      <source>as of %s</source>
      <translation>Stand %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="158" />
      <source>No surrogate session can be scheduled until consent covers its activities.</source>
      <translation>Bis die Einwilligung ihre Aktivitäten abdeckt, kann keine Surrogatsitzung geplant werden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="163" />
      <source>Not in force yet: %s.</source>
      <translation>Noch nicht in Kraft: %s.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="165" />
      <source>In force now:</source>
      <translation>Jetzt gültig:</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="174" />
      <source>No consent recorded yet. Give consent from a form with Give consent…, or print a blank form to sign on paper first.</source>
      <translation>Noch keine Einwilligung erfasst. Erfassen Sie eine Einwilligung aus einem Formular mit „Einwilligung erteilen…“, oder drucken Sie zuerst ein leeres Formular zum Unterschreiben auf Papier.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="176" />
      <source>No consent recorded yet. The case's therapist records consent from a signed form.</source>
      <translation>Noch keine Einwilligung erfasst. Die Therapeut:in des Falls erfasst die Einwilligung aus einem unterschriebenen Formular.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="229" />
      <source>%s (as of %s)</source>
      <translation>%s (Stand %s)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="231" />
      <source>until %s (the whole day)</source>
      <translation>bis %s (ganztägig)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="233" />
      <source>Valid</source>
      <translation>Gültig</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="233" />
      <source>from %s, %s</source>
      <translation>ab %s, %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="235" />
      <source>version %d (the current version)</source>
      <translation>Fassung %d (die aktuelle Fassung)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="237" />
      <source>version %d; version %d is current, so a re-consent on it is due</source>
      <translation>Fassung %d; aktuell ist Fassung %d, daher ist eine erneute Einwilligung darauf fällig</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="240" />
      <source>%s, in %s</source>
      <translation>%s, auf %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="242" />
      <source>Form text</source>
      <translation>Formulartext</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="243" />
      <source>no activities</source>
      <translation>keine Aktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="244" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="249" />
      <source>not specified: recorded before each aid was consented to on its own; record a new consent that names each aid</source>
      <translation>nicht angegeben: erfasst, bevor jedes Hilfsmittel einzeln eingewilligt wurde; erfassen Sie eine neue Einwilligung, die jedes Hilfsmittel nennt</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="256" />
      <source>Ended by another record</source>
      <translation>Durch einen anderen Eintrag beendet</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="258" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="259" />
      <source>%s by %s</source>
      <translation>%s von %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="259" />
      <source>Recorded</source>
      <translation>Erfasst</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="265" />
      <source>Revocations</source>
      <translation>Widerrufe</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="267" />
      <source>the whole record</source>
      <translation>der gesamte Eintrag</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="270" />
      <source>the aid “%s”</source>
      <translation>das Hilfsmittel „%s“</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="271" />
      <source>%s: the %s revoked %s. Reason: “%s” (recorded by %s)</source>
      <translation>%s: Widerruf durch %s: %s. Begründung: „%s“ (erfasst von %s)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="275" />
      <source>Signatures</source>
      <translation>Unterschriften</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="282" />
      <source>(name not shown to surrogate partners)</source>
      <translation>(Name wird Surrogatpartner:innen nicht angezeigt)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="284" />
      <source>signed on paper; the scan is kept in this vault (View scan…)</source>
      <translation>auf Papier unterschrieben; der Scan wird in diesem Tresor aufbewahrt („Scan ansehen…“)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="294" />
      <source>signed %s</source>
      <translation>unterschrieben am %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="300" />
      <source>awaiting your signature: Sign… above</source>
      <translation>wartet auf Ihre Unterschrift: „Unterschreiben…“ oben</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="301" />
      <source>awaiting their signature, given in their own session</source>
      <translation>wartet auf die Unterschrift, die in der eigenen Sitzung geleistet wird</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="310" />
      <source>Record a consent signed on a form (Alt+G)</source>
      <translation>Eine auf einem Formular unterschriebene Einwilligung erfassen (Alt+G)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="317" />
      <source>Select a consent record to revoke.</source>
      <translation>Wählen Sie einen Einwilligungseintrag zum Widerrufen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="320" />
      <source>This record is already revoked.</source>
      <translation>Dieser Eintrag ist bereits widerrufen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="323" />
      <source>This record has expired; nothing is left to revoke.</source>
      <translation>Dieser Eintrag ist abgelaufen; es gibt nichts mehr zu widerrufen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="325" />
      <source>Revoke the selected record or some of its activities, at once (Alt+V)</source>
      <translation>Den ausgewählten Eintrag oder einzelne seiner Aktivitäten sofort widerrufen (Alt+W)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="336" />
      <source>Select a record that awaits your signature.</source>
      <translation>Wählen Sie einen Eintrag, der auf Ihre Unterschrift wartet.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="338" />
      <source>Read the whole form and sign it in your own name (Alt+N)</source>
      <translation>Das ganze Formular lesen und in eigenem Namen unterschreiben (Alt+N)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="347" />
      <source>The client's copy of the selected record: its full text, signatures and every withdrawal, to print or save for the client (Alt+Y)</source>
      <translation>Kopie des ausgewählten Eintrags für die Klient:in: vollständiger Text, Unterschriften und jeder Widerruf, zum Drucken oder Speichern für die Klient:in (Alt+K)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="349" />
      <source>Select a consent record first.</source>
      <translation>Wählen Sie zuerst einen Einwilligungseintrag.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="352" />
      <source>A form to print and sign on paper, with the client's code (Alt+B)</source>
      <translation>Ein Formular zum Ausdrucken und Unterschreiben auf Papier, mit der Fallkennung der Klient:in (Alt+L)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="449" />
      <source>Save the blank form</source>
      <translation>Leeres Formular speichern</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="450" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="460" />
      <source>Saved %s</source>
      <translation>%s gespeichert</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="73" />
      <source>In force now</source>
      <translation>Derzeit in Kraft</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="76" />
      <source>&amp;Give consent…</source>
      <translation>Einwilli&amp;gung erteilen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="77" />
      <source>Give consent</source>
      <translation>Einwilligung erteilen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="78" />
      <source>Re&amp;voke…</source>
      <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="79" />
      <source>Revoke consent</source>
      <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="80" />
      <source>Print &amp;blank form…</source>
      <translation>&amp;Leeres Formular drucken…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="81" />
      <source>Print a blank form</source>
      <translation>Leeres Formular drucken</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="83" />
      <source>Sig&amp;n…</source>
      <translation>U&amp;nterschreiben…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="84" />
      <source>Sign the selected record</source>
      <translation>Ausgewählten Eintrag unterschreiben</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="85" />
      <source>Vie&amp;w scan…</source>
      <translation>&amp;Scan ansehen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="86" />
      <source>View the scan of the signed paper form</source>
      <translation>Scan des unterschriebenen Papierformulars ansehen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="87" />
      <source>Client's cop&amp;y…</source>
      <translation>&amp;Kopie für die Klient:in…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="88" />
      <source>The client's copy of the selected record</source>
      <translation>Kopie des ausgewählten Eintrags für die Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="93" />
      <source>Preparing the form…</source>
      <translation>Formular wird vorbereitet…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="94" />
      <source>Preparing the form</source>
      <translation>Formular wird vorbereitet</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/tab.py" line="97" />
      <source>Last action</source>
      <translation>Letzte Aktion</translation>
    </message>
  </context>
  <context>
    <name>ContactModel</name>
    <message>
      <location filename="ui/exchange/dialog.py" line="62" />
      <source>Confirmed</source>
      <translation>Bestätigt</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="62" />
      <source>Exchange folders</source>
      <translation>Austauschordner</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="62" />
      <source>Fingerprint</source>
      <translation>Fingerabdruck</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="62" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="62" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="62" />
      <source>To send</source>
      <translation>Zu senden</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="62" />
      <source>Waiting</source>
      <translation>Wartend</translation>
    </message>
  </context>
  <context>
    <name>CosignDialog</name>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="100" />
      <source>Co-sign progress note</source>
      <translation>Verlaufsnotiz gegenzeichnen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="101" />
      <source>Co-sign review</source>
      <translation>Durchsicht gegenzeichnen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="105" />
      <source>The session and its progress note</source>
      <translation>Die Sitzung und ihre Verlaufsnotiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="106" />
      <source>The debrief and its review</source>
      <translation>Die Nachbesprechung und ihre Durchsicht</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="111" />
      <source>The progress note you co-sign</source>
      <translation>Die Verlaufsnotiz, die Sie gegenzeichnen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="112" />
      <source>The review you co-sign</source>
      <translation>Die Durchsicht, die Sie gegenzeichnen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="115" />
      <source>Co-signature comment</source>
      <translation>Kommentar zur Gegenzeichnung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="116" />
      <source>What you discussed in supervision (optional)</source>
      <translation>Was Sie in der Supervision besprochen haben (optional)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="117" />
      <source>&amp;Comment</source>
      <translation>&amp;Kommentar</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="121" />
      <source>Co-&amp;sign</source>
      <translation>&amp;Gegenzeichnen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="131" />
      <source>Progress note by %1, %2.</source>
      <translation>Verlaufsnotiz von %1, %2.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="137" />
      <source>Review by %1, %2: %3</source>
      <translation>Durchsicht von %1, %2: %3</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="36" />
      <source>Re&amp;view and co-sign note…</source>
      <translation>Notiz durch&amp;sehen und gegenzeichnen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="37" />
      <source>Co-sign re&amp;view…</source>
      <translation>Durchsicht &amp;gegenzeichnen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="49" />
      <source>This therapist session has no progress note to co-sign yet.</source>
      <translation>Zu dieser Therapiesitzung gibt es noch keine Verlaufsnotiz zum Gegenzeichnen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="51" />
      <source>This progress note is co-signed.</source>
      <translation>Diese Verlaufsnotiz ist gegengezeichnet.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="56" />
      <source>Select a session whose debrief the therapist has reviewed.</source>
      <translation>Wählen Sie eine Sitzung, deren Nachbesprechung die Therapeut:in durchgesehen hat.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="60" />
      <source>Every review of this debrief is co-signed.</source>
      <translation>Jede Durchsicht dieser Nachbesprechung ist gegengezeichnet.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="77" />
      <source>Co-signed by %1, %2.</source>
      <translation>Gegengezeichnet von %1, %2.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/cosign.py" line="82" />
      <source>Awaiting the supervisor's co-signature.</source>
      <translation>Wartet auf die Gegenzeichnung der Supervisor:in.</translation>
    </message>
  </context>
  <context>
    <name>CountersignCustodyDialog</name>
    <message>
      <location filename="ui/practice/custody.py" line="131" />
      <source>Countersign a take-over</source>
      <translation>Übernahme gegenzeichnen</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="131" />
      <source>The records custodian asks for custody of a case you supervise. Countersign when the therapist who holds it has left or can no longer practise: the custodian then holds the case.</source>
      <translation>Die Aktenverwahrer:in beantragt die Verwahrung eines Falls, den Sie supervidieren. Zeichnen Sie gegen, wenn die Therapeut:in, die ihn führt, ausgeschieden ist oder nicht mehr praktizieren kann: Die Aktenverwahrer:in übernimmt dann den Fall.</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="134" />
      <source>&amp;Comment:</source>
      <translation>&amp;Kommentar:</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="134" />
      <source>&amp;Request:</source>
      <translation>&amp;Antrag:</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="135" />
      <source>&amp;Countersign</source>
      <translation>&amp;Gegenzeichnen</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="136" />
      <source>%1 — %2 asks: %3</source>
      <translation>%1 — %2 beantragt: %3</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="139" />
      <source>No take-over awaits your countersignature.</source>
      <translation>Keine Übernahme wartet auf Ihre Gegenzeichnung.</translation>
    </message>
  </context>
  <context>
    <name>CountersignDialog</name>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="133" />
      <source>Sign “%s”</source>
      <translation>„%s“ unterschreiben</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="138" />
      <source>Grants: %s. Declines: %s.</source>
      <translation>Erteilt: %s. Abgelehnt: %s.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="139" />
      <source>no activities</source>
      <translation>keine Aktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="140" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="146" />
      <source>Date you sign</source>
      <translation>Datum Ihrer Unterschrift</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="148" />
      <source>Your drawn signature (optional)</source>
      <translation>Ihre gezeichnete Unterschrift (optional)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="150" />
      <source>Signed by</source>
      <translation>Unterschrieben von</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="151" />
      <source>Signed &amp;on</source>
      <translation>Unterschrieben &amp;am</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="152" />
      <source>Drawing</source>
      <translation>Zeichnung</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="155" />
      <source>Sig&amp;n</source>
      <translation>&amp;Unterschreiben</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="157" />
      <source>Read the whole form first: scroll to its end.</source>
      <translation>Lesen Sie zuerst das ganze Formular: Scrollen Sie bis zum Ende.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="171" />
      <source>Sign this record in your own name</source>
      <translation>Diesen Eintrag in eigenem Namen unterschreiben</translation>
    </message>
  </context>
  <context>
    <name>CreatePage</name>
    <message>
      <location filename="ui/start/create.py" line="121" />
      <source>Welcome to Triad</source>
      <translation>Willkommen bei Triad</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="122" />
      <source>Create an encrypted vault for your practice. Everything stays on this computer; you can share case files with your triad later.</source>
      <translation>Legen Sie einen verschlüsselten Tresor für Ihre Praxis an. Alles bleibt auf diesem Computer; Fallakten können Sie später mit Ihrer Triade teilen.</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="130" />
      <source>e.g. Riverside Therapy</source>
      <translation>z. B. Praxis am Flussufer</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="135" />
      <location filename="ui/start/create.py" line="158" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="136" />
      <source>Confirm passphrase</source>
      <translation>Passphrase bestätigen</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="140" />
      <source>Also unlock with this computer's keyring (no passphrase needed here; the passphrase still works everywhere)</source>
      <translation>Auch mit dem Schlüsselbund dieses Computers entsperren (hier ohne Passphrase; die Passphrase funktioniert weiterhin überall)</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="142" />
      <source>Quick unlock</source>
      <translation>Schnellentsperrung</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="145" />
      <source>Issuing body, e.g. State Board of Psychology</source>
      <translation>Ausstellende Stelle, z. B. Landespsychotherapeutenkammer</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="147" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="149" />
      <source>Valid until YYYY-MM-DD (empty: no end)</source>
      <translation>Gültig bis JJJJ-MM-TT (leer: unbefristet)</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="154" />
      <source>Add my credential &amp;later (until then every session I hold is flagged in the audit)</source>
      <translation>Meinen Nachweis &amp;später hinzufügen (bis dahin wird jede meiner Sitzungen in der Prüfung markiert)</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="157" />
      <source>Practice name</source>
      <translation>Name der Praxis</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="157" />
      <source>Your name</source>
      <translation>Ihr Name</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="158" />
      <source>Your role</source>
      <translation>Ihre Rolle</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="159" />
      <source>Confirm</source>
      <translation>Bestätigen</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="160" />
      <source>Vault folder</source>
      <translation>Tresorordner</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="165" />
      <source>Credential: issuing body</source>
      <translation>Nachweis: ausstellende Stelle</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="166" />
      <source>Credential: number</source>
      <translation>Nachweis: Nummer</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="167" />
      <source>Credential: valid until</source>
      <translation>Nachweis: gültig bis</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="168" />
      <source>Your &amp;credential</source>
      <translation>Ihr &amp;Nachweis</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="175" />
      <source>&amp;Open an existing vault…</source>
      <translation>Vorhandenen Tresor ö&amp;ffnen…</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="176" />
      <source>Try the &amp;demo practice…</source>
      <translation>&amp;Demopraxis ausprobieren…</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="177" />
      <source>Make a separate vault with five made-up cases to explore Triad. It asks for its own passphrase.</source>
      <translation>Einen separaten Tresor mit fünf erfundenen Fällen anlegen, um Triad zu erkunden. Er verlangt eine eigene Passphrase.</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="180" />
      <source>&amp;Create vault</source>
      <translation>Tresor &amp;anlegen</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="218" />
      <source>Please enter your name.</source>
      <translation>Bitte geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="226" />
      <source>Enter your credential (the body that issued it and its number), or tick “Add my credential later”.</source>
      <translation>Geben Sie Ihren Nachweis ein (die ausstellende Stelle und die Nummer) oder setzen Sie das Häkchen bei „Meinen Nachweis später hinzufügen“.</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="236" />
      <source>Type the credential's end date as YYYY-MM-DD, for example 2027-06-30, or leave it empty.</source>
      <translation>Geben Sie das Ablaufdatum des Nachweises als JJJJ-MM-TT ein, zum Beispiel 2027-06-30, oder lassen Sie das Feld leer.</translation>
    </message>
  </context>
  <context>
    <name>CredentialDialog</name>
    <message>
      <location filename="ui/practice/credential.py" line="43" />
      <source>Record my credential</source>
      <translation>Meinen Nachweis erfassen</translation>
    </message>
    <message>
      <location filename="ui/practice/credential.py" line="45" />
      <source>The licence or certification you practise under. The audit checks every session against the credentials valid on its day; earlier ones are kept.</source>
      <translation>Die Approbation, Zulassung oder Zertifizierung, unter der Sie praktizieren. Die Prüfung gleicht jede Sitzung mit den an ihrem Tag gültigen Nachweisen ab; frühere bleiben erhalten.</translation>
    </message>
    <message>
      <location filename="ui/practice/credential.py" line="52" />
      <source>Issuing body</source>
      <translation>Ausstellende Stelle</translation>
    </message>
    <message>
      <location filename="ui/practice/credential.py" line="54" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="ui/practice/credential.py" line="56" />
      <source>YYYY-MM-DD (empty: no end date)</source>
      <translation>JJJJ-MM-TT (leer: kein Enddatum)</translation>
    </message>
    <message>
      <location filename="ui/practice/credential.py" line="57" />
      <source>Valid until</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <location filename="ui/practice/credential.py" line="58" />
      <source>Issued &amp;by</source>
      <translation>Ausgestellt &amp;von</translation>
    </message>
    <message>
      <location filename="ui/practice/credential.py" line="59" />
      <source>N&amp;umber</source>
      <translation>N&amp;ummer</translation>
    </message>
    <message>
      <location filename="ui/practice/credential.py" line="60" />
      <source>&amp;Valid until</source>
      <translation>&amp;Gültig bis</translation>
    </message>
    <message>
      <location filename="ui/practice/credential.py" line="65" />
      <source>Error message</source>
      <translation>Fehlermeldung</translation>
    </message>
    <message>
      <location filename="ui/practice/credential.py" line="68" />
      <source>&amp;Record</source>
      <translation>&amp;Erfassen</translation>
    </message>
    <message>
      <location filename="ui/practice/credential.py" line="82" />
      <source>Type the end date as YYYY-MM-DD, or leave it empty.</source>
      <translation>Geben Sie das Enddatum als JJJJ-MM-TT ein oder lassen Sie das Feld leer.</translation>
    </message>
  </context>
  <context>
    <name>CredentialTodo</name>
    <message>
      <location filename="ui/practice/credential.py" line="103" />
      <source>&lt;b&gt;To do:&lt;/b&gt; your credential is not recorded (or has expired). Until it is, the audit flags every session you hold.</source>
      <translation>&lt;b&gt;Zu erledigen:&lt;/b&gt; Ihr Qualifikationsnachweis ist nicht erfasst (oder abgelaufen). Bis er erfasst ist, markiert die Prüfung jede Ihrer Sitzungen.</translation>
    </message>
    <message>
      <location filename="ui/practice/credential.py" line="107" />
      <source>To do</source>
      <translation>Zu erledigen</translation>
    </message>
    <message>
      <location filename="ui/practice/credential.py" line="108" />
      <source>Record my &amp;credential…</source>
      <translation>&amp;Meinen Nachweis erfassen…</translation>
    </message>
  </context>
  <context>
    <name>CustodianBox</name>
    <message>
      <location filename="ui/practice/custody.py" line="156" />
      <location filename="ui/practice/custody.py" line="161" />
      <source>Records custodian</source>
      <translation>Aktenverwahrer:in</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="165" />
      <source>Therapist to name as records custodian</source>
      <translation>Als Aktenverwahrer:in zu benennende Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="166" />
      <source>&amp;Name custodian</source>
      <translation>Aktenverwahrer:in &amp;benennen</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="167" />
      <source>Take c&amp;ustody…</source>
      <translation>&amp;Verwahrung übernehmen…</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="168" />
      <source>Countersign ta&amp;ke-over…</source>
      <translation>Übernahme &amp;gegenzeichnen…</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="182" />
      <source>%s may take custody of the cases of a therapist who leaves or can no longer practise, with the supervisor's countersignature.</source>
      <translation>%s kann mit Gegenzeichnung der Supervisor:in die Fälle einer Therapeut:in in Verwahrung nehmen, die ausscheidet oder nicht mehr praktizieren kann.</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="185" />
      <source>No records custodian is named. Name a therapist who will take custody of the cases of a therapist who leaves or can no longer practise (the professional will).</source>
      <translation>Es ist keine Aktenverwahrer:in benannt. Benennen Sie eine Therapeut:in, die die Fälle einer Therapeut:in in Verwahrung nimmt, die ausscheidet oder nicht mehr praktizieren kann (das berufliche Testament).</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="190" />
      <source>No custodian</source>
      <translation>Keine Aktenverwahrer:in</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="205" />
      <source>No take-over awaits your countersignature.</source>
      <translation>Keine Übernahme wartet auf Ihre Gegenzeichnung.</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="226" />
      <source>Custody asked for. It moves to you when the case's supervisor countersigns.</source>
      <translation>Verwahrung beantragt. Die Verwahrung geht auf Sie über, sobald die Supervisor:in des Falls gegenzeichnet.</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="234" />
      <source>Countersigned: the records custodian holds the case now.</source>
      <translation>Gegengezeichnet: Die Aktenverwahrer:in führt den Fall jetzt.</translation>
    </message>
  </context>
  <context>
    <name>DataDialog</name>
    <message>
      <location filename="ui/main/help.py" line="80" />
      <source>Where your data lives</source>
      <translation>Wo Ihre Daten liegen</translation>
    </message>
    <message>
      <location filename="ui/main/help.py" line="88" />
      <source>The vault (everything recorded, encrypted; back it up from Practice… → Backup):</source>
      <translation>Der Tresor (alles Erfasste, verschlüsselt; sichern Sie ihn über Praxis… → Sicherung):</translation>
    </message>
    <message>
      <location filename="ui/main/help.py" line="90" />
      <source>This computer's state folder (what it last saw of each vault, to notice one put back from an older copy; no record text):</source>
      <translation>Der Statusordner dieses Computers (was er zuletzt von jedem Tresor gesehen hat, um einen aus einer älteren Kopie zurückgespielten zu erkennen; kein Aktentext):</translation>
    </message>
    <message>
      <location filename="ui/main/help.py" line="92" />
      <source>The app's settings on this computer (recent vault folders, lock time, colours, whether names show; never a name or passphrase):</source>
      <translation>Die Einstellungen der App auf diesem Computer (zuletzt verwendete Tresorordner, Sperrzeit, Farben, ob Namen angezeigt werden; nie ein Name oder eine Passphrase):</translation>
    </message>
    <message>
      <location filename="ui/main/help.py" line="99" />
      <source>(none)</source>
      <translation>(keine)</translation>
    </message>
  </context>
  <context>
    <name>DebriefDialog</name>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="104" />
      <source>Change what needs correcting and give the reason. The debrief as first submitted stays in the record, readable beside the amendment.</source>
      <translation>Ändern Sie, was zu berichtigen ist, und geben Sie die Begründung an. Die Nachbesprechung in ihrer ursprünglich eingereichten Form bleibt in der Akte und ist neben der Berichtigung lesbar.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="117" />
      <source>Session</source>
      <translation>Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="119" />
      <source>Held at</source>
      <translation>Stattgefunden am</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="120" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="122" />
      <source>Location</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="123" />
      <source>&amp;Held at</source>
      <translation>S&amp;tattgefunden am</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="124" />
      <source>D&amp;uration</source>
      <translation>&amp;Dauer</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="125" />
      <source>&amp;Location</source>
      <translation>&amp;Ort</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="128" />
      <location filename="ui/casefile/sessions/debrief_form.py" line="133" />
      <source>Activities done</source>
      <translation>Durchgeführte Aktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="130" />
      <source>Planned: %s. Tick what was actually done.</source>
      <translation>Geplant: %s. Haken Sie an, was tatsächlich durchgeführt wurde.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="138" />
      <source>Consent warning</source>
      <translation>Warnung zur Einwilligung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="142" />
      <source>Distress (SUDS, 0 = none, 10 = the most)</source>
      <translation>Belastung (SUDS, 0 = keine, 10 = maximal)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="144" />
      <source>SUDS before</source>
      <translation>SUDS vorher</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="145" />
      <source>SUDS after</source>
      <translation>SUDS nachher</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="146" />
      <source>SUDS &amp;before</source>
      <translation>SUDS &amp;vorher</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="147" />
      <source>SUDS &amp;after</source>
      <translation>SUDS n&amp;achher</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="150" />
      <source>How it went</source>
      <translation>Wie es lief</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="152" />
      <source>What went well</source>
      <translation>Was gut lief</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="153" />
      <source>What was hard</source>
      <translation>Was schwierig war</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="154" />
      <source>How arousal and anxiety were handled</source>
      <translation>Wie mit Erregung und Angst umgegangen wurde</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="155" />
      <source>Went &amp;well</source>
      <translation>&amp;Gut gelaufen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="156" />
      <source>Was ha&amp;rd</source>
      <translation>Sc&amp;hwierig</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="157" />
      <source>Arousal / a&amp;nxiety</source>
      <translation>&amp;Erregung / Angst</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="160" />
      <source>Boundaries and signals</source>
      <translation>Grenzen und Signale</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="162" />
      <source>Boundaries and agreed limits were kept</source>
      <translation>Grenzen und vereinbarte Beschränkungen wurden eingehalten</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="164" />
      <source>Boundaries kept</source>
      <translation>Grenzen eingehalten</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="166" />
      <source>Boundaries note</source>
      <translation>Notiz zu Grenzen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="167" />
      <source>Required when a boundary was not kept</source>
      <translation>Erforderlich, wenn eine Grenze nicht eingehalten wurde</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="169" />
      <source>Stop signals used</source>
      <translation>Verwendete Stoppsignale</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="171" />
      <source>Pause signals used</source>
      <translation>Verwendete Pausensignale</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="175" />
      <source>Agreed signals</source>
      <translation>Vereinbarte Signale</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="176" />
      <location filename="ui/casefile/sessions/debrief_form.py" line="332" />
      <source>&amp;Stop signals used</source>
      <translation>&amp;Stoppsignale verwendet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="178" />
      <location filename="ui/casefile/sessions/debrief_form.py" line="333" />
      <source>&amp;Pause signals used</source>
      <translation>&amp;Pausensignale verwendet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="181" />
      <source>N&amp;ote</source>
      <translation>Noti&amp;z</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="187" />
      <source>Safer sex and aids</source>
      <translation>Safer Sex und Hilfsmittel</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="190" />
      <source>Safer-sex practice</source>
      <translation>Safer-Sex-Praxis</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="196" />
      <source>Aids named in free text</source>
      <translation>Im Freitext genannte Hilfsmittel</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="198" />
      <source>Named in free text when first recorded: %s</source>
      <translation>Bei der ersten Erfassung im Freitext genannt: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="203" />
      <source>Safer-sex agreement</source>
      <translation>Safer-Sex-Vereinbarung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="204" />
      <source>Yes, kept</source>
      <translation>Ja, eingehalten</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="205" />
      <source>Safer-sex agreement kept</source>
      <translation>Safer-Sex-Vereinbarung eingehalten</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="206" />
      <source>No, not kept</source>
      <translation>Nein, nicht eingehalten</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="207" />
      <source>Safer-sex agreement not kept</source>
      <translation>Safer-Sex-Vereinbarung nicht eingehalten</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="218" />
      <source>Agreement &amp;kept?</source>
      <translation>Vereinbarung e&amp;ingehalten?</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="219" />
      <source>Sa&amp;fer sex</source>
      <translation>Safer Se&amp;x</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="220" />
      <source>A&amp;ids used</source>
      <translation>Hilfs&amp;mittel verwendet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="227" />
      <source>Aids consent warning</source>
      <translation>Warnung zur Einwilligung für Hilfsmittel</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="232" />
      <source>For the therapist</source>
      <translation>Für die Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="234" />
      <source>Your own reactions (countertransference)</source>
      <translation>Ihre eigenen Reaktionen (Gegenübertragung)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="235" />
      <source>Questions for the therapist</source>
      <translation>Fragen an die Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="236" />
      <source>Proposal for next session</source>
      <translation>Vorschlag für die nächste Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="237" />
      <source>Your r&amp;eactions</source>
      <translation>Ihre &amp;Reaktionen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="238" />
      <source>&amp;Questions</source>
      <translation>&amp;Fragen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="239" />
      <source>Proposal for ne&amp;xt</source>
      <translation>Nä&amp;chste Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="242" />
      <source>Process recording</source>
      <translation>Prozessaufzeichnung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="243" />
      <source>Process recording (kept apart)</source>
      <translation>Prozessaufzeichnung (getrennt verwahrt)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="245" />
      <source>Your detailed notes to the therapist. Kept apart from the clinical record: only the therapist and you read them, and they never appear in the progress summary.</source>
      <translation>Ihre ausführlichen Notizen an die Therapeut:in. Getrennt von der klinischen Akte verwahrt: Nur die Therapeut:in und Sie lesen sie, und sie erscheinen nie im Verlaufsbericht.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="256" />
      <source>Reason for the amendment</source>
      <translation>Begründung der Berichtigung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="262" />
      <source>A&amp;mend debrief</source>
      <translation>Nachbesprechung &amp;berichtigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="262" />
      <source>Sub&amp;mit debrief</source>
      <translation>&amp;Nachbesprechung einreichen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="320" />
      <source>Agreed in the triad agreement: stop signal “%s”, pause signal “%s”. Say how often the client used each; any use flags the debrief for the therapist's review.</source>
      <translation>In der Triadenvereinbarung vereinbart: Stoppsignal „%s“, Pausensignal „%s“. Geben Sie an, wie oft die Klient:in jedes verwendet hat; jede Verwendung markiert die Nachbesprechung zur Durchsicht durch die Therapeut:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="324" />
      <source>&amp;Stop signal “%s” used</source>
      <translation>&amp;Stoppsignal „%s“ verwendet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="325" />
      <source>&amp;Pause signal “%s” used</source>
      <translation>&amp;Pausensignal „%s“ verwendet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="326" />
      <source>Stop signal “%s” used</source>
      <translation>Stoppsignal „%s“ verwendet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="327" />
      <source>Pause signal “%s” used</source>
      <translation>Pausensignal „%s“ verwendet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="329" />
      <source>No stop or pause signal is recorded in the triad agreement in force: count any signal the client used, and tell the therapist.</source>
      <translation>In der gültigen Triadenvereinbarung ist kein Stopp- oder Pausensignal erfasst: Zählen Sie jedes Signal, das die Klient:in verwendet hat, und informieren Sie die Therapeut:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="343" />
      <source>This session included genital touch or intercourse. Was the safer-sex agreement kept? Agreed: “%s”</source>
      <translation>In dieser Sitzung gab es genitale Berührung oder Geschlechtsverkehr. Wurde die Safer-Sex-Vereinbarung eingehalten? Vereinbart: „%s“</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="347" />
      <source>This session included genital touch or intercourse, but the triad agreement in force records no safer-sex agreement: say what was done, and tell the therapist. Was safer-sex practice kept?</source>
      <translation>In dieser Sitzung gab es genitale Berührung oder Geschlechtsverkehr, aber die gültige Triadenvereinbarung enthält keine Safer-Sex-Vereinbarung: Geben Sie an, was getan wurde, und informieren Sie die Therapeut:in. Wurde Safer Sex praktiziert?</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="355" />
      <source>No consent of its own in force at %s for: %s. The debrief records it as it happened and is flagged for the therapist's review.</source>
      <translation>Am %s keine eigene Einwilligung in Kraft für: %s. Die Nachbesprechung hält fest, was geschah, und wird zur Durchsicht durch die Therapeut:in markiert.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="363" />
      <source>Not covered by consent in force at %s: %s. An amendment does not flag the debrief again: tell the therapist.</source>
      <translation>Am %s nicht durch eine gültige Einwilligung abgedeckt: %s. Eine Berichtigung markiert die Nachbesprechung nicht erneut: Informieren Sie die Therapeut:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="365" />
      <source>Not covered by consent in force at %s: %s. The debrief records it as it happened and is flagged for the therapist's review.</source>
      <translation>Am %s nicht durch eine gültige Einwilligung abgedeckt: %s. Die Nachbesprechung hält fest, was geschah, und wird zur Durchsicht durch die Therapeut:in markiert.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="415" />
      <source>Tick the activities done in this session (at least one).</source>
      <translation>Haken Sie die in dieser Sitzung durchgeführten Aktivitäten an (mindestens eine).</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="419" />
      <source>Rate SUDS before and after the session: move each slider (0 = no distress), or tick “not rated”.</source>
      <translation>Bewerten Sie SUDS vor und nach der Sitzung: Bewegen Sie jeden Schieberegler (0 = keine Belastung) oder haken Sie „nicht bewertet“ an.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="424" />
      <source>Say in the note which boundary was not kept and what happened.</source>
      <translation>Geben Sie in der Notiz an, welche Grenze nicht eingehalten wurde und was geschah.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="447" />
      <source>the aid “%s”</source>
      <translation>das Hilfsmittel „%s“</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="448" />
      <source>%s was not covered by consent in force at %s.

The debrief is recorded as it happened and flagged for the therapist's review. Submit it?</source>
      <translation>%s war am %s nicht durch eine gültige Einwilligung abgedeckt.

Die Nachbesprechung hält fest, was geschah, und wird zur Durchsicht durch die Therapeut:in markiert. Einreichen?</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="452" />
      <source>Submit and flag for review</source>
      <translation>Einreichen und zur Durchsicht markieren</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="96" />
      <source>Amend debrief</source>
      <translation>Nachbesprechung berichtigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="96" />
      <source>Debrief</source>
      <translation>Nachbesprechung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="99" />
      <source>%s, %s. Record what happened, as it happened. An activity outside consent, a stop or pause signal, or a boundary not kept is accepted and flags the debrief for the therapist's review.</source>
      <translation>%s, %s. Halten Sie fest, was geschah, so wie es geschah. Eine Aktivität außerhalb der Einwilligung, ein Stopp- oder Pausensignal oder eine nicht eingehaltene Grenze wird angenommen und markiert die Nachbesprechung zur Durchsicht durch die Therapeut:in.</translation>
    </message>
  </context>
  <context>
    <name>DemoDialog</name>
    <message>
      <location filename="ui/start/create.py" line="68" />
      <source>Try the demo practice</source>
      <translation>Demopraxis ausprobieren</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="70" />
      <source>The demo is a separate vault with five made-up cases, their consent, sessions and debriefs. Choose a passphrase for it: every demo member (therapist, surrogate partners, supervisor) unlocks with it. It holds no real data.</source>
      <translation>Die Demo ist ein separater Tresor mit fünf erfundenen Fällen, deren Einwilligungen, Sitzungen und Nachbesprechungen. Wählen Sie dafür eine Passphrase: Jedes Demo-Mitglied (Therapeut:in, Surrogatpartner:innen, Supervisor:in) entsperrt damit. Er enthält keine echten Daten.</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="77" />
      <source>Demo passphrase</source>
      <translation>Demo-Passphrase</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="78" />
      <source>Confirm demo passphrase</source>
      <translation>Demo-Passphrase bestätigen</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="80" />
      <source>Passphrase strength</source>
      <translation>Stärke der Passphrase</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="81" />
      <source>&amp;Passphrase</source>
      <translation>&amp;Passphrase</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="82" />
      <source>Con&amp;firm</source>
      <translation>&amp;Bestätigen</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="88" />
      <source>Error message</source>
      <translation>Fehlermeldung</translation>
    </message>
    <message>
      <location filename="ui/start/create.py" line="91" />
      <source>&amp;Build the demo</source>
      <translation>Demo &amp;erstellen</translation>
    </message>
  </context>
  <context>
    <name>DraftDialog</name>
    <message>
      <location filename="ui/widgets/drafts.py" line="214" />
      <source>Filled in from your unsaved draft of %s. Nothing of it is recorded until you save the form.</source>
      <translation>Aus Ihrem ungespeicherten Entwurf vom %s ausgefüllt. Nichts davon wird erfasst, bevor Sie das Formular speichern.</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="218" />
      <source>Draft restored</source>
      <translation>Entwurf wiederhergestellt</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="378" />
      <source>You have %1 for %2 from %3.</source>
      <translation>Sie haben %1 für %2 vom %3.</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="380" />
      <source>You have %1 from %2.</source>
      <translation>Sie haben %1 vom %2.</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="387" />
      <source>Unfinished form</source>
      <translation>Unfertiges Formular</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="388" />
      <source>It was kept, encrypted in the vault, when the app locked or closed. Continue opens the form filled in; nothing is recorded until you save it there.</source>
      <translation>Es wurde verschlüsselt im Tresor aufbewahrt, als die App gesperrt oder geschlossen wurde. „Fortsetzen“ öffnet das ausgefüllte Formular; nichts wird erfasst, bevor Sie es dort speichern.</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="390" />
      <source>&amp;Continue</source>
      <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="390" />
      <source>&amp;Discard</source>
      <translation>&amp;Verwerfen</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="391" />
      <source>&amp;Later</source>
      <translation>&amp;Später</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="94" />
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="95" />
      <source>This form has changes that are not saved. Discard them?</source>
      <translation>Dieses Formular hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="96" />
      <source>“Keep as draft” closes the form and keeps what you typed, encrypted in the vault, for you alone; it is offered back the next time you open this form or unlock.</source>
      <translation>„Als Entwurf behalten“ schließt das Formular und bewahrt das Eingegebene verschlüsselt im Tresor auf, nur für Sie; es wird Ihnen beim nächsten Öffnen dieses Formulars oder beim Entsperren wieder angeboten.</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="98" />
      <source>&amp;Keep editing</source>
      <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="98" />
      <source>Keep as &amp;draft</source>
      <translation>Als &amp;Entwurf behalten</translation>
    </message>
    <message>
      <location filename="ui/widgets/drafts.py" line="99" />
      <source>&amp;Discard changes</source>
      <translation>Änderungen &amp;verwerfen</translation>
    </message>
  </context>
  <context>
    <name>EditClientDialog</name>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="340" />
      <source>Edit client %s</source>
      <translation>Klient:in %s bearbeiten</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="343" />
      <source>Only the fields you change are recorded, as a signed entry in the case's log; earlier values stay in the record. The legal name is optional and printed only when someone asks for names.</source>
      <translation>Nur die Felder, die Sie ändern, werden erfasst, als signierter Eintrag im Journal des Falls; frühere Werte bleiben in der Akte. Der amtliche Name ist optional und wird nur gedruckt, wenn jemand Namen anfordert.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="354" />
      <source>&amp;Save changes</source>
      <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="364" />
      <source>Nothing has changed yet.</source>
      <translation>Noch nichts geändert.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="371" />
      <source>Nothing has changed, so nothing was saved.</source>
      <translation>Nichts geändert, daher wurde nichts gespeichert.</translation>
    </message>
  </context>
  <context>
    <name>ExchangeDialog</name>
    <message>
      <source>Identity card (*.json)</source>
      <translation type="vanished">Identitätskarte (*.json)</translation>
    </message>
    <message>
      <source>Triad packet (*.age)</source>
      <translation type="vanished">Triad-Paket (*.age)</translation>
    </message>
    <message>
      <source>Triad packet (*.age);;All files (*)</source>
      <translation type="vanished">Triad-Paket (*.age);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="153" />
      <source>Exchange</source>
      <translation>Austausch</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="160" />
      <source>My identity card</source>
      <translation>Meine Identitätskarte</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="164" />
      <source>My fingerprint</source>
      <translation>Mein Fingerabdruck</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="166" />
      <source>Give your card file to the others in your triad and read them this fingerprint by phone or in person:</source>
      <translation>Geben Sie Ihre Kartendatei den anderen Ihrer Triade und lesen Sie ihnen diesen Fingerabdruck telefonisch oder persönlich vor:</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="169" />
      <source>&amp;Save my card…</source>
      <translation>Meine &amp;Karte speichern…</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="174" />
      <location filename="ui/exchange/dialog.py" line="177" />
      <source>Contacts</source>
      <translation>Kontakte</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="181" />
      <source>No contacts yet. Ask the others in your triad for their identity card file, then Add contact from card… and compare fingerprints.</source>
      <translation>Noch keine Kontakte. Bitten Sie die anderen Ihrer Triade um ihre Identitätskartendatei, wählen Sie dann „Kontakt aus Karte hinzufügen…“ und vergleichen Sie die Fingerabdrücke.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="187" />
      <source>&amp;Add contact from card…</source>
      <translation>Kontakt aus Karte &amp;hinzufügen…</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="188" />
      <source>S&amp;hare this case</source>
      <translation>Diesen Fall &amp;teilen</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="189" />
      <source>&amp;Folders…</source>
      <translation>&amp;Ordner…</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="190" />
      <source>&amp;Write packet…</source>
      <translation>Paket &amp;schreiben…</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="191" />
      <source>How e&amp;xchange works</source>
      <translation>&amp;Wie der Austausch funktioniert</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="200" />
      <source>&amp;Import packet…</source>
      <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="201" />
      <source>S&amp;ync folders now</source>
      <translation>Ordner jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="209" />
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="237" />
      <source>%1 (since %2)</source>
      <translation>%1 (seit %2)</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="239" />
      <source>out: %s</source>
      <translation>aus: %s</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="240" />
      <source>in: %s</source>
      <translation>ein: %s</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="241" />
      <source>something new</source>
      <translation>etwas Neues</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="244" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message numerus="yes">
      <location filename="ui/exchange/dialog.py" line="254" />
      <source>%n entries are held until the packets before them arrive.</source>
      <translation>
        <numerusform>%n Eintrag wird zurückgehalten, bis die Pakete davor eintreffen.</numerusform>
        <numerusform>%n Einträge werden zurückgehalten, bis die Pakete davor eintreffen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="256" />
      <source>An entry that waits %1 days is dropped; its sender's next packet carries it again.</source>
      <translation>Ein Eintrag, der %1 Tage wartet, wird verworfen; das nächste Paket seiner Absender:in enthält ihn erneut.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="269" />
      <location filename="ui/exchange/dialog.py" line="274" />
      <source>Choose a contact first.</source>
      <translation>Wählen Sie zuerst einen Kontakt.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="272" />
      <source>Only a therapist shares a case.</source>
      <translation>Nur eine Therapeut:in teilt einen Fall.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="273" />
      <source>Open a case first.</source>
      <translation>Öffnen Sie zuerst einen Fall.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="275" />
      <source>Add the contact to this case's triad in their role.</source>
      <translation>Den Kontakt in seiner Rolle zur Triade dieses Falls hinzufügen.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="292" />
      <source>Save my identity card</source>
      <translation>Meine Identitätskarte speichern</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="293" />
      <source>Identity card (*.triadcard)</source>
      <translation>Identitätskarte (*.triadcard)</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="301" />
      <source>Card saved. Read them your fingerprint: %s</source>
      <translation>Karte gespeichert. Lesen Sie Ihren Fingerabdruck vor: %s</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="316" />
      <source>Nothing was imported from %s.</source>
      <translation>Aus %s wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="319" />
      <source>Choose an identity card</source>
      <translation>Identitätskarte wählen</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="320" />
      <source>Identity card (*.triadcard *.json)</source>
      <translation>Identitätskarte (*.triadcard *.json)</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="338" />
      <source>%s is now a contact.</source>
      <translation>%s ist jetzt ein Kontakt.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="350" />
      <source>%s is now in this case's triad. Write them a packet to send the case.</source>
      <translation>%s gehört jetzt zur Triade dieses Falls. Schreiben Sie ein Paket, um den Fall zu senden.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="352" />
      <source>%s is already in this case's triad.</source>
      <translation>%s gehört bereits zur Triade dieses Falls.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="372" />
      <source>Save the packet</source>
      <translation>Paket speichern</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="373" />
      <source>Triad packet (*.triadpacket)</source>
      <translation>Triad-Paket (*.triadpacket)</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="379" />
      <source>Packet %1 written: %2 entries for %3 case(s). Give the file to them; only they can open it.</source>
      <translation>Paket %1 geschrieben: %2 Einträge (Fälle: %3). Übergeben Sie die Datei; nur die Empfänger:in kann sie öffnen.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="392" />
      <source>Choose a packet</source>
      <translation>Paket wählen</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="393" />
      <source>Triad packet (*.triadpacket *.age);;All files (*)</source>
      <translation>Triad-Paket (*.triadpacket *.age);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="402" />
      <source>This packet was imported before; nothing changed.</source>
      <translation>Dieses Paket wurde bereits importiert; nichts hat sich geändert.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="404" />
      <source>Packet imported: %1 new entries, %2 held until earlier packets arrive.</source>
      <translation>Paket importiert: %1 neue Einträge, %2 zurückgehalten, bis frühere Pakete eintreffen.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="409" />
      <source>%1 entries that waited more than %2 days for earlier packets were dropped; their senders' next packets carry them again.</source>
      <translation>%1 Einträge, die mehr als %2 Tage auf frühere Pakete gewartet haben, wurden verworfen; die nächsten Pakete ihrer Absender:innen enthalten sie erneut.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="444" />
      <source>Left out: %1. No release of information is in force for it, so nothing new about it was sent; what you wrote stays in your vault until a new release from the client reaches you.</source>
      <translation>Ausgelassen: %1. Dafür ist keine Schweigepflichtentbindung in Kraft, daher wurde nichts Neues dazu gesendet; was Sie geschrieben haben, bleibt in Ihrem Tresor, bis Sie eine neue Schweigepflichtentbindung der Klient:in erreicht.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="450" />
      <source>Left out: %1. No release of information is in force for it, so nothing written since it ended was sent; record the client's new release on the Consent tab first.</source>
      <translation>Ausgelassen: %1. Dafür ist keine Schweigepflichtentbindung in Kraft, daher wurde nichts gesendet, was seit ihrem Ende geschrieben wurde; erfassen Sie zuerst die neue Schweigepflichtentbindung der Klient:in auf dem Tab Einwilligung.</translation>
    </message>
    <message numerus="yes">
      <location filename="ui/exchange/dialog.py" line="458" />
      <source>%n packet(s) imported</source>
      <translation>
        <numerusform>%n Paket importiert</numerusform>
        <numerusform>%n Pakete importiert</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="ui/exchange/dialog.py" line="460" />
      <source>%n written</source>
      <translation>
        <numerusform>%n geschrieben</numerusform>
        <numerusform>%n geschrieben</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="ui/exchange/dialog.py" line="462" />
      <source>%n refused (damaged, or not for you)</source>
      <translation>
        <numerusform>%n abgelehnt (beschädigt oder nicht für Sie)</numerusform>
        <numerusform>%n abgelehnt (beschädigt oder nicht für Sie)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="ui/exchange/dialog.py" line="465" />
      <source>%n folder(s) not reachable</source>
      <translation>
        <numerusform>%n Ordner nicht erreichbar</numerusform>
        <numerusform>%n Ordner nicht erreichbar</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExchangeGuide</name>
    <message>
      <location filename="ui/exchange/guide.py" line="24" />
      <source>A therapist opens Practice… → Members and adds each member, in their role, with their own passphrase.</source>
      <translation>Eine Therapeut:in öffnet Praxis… → Mitglieder und fügt jedes Mitglied in seiner Rolle mit eigener Passphrase hinzu.</translation>
    </message>
    <message>
      <location filename="ui/exchange/guide.py" line="27" />
      <source>Each member signs in with their own name; Lock (Ctrl+L) before handing the computer over.</source>
      <translation>Jedes Mitglied meldet sich mit eigenem Namen an; sperren Sie (Ctrl+L), bevor Sie den Computer übergeben.</translation>
    </message>
    <message>
      <location filename="ui/exchange/guide.py" line="30" />
      <source>Nothing else: everyone works in the same vault, and each reads only what their role on the case allows.</source>
      <translation>Sonst nichts: Alle arbeiten im selben Tresor, und jede Person liest nur, was ihre Rolle im Fall erlaubt.</translation>
    </message>
    <message>
      <location filename="ui/exchange/guide.py" line="35" />
      <source>Each member: Save my card… and give the card file to the others (by e-mail or a USB stick).</source>
      <translation>Jedes Mitglied: „Meine Karte speichern…“ und die Kartendatei den anderen geben (per E-Mail oder USB-Stick).</translation>
    </message>
    <message>
      <location filename="ui/exchange/guide.py" line="38" />
      <source>Add contact from card… for each card you receive, and compare its fingerprint with its owner by phone or in person before you tick that it matches.</source>
      <translation>„Kontakt aus Karte hinzufügen…“ für jede erhaltene Karte, und vergleichen Sie den Fingerabdruck telefonisch oder persönlich mit der Person, der die Karte gehört, bevor Sie die Übereinstimmung bestätigen.</translation>
    </message>
    <message>
      <location filename="ui/exchange/guide.py" line="42" />
      <source>The therapist: open the case, choose the contact and Share this case (it adds them to the triad in their role). A case travels only while the client's release of information is in force.</source>
      <translation>Die Therapeut:in: den Fall öffnen, den Kontakt wählen und „Diesen Fall teilen“ (das fügt ihn in seiner Rolle zur Triade hinzu). Ein Fall wird nur übermittelt, solange die Schweigepflichtentbindung der Klient:in in Kraft ist.</translation>
    </message>
    <message>
      <location filename="ui/exchange/guide.py" line="46" />
      <source>Write packet… for a contact, or set Folders… to a shared folder or USB stick so that packets go out and come in by themselves.</source>
      <translation>„Paket schreiben…“ für einen Kontakt, oder unter „Ordner…“ einen gemeinsamen Ordner oder USB-Stick festlegen, damit Pakete von selbst hinaus- und hereingehen.</translation>
    </message>
    <message>
      <location filename="ui/exchange/guide.py" line="49" />
      <source>The other member: Import packet… (or Sync folders now). Repeat whenever something new is recorded: a debrief goes back to the therapist the same way.</source>
      <translation>Das andere Mitglied: „Paket importieren…“ (oder „Ordner jetzt synchronisieren“). Wiederholen, sobald etwas Neues erfasst wird: Eine Nachbesprechung geht auf demselben Weg an die Therapeut:in zurück.</translation>
    </message>
    <message>
      <location filename="ui/exchange/guide.py" line="59" />
      <source>One shared vault, or separate vaults with packets?</source>
      <translation>Ein gemeinsamer Tresor oder getrennte Tresore mit Paketen?</translation>
    </message>
    <message>
      <location filename="ui/exchange/guide.py" line="60" />
      <source>How exchange works</source>
      <translation>Wie der Austausch funktioniert</translation>
    </message>
    <message>
      <location filename="ui/exchange/guide.py" line="77" />
      <source>A reading aid: ticks are not kept.</source>
      <translation>Eine Lesehilfe: Häkchen werden nicht gespeichert.</translation>
    </message>
    <message>
      <location filename="ui/exchange/guide.py" line="86" />
      <source>Use one shared vault when every member of the triad works on the same computer (the practice's, say). Nothing needs exchanging: no cards, no packets.</source>
      <translation>Verwenden Sie einen gemeinsamen Tresor, wenn alle Mitglieder der Triade am selben Computer arbeiten (etwa dem der Praxis). Dann muss nichts ausgetauscht werden: keine Karten, keine Pakete.</translation>
    </message>
    <message>
      <location filename="ui/exchange/guide.py" line="90" />
      <source>Use separate vaults with packets when members work on their own computers: each keeps their own vault, and case records travel between them as packets, files encrypted to their one recipient (no network connection, no server).</source>
      <translation>Verwenden Sie getrennte Tresore mit Paketen, wenn Mitglieder an eigenen Computern arbeiten: Jedes hat einen eigenen Tresor, und Falleinträge gelangen als Pakete von einem zum anderen – Dateien, die für genau eine Empfänger:in verschlüsselt sind (keine Netzwerkverbindung, kein Server).</translation>
    </message>
  </context>
  <context>
    <name>FindingsModel</name>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="64" />
      <source>Rule</source>
      <translation>Regel</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="64" />
      <source>Severity</source>
      <translation>Schweregrad</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="65" />
      <source>Concerns</source>
      <translation>Zeitpunkt</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="65" />
      <source>Explanation</source>
      <translation>Erläuterung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="66" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>FindingsPage</name>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="161" />
      <source>Summary of findings</source>
      <translation>Übersicht der Feststellungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="164" />
      <source>All findings</source>
      <translation>Alle Feststellungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="165" />
      <source>Open only</source>
      <translation>Nur offene</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="166" />
      <source>Show findings</source>
      <translation>Feststellungen anzeigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="167" />
      <source>S&amp;how:</source>
      <translation>An&amp;zeigen:</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="173" />
      <source>Findings</source>
      <translation>Feststellungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="175" />
      <location filename="ui/casefile/audit/findings.py" line="181" />
      <source>Finding</source>
      <translation>Feststellung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="176" />
      <source>The record the finding points to</source>
      <translation>Der Eintrag, auf den die Feststellung verweist</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="177" />
      <source>Sig&amp;n off…</source>
      <translation>&amp;Abzeichnen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="178" />
      <source>Sign off the finding</source>
      <translation>Feststellung abzeichnen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="179" />
      <source>Add re&amp;mediation note…</source>
      <translation>Be&amp;hebungsnotiz hinzufügen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="180" />
      <source>Add a remediation note</source>
      <translation>Behebungsnotiz hinzufügen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="189" />
      <source>The record it points to</source>
      <translation>Der Eintrag, auf den sie verweist</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="200" />
      <source>No findings</source>
      <translation>Keine Feststellungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="247" />
      <source>The consent audit is for the case's therapist and supervisor. The plan and consent scope are in the other tabs.</source>
      <translation>Die Einwilligungsprüfung ist für die Therapeut:in und die Supervisor:in des Falls bestimmt. Plan und Umfang der Einwilligung finden Sie auf den anderen Tabs.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="265" />
      <source>No findings · audit run %1</source>
      <translation>Keine Feststellungen · Prüfung vom %1</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="267" />
      <source>%1 · open: %2 · signed off: %3 · resolved: %4 · audit run %5</source>
      <translation>%1 · offen: %2 · abgezeichnet: %3 · erledigt: %4 · Prüfung vom %5</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="269" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="279" />
      <source>No findings: the consent documentation of this case passes every rule.</source>
      <translation>Keine Feststellungen: Die Einwilligungsdokumentation dieses Falls erfüllt jede Regel.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="316" />
      <source>Rule</source>
      <translation>Regel</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="316" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="317" />
      <source>Concerns</source>
      <translation>Zeitpunkt</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="321" />
      <source>Sign-offs</source>
      <translation>Abzeichnungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="322" />
      <source>Not signed off yet.</source>
      <translation>Noch nicht abgezeichnet.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="323" />
      <source>Remediation notes</source>
      <translation>Notizen zur Behebung</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="324" />
      <source>No remediation note yet.</source>
      <translation>Noch keine Behebungsnotiz.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="361" />
      <source>Sign off %1</source>
      <translation>%1 abzeichnen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="362" />
      <source>Your comment is signed and kept with the case. It cannot be edited later.</source>
      <translation>Ihr Kommentar wird signiert und beim Fall aufbewahrt. Er kann später nicht bearbeitet werden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="363" />
      <source>&amp;Comment (required):</source>
      <translation>&amp;Kommentar (Pflichtfeld):</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="363" />
      <source>Sign off</source>
      <translation>Abzeichnen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="364" />
      <source>Write a comment: what you checked, and why the finding is acceptable.</source>
      <translation>Schreiben Sie einen Kommentar: was Sie geprüft haben und warum die Feststellung vertretbar ist.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="367" />
      <source>Remediation note for %1</source>
      <translation>Behebungsnotiz zu %1</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="368" />
      <source>Say what was done about it. The note is signed and kept with the case.</source>
      <translation>Geben Sie an, was dagegen unternommen wurde. Die Notiz wird signiert und beim Fall aufbewahrt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="369" />
      <source>&amp;Note (required):</source>
      <translation>&amp;Notiz (Pflichtfeld):</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="369" />
      <source>Add note</source>
      <translation>Notiz hinzufügen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="370" />
      <source>Write the note: what was done, or will be done, about this finding.</source>
      <translation>Schreiben Sie die Notiz: was gegen diese Feststellung unternommen wurde oder wird.</translation>
    </message>
  </context>
  <context>
    <name>FindingsQueueDialog</name>
    <message>
      <location filename="ui/supervision/queue.py" line="105" />
      <source>Open findings</source>
      <translation>Offene Feststellungen</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="116" />
      <source>&amp;Open finding</source>
      <translation>Feststellung &amp;öffnen</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="118" />
      <source>Show this finding on its case's Audit tab (Enter)</source>
      <translation>Diese Feststellung auf dem Tab „Prüfung“ ihres Falls anzeigen (Enter)</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="144" />
      <source>Member credential</source>
      <translation>Nachweis eines Mitglieds</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="145" />
      <source>All cases</source>
      <translation>Alle Fälle</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="147" />
      <source>All rules</source>
      <translation>Alle Regeln</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="170" />
      <source>No open findings: every finding on your cases is signed off or resolved.</source>
      <translation>Keine offenen Feststellungen: Jede Feststellung zu Ihren Fällen ist abgezeichnet oder erledigt.</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="172" />
      <source>No open finding matches these filters. Choose All in a filter to see more.</source>
      <translation>Keine offene Feststellung entspricht diesen Filtern. Wählen Sie in einem Filter „Alle“, um mehr zu sehen.</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="174" />
      <source>%1 of %2 open findings shown</source>
      <translation>%1 von %2 offenen Feststellungen angezeigt</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="77" />
      <source>Findings queue</source>
      <translation>Warteschlange der Feststellungen</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="82" />
      <source>Every open finding on the cases you audit, most severe first. Open one (Enter or double-click) to read its record and sign it off on the case's Audit tab.</source>
      <translation>Jede offene Feststellung zu den Fällen, die Sie prüfen, die schwersten zuerst. Öffnen Sie eine (Enter oder Doppelklick), um ihren Eintrag zu lesen und sie auf dem Tab „Prüfung“ des Falls abzuzeichnen.</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="89" />
      <source>Filter by severity</source>
      <translation>Nach Schweregrad filtern</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="90" />
      <source>All severities</source>
      <translation>Alle Schweregrade</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="92" />
      <source>%1 or worse</source>
      <translation>%1 oder schwerer</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="95" />
      <source>Filter by case</source>
      <translation>Nach Fall filtern</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="97" />
      <source>Filter by rule</source>
      <translation>Nach Regel filtern</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="98" />
      <source>&amp;Case:</source>
      <translation>&amp;Fall:</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="98" />
      <source>&amp;Severity:</source>
      <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="99" />
      <source>&amp;Rule:</source>
      <translation>&amp;Regel:</translation>
    </message>
  </context>
  <context>
    <name>FoldersDialog</name>
    <message>
      <location filename="ui/exchange/dialog.py" line="109" />
      <source>Exchange folders</source>
      <translation>Austauschordner</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="111" />
      <source>Triad writes packets for %s to the outbox and picks up theirs from the inbox while the vault is open. Use folders both of you reach: a USB stick, a network share or a folder kept in sync by Syncthing. Packets are encrypted; leave a field empty to stop.</source>
      <translation>Triad schreibt Pakete für %s in den Postausgang und holt deren Pakete aus dem Posteingang ab, solange der Tresor geöffnet ist. Verwenden Sie Ordner, die Sie beide erreichen: einen USB-Stick, eine Netzwerkfreigabe oder einen mit Syncthing synchron gehaltenen Ordner. Pakete sind verschlüsselt; lassen Sie ein Feld leer, um damit aufzuhören.</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="120" />
      <source>&amp;Inbox</source>
      <translation>Post&amp;eingang</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="120" />
      <source>&amp;Outbox</source>
      <translation>Post&amp;ausgang</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="124" />
      <source>Choose…</source>
      <translation>Wählen…</translation>
    </message>
    <message>
      <location filename="ui/exchange/dialog.py" line="136" />
      <source>Choose a folder</source>
      <translation>Ordner wählen</translation>
    </message>
  </context>
  <context>
    <name>Form</name>
    <message>
      <location filename="ui/widgets/form.py" line="19" />
      <source>Error message</source>
      <translation>Fehlermeldung</translation>
    </message>
  </context>
  <context>
    <name>FormTextPanel</name>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="115" />
      <source>The whole form was shown.</source>
      <translation>Das ganze Formular wurde angezeigt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="55" />
      <source>Read the whole form with the client: signing is possible once the text has been scrolled to its end.</source>
      <translation>Lesen Sie das ganze Formular mit der Klient:in: Unterschreiben ist möglich, sobald der Text bis zum Ende gescrollt wurde.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="56" />
      <source>Read the whole form: signing is possible once the text has been scrolled to its end.</source>
      <translation>Lesen Sie das ganze Formular: Unterschreiben ist möglich, sobald der Text bis zum Ende gescrollt wurde.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="64" />
      <source>Content hash of the form text</source>
      <translation>Inhalts-Hash des Formulartexts</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="69" />
      <source>The whole text of the form</source>
      <translation>Der vollständige Text des Formulars</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="83" />
      <source>version %d</source>
      <translation>Fassung %d</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="85" />
      <source>Content hash (SHA-256): %s</source>
      <translation>Inhalts-Hash (SHA-256): %s</translation>
    </message>
  </context>
  <context>
    <name>GiveConsentDialog</name>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="111" />
      <source>Give consent</source>
      <translation>Einwilligung erteilen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="117" />
      <source>Form and version</source>
      <translation>Formular und Fassung</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="122" />
      <source>&amp;Form</source>
      <translation>&amp;Formular</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="124" />
      <source>Activities on the ladder</source>
      <translation>Aktivitäten der Stufenleiter</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="144" />
      <source>This form names no activities from the ladder: it is a consent of its own (for example to share information).</source>
      <translation>Dieses Formular nennt keine Aktivitäten der Stufenleiter: Es ist eine eigenständige Einwilligung (zum Beispiel zur Weitergabe von Informationen).</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="150" />
      <source>Validity</source>
      <translation>Gültigkeit</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="152" />
      <source>&amp;Starts at a set time</source>
      <translation>Beginnt zu einem fest&amp;gelegten Zeitpunkt</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="153" />
      <source>Otherwise the consent starts on the day of the last signature.</source>
      <translation>Andernfalls beginnt die Einwilligung am Tag der letzten Unterschrift.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="157" />
      <source>Valid from</source>
      <translation>Gültig ab</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="160" />
      <source>Valid &amp;until</source>
      <translation>Gültig &amp;bis</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="161" />
      <source>Otherwise the consent has no end date.</source>
      <translation>Andernfalls hat die Einwilligung kein Enddatum.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="165" />
      <source>Valid until (inclusive)</source>
      <translation>Gültig bis (einschließlich)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="172" />
      <source>Signals and safer sex</source>
      <translation>Signale und Safer Sex</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="174" />
      <source>The signals agreed at the three-way meeting, in the client's words, and the safer-sex practice agreed for genital touch or intercourse. The debrief asks the surrogate partner about these after each session.</source>
      <translation>Die beim Dreiergespräch vereinbarten Signale, in den Worten der Klient:in, und die für genitale Berührung oder Geschlechtsverkehr vereinbarte Safer-Sex-Praxis. Die Nachbesprechung fragt die Surrogatpartner:in nach jeder Sitzung danach.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="180" />
      <source>Stop signal</source>
      <translation>Stoppsignal</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="181" />
      <source>e.g. “red”</source>
      <translation>z. B. „rot“</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="183" />
      <source>Pause signal</source>
      <translation>Pausensignal</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="184" />
      <source>e.g. “amber”</source>
      <translation>z. B. „gelb“</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="186" />
      <source>Safer-sex agreement</source>
      <translation>Safer-Sex-Vereinbarung</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="187" />
      <source>e.g. fresh gloves for any genital touch; condoms for intercourse</source>
      <translation>z. B. frische Handschuhe bei jeder genitalen Berührung; Kondome beim Geschlechtsverkehr</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="191" />
      <source>S&amp;top signal</source>
      <translation>S&amp;toppsignal</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="192" />
      <source>&amp;Pause signal</source>
      <translation>&amp;Pausensignal</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="193" />
      <source>Sa&amp;fer sex</source>
      <translation>Safer Se&amp;x</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="196" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="197" />
      <source>Optional: pace, limits agreed…</source>
      <translation>Optional: Tempo, vereinbarte Grenzen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="199" />
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="210" />
      <source>The client types their full legal name</source>
      <translation>Die Klient:in tippt ihren vollständigen amtlichen Namen ein</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="212" />
      <source>Attach signed &amp;paper form…</source>
      <translation>Unterschriebenes Papierformular an&amp;hängen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="213" />
      <source>Instead of the typed name: a scan (PDF, PNG or JPEG) of the form the client signed by hand</source>
      <translation>Statt des getippten Namens: ein Scan (PDF, PNG oder JPEG) des Formulars, das die Klient:in von Hand unterschrieben hat</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="221" />
      <source>Signature of the therapist</source>
      <translation>Unterschrift der Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="225" />
      <source>Date the therapist signed</source>
      <translation>Datum der Unterschrift der Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="227" />
      <source>%s (you)</source>
      <translation>%s (Sie)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="227" />
      <source>Signed by</source>
      <translation>Unterschrieben von</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="228" />
      <source>Signed on</source>
      <translation>Unterschrieben am</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="229" />
      <source>Surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="231" />
      <source>Surrogate partner the agreement is made with</source>
      <translation>Surrogatpartner:in, mit der die Vereinbarung geschlossen wird</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="234" />
      <source>They read and sign the agreement themselves, in their own session; until then it awaits their signature and grants nothing.</source>
      <translation>Die Surrogatpartner:in liest und unterschreibt die Vereinbarung selbst, in der eigenen Sitzung; bis dahin wartet die Vereinbarung auf diese Unterschrift und erteilt nichts.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="239" />
      <source>Made with</source>
      <translation>Geschlossen mit</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="281" />
      <source>What was recorded</source>
      <translation>Was erfasst wurde</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="284" />
      <source>Sign and &amp;record</source>
      <translation>Unterschreiben und &amp;erfassen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="299" />
      <source>Form language</source>
      <translation>Formularsprache</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="300" />
      <source>The language of the form text the client reads and signs. Each language's text is a form version of its own: the record binds to its content hash.</source>
      <translation>Die Sprache des Formulartextes, den die Klient:in liest und unterschreibt. Der Text jeder Sprache ist eine eigene Formularfassung: Die Aufzeichnung ist an deren Inhalts-Hash gebunden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="303" />
      <source>Form &amp;language</source>
      <translation>Formular&amp;sprache</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="310" />
      <source>%s (version %d)</source>
      <translation>%s (Fassung %d)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="343" />
      <source>Record the consent with the client's and your signature</source>
      <translation>Die Einwilligung mit der Unterschrift der Klient:in und Ihrer erfassen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="345" />
      <source>Show the client the whole form (scroll to its end), then let them type their name or attach the signed paper form.</source>
      <translation>Zeigen Sie der Klient:in das ganze Formular (bis zum Ende scrollen) und lassen Sie sie dann ihren Namen eintippen oder hängen Sie das unterschriebene Papierformular an.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="349" />
      <source>Attach the signed paper form</source>
      <translation>Unterschriebenes Papierformular anhängen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="350" />
      <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
      <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="358" />
      <source>That file cannot be read. Choose the scan again.</source>
      <translation>Diese Datei kann nicht gelesen werden. Wählen Sie den Scan erneut.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="365" />
      <source>Attached: a %s scan, %d KiB (kept encrypted in the vault).</source>
      <translation>Angehängt: ein %s-Scan, %d KiB (verschlüsselt im Tresor aufbewahrt).</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="382" />
      <source>Signed by: %s. Covers: %s.</source>
      <translation>Unterschrieben von: %s. Umfasst: %s.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="383" />
      <source>no activities of the ladder</source>
      <translation>keine Aktivitäten der Stufenleiter</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="442" />
      <source>client</source>
      <translation>Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="442" />
      <source>surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="442" />
      <source>therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="444" />
      <source>Recorded. It is awaiting %s's signature, given in their own session; until then it grants nothing.</source>
      <translation>Erfasst. Der Eintrag wartet auf die Unterschrift (%s), die in der eigenen Sitzung geleistet wird; bis dahin erteilt er nichts.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="451" />
      <source>&amp;Close</source>
      <translation>&amp;Schließen</translation>
    </message>
  </context>
  <context>
    <name>GoalDialog</name>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="528" />
      <source>Add goal</source>
      <translation>Ziel hinzufügen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="531" />
      <source>A goal names what should change, where the client is now and where they aim to be, e.g. “Anxiety when undressing in front of a partner”, baseline 9, target 3, on the SUDS scale.</source>
      <translation>Ein Ziel benennt, was sich ändern soll, wo die Klient:in jetzt steht und wo sie hin möchte, z. B. „Angst beim Ausziehen vor einer Partnerin oder einem Partner“, Ausgangswert 9, Zielwert 3, auf der SUDS-Skala.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="538" />
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="540" />
      <source>Baseline</source>
      <translation>Ausgangswert</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="542" />
      <source>Target</source>
      <translation>Zielwert</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="545" />
      <source>Unit or scale</source>
      <translation>Einheit oder Skala</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="547" />
      <source>SUDS 0 to 10, IIEF-5 5 to 25, FSFI 2 to 36; or type any unit, or none.</source>
      <translation>SUDS 0 bis 10, IIEF-5 5 bis 25, FSFI 2 bis 36; oder eine beliebige Einheit eingeben, oder keine.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="548" />
      <source>&amp;Baseline</source>
      <translation>&amp;Ausgangswert</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="548" />
      <source>&amp;Goal</source>
      <translation>&amp;Ziel</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="549" />
      <source>&amp;Target</source>
      <translation>Ziel&amp;wert</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="549" />
      <source>&amp;Unit or scale</source>
      <translation>&amp;Einheit oder Skala</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="557" />
      <source>&amp;Add goal</source>
      <translation>Ziel &amp;hinzufügen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="563" />
      <location filename="ui/casefile/overview/dialogs.py" line="569" />
      <source>baseline</source>
      <translation>Ausgangswert</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="563" />
      <source>goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="564" />
      <location filename="ui/casefile/overview/dialogs.py" line="569" />
      <source>target</source>
      <translation>Zielwert</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="567" />
      <source>Please fill in the %s.</source>
      <translation>Bitte füllen Sie das Feld „%s“ aus.</translation>
    </message>
  </context>
  <context>
    <name>GoalTableModel</name>
    <message>
      <source>Baseline</source>
      <translation type="vanished">Basiswert</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation type="vanished">Ziel</translation>
    </message>
    <message>
      <source>Last progress</source>
      <translation type="vanished">Letzter Fortschritt</translation>
    </message>
    <message>
      <source>Latest</source>
      <translation type="vanished">Zuletzt</translation>
    </message>
    <message>
      <source>Target</source>
      <translation type="vanished">Zielwert</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation type="vanished">Einheit</translation>
    </message>
  </context>
  <context>
    <name>HandoverDialog</name>
    <message>
      <location filename="ui/casefile/overview/handover.py" line="23" />
      <source>Hand over %s</source>
      <translation>%s übergeben</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/handover.py" line="26" />
      <source>Hand the case over to another therapist of the practice, for example when you retire, leave or can no longer see the client. They hold the case from then on: they see and do everything you do now (export, sharing, reports), and packets go to them. The case leaves your case list; what you recorded stays in it under your name.</source>
      <translation>Übergeben Sie den Fall an eine andere Therapeut:in der Praxis, zum Beispiel wenn Sie in den Ruhestand gehen, die Praxis verlassen oder die Klient:in nicht mehr behandeln können. Von da an führt diese den Fall, sieht und tut alles, was Sie jetzt tun (Export, Teilen, Berichte), und Pakete gehen an sie. Der Fall verschwindet aus Ihrer Fallliste; was Sie erfasst haben, bleibt darin unter Ihrem Namen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/handover.py" line="37" />
      <source>Therapist taking the case</source>
      <translation>Übernehmende Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/handover.py" line="40" />
      <source>&amp;To:</source>
      <translation>&amp;An:</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/handover.py" line="43" />
      <source>e.g. retiring; the client agreed on 2 December</source>
      <translation>z. B. Ruhestand; die Klient:in hat am 2. Dezember zugestimmt</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/handover.py" line="44" />
      <source>Reason</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/handover.py" line="45" />
      <source>&amp;Reason:</source>
      <translation>&amp;Begründung:</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/handover.py" line="47" />
      <source>There is no other therapist in the practice to take the case. A therapist adds one in Practice… (Members, Add member), then hands the case over here.</source>
      <translation>In der Praxis gibt es keine andere Therapeut:in, die den Fall übernehmen kann. Eine Therapeut:in fügt unter Praxis… (Mitglieder, Mitglied hinzufügen) eine hinzu und übergibt den Fall dann hier.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/handover.py" line="55" />
      <source>What happens</source>
      <translation>Was geschieht</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/handover.py" line="60" />
      <source>Hand &amp;over</source>
      <translation>&amp;Übergeben</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/handover.py" line="71" />
      <source>%1 will hold %2; it leaves your case list.</source>
      <translation>%1 führt künftig %2; der Fall verschwindet aus Ihrer Fallliste.</translation>
    </message>
  </context>
  <context>
    <name>LegalBasis</name>
    <message>
      <location filename="ui/casefile/overview/legal.py" line="19" />
      <source>Explicit consent, GDPR Art. 9(2)(a)</source>
      <translation>Ausdrückliche Einwilligung, DSGVO Art. 9(2)(a)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/legal.py" line="20" />
      <source>Health care, GDPR Art. 9(2)(h)</source>
      <translation>Gesundheitsversorgung, DSGVO Art. 9(2)(h)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/legal.py" line="20" />
      <source>Not recorded</source>
      <translation>Nicht erfasst</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/legal.py" line="25" />
      <source>European Union (GDPR)</source>
      <translation>Europäische Union (DSGVO)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/legal.py" line="25" />
      <source>Germany (GDPR, BGB §630f)</source>
      <translation>Deutschland (DSGVO, BGB §630f)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/legal.py" line="26" />
      <source>United Kingdom (UK GDPR)</source>
      <translation>Vereinigtes Königreich (UK GDPR)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/legal.py" line="26" />
      <source>United States (HIPAA)</source>
      <translation>Vereinigte Staaten (HIPAA)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/legal.py" line="31" />
      <source>Legal basis</source>
      <translation>Rechtsgrundlage</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/legal.py" line="32" />
      <source>Why the practice may keep this health and sex-life data (GDPR Art. 9): the client's explicit consent, or health care under professional secrecy. Shown in the client's copy of the record.</source>
      <translation>Warum die Praxis diese Gesundheitsdaten und Daten zum Sexualleben aufbewahren darf (DSGVO Art. 9): die ausdrückliche Einwilligung der Klient:in oder die Gesundheitsversorgung unter Schweigepflicht. Steht in der Kopie der Akte für die Klient:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/legal.py" line="54" />
      <source>Jurisdiction</source>
      <translation>Rechtsordnung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/legal.py" line="55" />
      <source>The law the record is kept under; pick one or type another.</source>
      <translation>Das Recht, unter dem die Akte geführt wird; wählen Sie eines oder geben Sie ein anderes ein.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/legal.py" line="61" />
      <source>Not recorded: pick or type one</source>
      <translation>Nicht erfasst: wählen oder eingeben</translation>
    </message>
  </context>
  <context>
    <name>LockCountdown</name>
    <message>
      <location filename="ui/start/countdown.py" line="21" />
      <source>Locking soon</source>
      <translation>Sperre in Kürze</translation>
    </message>
    <message>
      <location filename="ui/start/countdown.py" line="22" />
      <source>Idle lock countdown</source>
      <translation>Countdown bis zur automatischen Sperre</translation>
    </message>
    <message>
      <location filename="ui/start/countdown.py" line="31" />
      <source>You have not used Triad for a while, and a form holds text that is not saved. Press any key or move the mouse to keep working. If the app locks, the form is kept as an encrypted draft and offered back when you unlock.</source>
      <translation>Sie haben Triad eine Weile nicht verwendet, und ein Formular enthält nicht gespeicherten Text. Drücken Sie eine beliebige Taste oder bewegen Sie die Maus, um weiterzuarbeiten. Wird die App gesperrt, bleibt das Formular als verschlüsselter Entwurf erhalten und wird Ihnen beim Entsperren wieder angeboten.</translation>
    </message>
    <message>
      <location filename="ui/start/countdown.py" line="39" />
      <source>Time left before the lock</source>
      <translation>Verbleibende Zeit bis zur Sperre</translation>
    </message>
    <message>
      <location filename="ui/start/countdown.py" line="64" />
      <source>Triad locks in 1 second</source>
      <translation>Triad sperrt in 1 Sekunde</translation>
    </message>
    <message>
      <location filename="ui/start/countdown.py" line="65" />
      <source>Triad locks in %1 seconds</source>
      <translation>Triad sperrt in %1 Sekunden</translation>
    </message>
  </context>
  <context>
    <name>MainView</name>
    <message>
      <location filename="ui/main/view.py" line="103" />
      <location filename="ui/main/view.py" line="570" />
      <source>About Triad</source>
      <translation>Über Triad</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="105" />
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="110" />
      <source>Where your data lives</source>
      <translation>Wo Ihre Daten liegen</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="114" />
      <source>Check the whole record now</source>
      <translation>Gesamte Akte jetzt prüfen</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="123" />
      <source>Find a client</source>
      <translation>Klient:in suchen</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="129" />
      <source>Choose a case on the left to see its file.</source>
      <translation>Wählen Sie links einen Fall, um seine Akte zu sehen.</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="150" />
      <source>Signed in</source>
      <translation>Angemeldet</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="171" />
      <source>Exchange folders</source>
      <translation>Austauschordner</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="202" />
      <source>Only a therapist can open a case.</source>
      <translation>Nur eine Therapeut:in kann einen Fall anlegen.</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="202" />
      <source>Open a new case (Ctrl+N)</source>
      <translation>Neuen Fall anlegen (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="209" />
      <source>opened on record although older than the one last opened on this computer</source>
      <translation>mit Begründung geöffnet, obwohl älter als der zuletzt auf diesem Computer geöffnete</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="212" />
      <source>%1 · signed in as %2 (%3) · %4</source>
      <translation>%1 · angemeldet als %2 (%3) · %4</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="213" />
      <source>Triad vault</source>
      <translation>Triad-Tresor</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="219" />
      <source>Every open audit finding across the cases you audit (Ctrl+Shift+F)</source>
      <translation>Jede offene Feststellung in den Fällen, die Sie prüfen (Ctrl+Shift+F)</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="221" />
      <source>Only therapists and supervisors audit cases.</source>
      <translation>Nur Therapeut:innen und Supervisor:innen prüfen Fälle.</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="222" />
      <source>Closed cases and when their retention ends; disposal and its register (Ctrl+Shift+R)</source>
      <translation>Abgeschlossene Fälle und wann ihre Aufbewahrung endet; Vernichtung und ihr Register (Ctrl+Shift+R)</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="242" />
      <source>surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="242" />
      <source>therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="243" />
      <source>supervisor</source>
      <translation>Supervisor:in</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="250" />
      <source>ENTRY LOG VERIFICATION FOUND PROBLEMS: see the Audit tab or run triad-cli verify</source>
      <translation>PRÜFUNG DES EINTRAGSJOURNALS HAT PROBLEME GEFUNDEN: siehe Tab „Prüfung“ oder triad-cli verify ausführen</translation>
    </message>
    <message numerus="yes">
      <location filename="ui/main/view.py" line="253" />
      <source>entry log verified at unlock: %n signed entries, chains and signatures check</source>
      <translation>
        <numerusform>Eintragsjournal beim Entsperren geprüft: %n signierter Eintrag, Ketten und Signaturen stimmen</numerusform>
        <numerusform>Eintragsjournal beim Entsperren geprüft: %n signierte Einträge, Ketten und Signaturen stimmen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="256" />
      <source>1 new entry verified at unlock</source>
      <translation>1 neuer Eintrag beim Entsperren geprüft</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="258" />
      <source>%1 new entries verified at unlock</source>
      <translation>%1 neue Einträge beim Entsperren geprüft</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="259" />
      <source>nothing new to verify at unlock</source>
      <translation>beim Entsperren nichts Neues zu prüfen</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="372" />
      <location filename="ui/main/view.py" line="374" />
      <source>Exchange folders: %s</source>
      <translation>Austauschordner: %s</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="523" />
      <source>That form cannot be opened now: the record changed since the draft was kept (for example, the debrief was written meanwhile). The draft stays kept; you can discard it when it is offered at your next unlock.</source>
      <translation>Dieses Formular kann jetzt nicht geöffnet werden: Die Akte hat sich geändert, seit der Entwurf gespeichert wurde (zum Beispiel wurde die Nachbesprechung inzwischen geschrieben). Der Entwurf bleibt erhalten; Sie können ihn verwerfen, wenn er Ihnen beim nächsten Entsperren angeboten wird.</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="68" />
      <source>Main</source>
      <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="71" />
      <source>New case…</source>
      <translation>Neuer Fall…</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="72" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="73" />
      <source>The sessions across all your cases, with what is due: a day, a week or a month (Ctrl+G)</source>
      <translation>Die Sitzungen aller Ihrer Fälle mit allem Fälligen: ein Tag, eine Woche oder ein Monat (Ctrl+G)</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="76" />
      <source>Refresh</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="79" />
      <source>Exchange…</source>
      <translation>Austausch…</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="81" />
      <source>Identity cards, contacts and encrypted case packets (Ctrl+E)</source>
      <translation>Identitätskarten, Kontakte und verschlüsselte Fallpakete (Ctrl+E)</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="84" />
      <source>Findings…</source>
      <translation>Feststellungen…</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="89" />
      <source>Records…</source>
      <translation>Akten…</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="92" />
      <source>Practice…</source>
      <translation>Praxis…</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="93" />
      <source>Preferences…</source>
      <translation>Einstellungen…</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="95" />
      <source>Lock</source>
      <translation>Sperren</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="96" />
      <source>Lock the vault (Ctrl+L)</source>
      <translation>Tresor sperren (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="ui/main/view.py" line="99" />
      <location filename="ui/main/view.py" line="100" />
      <source>Help</source>
      <translation>Hilfe</translation>
    </message>
  </context>
  <context>
    <name>MeasureDialog</name>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="312" />
      <source>Amend measure</source>
      <translation>Messung berichtigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="312" />
      <source>Record a measure</source>
      <translation>Messung erfassen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="317" />
      <source>Measure</source>
      <translation>Messung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="321" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="325" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="327" />
      <source>Situation or note</source>
      <translation>Situation oder Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="328" />
      <source>For SUDS: the situation rated, e.g. Undressing in front of a partner</source>
      <translation>Bei SUDS: die bewertete Situation, z. B. Ausziehen vor einer Partnerin oder einem Partner</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="330" />
      <source>&amp;Measure</source>
      <translation>&amp;Messung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="331" />
      <source>&amp;Value</source>
      <translation>&amp;Wert</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="332" />
      <source>&amp;Date</source>
      <translation>&amp;Datum</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="333" />
      <source>&amp;Situation or note</source>
      <translation>&amp;Situation oder Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="339" />
      <source>&amp;Reason</source>
      <translation>Be&amp;gründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="345" />
      <source>&amp;Amend measure</source>
      <translation>Messung &amp;berichtigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="345" />
      <source>Re&amp;cord</source>
      <translation>&amp;Erfassen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="373" />
      <source>Enter the value: %s.</source>
      <translation>Geben Sie den Wert ein: %s.</translation>
    </message>
  </context>
  <context>
    <name>MeasureTableModel</name>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="143" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="143" />
      <source>Measure</source>
      <translation>Messung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="143" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="143" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="154" />
      <source>(amended)</source>
      <translation>(berichtigt)</translation>
    </message>
  </context>
  <context>
    <name>MemberTableModel</name>
    <message>
      <location filename="ui/practice/members.py" line="103" />
      <source>expired</source>
      <translation>abgelaufen</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="103" />
      <source>expires soon</source>
      <translation>läuft bald ab</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="109" />
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="109" />
      <source>removed %s</source>
      <translation>entfernt %s</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="115" />
      <source>The credential has expired: sessions after that date are flagged by the consent audit.</source>
      <translation>Der Qualifikationsnachweis ist abgelaufen: Sitzungen nach diesem Datum werden von der Einwilligungsprüfung markiert.</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="116" />
      <source>The credential expires soon: ask for the renewed one.</source>
      <translation>Der Qualifikationsnachweis läuft bald ab: Fordern Sie den erneuerten an.</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="89" />
      <source>Added</source>
      <translation>Hinzugefügt</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="89" />
      <source>Credentials</source>
      <translation>Berufsnachweise</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="89" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="89" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="89" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="89" />
      <source>Valid until</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="97" />
      <source>%s (you)</source>
      <translation>%s (Sie)</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="99" />
      <source>supervisor</source>
      <translation>Supervisor:in</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="99" />
      <source>surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="99" />
      <source>therapist</source>
      <translation>Therapeut:in</translation>
    </message>
  </context>
  <context>
    <name>MinutesDialog</name>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="140" />
      <source>Amend minutes</source>
      <translation>Protokoll berichtigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="140" />
      <source>Meeting minutes</source>
      <translation>Gesprächsprotokoll</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="143" />
      <source>Three-way meeting of %s (client, therapist, surrogate partner). Signed when saved; corrections are amendments.</source>
      <translation>Dreiergespräch vom %s (Klient:in, Therapeut:in, Surrogatpartner:in). Beim Speichern signiert; Korrekturen sind Berichtigungen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="152" />
      <source>Client</source>
      <translation>Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="152" />
      <source>Surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="152" />
      <source>Therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="152" />
      <source>client</source>
      <translation>Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="152" />
      <source>surrogate</source>
      <translation>Surrogat</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="152" />
      <source>therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="157" />
      <source>Attended</source>
      <translation>Anwesend</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="160" />
      <location filename="ui/casefile/sessions/notes.py" line="164" />
      <source>&amp;Agreements</source>
      <translation>&amp;Vereinbarungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="160" />
      <location filename="ui/casefile/sessions/notes.py" line="164" />
      <source>&amp;Changes to the plan</source>
      <translation>Än&amp;derungen am Plan</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="160" />
      <location filename="ui/casefile/sessions/notes.py" line="164" />
      <source>&amp;Next steps</source>
      <translation>&amp;Nächste Schritte</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="160" />
      <location filename="ui/casefile/sessions/notes.py" line="164" />
      <source>N&amp;ote (free text)</source>
      <translation>N&amp;otiz (freier Text)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="165" />
      <source>This was the case's c&amp;losing meeting</source>
      <translation>Dies war das &amp;Abschlussgespräch des Falls</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="166" />
      <source>A case that had surrogate sessions closes after its closing meeting (or with the reason there was none).</source>
      <translation>Ein Fall mit Surrogatsitzungen wird nach seinem Abschlussgespräch abgeschlossen (oder mit der Begründung, warum es keines gab).</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="173" />
      <source>Rea&amp;son</source>
      <translation>Be&amp;gründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="178" />
      <source>&amp;Save minutes</source>
      <translation>Protokoll &amp;speichern</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="178" />
      <source>A&amp;mend minutes</source>
      <translation>Protokoll &amp;berichtigen</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <location filename="ui/cases/new_case.py" line="31" />
      <source>New case</source>
      <translation>Neuer Fall</translation>
    </message>
    <message>
      <location filename="ui/cases/new_case.py" line="34" />
      <source>The client is known in Triad by a pseudonymous code. A legal name is optional and only printed when you ask for names. You lead the case as its therapist.</source>
      <translation>Die Klient:in ist in Triad unter einer pseudonymen Kennung erfasst. Ein amtlicher Name ist optional und wird nur gedruckt, wenn Sie Namen anfordern. Sie führen den Fall als Therapeut:in.</translation>
    </message>
    <message>
      <location filename="ui/cases/new_case.py" line="42" />
      <source>Client</source>
      <translation>Klient:in</translation>
    </message>
    <message>
      <location filename="ui/cases/new_case.py" line="44" />
      <source>Triad</source>
      <translation>Triade</translation>
    </message>
    <message>
      <location filename="ui/cases/new_case.py" line="63" />
      <source>Open case</source>
      <translation>Fall anlegen</translation>
    </message>
  </context>
  <context>
    <name>NoteActions</name>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="275" />
      <location filename="ui/casefile/sessions/notes.py" line="300" />
      <source>Pro&amp;gress note…</source>
      <translation>&amp;Verlaufsnotiz…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="276" />
      <source>&amp;Your private note…</source>
      <translation>&amp;Ihre private Notiz…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="300" />
      <source>Amend pro&amp;gress note…</source>
      <translation>&amp;Verlaufsnotiz berichtigen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="301" />
      <source>Amend meetin&amp;g minutes…</source>
      <translation>&amp;Gesprächsprotokoll berichtigen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="301" />
      <source>Meetin&amp;g minutes…</source>
      <translation>&amp;Gesprächsprotokoll…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="313" />
      <source>Select a therapist session or a three-way meeting.</source>
      <translation>Wählen Sie eine Therapiesitzung oder ein Dreiergespräch.</translation>
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="107" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/findings.py" line="111" />
      <source>Ctrl+Return</source>
      <translation>Ctrl+Return</translation>
    </message>
  </context>
  <context>
    <name>Notes</name>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="342" />
      <source>Amended since; the original stays in the record.</source>
      <translation>Inzwischen berichtigt; das Original bleibt in der Akte.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="346" />
      <source>Progress note</source>
      <translation>Verlaufsnotiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="348" />
      <source>No progress note yet. The therapist writes it after the session with Progress note… (Ctrl+Shift+N).</source>
      <translation>Noch keine Verlaufsnotiz. Die Therapeut:in schreibt sie nach der Sitzung mit Verlaufsnotiz… (Strg+Umschalt+N).</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="352" />
      <source>Written %s by %s.</source>
      <translation>Geschrieben am %s von %s.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="363" />
      <source>Minutes of the three-way meeting</source>
      <translation>Protokoll des Dreiergesprächs</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="365" />
      <source>No minutes yet. The therapist records them after the meeting with Meeting minutes… (Ctrl+Shift+N).</source>
      <translation>Noch kein Protokoll. Die Therapeut:in erfasst es nach dem Gespräch mit Protokoll… (Strg+Umschalt+N).</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="369" />
      <source>The case's closing meeting.</source>
      <translation>Das abschließende Dreiergespräch des Falls.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="373" />
      <source>Client</source>
      <translation>Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="373" />
      <source>Surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="373" />
      <source>Therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="374" />
      <source>Attended</source>
      <translation>Anwesend</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="379" />
      <source>Your private note (only you can read it)</source>
      <translation>Ihre private Notiz (nur Sie können sie lesen)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="380" />
      <source>Sealed to an earlier key of yours: it cannot be opened after a passphrase recovery.</source>
      <translation>Mit einem früheren Schlüssel von Ihnen versiegelt: Nach einer Wiederherstellung der Passphrase lässt sie sich nicht öffnen.</translation>
    </message>
  </context>
  <context>
    <name>OlderVaultDialog</name>
    <message>
      <location filename="ui/start/older.py" line="29" />
      <source>Older vault</source>
      <translation>Älterer Tresor</translation>
    </message>
    <message>
      <location filename="ui/start/older.py" line="31" />
      <source>This vault is older than the one last opened on this computer.</source>
      <translation>Dieser Tresor ist älter als der zuletzt auf diesem Computer geöffnete.</translation>
    </message>
    <message>
      <location filename="ui/start/older.py" line="35" />
      <source>an earlier day</source>
      <translation>an einem früheren Tag</translation>
    </message>
    <message>
      <location filename="ui/start/older.py" line="37" />
      <source>This computer last saw it on %1. Entries seen here that this vault lacks: at least %2.</source>
      <translation>Zuletzt von diesem Computer gesehen: %1. Einträge, die hier gesehen wurden und diesem Tresor fehlen: mindestens %2.</translation>
    </message>
    <message>
      <location filename="ui/start/older.py" line="41" />
      <source>This computer last saw it on %1. It has gone on from an older state since: entries seen here are missing.</source>
      <translation>Zuletzt von diesem Computer gesehen: %1. Seitdem wurde er von einem älteren Stand aus weitergeführt: Hier gesehene Einträge fehlen.</translation>
    </message>
    <message>
      <location filename="ui/start/older.py" line="46" />
      <source>The folder may have been put back from a copy: a member's removal, a consent withdrawal or a correction made since would be undone. Nothing has been changed. If you did not expect this, cancel, then open the right folder or restore your newest backup file. To go back to this older state on purpose, say why: the reason is recorded in the vault's log, signed by you, and this computer then expects this state.</source>
      <translation>Der Ordner wurde möglicherweise aus einer Kopie zurückgespielt: Das Entfernen eines Mitglieds, der Widerruf einer Einwilligung oder eine seither vorgenommene Korrektur wären damit rückgängig gemacht. Es wurde nichts verändert. Wenn Sie das nicht erwartet haben, brechen Sie ab und öffnen Sie dann den richtigen Ordner oder stellen Sie Ihre neueste Sicherungsdatei wieder her. Um absichtlich zu diesem älteren Stand zurückzukehren, geben Sie die Begründung an: Die Begründung wird, von Ihnen signiert, im Journal des Tresors erfasst, und dieser Computer erwartet dann diesen Stand.</translation>
    </message>
    <message>
      <location filename="ui/start/older.py" line="58" />
      <source>e.g. restored from the Tuesday copy after a disk failure</source>
      <translation>z. B. nach einem Festplattenausfall aus der Kopie vom Dienstag wiederhergestellt</translation>
    </message>
    <message>
      <location filename="ui/start/older.py" line="60" />
      <source>Reason for opening the older vault</source>
      <translation>Begründung für das Öffnen des älteren Tresors</translation>
    </message>
    <message>
      <location filename="ui/start/older.py" line="61" />
      <source>&amp;Reason (recorded)</source>
      <translation>&amp;Begründung (wird erfasst)</translation>
    </message>
    <message>
      <location filename="ui/start/older.py" line="65" />
      <source>&amp;Open the older vault</source>
      <translation>Älteren Tresor ö&amp;ffnen</translation>
    </message>
    <message>
      <location filename="ui/start/older.py" line="70" />
      <location filename="ui/start/older.py" line="80" />
      <source>Type the reason first: it is recorded in the vault.</source>
      <translation>Geben Sie zuerst die Begründung ein: Die Begründung wird im Tresor erfasst.</translation>
    </message>
  </context>
  <context>
    <name>OpenWith</name>
    <message>
      <location filename="ui/exchange/open_with.py" line="28" />
      <source>Once it is open, Triad asks you to compare the fingerprint of the identity card %s before adding its owner as a contact.</source>
      <translation>Sobald der Tresor geöffnet ist, bittet Triad Sie, den Fingerabdruck der Identitätskarte %s zu vergleichen, bevor deren Inhaber:in als Kontakt hinzugefügt wird.</translation>
    </message>
    <message>
      <location filename="ui/exchange/open_with.py" line="30" />
      <source>Once it is open, Triad asks before importing the packet %s.</source>
      <translation>Sobald der Tresor geöffnet ist, fragt Triad, bevor das Paket %s importiert wird.</translation>
    </message>
    <message>
      <location filename="ui/exchange/open_with.py" line="34" />
      <source>The file %s cannot be read: it was moved or deleted, or this account may not read it. Import it from Exchange (Ctrl+E) once you have it again.</source>
      <translation>Die Datei %s kann nicht gelesen werden: Sie wurde verschoben oder gelöscht, oder dieses Benutzerkonto darf sie nicht lesen. Importieren Sie sie über „Austausch…“ (Ctrl+E), sobald sie wieder vorliegt.</translation>
    </message>
    <message>
      <location filename="ui/exchange/open_with.py" line="42" />
      <source>Import the packet %s into this vault? Only a packet written for you by one of your contacts is accepted; anything else is refused and changes nothing.</source>
      <translation>Das Paket %s in diesen Tresor importieren? Angenommen wird nur ein Paket, das einer Ihrer Kontakte für Sie geschrieben hat; alles andere wird abgelehnt und ändert nichts.</translation>
    </message>
    <message>
      <location filename="ui/exchange/open_with.py" line="45" />
      <source>Import packet</source>
      <translation>Paket importieren</translation>
    </message>
  </context>
  <context>
    <name>OutcomeDialog</name>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="120" />
      <source>Correct what happened</source>
      <translation>Korrigieren, was geschah</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="121" />
      <source>Record what happened</source>
      <translation>Erfassen, was geschah</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="124" />
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="145" />
      <source>from the clock</source>
      <translation>nach Uhrzeit</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="146" />
      <source> h</source>
      <translation> Std.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="148" />
      <source>Notice given, in hours</source>
      <translation>Absagefrist in Stunden</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="149" />
      <source>How many hours before the start the session was cancelled. Left at “from the clock”, a cancellation recorded before the start counts the hours until it.</source>
      <translation>Wie viele Stunden vor Beginn die Sitzung abgesagt wurde. Bleibt „nach Uhrzeit“ eingestellt, zählt eine vor Beginn erfasste Absage die Stunden bis zum Beginn.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="153" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="154" />
      <source>Optional, e.g. who called and why</source>
      <translation>Optional, z. B. wer angerufen hat und warum</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="156" />
      <source>Reason for the amendment</source>
      <translation>Begründung der Berichtigung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="157" />
      <source>Why the outcome needs correcting (required)</source>
      <translation>Warum das Ergebnis korrigiert werden muss (Pflichtfeld)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="158" />
      <source>&amp;Notice given</source>
      <translation>&amp;Absagefrist</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="159" />
      <source>N&amp;ote</source>
      <translation>N&amp;otiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="161" />
      <source>Re&amp;ason</source>
      <translation>Be&amp;gründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="169" />
      <source>&amp;Amend</source>
      <translation>&amp;Berichtigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="169" />
      <source>&amp;Record</source>
      <translation>&amp;Erfassen</translation>
    </message>
  </context>
  <context>
    <name>Overview</name>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="29" />
      <source>has capacity to consent</source>
      <translation>einwilligungsfähig</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="30" />
      <source>lacks capacity to consent</source>
      <translation>nicht einwilligungsfähig</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="31" />
      <source>needs review</source>
      <translation>erneut einzuschätzen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="42" />
      <source>not assessed: record it before the informed consent (Record capacity…)</source>
      <translation>nicht eingeschätzt: vor der Einwilligung nach Aufklärung erfassen (Einwilligungsfähigkeit erfassen…)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/capacity.py" line="44" />
      <source>%1 (assessed %2)</source>
      <translation>%1 (eingeschätzt am %2)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="114" />
      <source>The %1 must be a number on the %2 scale (%3 to %4).</source>
      <translation>%1 muss eine Zahl auf der Skala %2 sein (%3 bis %4).</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="115" />
      <source>The %1 must be between %3 and %4 on the %2 scale.</source>
      <translation>%1 muss auf der Skala %2 zwischen %3 und %4 liegen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="133" />
      <source>Client code</source>
      <translation>Fallkennung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="135" />
      <source>Capital letters, digits and hyphens, e.g. C-2026-014. Printouts show this code instead of the name.</source>
      <translation>Großbuchstaben, Ziffern und Bindestriche, z. B. C-2026-014. Ausdrucke zeigen diese Kennung statt des Namens.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="138" />
      <source>Legal name (optional)</source>
      <translation>Amtlicher Name (freiwillig)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="139" />
      <source>S&amp;how</source>
      <translation>An&amp;zeigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="140" />
      <source>Show the legal name and date of birth</source>
      <translation>Amtlichen Namen und Geburtsdatum anzeigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="141" />
      <source>Show the legal name and the date of birth while you edit them.</source>
      <translation>Amtlichen Namen und Geburtsdatum beim Bearbeiten anzeigen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="148" />
      <source>Pronouns</source>
      <translation>Pronomen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="149" />
      <source>e.g. she/her, they/them</source>
      <translation>z. B. sie/ihr, they/them</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="152" />
      <source>Date of birth</source>
      <translation>Geburtsdatum</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="155" />
      <source>Presenting concerns</source>
      <translation>Anliegen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="159" />
      <source>Concerns in the client's words</source>
      <translation>Anliegen in den Worten der Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="161" />
      <source>Contraindications</source>
      <translation>Kontraindikationen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="165" />
      <source>Medical or rehabilitation context</source>
      <translation>Medizinischer oder rehabilitativer Hintergrund</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="172" />
      <source>Client c&amp;ode</source>
      <translation>Fall&amp;kennung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="173" />
      <source>&amp;Legal name</source>
      <translation>Amtlicher &amp;Name</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="174" />
      <source>P&amp;ronouns</source>
      <translation>P&amp;ronomen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="175" />
      <source>Date of &amp;birth</source>
      <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="176" />
      <source>Presenting &amp;concerns</source>
      <translation>&amp;Anliegen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="177" />
      <source>In their &amp;words</source>
      <translation>In ihren &amp;Worten</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="178" />
      <source>Contra&amp;indications</source>
      <translation>Kontra&amp;indikationen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="179" />
      <source>&amp;Medical / rehabilitation</source>
      <translation>&amp;Medizin / Rehabilitation</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="180" />
      <source>Le&amp;gal basis</source>
      <translation>Rechts&amp;grundlage</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="181" />
      <source>&amp;Jurisdiction</source>
      <translation>&amp;Rechtsordnung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="252" />
      <source>Write the date of birth as YYYY-MM-DD, or leave it empty.</source>
      <translation>Geben Sie das Geburtsdatum als JJJJ-MM-TT ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="255" />
      <source>The date of birth is in the future. Check the year.</source>
      <translation>Das Geburtsdatum liegt in der Zukunft. Prüfen Sie das Jahr.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="270" />
      <source>Surrogate partners</source>
      <translation>Surrogatpartner:innen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="272" />
      <source>Supervisor</source>
      <translation>Supervisor:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="273" />
      <source>(none yet)</source>
      <translation>(noch keine)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="289" />
      <source>No surrogate partners in this vault yet: add them under Practice…, then here.</source>
      <translation>Noch keine Surrogatpartner:innen in diesem Tresor: Fügen Sie sie unter Praxis… hinzu, dann hier.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="291" />
      <source>A member of this triad was removed from the practice and is no longer listed: they leave the triad when you save.</source>
      <translation>Ein Mitglied dieser Triade wurde aus der Praxis entfernt und wird nicht mehr aufgeführt: Es verlässt die Triade, wenn Sie speichern.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="295" />
      <source>&amp;Surrogate partners</source>
      <translation>&amp;Surrogatpartner:innen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="297" />
      <source>Su&amp;pervisor</source>
      <translation>Su&amp;pervisor:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="45" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Intimacy difficulties</source>
      <translation>Schwierigkeiten mit Nähe</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="46" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Lack of confidence</source>
      <translation>Mangelndes Selbstvertrauen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="47" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Communication problems</source>
      <translation>Kommunikationsprobleme</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="48" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Anxiety</source>
      <translation>Angst</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="49" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Performance anxiety</source>
      <translation>Versagensangst</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="50" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Low desire</source>
      <translation>Geringes Verlangen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="51" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Disability or chronic illness</source>
      <translation>Behinderung oder chronische Erkrankung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="52" />
      <location filename="triad/reports/common.py" line="73" />
      <source>History of sexual abuse or trauma</source>
      <translation>Sexueller Missbrauch oder Trauma in der Vorgeschichte</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="53" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Erectile dysfunction</source>
      <translation>Erektionsstörung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="54" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Premature ejaculation</source>
      <translation>Vorzeitiger Samenerguss</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="55" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Painful sex (e.g. vaginismus)</source>
      <translation>Schmerzen beim Sex (z. B. Vaginismus)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="56" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Negative body image</source>
      <translation>Negatives Körperbild</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="57" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Inexperience</source>
      <translation>Unerfahrenheit</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="58" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Trust after infidelity</source>
      <translation>Vertrauen nach Untreue</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="59" />
      <location filename="triad/reports/common.py" line="73" />
      <source>Shame</source>
      <translation>Scham</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="62" />
      <source>Referral</source>
      <translation>Überweisung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="63" />
      <source>Assessment</source>
      <translation>Abklärung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="64" />
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="65" />
      <source>Paused</source>
      <translation>Pausiert</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="66" />
      <source>Closing</source>
      <translation>Im Abschluss</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="67" />
      <source>Closed</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="50" />
      <source>Baseline</source>
      <translation>Basiswert</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="50" />
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="50" />
      <source>Last progress</source>
      <translation>Letzter Fortschritt</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="50" />
      <source>Latest</source>
      <translation>Zuletzt</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="50" />
      <source>Target</source>
      <translation>Zielwert</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="50" />
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="54" />
      <source>none yet</source>
      <translation>noch keine</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="71" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="71" />
      <source>Note</source>
      <translation>Anmerkung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="71" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="84" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="84" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="84" />
      <source>To</source>
      <translation>Nach</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="84" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/model.py" line="95" />
      <source>(case opened)</source>
      <translation>(Fall eröffnet)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="43" />
      <source>Access: to see or copy the record</source>
      <translation>Auskunft: Akte einsehen oder kopieren</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="44" />
      <source>Amendment: to correct the record</source>
      <translation>Berichtigung: Akte korrigieren</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="45" />
      <source>access</source>
      <translation>Auskunftsantrag</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="46" />
      <source>amendment</source>
      <translation>Berichtigungsantrag</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="47" />
      <source>Fulfilled: a copy was given</source>
      <translation>Erfüllt: Eine Kopie wurde ausgehändigt</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="48" />
      <source>Amended: the record was corrected</source>
      <translation>Berichtigt: Die Akte wurde korrigiert</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="49" />
      <source>Refused, with the reason</source>
      <translation>Abgelehnt, mit Begründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="50" />
      <source>client copy of the record</source>
      <translation>Kopie der Akte für die Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="51" />
      <source>consent copy</source>
      <translation>Kopie der Einwilligung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="52" />
      <source>given in another form</source>
      <translation>in anderer Form ausgehändigt</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="54" />
      <source>intake (client details)</source>
      <translation>Aufnahme (Angaben zur Klient:in)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="55" />
      <source>session booking</source>
      <translation>Sitzungsbuchung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="56" />
      <source>debrief</source>
      <translation>Nachbesprechung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="57" />
      <source>debrief review</source>
      <translation>Durchsicht der Nachbesprechung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="58" />
      <source>measure</source>
      <translation>Messung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="59" />
      <source>goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="60" />
      <source>consent record</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="61" />
      <source>session outcome</source>
      <translation>Ausgang der Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="62" />
      <source>progress note</source>
      <translation>Verlaufsnotiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="63" />
      <source>meeting minutes</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="51" />
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="53" />
      <source>fulfilled %1 (%2)</source>
      <translation>erfüllt %1 (%2)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="56" />
      <source>amended %1</source>
      <translation>berichtigt %1</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="57" />
      <source>refused %1</source>
      <translation>abgelehnt %1</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="63" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="63" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="63" />
      <source>Outcome</source>
      <translation>Ausgang</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="63" />
      <source>Received</source>
      <translation>Eingegangen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="63" />
      <source>What the client asks</source>
      <translation>Anliegen der Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="75" />
      <source>%1, overdue</source>
      <translation>%1, überfällig</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="77" />
      <source>%1, answered late</source>
      <translation>%1, verspätet beantwortet</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <source>agreement</source>
      <translation type="vanished">Vereinbarung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="109" />
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="110" />
      <source>Show &amp;names</source>
      <translation>&amp;Namen anzeigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="111" />
      <source>Show the client's legal name and date of birth</source>
      <translation>Amtlichen Namen und Geburtsdatum der Klient:in anzeigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="117" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="127" />
      <source>Triad and client</source>
      <translation>Triade und Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="143" />
      <location filename="ui/casefile/overview/tab.py" line="144" />
      <source>Capacity</source>
      <translation>Einwilligungsfähigkeit</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="143" />
      <location filename="ui/casefile/overview/tab.py" line="144" />
      <source>Contraindications</source>
      <translation>Kontraindikationen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="143" />
      <location filename="ui/casefile/overview/tab.py" line="144" />
      <source>Date of birth</source>
      <translation>Geburtsdatum</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="143" />
      <location filename="ui/casefile/overview/tab.py" line="144" />
      <source>In their words</source>
      <translation>In ihren Worten</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="143" />
      <location filename="ui/casefile/overview/tab.py" line="144" />
      <source>Jurisdiction</source>
      <translation>Rechtsordnung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="143" />
      <location filename="ui/casefile/overview/tab.py" line="144" />
      <source>Legal basis</source>
      <translation>Rechtsgrundlage</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="143" />
      <location filename="ui/casefile/overview/tab.py" line="144" />
      <source>Legal name</source>
      <translation>Amtlicher Name</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="143" />
      <location filename="ui/casefile/overview/tab.py" line="144" />
      <source>Medical / rehabilitation</source>
      <translation>Medizinisches / Rehabilitation</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="143" />
      <location filename="ui/casefile/overview/tab.py" line="144" />
      <source>Presenting concerns</source>
      <translation>Anliegen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="143" />
      <location filename="ui/casefile/overview/tab.py" line="144" />
      <source>Pronouns</source>
      <translation>Pronomen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="143" />
      <location filename="ui/casefile/overview/tab.py" line="144" />
      <source>Supervisor</source>
      <translation>Supervisor:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="143" />
      <location filename="ui/casefile/overview/tab.py" line="144" />
      <source>Surrogate partners</source>
      <translation>Surrogatpartner:innen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="143" />
      <location filename="ui/casefile/overview/tab.py" line="144" />
      <source>Therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="149" />
      <source>Edit c&amp;lient…</source>
      <translation>&amp;Klient:in bearbeiten…</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="150" />
      <source>Edit the client's details</source>
      <translation>Angaben der Klient:in bearbeiten</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="151" />
      <source>Change &amp;triad…</source>
      <translation>&amp;Triade ändern…</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="152" />
      <source>Change the surrogate partners and supervisor</source>
      <translation>Surrogatpartner:innen und Supervisor:in ändern</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="153" />
      <source>Record capacit&amp;y…</source>
      <translation>Ein&amp;willigungsfähigkeit erfassen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="154" />
      <source>Record an assessment of the client's capacity to consent</source>
      <translation>Eine Einschätzung der Einwilligungsfähigkeit der Klient:in erfassen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="163" />
      <location filename="ui/casefile/overview/tab.py" line="167" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="169" />
      <source>Next status</source>
      <translation>Nächster Status</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="172" />
      <source>Mo&amp;ve to</source>
      <translation>Wechseln &amp;zu</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="174" />
      <source>Change stat&amp;us…</source>
      <translation>Stat&amp;us ändern…</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="175" />
      <source>Change the case's status</source>
      <translation>Status des Falls ändern</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="183" />
      <source>Status history</source>
      <translation>Statusverlauf</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="187" />
      <source>0000-00-00 00:00 assessment active agreement</source>
      <translation>0000-00-00 00:00 Überweisung Abklärung Vereinbarung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="192" />
      <location filename="ui/casefile/overview/tab.py" line="195" />
      <location filename="ui/casefile/overview/tab.py" line="236" />
      <source>Goals</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="197" />
      <source>No goals yet</source>
      <translation>Noch keine Ziele</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="199" />
      <location filename="ui/casefile/overview/tab.py" line="386" />
      <source>Progress of the selected goal</source>
      <translation>Fortschritt des ausgewählten Ziels</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="200" />
      <source>No progress yet</source>
      <translation>Noch kein Fortschritt</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="204" />
      <source>Selected goal</source>
      <translation>Ausgewähltes Ziel</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="218" />
      <source>Add &amp;goal…</source>
      <translation>Ziel &amp;hinzufügen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="219" />
      <source>Add a goal</source>
      <translation>Ziel hinzufügen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="220" />
      <source>Record progr&amp;ess…</source>
      <translation>&amp;Fortschritt erfassen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="221" />
      <source>Record progress on the selected goal</source>
      <translation>Fortschritt beim ausgewählten Ziel erfassen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="237" />
      <location filename="ui/casefile/overview/tab.py" line="294" />
      <location filename="ui/casefile/overview/tab.py" line="575" />
      <source>Client requests</source>
      <translation>Anträge der Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="293" />
      <source>Client requests (%d open)</source>
      <translation>Anträge der Klient:in (%d offen)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="296" />
      <source>Read-only: the case's therapist edits the client, the triad, the status and the goals.</source>
      <translation>Nur lesen: Die Therapeut:in des Falls bearbeitet Klient:in, Triade, Status und Ziele.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="305" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="308" />
      <source>None yet. Change triad… adds one.</source>
      <translation>Noch keine. „Triade ändern…“ fügt eine hinzu.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="309" />
      <source>None yet.</source>
      <translation>Noch keine.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="316" />
      <location filename="ui/casefile/overview/tab.py" line="317" />
      <location filename="ui/casefile/overview/tab.py" line="320" />
      <source>not recorded</source>
      <translation>nicht erfasst</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="319" />
      <source>recorded (hidden)</source>
      <translation>erfasst (ausgeblendet)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="322" />
      <source>Tick Show names to see it.</source>
      <translation>Setzen Sie das Häkchen bei „Namen anzeigen“, um es zu sehen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="342" />
      <source>since %s</source>
      <translation>seit %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="347" />
      <source>Retention ended on %s: it may be disposed of (Records…)</source>
      <translation>Aufbewahrung am %s abgelaufen: Die Akte kann vernichtet werden („Akten…“)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="350" />
      <source>Kept until %s (retention period)</source>
      <translation>Aufbewahrt bis %s (Aufbewahrungsfrist)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="364" />
      <source>No goals yet. Add goal… sets one with a baseline and a target, e.g. SUDS 9 → 3.</source>
      <translation>Noch keine Ziele. „Ziel hinzufügen…“ legt eines mit Ausgangs- und Zielwert an, z. B. SUDS 9 → 3.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="366" />
      <source>No goals yet. The case's therapist sets them; they will show here.</source>
      <translation>Noch keine Ziele. Die Therapeut:in des Falls legt sie fest; sie erscheinen dann hier.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="388" />
      <source>Select a goal to see its progress.</source>
      <translation>Wählen Sie ein Ziel, um seinen Fortschritt zu sehen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="393" />
      <source>Progress: %s</source>
      <translation>Fortschritt: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="396" />
      <source>No progress recorded yet. Record progress… adds a value.</source>
      <translation>Noch kein Fortschritt erfasst. „Fortschritt erfassen…“ fügt einen Wert hinzu.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="397" />
      <source>No progress recorded yet.</source>
      <translation>Noch kein Fortschritt erfasst.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="408" />
      <source>Edit the client's code, names, concerns and medical context.</source>
      <translation>Fallkennung, Namen, Anliegen und medizinischen Kontext der Klient:in bearbeiten.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="410" />
      <source>Choose the surrogate partners and the supervisor.</source>
      <translation>Surrogatpartner:innen und Supervisor:in auswählen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="411" />
      <source>Record whether the client has the capacity to consent; the informed consent needs an assessment finding that they have.</source>
      <translation>Erfassen, ob die Klient:in einwilligungsfähig ist; die Einwilligung nach Aufklärung setzt eine Einschätzung voraus, nach der sie es ist.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="414" />
      <source>Add a treatment goal with a baseline and a target.</source>
      <translation>Ein Behandlungsziel mit Ausgangs- und Zielwert hinzufügen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="417" />
      <source>A closed case does not change status.</source>
      <translation>Ein abgeschlossener Fall wechselt den Status nicht mehr.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="419" />
      <source>Move the case to the status chosen beside.</source>
      <translation>Den Fall in den daneben gewählten Status versetzen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="422" />
      <source>Add a goal first.</source>
      <translation>Fügen Sie zuerst ein Ziel hinzu.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="423" />
      <source>Select a goal first.</source>
      <translation>Wählen Sie zuerst ein Ziel.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="425" />
      <source>Record where the client is now on the selected goal.</source>
      <translation>Erfassen, wo die Klient:in beim ausgewählten Ziel jetzt steht.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="431" />
      <source>A surrogate partner does not see the client's legal name or date of birth.</source>
      <translation>Eine Surrogatpartner:in sieht weder den amtlichen Namen noch das Geburtsdatum der Klient:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="435" />
      <source>A supervisor sees the client code, not the client's legal name or date of birth: the release of information the client signed says so.</source>
      <translation>Eine Supervisor:in sieht die Fallkennung, nicht den amtlichen Namen oder das Geburtsdatum der Klient:in: So steht es in der Schweigepflichtentbindung, die die Klient:in unterschrieben hat.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/tab.py" line="440" />
      <source>Show the client's legal name and date of birth. Hidden by default, as printouts are.</source>
      <translation>Amtlichen Namen und Geburtsdatum der Klient:in anzeigen. Standardmäßig ausgeblendet, wie in Ausdrucken.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="ui/practice/members.py" line="286" />
      <source>Current passphrase</source>
      <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="287" />
      <source>New passphrase</source>
      <translation>Neue Passphrase</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="288" />
      <source>Confirm new passphrase</source>
      <translation>Neue Passphrase bestätigen</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="290" />
      <source>Passphrase strength</source>
      <translation>Stärke der Passphrase</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="291" />
      <source>&amp;Current passphrase</source>
      <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="292" />
      <source>&amp;New passphrase</source>
      <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="293" />
      <source>Con&amp;firm</source>
      <translation>&amp;Bestätigen</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="295" />
      <source>Change my passphrase</source>
      <translation>Meine Passphrase ändern</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="295" />
      <source>Your new passphrase opens this vault from now on; the old one stops working here (backups made earlier still open with it). Other members keep theirs.</source>
      <translation>Ab jetzt öffnet Ihre neue Passphrase diesen Tresor; die alte funktioniert hier nicht mehr (früher erstellte Sicherungen lassen sich weiterhin damit öffnen). Andere Mitglieder behalten ihre Passphrase.</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="298" />
      <source>Change passphrase</source>
      <translation>Passphrase ändern</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="305" />
      <source>Enter your current passphrase.</source>
      <translation>Geben Sie Ihre aktuelle Passphrase ein.</translation>
    </message>
    <message>
      <location filename="ui/practice/members.py" line="313" />
      <source>The two passphrases differ. Type the new one again.</source>
      <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie die neue noch einmal ein.</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="113" />
      <source>Previous page</source>
      <translation>Vorherige Seite</translation>
    </message>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="114" />
      <source>Next page</source>
      <translation>Nächste Seite</translation>
    </message>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="116" />
      <source>Page</source>
      <translation>Seite</translation>
    </message>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="117" />
      <source>Fit the page width to the window</source>
      <translation>Seitenbreite an das Fenster anpassen</translation>
    </message>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="117" />
      <source>Fit width</source>
      <translation>Seitenbreite</translation>
    </message>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="119" />
      <source>Show whole pages</source>
      <translation>Ganze Seiten anzeigen</translation>
    </message>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="119" />
      <source>Whole page</source>
      <translation>Ganze Seite</translation>
    </message>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="127" />
      <source>Zoom out (%s)</source>
      <translation>Verkleinern (%s)</translation>
    </message>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="129" />
      <source>Zoom in (%s)</source>
      <translation>Vergrößern (%s)</translation>
    </message>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="217" />
      <source>Page %1 of %2</source>
      <translation>Seite %1 von %2</translation>
    </message>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="218" />
      <source>No document</source>
      <translation>Kein Dokument</translation>
    </message>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="254" />
      <source>The printer could not be started. Check that it is connected and try again.</source>
      <translation>Der Drucker konnte nicht gestartet werden. Prüfen Sie, ob er angeschlossen ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="48" />
      <source>Print document</source>
      <translation>Dokument drucken</translation>
    </message>
    <message>
      <location filename="ui/widgets/pdf_view.py" line="99" />
      <source>Document preview</source>
      <translation>Dokumentvorschau</translation>
    </message>
  </context>
  <context>
    <name>PlanEditDialog</name>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="114" />
      <source>Edit plan</source>
      <translation>Plan bearbeiten</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="117" />
      <source>You are editing a copy of revision %d. Saving makes revision %d; revision %d stays in the record. Kept phases keep their status.</source>
      <translation>Sie bearbeiten eine Kopie von Fassung %d. Beim Speichern entsteht Fassung %d; Fassung %d bleibt in der Akte. Beibehaltene Phasen behalten ihren Status.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="125" />
      <source>Phases</source>
      <translation>Phasen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="126" />
      <source>P&amp;hases</source>
      <translation>&amp;Phasen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="131" />
      <source>&amp;Add</source>
      <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="132" />
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="133" />
      <source>Move &amp;up</source>
      <translation>Nach &amp;oben</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="134" />
      <source>Move do&amp;wn</source>
      <translation>Nach &amp;unten</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="139" />
      <source>Add a phase after the selected one</source>
      <translation>Eine Phase nach der gewählten hinzufügen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="139" />
      <source>Move the selected phase down</source>
      <translation>Gewählte Phase nach unten verschieben</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="139" />
      <source>Move the selected phase up</source>
      <translation>Gewählte Phase nach oben verschieben</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="139" />
      <source>Remove the selected phase</source>
      <translation>Gewählte Phase entfernen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="143" />
      <source>Selected phase</source>
      <translation>Ausgewählte Phase</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="148" />
      <source>Phase title</source>
      <translation>Titel der Phase</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="151" />
      <source>Planned surrogate sessions</source>
      <translation>Geplante Surrogatsitzungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="152" />
      <source>0 makes a therapist-only phase, which needs no activity consent.</source>
      <translation>0 ergibt eine reine Therapeut:innen-Phase, für die keine Einwilligung in Aktivitäten nötig ist.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="154" />
      <source>Objectives, one per line</source>
      <translation>Teilziele, eines pro Zeile</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="155" />
      <source>One objective per line</source>
      <translation>Ein Teilziel pro Zeile</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="157" />
      <source>Planned activities</source>
      <translation>Geplante Aktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="165" />
      <source>Entry criteria, one per line</source>
      <translation>Eingangskriterien, eines pro Zeile</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="166" />
      <source>One criterion per line</source>
      <translation>Ein Kriterium pro Zeile</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="168" />
      <source>&amp;Title</source>
      <translation>&amp;Titel</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="169" />
      <source>Planned &amp;sessions</source>
      <translation>Geplante &amp;Sitzungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="170" />
      <source>&amp;Objectives</source>
      <translation>Te&amp;ilziele</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="171" />
      <source>Planned a&amp;ctivities</source>
      <translation>Geplante A&amp;ktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="172" />
      <source>&amp;Entry criteria</source>
      <translation>Ein&amp;gangskriterien</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="178" />
      <source>Sa&amp;ve as revision %d</source>
      <translation>Als Fassung %d spei&amp;chern</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="231" />
      <source>(no title)</source>
      <translation>(ohne Titel)</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="267" />
      <source>This phase is active: it stays in the plan until it is completed.</source>
      <translation>Diese Phase ist aktiv: Sie bleibt im Plan, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="268" />
      <source>This phase is completed. Edits change the plan, not what happened.</source>
      <translation>Diese Phase ist abgeschlossen. Änderungen betreffen den Plan, nicht das, was stattgefunden hat.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="278" />
      <source>The active phase cannot be removed; complete it first.</source>
      <translation>Die aktive Phase kann nicht entfernt werden; schließen Sie sie zuerst ab.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="291" />
      <source>New phase</source>
      <translation>Neue Phase</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="328" />
      <source>Nothing has changed, so no new revision was made.</source>
      <translation>Es wurde nichts geändert, daher wurde keine neue Fassung angelegt.</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <location filename="ui/casefile/plan/model.py" line="110" />
      <source>therapist only</source>
      <translation>nur Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="113" />
      <source>Not needed</source>
      <translation>Nicht nötig</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="115" />
      <source>All %d in force</source>
      <translation>Alle %d gültig</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="116" />
      <source>Not in force: %s</source>
      <translation>Nicht gültig: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="127" />
      <source>A therapist-only phase needs no activity consent.</source>
      <translation>Eine Phase nur mit der Therapeut:in braucht keine Einwilligung in Aktivitäten.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="129" />
      <source>%s: consent in force</source>
      <translation>%s: Einwilligung gültig</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="129" />
      <source>%s: no consent in force</source>
      <translation>%s: keine gültige Einwilligung</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="144" />
      <source>Active since %s</source>
      <translation>Aktiv seit %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="145" />
      <source>Completed %s (started %s)</source>
      <translation>Abgeschlossen %s (begonnen %s)</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="146" />
      <source>Planned, not started</source>
      <translation>Geplant, nicht begonnen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="147" />
      <source>therapist only: no surrogate sessions planned</source>
      <translation>nur Therapeut:in: keine Surrogatsitzungen geplant</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="148" />
      <source>%d held of %d planned</source>
      <translation>%d von %d geplanten stattgefunden</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="150" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="150" />
      <source>Surrogate sessions</source>
      <translation>Surrogatsitzungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="152" />
      <source>Planned activities</source>
      <translation>Geplante Aktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="161" />
      <source>no consent in force now</source>
      <translation>jetzt keine gültige Einwilligung</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="163" />
      <source>consent in force</source>
      <translation>Einwilligung gültig</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="165" />
      <source>None planned.</source>
      <translation>Keine geplant.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="166" />
      <location filename="ui/casefile/plan/model.py" line="167" />
      <source>None written.</source>
      <translation>Nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="166" />
      <source>Objectives</source>
      <translation>Ziele der Phase</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="167" />
      <source>Entry criteria</source>
      <translation>Eingangskriterien</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="35" />
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="35" />
      <source>Planned</source>
      <translation>Geplant</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/model.py" line="36" />
      <source>Completed</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="110" />
      <source>Phases</source>
      <translation>Phasen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="117" />
      <location filename="ui/casefile/plan/tab.py" line="119" />
      <source>Selected phase</source>
      <translation>Ausgewählte Phase</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="129" />
      <source>S&amp;tart phase</source>
      <translation>Phase s&amp;tarten</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="130" />
      <source>Start the selected phase</source>
      <translation>Ausgewählte Phase starten</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="131" />
      <source>Co&amp;mplete phase…</source>
      <translation>Phase a&amp;bschließen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="132" />
      <source>Complete the selected phase</source>
      <translation>Ausgewählte Phase abschließen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="133" />
      <source>&amp;Edit plan…</source>
      <translation>Plan b&amp;earbeiten…</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="134" />
      <source>Edit the plan as a new revision</source>
      <translation>Plan als neue Fassung bearbeiten</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="180" />
      <source>Revision %d of %d</source>
      <translation>Fassung %d von %d</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="181" />
      <source> (current)</source>
      <translation> (aktuell)</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="212" />
      <source>Custom plan</source>
      <translation>Individueller Plan</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="215" />
      <source>revision %d, made %s by %s</source>
      <translation>Fassung %d, erstellt am %s von %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="222" />
      <source>Consent is no longer in force for %s, which the active phase (%s) plans: sessions with these activities cannot be scheduled.</source>
      <translation>Für %s ist keine Einwilligung mehr in Kraft, obwohl die aktive Phase (%s) dies vorsieht: Sitzungen mit diesen Aktivitäten können nicht geplant werden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="226" />
      <source>Read-only: the case's therapist writes and changes the plan.</source>
      <translation>Schreibgeschützt: Den Plan erstellt und ändert die Therapeut:in des Falls.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="228" />
      <source>This is an earlier revision, shown read-only. Statuses, dates and consent are as they are now. Choose the current revision to make changes.</source>
      <translation>Dies ist eine frühere Fassung, schreibgeschützt angezeigt. Status, Daten und Einwilligungen entsprechen dem heutigen Stand. Wählen Sie die aktuelle Fassung, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="232" />
      <source>Phases can start while the case is in assessment or active; it is %s now. Change the status on the Overview tab.</source>
      <translation>Phasen können starten, solange der Fall in der Abklärung oder aktiv ist; derzeit ist er %s. Ändern Sie den Status im Tab „Übersicht“.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="240" />
      <source>Phase plan</source>
      <translation>Phasenplan</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="247" />
      <source>No plan yet. Start one from a template (default SPT, social role model, or rehabilitation with therapeutic aids), then edit its phases to suit the client.</source>
      <translation>Noch kein Plan. Beginnen Sie mit einer Vorlage (Standard-SPT, soziales Rollenvorbild oder Rehabilitation mit therapeutischen Hilfsmitteln) und passen Sie die Phasen dann an die Klient:in an.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="250" />
      <source>No plan yet. The case's therapist starts one from a template; it will show here.</source>
      <translation>Noch kein Plan. Die Therapeut:in des Falls legt ihn aus einer Vorlage an; er erscheint dann hier.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="279" />
      <source>This is an earlier revision. Choose the current revision to make changes.</source>
      <translation>Dies ist eine frühere Fassung. Wählen Sie die aktuelle Fassung, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="282" />
      <source>Edit a copy of the phases and save it as revision %d.</source>
      <translation>Eine Kopie der Phasen bearbeiten und als Fassung %d speichern.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="288" />
      <source>Select a phase to start.</source>
      <translation>Wählen Sie eine Phase zum Starten aus.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="290" />
      <source>This phase is already active.</source>
      <translation>Diese Phase ist bereits aktiv.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="292" />
      <source>This phase is completed.</source>
      <translation>Diese Phase ist abgeschlossen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="294" />
      <source>Complete the active phase (%s) first.</source>
      <translation>Schließen Sie zuerst die aktive Phase (%s) ab.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="296" />
      <source>A phase can start only while the case is in assessment or active; it is %s.</source>
      <translation>Eine Phase kann nur starten, solange der Fall in der Abklärung oder aktiv ist; derzeit ist er %s.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="302" />
      <source>No consent is in force for %s: starting will be refused until consent is recorded on the Consent tab.</source>
      <translation>Für %s ist keine Einwilligung in Kraft: Der Start wird abgelehnt, bis die Einwilligung im Tab „Einwilligung“ erfasst ist.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="306" />
      <source>Start the selected phase now.</source>
      <translation>Ausgewählte Phase jetzt starten.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="309" />
      <source>Complete the active phase.</source>
      <translation>Aktive Phase abschließen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="310" />
      <source>Only the active phase can be completed.</source>
      <translation>Nur die aktive Phase kann abgeschlossen werden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="367" />
      <source>Start phase “%s” now? The start is recorded with today's date and time and cannot be undone.</source>
      <translation>Phase „%s“ jetzt starten? Der Start wird mit dem heutigen Datum und der Uhrzeit erfasst und kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="368" />
      <source>Start phase</source>
      <translation>Phase starten</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="377" />
      <source>%d of %d planned surrogate sessions were held.</source>
      <translation>%d von %d geplanten Surrogatsitzungen fanden statt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="379" />
      <source>Complete phase “%s” now?</source>
      <translation>Phase „%s“ jetzt abschließen?</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="380" />
      <source>A completed phase cannot be started again.</source>
      <translation>Eine abgeschlossene Phase kann nicht erneut gestartet werden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="381" />
      <source>Complete phase</source>
      <translation>Phase abschließen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="67" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="71" />
      <source>Revision</source>
      <translation>Fassung</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="72" />
      <source>Earlier revisions are shown read-only.</source>
      <translation>Frühere Fassungen werden schreibgeschützt angezeigt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="73" />
      <source>Re&amp;vision</source>
      <translation>&amp;Fassung</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="81" />
      <source>Note</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="92" />
      <source>No plan yet</source>
      <translation>Noch kein Plan</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="94" />
      <source>Start from &amp;template…</source>
      <translation>Aus &amp;Vorlage beginnen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/tab.py" line="95" />
      <source>Start from template</source>
      <translation>Aus Vorlage beginnen</translation>
    </message>
  </context>
  <context>
    <name>PracticeDialog</name>
    <message>
      <location filename="ui/practice/dialog.py" line="119" />
      <source>Practice</source>
      <translation>Praxis</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="123" />
      <source>%1 · signed in as %2 (%3)</source>
      <translation>%1 · angemeldet als %2 (%3)</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="124" />
      <source>Triad vault</source>
      <translation>Triad-Tresor</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="125" />
      <location filename="ui/practice/dialog.py" line="417" />
      <source>supervisor</source>
      <translation>Supervisor:in</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="125" />
      <location filename="ui/practice/dialog.py" line="417" />
      <source>surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="125" />
      <location filename="ui/practice/dialog.py" line="417" />
      <source>therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="127" />
      <source>Practice and member</source>
      <translation>Praxis und Mitglied</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="130" />
      <source>As a supervisor you can change your own passphrase and quick unlock, save a backup and verify the vault. Members, the recovery code and case files are the therapist's; the consent audit report (Reports tab) is yours to print.</source>
      <translation>Als Supervisor:in können Sie Ihre eigene Passphrase und die Schnellentsperrung ändern, eine Sicherung speichern und den Tresor prüfen. Mitglieder, Wiederherstellungscode und Fallakten verwaltet die Therapeut:in; den Bericht zur Einwilligungsprüfung (Tab „Berichte“) drucken Sie selbst.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="134" />
      <source>As a surrogate partner you can change your own passphrase and quick unlock, save a backup and verify the vault. Members, the recovery code and case files are the therapist's.</source>
      <translation>Als Surrogatpartner:in können Sie Ihre eigene Passphrase und die Schnellentsperrung ändern, eine Sicherung speichern und den Tresor prüfen. Mitglieder, Wiederherstellungscode und Fallakten verwaltet die Therapeut:in.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="141" />
      <source>&amp;Members</source>
      <translation>&amp;Mitglieder</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="142" />
      <source>&amp;Security</source>
      <translation>&amp;Sicherheit</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="143" />
      <source>Bac&amp;kup and verify</source>
      <translation>Sicherung und Prüfun&amp;g</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="144" />
      <source>Case &amp;files</source>
      <translation>Fall&amp;akten</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="147" />
      <source>&amp;Printed documents</source>
      <translation>Gedruckte &amp;Dokumente</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="151" />
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="159" />
      <source>Working</source>
      <translation>Wird ausgeführt</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="174" />
      <source>Members</source>
      <translation>Mitglieder</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="176" />
      <source>&amp;Include removed members</source>
      <translation>Entfernte Mitglieder ein&amp;blenden</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="179" />
      <source>&amp;Add member…</source>
      <translation>Mitglied &amp;hinzufügen…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="180" />
      <source>&amp;Remove member…</source>
      <translation>Mitglied &amp;entfernen…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="203" />
      <source>Change my &amp;passphrase…</source>
      <translation>Meine &amp;Passphrase ändern…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="204" />
      <location filename="ui/practice/dialog.py" line="467" />
      <source>&amp;Use quick unlock</source>
      <translation>Schnellentsperrung &amp;verwenden</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="207" />
      <source>Quick unlock status</source>
      <translation>Status der Schnellentsperrung</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="208" />
      <source>Replace &amp;recovery code…</source>
      <translation>&amp;Wiederherstellungscode ersetzen…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="209" />
      <source>Quick unlock on this computer</source>
      <translation>Schnellentsperrung auf diesem Computer</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="209" />
      <source>Unlock with a key kept in this computer's keyring instead of typing your passphrase. Anyone who can use your account on this computer can then open the vault.</source>
      <translation>Entsperren mit einem Schlüssel aus dem Schlüsselbund dieses Computers, statt die Passphrase einzugeben. Dann kann jede Person, die Ihr Benutzerkonto auf diesem Computer nutzen kann, den Tresor öffnen.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="217" />
      <source>Change the passphrase you unlock with. Other members keep theirs.</source>
      <translation>Ändern Sie die Passphrase, mit der Sie entsperren. Andere Mitglieder behalten ihre.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="217" />
      <source>Your passphrase</source>
      <translation>Ihre Passphrase</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="221" />
      <source>Recovery code</source>
      <translation>Wiederherstellungscode</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="221" />
      <source>The recovery code sets a new passphrase for any member who forgot theirs. Replace it if it may have been seen: the old code stops working at once, and the new one is shown once, to write down or print.</source>
      <translation>Mit dem Wiederherstellungscode lässt sich für jedes Mitglied, das seine Passphrase vergessen hat, eine neue festlegen. Ersetzen Sie ihn, falls er gesehen worden sein könnte: Der alte Code ist sofort ungültig, der neue wird einmalig angezeigt – zum Aufschreiben oder Drucken.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="227" />
      <source>Save &amp;backup…</source>
      <translation>Sicherung spei&amp;chern…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="228" />
      <source>&amp;Verify vault</source>
      <translation>Tresor &amp;prüfen</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="229" />
      <source>Not verified in this window yet.</source>
      <translation>In diesem Fenster noch nicht geprüft.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="231" />
      <source>Verification result</source>
      <translation>Prüfergebnis</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="233" />
      <source>Re-check every signature and hash chain of the entry log and every database page.</source>
      <translation>Alle Signaturen und Hash-Ketten des Eintragsjournals sowie alle Datenbankseiten erneut prüfen.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="233" />
      <source>Verify</source>
      <translation>Prüfen</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="236" />
      <source>&amp;Restore…</source>
      <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="240" />
      <source>Backup</source>
      <translation>Sicherung</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="240" />
      <source>Save an encrypted copy of the whole vault as one file, for example on an external disk kept apart from this computer. Any member's passphrase opens it. Restore puts a backup into a new folder, checks it and offers to open it; the vault open now is not touched.</source>
      <translation>Speichern Sie eine verschlüsselte Kopie des gesamten Tresors als eine Datei, etwa auf einer externen Festplatte, die getrennt von diesem Computer aufbewahrt wird. Die Passphrase jedes Mitglieds öffnet sie. „Wiederherstellen“ legt eine Sicherung in einem neuen Ordner ab, prüft sie und bietet an, sie zu öffnen; der gerade geöffnete Tresor bleibt unberührt.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="248" />
      <source>Case to export</source>
      <translation>Zu exportierender Fall</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="250" />
      <source>&amp;Export case file…</source>
      <translation>Fallakte &amp;exportieren…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="251" />
      <source>&amp;Import case file…</source>
      <translation>Fallakte &amp;importieren…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="252" />
      <source>&amp;Case</source>
      <translation>&amp;Fall</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="258" />
      <source>Export one case</source>
      <translation>Einen Fall exportieren</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="258" />
      <source>Write a whole case (every signed entry, and the members who wrote them) as a JSON case file for another Triad vault, e.g. your triad's. The file is NOT encrypted.</source>
      <translation>Einen ganzen Fall (jeden signierten Eintrag und die Mitglieder, die ihn verfasst haben) als JSON-Fallakte für einen anderen Triad-Tresor schreiben, z. B. den Ihrer Triade. Die Datei ist NICHT verschlüsselt.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="262" />
      <source>Add a case exported from another vault. Everything in the file is checked first (signatures, chains, roles); then the whole case is added, or nothing. You take custody of the case as its therapist here.</source>
      <translation>Einen aus einem anderen Tresor exportierten Fall hinzufügen. Alles in der Datei wird zuerst geprüft (Signaturen, Ketten, Rollen); dann wird der ganze Fall hinzugefügt oder nichts. Sie übernehmen hier die Verwahrung des Falls als seine Therapeut:in.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="262" />
      <location filename="ui/practice/dialog.py" line="611" />
      <source>Import a case file</source>
      <translation>Fallakte importieren</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="275" />
      <source>You are the only member so far. Add the surrogate partners and the supervisor you work with (Add member…): each unlocks with their own passphrase.</source>
      <translation>Sie sind bisher das einzige Mitglied. Fügen Sie die Surrogatpartner:innen und die Supervisor:in hinzu, mit denen Sie arbeiten (Mitglied hinzufügen…): Jede Person entsperrt mit ihrer eigenen Passphrase.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="285" />
      <source>No cases yet</source>
      <translation>Noch keine Fälle</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="313" />
      <source>Only a therapist can add members.</source>
      <translation>Nur Therapeut:innen können Mitglieder hinzufügen.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="317" />
      <source>Only a therapist can replace the recovery code.</source>
      <translation>Nur Therapeut:innen können den Wiederherstellungscode ersetzen.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="321" />
      <source>Only a therapist can import a case file: the importing therapist takes custody of the case.</source>
      <translation>Nur Therapeut:innen können eine Fallakte importieren: Die importierende Therapeut:in übernimmt die Verwahrung des Falls.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="327" />
      <source>There are no cases to export yet.</source>
      <translation>Es gibt noch keine Fälle zum Exportieren.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="330" />
      <source>Only the case's therapist can export it: a case file carries the process recordings too.</source>
      <translation>Nur die Therapeut:in des Falls kann ihn exportieren: Eine Fallakte enthält auch die Prozessaufzeichnungen.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="339" />
      <source>Only a therapist can remove members.</source>
      <translation>Nur Therapeut:innen können Mitglieder entfernen.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="342" />
      <source>Choose a member in the table first.</source>
      <translation>Wählen Sie zuerst ein Mitglied in der Tabelle aus.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="344" />
      <source>This member was already removed.</source>
      <translation>Dieses Mitglied wurde bereits entfernt.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="346" />
      <source>You cannot remove yourself. Another therapist of the practice can.</source>
      <translation>Sie können sich nicht selbst entfernen. Das kann eine andere Therapeut:in der Praxis tun.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="350" />
      <source>The last therapist cannot be removed. Add another therapist first.</source>
      <translation>Die letzte Therapeut:in kann nicht entfernt werden. Fügen Sie zuerst eine weitere Therapeut:in hinzu.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="394" />
      <source>Printed documents now use: %1.</source>
      <translation>Gedruckte Dokumente verwenden jetzt: %1.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="398" />
      <source>Recording the language for printed documents…</source>
      <translation>Die Sprache der gedruckten Dokumente wird erfasst…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="406" />
      <source>Added %1 as %2. They unlock this vault with their own passphrase.</source>
      <translation>%1 wurde als %2 hinzugefügt und entsperrt diesen Tresor mit einer eigenen Passphrase.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="407" />
      <source>a supervisor</source>
      <translation>Supervisor:in</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="407" />
      <source>a surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="407" />
      <source>a therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="413" />
      <source>Remove %1 (%2) from the practice?

The vault is re-keyed: their passphrase and quick unlock no longer open it. Their signed entries stay in the record. Other Triad windows on this vault must be closed first.</source>
      <translation>%1 (%2) aus der Praxis entfernen?

Der Tresor erhält neue Schlüssel: Passphrase und Schnellentsperrung dieser Person öffnen ihn nicht mehr. Ihre signierten Einträge bleiben in der Akte. Andere Triad-Fenster mit diesem Tresor müssen zuvor geschlossen werden.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="418" />
      <source>Remove and re-key</source>
      <translation>Entfernen und neu verschlüsseln</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="424" />
      <source>%1 was removed and the vault re-keyed; their passphrase no longer opens it.</source>
      <translation>%1 wurde entfernt und der Tresor neu verschlüsselt; die Passphrase dieser Person öffnet ihn nicht mehr.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="429" />
      <source>Removing the member and re-keying the vault…</source>
      <translation>Mitglied wird entfernt und Tresor neu verschlüsselt…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="435" />
      <source>Your passphrase was changed. Use the new one from now on.</source>
      <translation>Ihre Passphrase wurde geändert. Verwenden Sie ab jetzt die neue.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="440" />
      <location filename="ui/practice/dialog.py" line="459" />
      <location filename="ui/practice/dialog.py" line="469" />
      <source>Checking this computer's keyring…</source>
      <translation>Schlüsselbund dieses Computers wird geprüft…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="461" />
      <source>Quick unlock is on for you on this computer.</source>
      <translation>Die Schnellentsperrung ist für Sie auf diesem Computer eingeschaltet.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="464" />
      <source>Quick unlock is off: you unlock with your passphrase.</source>
      <translation>Die Schnellentsperrung ist aus: Sie entsperren mit Ihrer Passphrase.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="466" />
      <source>Stop &amp;using quick unlock</source>
      <translation>Schnellentsperrung &amp;nicht mehr verwenden</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="486" />
      <source>Quick unlock is on: next time, unlock with the keyring.</source>
      <translation>Die Schnellentsperrung ist an: Entsperren Sie beim nächsten Mal über den Schlüsselbund.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="487" />
      <source>Quick unlock is off; the keyring no longer holds the key.</source>
      <translation>Die Schnellentsperrung ist aus; der Schlüsselbund enthält den Schlüssel nicht mehr.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="488" />
      <source>Talking to the keyring…</source>
      <translation>Verbindung zum Schlüsselbund…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="491" />
      <source>Replace the recovery code?

The current code stops working at once. The new code is shown once: have paper ready, or save the printable sheet.</source>
      <translation>Wiederherstellungscode ersetzen?

Der aktuelle Code ist sofort ungültig. Der neue Code wird nur einmal angezeigt: Halten Sie Papier bereit oder speichern Sie das Blatt zum Ausdrucken.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="494" />
      <source>Replace code</source>
      <translation>Code ersetzen</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="497" />
      <source>Making a new recovery code…</source>
      <translation>Neuer Wiederherstellungscode wird erstellt…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="502" />
      <source>The recovery code was replaced; the old code no longer works.</source>
      <translation>Der Wiederherstellungscode wurde ersetzt; der alte Code funktioniert nicht mehr.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="503" />
      <source>Also save a printable recovery sheet (PDF)?

Print it, keep it locked away apart from this computer, and then delete the file.</source>
      <translation>Zusätzlich ein Wiederherstellungsblatt zum Ausdrucken (PDF) speichern?

Drucken Sie es aus, verwahren Sie es verschlossen und getrennt von diesem Computer, und löschen Sie danach die Datei.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="506" />
      <source>Save sheet…</source>
      <translation>Blatt speichern…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="508" />
      <source>Save the recovery sheet</source>
      <translation>Wiederherstellungsblatt speichern</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="509" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="521" />
      <source>The recovery code was replaced. Recovery sheet saved to %1: print it, then delete the file.</source>
      <translation>Der Wiederherstellungscode wurde ersetzt. Wiederherstellungsblatt gespeichert unter %1: Drucken Sie es aus und löschen Sie dann die Datei.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="523" />
      <source>Writing the recovery sheet…</source>
      <translation>Wiederherstellungsblatt wird geschrieben…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="536" />
      <source>Save an encrypted backup</source>
      <translation>Verschlüsselte Sicherung speichern</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="537" />
      <source>Triad backups (*.backup)</source>
      <translation>Triad-Sicherungen (*.backup)</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="541" />
      <source>Encrypted backup saved to %1. Any member's passphrase opens it.</source>
      <translation>Verschlüsselte Sicherung gespeichert unter %1. Die Passphrase jedes Mitglieds öffnet sie.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="543" />
      <source>Writing the encrypted backup…</source>
      <translation>Verschlüsselte Sicherung wird geschrieben…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="547" />
      <source>Checking every signature, hash chain and database page…</source>
      <translation>Alle Signaturen, Hash-Ketten und Datenbankseiten werden geprüft…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="551" />
      <source>Verified %1: %2 signed entries in %3 chains.</source>
      <translation>Geprüft am %1: %2 signierte Einträge in %3 Ketten.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="555" />
      <source>Every signature and hash chain checks, and the database pages are intact.</source>
      <translation>Alle Signaturen und Hash-Ketten sind stimmig, und die Datenbankseiten sind intakt.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="558" />
      <source>PROBLEMS FOUND (%1). Keep this copy for inspection and restore the vault from a backup made before the problem.</source>
      <translation>PROBLEME GEFUNDEN (%1). Bewahren Sie diese Kopie zur Untersuchung auf und stellen Sie den Tresor aus einer Sicherung wieder her, die vor dem Problem erstellt wurde.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="563" />
      <source>database pages or structure damaged</source>
      <translation>Datenbankseiten oder -struktur beschädigt</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="565" />
      <source>entry %s</source>
      <translation>Eintrag %s</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="566" />
      <source>a member's entries</source>
      <translation>Einträge eines Mitglieds</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="567" />
      <source> (#%s of its author's chain)</source>
      <translation> (Nr. %s in der Kette der verfassenden Person)</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="568" />
      <source>a copy of another entry</source>
      <translation>eine Kopie eines anderen Eintrags</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="568" />
      <source>altered after it was signed</source>
      <translation>nach der Signatur verändert</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="568" />
      <source>an entry is missing before it</source>
      <translation>davor fehlt ein Eintrag</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="568" />
      <source>its author is not a known member</source>
      <translation>die Verfasser:in ist kein bekanntes Mitglied</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="568" />
      <source>its chain of entries is broken</source>
      <translation>seine Kette von Einträgen ist unterbrochen</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="568" />
      <source>signature does not verify</source>
      <translation>Signatur ungültig</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="568" />
      <source>signed with a key other than the member's</source>
      <translation>mit einem anderen Schlüssel als dem des Mitglieds signiert</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="568" />
      <source>the record of what was already verified was altered</source>
      <translation>die Aufzeichnung des bereits Geprüften wurde verändert</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="572" />
      <source>Note: %1 key slot(s) use the insecure test key profile; change those passphrases.</source>
      <translation>Hinweis: %1 Schlüsselplatz/-plätze verwenden das unsichere Testschlüsselprofil; ändern Sie diese Passphrasen.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="577" />
      <source>The vault verifies.</source>
      <translation>Die Prüfung des Tresors war erfolgreich.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="577" />
      <source>Verification found problems: see Backup and verify.</source>
      <translation>Die Prüfung hat Probleme gefunden: siehe „Sicherung und Prüfung“.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="586" />
      <source>The case file for %1 is NOT encrypted.

It holds the whole clinical record of the case (consent, plans, sessions, debriefs) and the names of its triad. Save it only where you would keep the vault itself, such as an encrypted disk, and delete it once it has been imported.</source>
      <translation>Die Fallakte für %1 ist NICHT verschlüsselt.

Sie enthält die gesamte klinische Akte des Falls (Einwilligungen, Pläne, Sitzungen, Nachbesprechungen) und die Namen der Triade. Speichern Sie sie nur dort, wo Sie auch den Tresor selbst aufbewahren würden, etwa auf einem verschlüsselten Datenträger, und löschen Sie sie nach dem Import.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="591" />
      <source>Export unencrypted file…</source>
      <translation>Unverschlüsselte Datei exportieren…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="593" />
      <source>Export the case file</source>
      <translation>Fallakte exportieren</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="594" />
      <location filename="ui/practice/dialog.py" line="611" />
      <source>Triad case files (*.json)</source>
      <translation>Triad-Fallakten (*.json)</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="606" />
      <source>Exported %1 to %2. The file is not encrypted: delete it once it has been imported.</source>
      <translation>%1 wurde nach %2 exportiert. Die Datei ist nicht verschlüsselt: Löschen Sie sie nach dem Import.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="608" />
      <source>Exporting the case…</source>
      <translation>Fall wird exportiert…</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="619" />
      <source>Nothing new: every entry of case %1 is already in this vault.</source>
      <translation>Nichts Neues: Jeder Eintrag von Fall %1 ist bereits in diesem Tresor.</translation>
    </message>
    <message numerus="yes">
      <location filename="ui/practice/dialog.py" line="622" />
      <source>Imported case %1: %n new entries</source>
      <translation>
        <numerusform>Fall %1 importiert: %n neuer Eintrag</numerusform>
        <numerusform>Fall %1 importiert: %n neue Einträge</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="ui/practice/dialog.py" line="623" />
      <source> (%n already here)</source>
      <translation>
        <numerusform> (%n bereits vorhanden)</numerusform>
        <numerusform> (%n bereits vorhanden)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="ui/practice/dialog.py" line="624" />
      <source>, %n new member(s)</source>
      <translation>
        <numerusform>, %n neues Mitglied</numerusform>
        <numerusform>, %n neue Mitglieder</numerusform>
      </translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="624" />
      <source>You hold custody of the case as its therapist in this vault.</source>
      <translation>Sie haben als Therapeut:in die Verwahrung des Falls in diesem Tresor.</translation>
    </message>
    <message>
      <location filename="ui/practice/dialog.py" line="628" />
      <source>Checking and importing the case file…</source>
      <translation>Fallakte wird geprüft und importiert…</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="ui/main/preferences.py" line="103" />
      <source> days</source>
      <translation> Tage</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="104" />
      <source>Answer a client's request within days</source>
      <translation>Frist für Anträge von Klient:innen, in Tagen</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="106" />
      <source>A client's request to see, copy or correct their record is due this many days after it is received (HIPAA allows 30). Requests already recorded keep their due day.</source>
      <translation>Ein Antrag einer Klient:in auf Einsicht, Kopie oder Berichtigung der Akte ist so viele Tage nach Eingang fällig (HIPAA erlaubt 30). Bereits erfasste Anträge behalten ihr Fälligkeitsdatum.</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="110" />
      <source>The practice's setting: a therapist changes it.</source>
      <translation>Einstellung der Praxis: Sie wird von einer Therapeut:in geändert.</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="111" />
      <source>Client &amp;requests</source>
      <translation>Anträge von &amp;Klient:innen</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="113" />
      <source>Client requests is the practice's setting, kept signed in the vault; the others are this computer's.</source>
      <translation>„Anträge von Klient:innen“ ist eine Einstellung der Praxis und wird signiert im Tresor gespeichert; die übrigen gelten für diesen Computer.</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="29" />
      <location filename="ui/main/preferences.py" line="72" />
      <source>Follow the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="30" />
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="31" />
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="33" />
      <source>At every unlock</source>
      <translation>Bei jedem Entsperren</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="34" />
      <source>Once a day</source>
      <translation>Einmal täglich</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="35" />
      <source>Once a week</source>
      <translation>Einmal wöchentlich</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="36" />
      <source>Only when I ask</source>
      <translation>Nur manuell</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="44" />
      <source>Preferences</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="50" />
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="51" />
      <source>Lock after minutes without use</source>
      <translation>Sperren nach Minuten ohne Nutzung</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="53" />
      <source>Appearance</source>
      <translation>Darstellung</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="58" />
      <source>Check the whole record</source>
      <translation>Gesamte Akte prüfen</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="62" />
      <source>The unlock verifies what is new since the last check. Every signature, hash chain and database page is checked in the background, while you work; Ctrl+Shift+V checks it at any time.</source>
      <translation>Beim Entsperren wird geprüft, was seit der letzten Prüfung neu ist. Jede Signatur, jede Hash-Kette und jede Datenbankseite wird im Hintergrund geprüft, während Sie arbeiten; mit Ctrl+Shift+V können Sie jederzeit prüfen.</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="66" />
      <source>&amp;Lock after</source>
      <translation>&amp;Sperren nach</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="67" />
      <source>&amp;Appearance</source>
      <translation>&amp;Darstellung</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="68" />
      <source>Check the whole &amp;record</source>
      <translation>Gesamte &amp;Akte prüfen</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="70" />
      <location filename="ui/selftest.py" line="51" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="74" />
      <source>Lan&amp;guage</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="76" />
      <source>A new language takes effect the next time Triad starts.</source>
      <translation>Eine neue Sprache gilt ab dem nächsten Start von Triad.</translation>
    </message>
    <message>
      <location filename="ui/main/preferences.py" line="83" />
      <source>Ctrl+L locks at once. Locking closes the vault, clears every view and drops the keys from memory.</source>
      <translation>Ctrl+L sperrt sofort. Beim Sperren wird der Tresor geschlossen, jede Ansicht geleert und die Schlüssel werden aus dem Speicher entfernt.</translation>
    </message>
  </context>
  <context>
    <name>PrintFormDialog</name>
    <message>
      <location filename="ui/casefile/consent/printing.py" line="61" />
      <source>Print a blank form</source>
      <translation>Leeres Formular drucken</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/printing.py" line="63" />
      <source>Form language</source>
      <translation>Formularsprache</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/printing.py" line="64" />
      <source>The language of the form text the client reads and signs. Each language's text is a form version of its own, with its own content hash.</source>
      <translation>Die Sprache des Formulartextes, den die Klient:in liest und unterschreibt. Der Text jeder Sprache ist eine eigene Formularfassung mit eigenem Inhalts-Hash.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/printing.py" line="67" />
      <source>Form</source>
      <translation>Formular</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/printing.py" line="70" />
      <source>Page size</source>
      <translation>Papierformat</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/printing.py" line="72" />
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/printing.py" line="75" />
      <source>The form shows the client's code, not their name. The client, and each party the form names, sign it on paper.</source>
      <translation>Das Formular zeigt die Kennung der Klient:in, nicht den Namen. Die Klient:in und alle im Formular genannten Parteien unterschreiben auf Papier.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/printing.py" line="79" />
      <source>Form &amp;language</source>
      <translation>Formular&amp;sprache</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/printing.py" line="80" />
      <source>&amp;Form</source>
      <translation>&amp;Formular</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/printing.py" line="81" />
      <source>&amp;Page size</source>
      <translation>&amp;Papierformat</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/printing.py" line="85" />
      <source>&amp;Create PDF…</source>
      <translation>PDF &amp;erstellen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/printing.py" line="94" />
      <source>%s (version %d)</source>
      <translation>%s (Fassung %d)</translation>
    </message>
  </context>
  <context>
    <name>PrintingPage</name>
    <message>
      <source>Progress summaries, audit reports, debriefs, the client's copies and card, and the registers print in this language, whoever prints them. “System language” prints in the language each member's program speaks. A consent form to sign keeps the language of its own text; on the command line, --language overrides this for one document.</source>
      <translation type="vanished">Verlaufsberichte, Prüfberichte, Nachbesprechungen, die Kopien und die Karte für Klient:innen sowie die Verzeichnisse werden in dieser Sprache gedruckt, gleich wer sie druckt. „Systemsprache“ druckt in der Sprache, die das Programm des jeweiligen Mitglieds spricht. Ein Einwilligungsformular zur Unterschrift behält die Sprache seines eigenen Textes; auf der Kommandozeile legt --language die Sprache für ein einzelnes Dokument abweichend fest.</translation>
    </message>
    <message>
      <source>Progress summaries, audit reports, debriefs, the client's copies and card, and the registers print in this language, whoever prints them; consent forms to sign are offered in it first. “System language” prints in the language each member's program speaks. On the command line, --language overrides it for one document.</source>
      <translation type="vanished">Verlaufsberichte, Prüfberichte, Nachbesprechungen, die Kopien und die Karte für Klient:innen sowie die Verzeichnisse werden in dieser Sprache gedruckt, gleich wer sie druckt; Einwilligungsformulare zur Unterschrift werden zuerst in ihr angeboten. „Systemsprache“ druckt in der Sprache, die das Programm des jeweiligen Mitglieds spricht. Auf der Kommandozeile legt --language die Sprache für ein einzelnes Dokument abweichend fest.</translation>
    </message>
    <message>
      <location filename="ui/practice/printing.py" line="29" />
      <source>System language (each member's own)</source>
      <translation>Systemsprache (die jedes Mitglieds)</translation>
    </message>
    <message>
      <location filename="ui/practice/printing.py" line="43" />
      <location filename="ui/practice/printing.py" line="56" />
      <source>Language for printed documents</source>
      <translation>Sprache der gedruckten Dokumente</translation>
    </message>
    <message>
      <location filename="ui/practice/printing.py" line="45" />
      <source>Progress summaries, audit reports, debriefs, the client's copies and card, and the registers print in this language, whoever prints them; consent forms to sign are offered in it first. “System language” prints in the language each member's program speaks. On the command line, ‑‑language overrides it for one document.</source>
      <translation>Verlaufsberichte, Prüfberichte, Nachbesprechungen, die Kopien und die Karte für Klient:innen sowie die Verzeichnisse werden in dieser Sprache gedruckt, gleich wer sie druckt; Einwilligungsformulare zur Unterschrift werden zuerst in ihr angeboten. „Systemsprache“ druckt in der Sprache, die das Programm des jeweiligen Mitglieds spricht. Auf der Kommandozeile legt ‑‑language die Sprache für ein einzelnes Dokument abweichend fest.</translation>
    </message>
    <message>
      <location filename="ui/practice/printing.py" line="55" />
      <source>Deutsch</source>
      <translation>Deutsch</translation>
    </message>
    <message>
      <location filename="ui/practice/printing.py" line="55" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="ui/practice/printing.py" line="57" />
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <location filename="ui/practice/printing.py" line="60" />
      <source>&amp;Use this language</source>
      <translation>Diese Sprache &amp;verwenden</translation>
    </message>
    <message>
      <location filename="ui/practice/printing.py" line="69" />
      <source>Who sets it</source>
      <translation>Wer sie festlegt</translation>
    </message>
  </context>
  <context>
    <name>PrivateNoteDialog</name>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="217" />
      <source>Amend private note</source>
      <translation>Private Notiz berichtigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="217" />
      <location filename="ui/casefile/sessions/notes.py" line="227" />
      <source>Private note</source>
      <translation>Private Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="220" />
      <source>Only you can read this note: it is sealed to your own key, apart from the progress note. It never goes into a packet, a case file or a report; your own export of your private notes is the one way it leaves the vault. It keeps no draft.</source>
      <translation>Nur Sie können diese Notiz lesen: Sie ist mit Ihrem eigenen Schlüssel versiegelt und von der Verlaufsnotiz getrennt. Sie gelangt nie in ein Paket, eine Fallakte oder einen Bericht; nur Ihr eigener Export Ihrer privaten Notizen bringt sie aus dem Tresor. Es wird kein Entwurf gespeichert.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="231" />
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="234" />
      <source>Rea&amp;son</source>
      <translation>&amp;Begründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="239" />
      <source>&amp;Save private note</source>
      <translation>Private Notiz &amp;speichern</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="239" />
      <source>A&amp;mend note</source>
      <translation>Notiz be&amp;richtigen</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="591" />
      <source>Record progress</source>
      <translation>Fortschritt erfassen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="595" />
      <source>%1
Baseline %2, latest %3, target %4%5.</source>
      <translation>%1
Ausgangswert %2, zuletzt %3, Zielwert %4%5.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="600" />
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="604" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="606" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="610" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="617" />
      <source>From the latest progress (%s) to today.</source>
      <translation>Vom letzten Fortschrittseintrag (%s) bis heute.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="619" />
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="619" />
      <source>&amp;Value</source>
      <translation>&amp;Wert</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="620" />
      <source>&amp;Date</source>
      <translation>&amp;Datum</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="628" />
      <source>&amp;Record</source>
      <translation>&amp;Erfassen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="634" />
      <source>Please fill in the value.</source>
      <translation>Bitte geben Sie den Wert ein.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="636" />
      <source>value</source>
      <translation>Wert</translation>
    </message>
  </context>
  <context>
    <name>ProgressNoteDialog</name>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="100" />
      <source>What the session was about</source>
      <translation>Worum es in der Sitzung ging</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="103" />
      <source>Rea&amp;son</source>
      <translation>&amp;Begründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="108" />
      <source>&amp;Save note</source>
      <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="108" />
      <source>A&amp;mend note</source>
      <translation>Notiz be&amp;richtigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="84" />
      <source>Amend progress note</source>
      <translation>Verlaufsnotiz berichtigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="84" />
      <source>Progress note</source>
      <translation>Verlaufsnotiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="87" />
      <source>Therapist session of %s. Signed when saved; corrections are amendments. The supervisor reads progress notes; the surrogate partner does not.</source>
      <translation>Therapiesitzung vom %s. Wird beim Speichern signiert; Korrekturen erfolgen als Berichtigungen. Die Supervisor:in liest Verlaufsnotizen, die Surrogatpartner:in nicht.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="95" />
      <location filename="ui/casefile/sessions/notes.py" line="99" />
      <source>&amp;Focus of the session</source>
      <translation>&amp;Schwerpunkt der Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="95" />
      <location filename="ui/casefile/sessions/notes.py" line="99" />
      <source>&amp;Interventions</source>
      <translation>&amp;Interventionen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="95" />
      <location filename="ui/casefile/sessions/notes.py" line="99" />
      <source>&amp;Note (free text)</source>
      <translation>&amp;Notiz (freier Text)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="95" />
      <location filename="ui/casefile/sessions/notes.py" line="99" />
      <source>Client's &amp;response</source>
      <translation>&amp;Reaktion der Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/notes.py" line="95" />
      <location filename="ui/casefile/sessions/notes.py" line="99" />
      <source>P&amp;lan</source>
      <translation>P&amp;lan</translation>
    </message>
  </context>
  <context>
    <name>ProgressTableModel</name>
    <message>
      <source>Date</source>
      <translation type="vanished">Datum</translation>
    </message>
    <message>
      <source>Note</source>
      <translation type="vanished">Notiz</translation>
    </message>
    <message>
      <source>Value</source>
      <translation type="vanished">Wert</translation>
    </message>
  </context>
  <context>
    <name>QueueModel</name>
    <message>
      <location filename="ui/supervision/queue.py" line="50" />
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="50" />
      <source>Severity</source>
      <translation>Schweregrad</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="51" />
      <source>Concerns</source>
      <translation>Betrifft</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="51" />
      <source>Rule</source>
      <translation>Regel</translation>
    </message>
    <message>
      <location filename="ui/supervision/queue.py" line="52" />
      <source>Record</source>
      <translation>Aufzeichnung</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="ui/records/dialog.py" line="99" />
      <source>Reason</source>
      <translation>Begründung</translation>
    </message>
  </context>
  <context>
    <name>RecordRequestDialog</name>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="107" />
      <source>Record a request from the client of %s</source>
      <translation>Antrag der Klient:in von %s erfassen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="110" />
      <source>The client may ask to see and copy their record (HIPAA §164.524, GDPR Art. 15) or to have it corrected (§164.526, Art. 16). Record the request with the day it reached the practice: it must be answered within %d days (the practice's setting, in Preferences).</source>
      <translation>Die Klient:in kann Einsicht in ihre Akte und eine Kopie verlangen (HIPAA §164.524, DSGVO Art. 15) oder deren Berichtigung (§164.526, Art. 16). Erfassen Sie den Antrag mit dem Tag, an dem er bei der Praxis eingegangen ist: Er muss innerhalb von %d Tagen beantwortet werden (Einstellung der Praxis, unter „Einstellungen“).</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="117" />
      <source>Kind of request</source>
      <translation>Art des Antrags</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="120" />
      <source>Day received</source>
      <translation>Eingangstag</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="122" />
      <location filename="ui/casefile/overview/request_dialogs.py" line="136" />
      <source>Due by</source>
      <translation>Fällig bis</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="123" />
      <source>What the client asks</source>
      <translation>Was die Klient:in verlangt</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="124" />
      <source>In the client's words where possible, e.g. “a copy of my consent forms”.</source>
      <translation>Möglichst in den Worten der Klient:in, z. B. „eine Kopie meiner Einwilligungsformulare“.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="127" />
      <source>Record it concerns</source>
      <translation>Betroffene Aufzeichnung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="128" />
      <source>Not known</source>
      <translation>Nicht bekannt</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="133" />
      <source>Field it concerns</source>
      <translation>Betroffenes Feld</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="134" />
      <source>e.g. pronouns, or the note's wording</source>
      <translation>z. B. Pronomen oder der Wortlaut der Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="135" />
      <source>&amp;Kind</source>
      <translation>&amp;Art</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="135" />
      <source>&amp;Received on</source>
      <translation>&amp;Eingegangen am</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="137" />
      <source>&amp;What the client asks</source>
      <translation>&amp;Was die Klient:in verlangt</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="138" />
      <source>Record it &amp;concerns</source>
      <translation>Betroffene Auf&amp;zeichnung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="139" />
      <source>&amp;Field</source>
      <translation>&amp;Feld</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="148" />
      <source>&amp;Record request</source>
      <translation>Antrag erfa&amp;ssen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/request_dialogs.py" line="164" />
      <source>%1 (%2 days after it was received)</source>
      <translation>%1 (%2 Tage nach Eingang)</translation>
    </message>
  </context>
  <context>
    <name>RecordsDialog</name>
    <message>
      <location filename="ui/records/dialog.py" line="126" />
      <source>Records: retention and disposal</source>
      <translation>Akten: Aufbewahrung und Vernichtung</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="130" />
      <source>Retention settings</source>
      <translation>Aufbewahrungseinstellungen</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="138" />
      <source>Closed cases and their retention</source>
      <translation>Abgeschlossene Fälle und ihre Aufbewahrung</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="146" />
      <source>&amp;Authorise disposal…</source>
      <translation>Vernichtung &amp;genehmigen…</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="147" />
      <source>&amp;Dispose…</source>
      <translation>&amp;Vernichten…</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="152" />
      <source>&amp;Closed cases</source>
      <translation>&amp;Abgeschlossene Fälle</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="157" />
      <source>Disposal register</source>
      <translation>Vernichtungsregister</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="166" />
      <source>&amp;Save as PDF…</source>
      <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="170" />
      <source>Disposal &amp;register</source>
      <translation>Vernichtungs&amp;register</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="186" />
      <source>Closed cases are kept %1 years after the last service (the later of the closing and the last held session); for a client who was a minor, until %2 years after the age of majority (%3) if that is later.</source>
      <translation>Abgeschlossene Fälle werden %1 Jahre nach der letzten Leistung aufbewahrt (maßgeblich ist das spätere Datum von Abschluss und letzter stattgefundener Sitzung); bei einer minderjährigen Klient:in bis %2 Jahre nach Eintritt der Volljährigkeit (%3), falls dies später ist.</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="191" />
      <source>Jurisdiction: %s</source>
      <translation>Rechtsordnung: %s</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="191" />
      <source>These are the defaults (APA guidance): set your jurisdiction's figures in Preferences.</source>
      <translation>Dies sind die Standardwerte (APA-Empfehlung): Legen Sie die Werte Ihrer Rechtsordnung unter „Einstellungen“ fest.</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="195" />
      <source>No case is kept for less than the forms its client signed promise (the English forms 7 years, the German forms 10).</source>
      <translation>Kein Fall wird kürzer aufbewahrt, als die von der Klient:in unterschriebenen Formulare zusagen (die englischen Formulare 7 Jahre, die deutschen 10).</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="207" />
      <source>No case is closed yet: a case's retention period starts when it closes.</source>
      <translation>Noch ist kein Fall abgeschlossen: Die Aufbewahrungsfrist eines Falls beginnt mit seinem Abschluss.</translation>
    </message>
    <message numerus="yes">
      <location filename="ui/records/dialog.py" line="208" />
      <source>%n case(s) whose retention period has ended.</source>
      <translation>
        <numerusform>%n Fall, dessen Aufbewahrungsfrist abgelaufen ist.</numerusform>
        <numerusform>%n Fälle, deren Aufbewahrungsfrist abgelaufen ist.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="211" />
      <source>Nothing has been disposed of yet.</source>
      <translation>Bisher wurde nichts vernichtet.</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="212" />
      <source>A disposed case's content is gone from this vault; backups made before still hold it: destroy them.</source>
      <translation>Der Inhalt eines vernichteten Falls ist aus diesem Tresor entfernt; zuvor erstellte Sicherungen enthalten ihn noch: Vernichten Sie diese.</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="232" />
      <source>Choose a closed case above.</source>
      <translation>Wählen Sie oben einen abgeschlossenen Fall.</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="241" />
      <source>Dispose of %s</source>
      <translation>%s vernichten</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="241" />
      <source>Why is this case disposed of now? The reason is kept in the disposal register (e.g. "retention period ended").</source>
      <translation>Warum wird dieser Fall jetzt vernichtet? Die Begründung wird im Vernichtungsregister gespeichert (z. B. „Aufbewahrungsfrist abgelaufen“).</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="243" />
      <source>Continue</source>
      <translation>Weiter</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="247" />
      <source>Dispose of %s for good? Every record of the case -- its client details, consent, sessions, debriefs, notes and scans -- is removed from this vault and cannot be recovered from it. The signed disposal entry stays, and the next packet tells the triad's other vaults to dispose of it too.</source>
      <translation>%s endgültig vernichten? Alle Aufzeichnungen des Falls – Angaben zur Klient:in, Einwilligungen, Sitzungen, Nachbesprechungen, Notizen und Scans – werden aus diesem Tresor entfernt und können daraus nicht wiederhergestellt werden. Der signierte Vernichtungseintrag bleibt erhalten, und das nächste Paket weist die anderen Tresore der Triade an, den Fall ebenfalls zu vernichten.</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="252" />
      <source>Dispose for good</source>
      <translation>Endgültig vernichten</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="270" />
      <source>Authorise disposing of %s</source>
      <translation>Vernichtung von %s genehmigen</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="270" />
      <source>Why may this case be disposed of before its retention period ends? The reason is signed by you and kept in the disposal register.</source>
      <translation>Warum darf dieser Fall vor Ablauf der Aufbewahrungsfrist vernichtet werden? Die Begründung wird von Ihnen signiert und im Vernichtungsregister gespeichert.</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="273" />
      <source>Authorise</source>
      <translation>Genehmigen</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="282" />
      <source>Authorised: the case's therapist can now dispose of it.</source>
      <translation>Genehmigt: Die Therapeut:in des Falls kann ihn jetzt vernichten.</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="287" />
      <source>Save the disposal register</source>
      <translation>Vernichtungsregister speichern</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="288" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>RecoverDialog</name>
    <message>
      <location filename="ui/start/recover.py" line="24" />
      <source>Recover access</source>
      <translation>Zugang wiederherstellen</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="26" />
      <source>Type the recovery code (six groups of five letters and digits) and choose a new passphrase. A typo in the code is caught before anything changes.</source>
      <translation>Geben Sie den Wiederherstellungscode ein (sechs Gruppen aus fünf Buchstaben und Ziffern) und wählen Sie eine neue Passphrase. Ein Tippfehler im Code wird erkannt, bevor etwas geändert wird.</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="34" />
      <source>Recovery code</source>
      <translation>Wiederherstellungscode</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="36" />
      <source>Leave empty for the vault's first member</source>
      <translation>Für das erste Mitglied des Tresors leer lassen</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="37" />
      <source>Member name</source>
      <translation>Name des Mitglieds</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="40" />
      <source>New passphrase</source>
      <translation>Neue Passphrase</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="43" />
      <source>Confirm new passphrase</source>
      <translation>Neue Passphrase bestätigen</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="44" />
      <source>Recovery &amp;code</source>
      <translation>Wiederherstellungs&amp;code</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="45" />
      <source>&amp;Member</source>
      <translation>&amp;Mitglied</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="46" />
      <source>&amp;New passphrase</source>
      <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="47" />
      <source>Con&amp;firm</source>
      <translation>&amp;Bestätigen</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="49" />
      <source>Passphrase strength</source>
      <translation>Stärke der Passphrase</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="55" />
      <source>Error message</source>
      <translation>Fehlermeldung</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="58" />
      <source>Set passphrase and unlock</source>
      <translation>Passphrase festlegen und entsperren</translation>
    </message>
    <message>
      <location filename="ui/start/recover.py" line="72" />
      <source>Type the recovery code.</source>
      <translation>Geben Sie den Wiederherstellungscode ein.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryCodeDialog</name>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="110" />
      <source>Recovery sheet saved to %1 (readable by you only). Print it or move it to a drive kept apart from this computer, then delete this copy.</source>
      <translation>Wiederherstellungsblatt gespeichert unter %1 (nur für Sie lesbar). Drucken Sie es aus oder verschieben Sie es auf ein Laufwerk, das getrennt von diesem Computer aufbewahrt wird, und löschen Sie dann diese Kopie.</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="122" />
      <source>Triad recovery sheet</source>
      <translation>Triad-Wiederherstellungsblatt</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="122" />
      <source>Vault</source>
      <translation>Tresor</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="124" />
      <source>This code sets a new passphrase for any member of this vault if one is forgotten. Anyone who has it and a copy of the vault can read every record. Keep it locked away.</source>
      <translation>Mit diesem Code setzen Sie für jedes Mitglied dieses Tresors eine neue Passphrase, falls eine vergessen wurde. Wer ihn und eine Kopie des Tresors hat, kann jede Aufzeichnung lesen. Bewahren Sie ihn verschlossen auf.</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="134" />
      <source>Sent to the printer.</source>
      <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="139" />
      <source>Copied. Paste it where you keep it safe, then copy something else.</source>
      <translation>Kopiert. Fügen Sie ihn dort ein, wo Sie ihn sicher aufbewahren, und kopieren Sie danach etwas anderes.</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="145" />
      <source>Keep the code first: write it down, save or print the sheet, then tick the box. It cannot be shown again.</source>
      <translation>Sichern Sie zuerst den Code: Schreiben Sie ihn auf, speichern oder drucken Sie das Blatt und setzen Sie dann das Häkchen. Er kann nicht erneut angezeigt werden.</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="33" />
      <source>Your recovery code</source>
      <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="36" />
      <source>This code sets a new passphrase if one is forgotten. It is shown only this once: write it down or save the recovery sheet now, and keep it locked away, apart from this computer. Anyone who has it and a copy of the vault can read every record.</source>
      <translation>Mit diesem Code lässt sich eine neue Passphrase festlegen, falls eine vergessen wurde. Er wird nur dieses eine Mal angezeigt: Schreiben Sie ihn jetzt auf oder speichern Sie das Wiederherstellungsblatt, und verwahren Sie ihn verschlossen und getrennt von diesem Computer. Wer ihn und eine Kopie des Tresors besitzt, kann jede Aufzeichnung lesen.</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="51" />
      <source>Group %1</source>
      <translation>Gruppe %1</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="58" />
      <source>&amp;Save recovery sheet…</source>
      <translation>Wiederherstellungsblatt &amp;speichern…</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="59" />
      <source>&amp;Print…</source>
      <translation>&amp;Drucken…</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="60" />
      <source>&amp;Copy</source>
      <translation>&amp;Kopieren</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="61" />
      <source>Copies the code to the clipboard. Paste it into a password manager, then copy something else: the clipboard is readable by other programs.</source>
      <translation>Kopiert den Code in die Zwischenablage. Fügen Sie ihn in einen Passwortmanager ein und kopieren Sie danach etwas anderes: Andere Programme können die Zwischenablage lesen.</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="70" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="72" />
      <source>I have &amp;written it down or saved the sheet</source>
      <translation>Ich habe ihn &amp;aufgeschrieben oder das Blatt gespeichert</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="75" />
      <source>C&amp;ontinue</source>
      <translation>&amp;Weiter</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="78" />
      <source>Tick the box above first.</source>
      <translation>Setzen Sie zuerst oben das Häkchen.</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="97" />
      <source>Save the recovery sheet</source>
      <translation>Wiederherstellungsblatt speichern</translation>
    </message>
    <message>
      <location filename="ui/widgets/recovery_code.py" line="98" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>RegisterModel</name>
    <message>
      <location filename="ui/records/dialog.py" line="67" />
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="68" />
      <source>Opened</source>
      <translation>Eröffnet</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="69" />
      <source>Closed</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="70" />
      <source>Retention ended</source>
      <translation>Aufbewahrung endete</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="71" />
      <source>Disposed of</source>
      <translation>Vernichtet</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="72" />
      <source>By</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="73" />
      <source>Reason</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="74" />
      <source>Backups still holding it</source>
      <translation>Sicherungen mit diesem Fall</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="80" />
      <source> (early, authorised by %1: %2)</source>
      <translation> (vorzeitig, genehmigt von %1: %2)</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="82" />
      <source>none recorded</source>
      <translation>keine erfasst</translation>
    </message>
  </context>
  <context>
    <name>ReportsTab</name>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="102" />
      <source>Client's copy…</source>
      <translation>Kopie für die Klient:in…</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="103" />
      <source>Client card…</source>
      <translation>Karte für die Klient:in…</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="115" />
      <location filename="ui/casefile/reports/tab.py" line="610" />
      <source>&amp;Whole case</source>
      <translation>&amp;Gesamter Fall</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="117" />
      <source>Whole case</source>
      <translation>Gesamter Fall</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="118" />
      <source>Period from</source>
      <translation>Zeitraum von</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="119" />
      <source>Period to</source>
      <translation>Zeitraum bis</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="121" />
      <source>&amp;From</source>
      <translation>V&amp;on</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="122" />
      <source>&amp;To</source>
      <translation>B&amp;is</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="124" />
      <source>Narrative</source>
      <translation>Freitext</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="125" />
      <source>Optional: the therapist's narrative of progress, printed as written.</source>
      <translation>Optional: Die Darstellung des Verlaufs durch die Therapeut:in, gedruckt wie geschrieben.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="130" />
      <source>Narrati&amp;ve</source>
      <translation>Frei&amp;text</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="134" />
      <source>Every consent audit finding of this case, with sign-offs and remediations, and a check that the signed record was not altered.</source>
      <translation>Jede Feststellung der Einwilligungsprüfung in diesem Fall, mit Abzeichnungen und Behebungen, und eine Prüfung, dass die signierte Akte nicht verändert wurde.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="142" />
      <source>Form</source>
      <translation>Formular</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="146" />
      <source>%1 (version %2)</source>
      <translation>%1 (Fassung %2)</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="149" />
      <source>&amp;Form</source>
      <translation>For&amp;mular</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="150" />
      <source>Filled in with this case's parties, to print and sign on paper.</source>
      <translation>Mit den Beteiligten dieses Falls ausgefüllt, zum Ausdrucken und Unterschreiben auf Papier.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="157" />
      <source>Session</source>
      <translation>Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="161" />
      <source>Sessio&amp;n</source>
      <translation>&amp;Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="165" />
      <source>Every time this case's record left the vault: each export, packet, backup, saved or printed document and client's copy, with when, to whom and by whom. Saving or printing this document is recorded too.</source>
      <translation>Jedes Mal, wenn die Akte dieses Falls den Tresor verlassen hat: jeder Export, jedes Paket, jede Sicherung, jedes gespeicherte oder gedruckte Dokument und jede Kopie für die Klient:in, jeweils mit Zeitpunkt, Empfänger:in und ausführender Person. Auch das Speichern oder Drucken dieses Dokuments wird erfasst.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="170" />
      <location filename="ui/casefile/reports/tab.py" line="246" />
      <source>Options</source>
      <translation>Optionen</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="173" />
      <source>Printing</source>
      <translation>Drucken</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="175" />
      <source>Show the c&amp;lient's name</source>
      <translation>Namen der K&amp;lient:in anzeigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="176" />
      <source>Show the client's name</source>
      <translation>Namen der Klient:in anzeigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="177" />
      <source>Documents are pseudonymised: they name the client by code only, unless you tick this.</source>
      <translation>Dokumente sind pseudonymisiert: Sie nennen die Klient:in nur mit ihrer Kennung, außer Sie setzen hier ein Häkchen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="180" />
      <source>Page size</source>
      <translation>Seitenformat</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="181" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="182" />
      <source>US Letter</source>
      <translation>US Letter</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="185" />
      <source>Page si&amp;ze</source>
      <translation>Seiten&amp;format</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="187" />
      <source>&amp;Generate</source>
      <translation>&amp;Erstellen</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="188" />
      <source>Generate</source>
      <translation>Erstellen</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="193" />
      <source>Generating…</source>
      <translation>Wird erstellt…</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="194" />
      <source>Generating the document</source>
      <translation>Dokument wird erstellt</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="199" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="215" />
      <source>Document shown</source>
      <translation>Angezeigtes Dokument</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="216" />
      <location filename="ui/casefile/reports/tab.py" line="604" />
      <source>No document generated yet.</source>
      <translation>Noch kein Dokument erstellt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="217" />
      <source>The options changed since this preview was generated: generate again to update it.</source>
      <translation>Die Optionen wurden geändert, seit diese Vorschau erstellt wurde: Erstellen Sie sie neu, um sie zu aktualisieren.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="221" />
      <source>Pr&amp;int…</source>
      <translation>&amp;Drucken…</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="222" />
      <source>Print</source>
      <translation>Drucken</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="223" />
      <source>Sav&amp;e…</source>
      <translation>&amp;Speichern…</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="224" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="227" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="232" />
      <source>About the documents</source>
      <translation>Über die Dokumente</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="249" />
      <source>Show or hide the document's options beside the preview</source>
      <translation>Optionen des Dokuments neben der Vorschau ein- oder ausblenden</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="330" />
      <source>&amp;Whole case (%1 to today)</source>
      <translation>&amp;Gesamter Fall (%1 bis heute)</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="364" />
      <source>no phase</source>
      <translation>keine Phase</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="366" />
      <source>awaiting review</source>
      <translation>Durchsicht ausstehend</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="366" />
      <source>reviewed</source>
      <translation>durchgesehen</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="375" />
      <source>The debrief as the surrogate partner logged it, with the therapist's reviews; newest session first.</source>
      <translation>Die Nachbesprechung, wie die Surrogatpartner:in sie erfasst hat, mit den Durchsichten der Therapeut:in; neueste Sitzung zuerst.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="378" />
      <source>None of your sessions of this case has a debrief yet. Log one after a session on the Sessions tab.</source>
      <translation>Noch keine Ihrer Sitzungen in diesem Fall hat eine Nachbesprechung. Erfassen Sie eine nach der Sitzung im Tab „Sitzungen“.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="381" />
      <source>No session of this case has a debrief yet. The surrogate partner logs one after each session.</source>
      <translation>Noch keine Sitzung dieses Falls hat eine Nachbesprechung. Die Surrogatpartner:in erfasst nach jeder Sitzung eine.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="386" />
      <source>&lt;h3&gt;Printable documents&lt;/h3&gt;&lt;p&gt;Choose a document on the left and press &lt;b&gt;Generate&lt;/b&gt;. It is previewed here from memory; nothing reaches the disk until you &lt;b&gt;Save&lt;/b&gt; it where you choose.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Progress summary&lt;/b&gt;: for the clinical record, a referral or supervision. The phase plan, goals, SUDS and measures, sessions held, consent in force and open audit findings for a period, with your narrative. Process recordings never appear in it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Consent audit report&lt;/b&gt;: for the supervisor. Every consent audit finding of this case with its sign-offs and remediations, and a check that the signed record was not altered.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Consent form&lt;/b&gt;: a form filled in with this case's parties, to print and sign on paper.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Debrief&lt;/b&gt;: one surrogate session's debrief with the therapist's reviews, for example for a supervision meeting.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accounting of disclosures&lt;/b&gt;: every time this case's record left the vault, to whom and by whom (the client may ask for it).&lt;/p&gt;&lt;p&gt;Every document you save or print is recorded in the accounting of disclosures: what, when and by whom, never where it was saved.&lt;/p&gt;&lt;p&gt;Documents are pseudonymised: they name the client by code unless you choose to show the name.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Druckbare Dokumente&lt;/h3&gt;&lt;p&gt;Wählen Sie links ein Dokument und klicken Sie auf &lt;b&gt;Erstellen&lt;/b&gt;. Die Vorschau entsteht hier im Arbeitsspeicher; nichts gelangt auf die Festplatte, bis Sie es über &lt;b&gt;Speichern&lt;/b&gt; an einem Ort Ihrer Wahl ablegen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verlaufsbericht&lt;/b&gt;: für die Akte, eine Überweisung oder die Supervision. Phasenplan, Ziele, SUDS und Messungen, stattgefundene Sitzungen, gültige Einwilligungen und offene Feststellungen der Prüfung für einen Zeitraum, mit Ihrem Freitext. Prozessaufzeichnungen erscheinen darin nie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bericht zur Einwilligungsprüfung&lt;/b&gt;: für die Supervisor:in. Jede Feststellung der Einwilligungsprüfung in diesem Fall mit Abzeichnungen und Behebungen, und eine Prüfung, dass die signierte Akte nicht verändert wurde.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Einwilligungsformular&lt;/b&gt;: ein mit den Beteiligten dieses Falls ausgefülltes Formular zum Ausdrucken und Unterschreiben auf Papier.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nachbesprechung&lt;/b&gt;: die Nachbesprechung einer Surrogatsitzung mit den Durchsichten der Therapeut:in, etwa für eine Supervisionssitzung.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verzeichnis der Offenlegungen&lt;/b&gt;: jedes Mal, wenn die Akte dieses Falls den Tresor verlassen hat, an wen und durch wen (die Klient:in kann es anfordern).&lt;/p&gt;&lt;p&gt;Jedes Dokument, das Sie speichern oder drucken, wird im Verzeichnis der Offenlegungen erfasst: was, wann und durch wen, nie aber, wo es gespeichert wurde.&lt;/p&gt;&lt;p&gt;Dokumente sind pseudonymisiert: Sie nennen die Klient:in mit ihrer Kennung, außer Sie entscheiden sich, den Namen anzuzeigen.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="407" />
      <source>&lt;p&gt;&lt;i&gt;As the case's surrogate partner you can print the debriefs of your own sessions.&lt;/i&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;i&gt;Als Surrogatpartner:in dieses Falls können Sie die Nachbesprechungen Ihrer eigenen Sitzungen drucken.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="410" />
      <source>&lt;p&gt;&lt;i&gt;You are not on this case's triad, so you cannot print its documents.&lt;/i&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;i&gt;Sie gehören nicht zur Triade dieses Falls und können seine Dokumente daher nicht drucken.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="428" />
      <source>The period ends before it starts: choose a later To date.</source>
      <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie ein späteres Bis-Datum.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="459" />
      <source>Generating the document… You can go on working meanwhile.</source>
      <translation>Dokument wird erstellt… Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="478" />
      <source>Open a case first.</source>
      <translation>Öffnen Sie zuerst einen Fall.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="480" />
      <source>Your role on this case does not allow printing its documents.</source>
      <translation>Ihre Rolle in diesem Fall erlaubt es nicht, seine Dokumente zu drucken.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="482" />
      <source>There is no debrief to print yet.</source>
      <translation>Es gibt noch keine Nachbesprechung zum Drucken.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="486" />
      <source>A document is being generated.</source>
      <translation>Ein Dokument wird gerade erstellt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="488" />
      <source>Generate the document and preview it (Ctrl+Return).</source>
      <translation>Dokument erstellen und in der Vorschau anzeigen (Ctrl+Return).</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="490" />
      <source>The client's name is never shown to a surrogate partner.</source>
      <translation>Der Name der Klient:in wird einer Surrogatpartner:in nie angezeigt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="492" />
      <source>A supervisor sees the client code, not the client's name: the release of information the client signed says so.</source>
      <translation>Eine Supervisor:in sieht die Fallkennung, nicht den Namen der Klient:in: So steht es in der Schweigepflichtentbindung, die die Klient:in unterschrieben hat.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="495" />
      <source>The consent audit report names the case by its code only.</source>
      <translation>Der Bericht zur Einwilligungsprüfung nennt den Fall nur mit seiner Kennung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="497" />
      <source>The accounting of disclosures names the case by its code only.</source>
      <translation>Das Verzeichnis der Offenlegungen nennt den Fall nur mit seiner Kennung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="499" />
      <source>No legal name is recorded for this client, so documents show the code.</source>
      <translation>Für diese Klient:in ist kein amtlicher Name erfasst, daher zeigen Dokumente die Kennung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="503" />
      <source>Print the client's legal name beside the code.</source>
      <translation>Den amtlichen Namen der Klient:in neben der Kennung drucken.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="505" />
      <source>Print the document shown (Ctrl+P).</source>
      <translation>Angezeigtes Dokument drucken (Ctrl+P).</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="506" />
      <source>Save the document shown as a PDF (Ctrl+S).</source>
      <translation>Angezeigtes Dokument als PDF speichern (Ctrl+S).</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="508" />
      <source>Generate a document first.</source>
      <translation>Erstellen Sie zuerst ein Dokument.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="521" />
      <source>Progress summary</source>
      <translation>Verlaufsbericht</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="525" />
      <source>%1 to %2</source>
      <translation>%1 bis %2</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="527" />
      <source>Consent audit report</source>
      <translation>Bericht zur Einwilligungsprüfung</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="535" />
      <source>Debrief of the session of %1</source>
      <translation>Nachbesprechung der Sitzung vom %1</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="537" />
      <source>&lt;b&gt;%1&lt;/b&gt; · case %2 · %3 · generated %4</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; · Fall %2 · %3 · erstellt am %4</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="538" />
      <source>with the client's name</source>
      <translation>mit Namen der Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="539" />
      <source>pseudonymised</source>
      <translation>pseudonymisiert</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="557" />
      <source>The document could not be shown. Generate it again.</source>
      <translation>Das Dokument konnte nicht angezeigt werden. Erstellen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
      <location filename="ui/casefile/reports/tab.py" line="572" />
      <source>Sent %n page(s) to the printer.</source>
      <translation>
        <numerusform>%n Seite an den Drucker gesendet.</numerusform>
        <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="579" />
      <source>Save document</source>
      <translation>Dokument speichern</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="581" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="588" />
      <source>%1 already exists. Replace it?</source>
      <translation>%1 ist bereits vorhanden. Ersetzen?</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="589" />
      <source>Replace</source>
      <translation>Ersetzen</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="594" />
      <source>Saved %1 in %2.</source>
      <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="87" />
      <source>Document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="89" />
      <source>Consent a&amp;udit report</source>
      <translation>Bericht zur Einwilligungs&amp;prüfung</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="89" />
      <source>Consent for&amp;m</source>
      <translation>Einwilligungs&amp;formular</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="89" />
      <source>Progress summar&amp;y</source>
      <translation>&amp;Verlaufsbericht</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="90" />
      <source>&amp;Debrief of a session</source>
      <translation>&amp;Nachbesprechung einer Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/reports/tab.py" line="92" />
      <location filename="ui/casefile/reports/tab.py" line="531" />
      <source>Accounting of disclosures</source>
      <translation>Verzeichnis der Offenlegungen</translation>
    </message>
  </context>
  <context>
    <name>RequestTableModel</name>
    <message>
      <source>Due</source>
      <translation type="vanished">Fällig</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation type="vanished">Art</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation type="vanished">Ergebnis</translation>
    </message>
    <message>
      <source>Received</source>
      <translation type="vanished">Eingegangen</translation>
    </message>
    <message>
      <source>What the client asks</source>
      <translation type="vanished">Was die Klient:in verlangt</translation>
    </message>
  </context>
  <context>
    <name>RequestsPanel</name>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="107" />
      <source>The selected request</source>
      <translation>Der ausgewählte Antrag</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="117" />
      <source>No client requests</source>
      <translation>Keine Anträge der Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="122" />
      <source>Recor&amp;d request…</source>
      <translation>Antrag &amp;erfassen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="123" />
      <source>Record a request from the client</source>
      <translation>Antrag der Klient:in erfassen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="124" />
      <source>Close re&amp;quest…</source>
      <translation>Antrag a&amp;bschließen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="125" />
      <source>Close the selected request with its outcome</source>
      <translation>Ausgewählten Antrag mit seinem Ergebnis abschließen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="143" />
      <source>The client's requests to see or correct their record are made to the practice; the therapist and the supervisor keep them.</source>
      <translation>Anträge der Klient:in auf Einsicht oder Berichtigung der Akte richten sich an die Praxis; die Therapeut:in und die Supervisor:in verwalten sie.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="148" />
      <source>No requests from the client. When the client asks to see or copy their record, or to correct it, Record request… keeps the day it arrived; it is due within %d days.</source>
      <translation>Keine Anträge der Klient:in. Wenn die Klient:in Einsicht in ihre Akte, eine Kopie oder eine Berichtigung verlangt, hält „Antrag erfassen…“ den Eingangstag fest; die Frist beträgt %d Tage.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="152" />
      <source>No requests from the client. The therapist records them here.</source>
      <translation>Keine Anträge der Klient:in. Die Therapeut:in erfasst sie hier.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="185" />
      <source>%1 request received %2, due %3.</source>
      <translation>Antrag (%1) eingegangen am %2, fällig am %3.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="189" />
      <source>Concerns: %s</source>
      <translation>Betrifft: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="192" />
      <source>Amendment made on %s.</source>
      <translation>Berichtigung vorgenommen am %s.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="194" />
      <source>Reason: %s</source>
      <translation>Begründung: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="195" />
      <source>The client's statement of disagreement: %s</source>
      <translation>Gegendarstellung der Klient:in: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="196" />
      <source>none received</source>
      <translation>keine eingegangen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="198" />
      <source>Rebuttal: %s</source>
      <translation>Erwiderung: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="200" />
      <source>Note: %s</source>
      <translation>Hinweis: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="210" />
      <source>Record a request the client made to see, copy or correct their record.</source>
      <translation>Einen Antrag der Klient:in auf Einsicht, Kopie oder Berichtigung ihrer Akte erfassen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="215" />
      <source>No request to close.</source>
      <translation>Kein Antrag zum Abschließen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="216" />
      <source>Select a request first.</source>
      <translation>Wählen Sie zuerst einen Antrag aus.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="219" />
      <source>This request is closed. Its words are corrected with an amendment.</source>
      <translation>Dieser Antrag ist abgeschlossen. Sein Wortlaut wird mit einer Berichtigung korrigiert.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="222" />
      <source>Close the selected request: the copy given, the amendment made, or the refusal.</source>
      <translation>Ausgewählten Antrag abschließen: mit der übergebenen Kopie, der vorgenommenen Berichtigung oder der Ablehnung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/requests.py" line="95" />
      <location filename="ui/casefile/overview/requests.py" line="101" />
      <source>Client requests</source>
      <translation>Anträge der Klient:in</translation>
    </message>
  </context>
  <context>
    <name>RescheduleDialog</name>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="224" />
      <source>Reschedule a session</source>
      <translation>Sitzung verschieben</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="227" />
      <source>%1 now at %2</source>
      <translation>%1, jetzt am %2</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="230" />
      <source>New date and time</source>
      <translation>Neues Datum und Uhrzeit</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="232" />
      <source>Reason</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="233" />
      <source>Optional, e.g. the client asked to move it</source>
      <translation>Optional, z. B. auf Wunsch der Klient:in verschoben</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="234" />
      <source>&amp;New date and time</source>
      <translation>&amp;Neues Datum und Uhrzeit</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="235" />
      <source>&amp;Reason</source>
      <translation>&amp;Begründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="239" />
      <source>&amp;Move session</source>
      <translation>Sitzung &amp;verschieben</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="ui/practice/restore.py" line="100" />
      <source>Restore into a new folder</source>
      <translation>In neuen Ordner wiederherstellen</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="101" />
      <source>Triad vaults (*.triad)</source>
      <translation>Triad-Tresore (*.triad)</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="114" />
      <source>Choose the backup file to restore.</source>
      <translation>Wählen Sie die Sicherungsdatei, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="117" />
      <source>Choose a new folder to restore into.</source>
      <translation>Wählen Sie einen neuen Ordner für die Wiederherstellung.</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="120" />
      <source>That folder is not empty. A backup is restored only into a new folder, never over a vault or other files: choose another name.</source>
      <translation>Dieser Ordner ist nicht leer. Eine Sicherung wird nur in einen neuen Ordner wiederhergestellt, nie über einen Tresor oder andere Dateien: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="125" />
      <source>Enter the passphrase that opens the backup.</source>
      <translation>Geben Sie die Passphrase ein, die die Sicherung öffnet.</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="130" />
      <source>Restoring %1 and checking every entry, signature and page…</source>
      <translation>%1 wird wiederhergestellt; jeder Eintrag, jede Signatur und jede Seite wird geprüft…</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="145" />
      <source>Backup restored</source>
      <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="145" />
      <source>The backup was restored into %1 and verified: %2 signed entries, every chain, signature and page intact.</source>
      <translation>Die Sicherung wurde in %1 wiederhergestellt und geprüft: %2 signierte Einträge, alle Ketten, Signaturen und Seiten intakt.</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="148" />
      <source>The backup was restored into %1, but verification found problems: see the Audit tab once it is open.</source>
      <translation>Die Sicherung wurde in %1 wiederhergestellt, aber die Prüfung hat Probleme gefunden: siehe Tab „Prüfung“, sobald der Tresor geöffnet ist.</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="151" />
      <source>Open the restored vault now? The vault you have open now is locked first.</source>
      <translation>Den wiederhergestellten Tresor jetzt öffnen? Der gerade geöffnete Tresor wird zuvor gesperrt.</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="153" />
      <source>&amp;Open restored vault</source>
      <translation>Wiederhergestellten Tresor ö&amp;ffnen</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="154" />
      <source>&amp;Not now</source>
      <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="40" />
      <source>Restore a backup</source>
      <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="42" />
      <source>A backup is restored into a new folder: the vault you have open is not touched. Every entry, signature and database page is checked before the folder appears. The passphrase is the one that was yours when the backup was made.</source>
      <translation>Eine Sicherung wird in einen neuen Ordner wiederhergestellt: Der geöffnete Tresor bleibt unberührt. Jeder Eintrag, jede Signatur und jede Datenbankseite wird geprüft, bevor der Ordner erscheint. Es gilt die Passphrase, die Sie beim Erstellen der Sicherung hatten.</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="50" />
      <source>Backup file</source>
      <translation>Sicherungsdatei</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="51" />
      <source>&amp;Choose…</source>
      <translation>&amp;Auswählen…</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="53" />
      <source>New folder</source>
      <translation>Neuer Ordner</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="54" />
      <source>C&amp;hoose…</source>
      <translation>A&amp;uswählen…</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="56" />
      <source>Member name</source>
      <translation>Name des Mitglieds</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="59" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="60" />
      <source>&amp;Backup file</source>
      <translation>&amp;Sicherungsdatei</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="61" />
      <source>&amp;New folder</source>
      <translation>&amp;Neuer Ordner</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="66" />
      <source>&amp;Member</source>
      <translation>&amp;Mitglied</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="67" />
      <source>&amp;Passphrase</source>
      <translation>&amp;Passphrase</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="72" />
      <source>Error message</source>
      <translation>Fehlermeldung</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="75" />
      <location filename="ui/practice/restore.py" line="78" />
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="83" />
      <source>&amp;Restore</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="94" />
      <source>Choose a backup</source>
      <translation>Sicherung auswählen</translation>
    </message>
    <message>
      <location filename="ui/practice/restore.py" line="94" />
      <source>Triad backups (*.backup)</source>
      <translation>Triad-Sicherungen (*.backup)</translation>
    </message>
  </context>
  <context>
    <name>RetentionBox</name>
    <message>
      <location filename="ui/records/retention.py" line="20" />
      <source>Record retention (the practice's, kept in the vault)</source>
      <translation>Aufbewahrung der Akten (Einstellung der Praxis, im Tresor gespeichert)</translation>
    </message>
    <message>
      <location filename="ui/records/retention.py" line="28" />
      <location filename="ui/records/retention.py" line="33" />
      <source> years</source>
      <translation> Jahre</translation>
    </message>
    <message>
      <location filename="ui/records/retention.py" line="29" />
      <source>Years kept after the last service</source>
      <translation>Aufbewahrungsjahre nach der letzten Leistung</translation>
    </message>
    <message>
      <location filename="ui/records/retention.py" line="35" />
      <source>For a client who was a minor: years kept after the age of majority</source>
      <translation>Bei minderjährigen Klient:innen: Aufbewahrungsjahre nach Eintritt der Volljährigkeit</translation>
    </message>
    <message>
      <location filename="ui/records/retention.py" line="38" />
      <source>e.g. Germany, §630f BGB: 10 years</source>
      <translation>z. B. Deutschland, §630f BGB: 10 Jahre</translation>
    </message>
    <message>
      <location filename="ui/records/retention.py" line="39" />
      <source>Jurisdiction</source>
      <translation>Rechtsordnung</translation>
    </message>
    <message>
      <location filename="ui/records/retention.py" line="40" />
      <source>Keep &amp;closed cases</source>
      <translation>Abgeschlossene &amp;Fälle aufbewahren</translation>
    </message>
    <message>
      <location filename="ui/records/retention.py" line="41" />
      <source>&amp;Minors: after majority</source>
      <translation>&amp;Minderjährige: nach Volljährigkeit</translation>
    </message>
    <message>
      <location filename="ui/records/retention.py" line="42" />
      <source>&amp;Jurisdiction</source>
      <translation>&amp;Rechtsordnung</translation>
    </message>
    <message>
      <location filename="ui/records/retention.py" line="43" />
      <source>Counted from the last service: the later of the closing and the last held session. For a client who was a minor (under %1) at the first service, the record is kept until the later of the two dates. The defaults, 7 and 3 years, follow the APA's record-keeping guidance; HIPAA keeps documentation 6 years, Germany 10 years, some NHS mental-health records about 20. Set the figures your jurisdiction requires.</source>
      <translation>Gezählt ab der letzten Leistung: maßgeblich ist das spätere Datum von Abschluss und letzter stattgefundener Sitzung. Bei Klient:innen, die bei der ersten Leistung minderjährig waren (unter %1), wird die Akte bis zum späteren der beiden Daten aufbewahrt. Die Standardwerte, 7 und 3 Jahre, folgen der Dokumentationsempfehlung der APA; HIPAA verlangt 6 Jahre, Deutschland 10 Jahre, manche NHS-Akten der psychiatrischen Versorgung etwa 20. Legen Sie die Werte fest, die Ihre Rechtsordnung verlangt.</translation>
    </message>
    <message>
      <location filename="ui/records/retention.py" line="56" />
      <source>Only a therapist changes the practice's retention settings.</source>
      <translation>Nur Therapeut:innen ändern die Aufbewahrungseinstellungen der Praxis.</translation>
    </message>
  </context>
  <context>
    <name>RetentionModel</name>
    <message>
      <location filename="ui/records/dialog.py" line="40" />
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="41" />
      <source>Closed</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="42" />
      <source>Last service</source>
      <translation>Letzte Leistung</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="43" />
      <source>Retention ends</source>
      <translation>Aufbewahrung endet</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="44" />
      <source>Now</source>
      <translation>Aktuell</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="52" />
      <source>ended: may be disposed of</source>
      <translation>abgelaufen: darf vernichtet werden</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="53" />
      <source>kept</source>
      <translation>aufbewahrt</translation>
    </message>
    <message>
      <location filename="ui/records/dialog.py" line="54" />
      <source> (a minor at the first service)</source>
      <translation> (bei der ersten Leistung minderjährig)</translation>
    </message>
  </context>
  <context>
    <name>RetentionPromise</name>
    <message>
      <location filename="ui/records/promise.py" line="21" />
      <source>German version %1</source>
      <translation>deutsche Fassung %1</translation>
    </message>
    <message>
      <location filename="ui/records/promise.py" line="22" />
      <source>English version %1</source>
      <translation>englische Fassung %1</translation>
    </message>
    <message>
      <location filename="ui/records/promise.py" line="23" />
      <source>“%1” (%2)</source>
      <translation>„%1“ (%2)</translation>
    </message>
    <message>
      <location filename="ui/records/promise.py" line="32" />
      <source>Kept until %1: the signed form %2 promises %3 years after the last service (the practice's figure alone would end it on %4).</source>
      <translation>Aufbewahrt bis %1: Das unterschriebene Formular %2 sagt eine Aufbewahrung von %3 Jahren nach der letzten Leistung zu (nach der Einstellung der Praxis allein würde sie am %4 enden).</translation>
    </message>
    <message>
      <location filename="ui/records/promise.py" line="43" />
      <source>Kept until %1 (the signed form promises %2 years)</source>
      <translation>Aufbewahrt bis %1 (laut unterschriebenem Formular %2 Jahre)</translation>
    </message>
    <message>
      <location filename="ui/records/promise.py" line="52" />
      <source> (signed form: %1 years)</source>
      <translation> (unterschriebenes Formular: %1 Jahre)</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="482" />
      <source>Amend review</source>
      <translation>Durchsicht berichtigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="482" />
      <source>Review debrief</source>
      <translation>Nachbesprechung durchsehen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="486" />
      <source>The debrief</source>
      <translation>Die Nachbesprechung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="490" />
      <source>Debrief of the %s on %s. SUDS %s → %s.</source>
      <translation>Nachbesprechung – %s vom %s. SUDS %s → %s.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="497" />
      <source>Flags</source>
      <translation>Markierungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="500" />
      <source>Flagged for review: %s.</source>
      <translation>Zur Durchsicht markiert: %s.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="504" />
      <source>No flags.</source>
      <translation>Keine Markierungen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="507" />
      <source>Review comment</source>
      <translation>Kommentar zur Durchsicht</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="508" />
      <source>What you discussed or decided (required)</source>
      <translation>Was Sie besprochen oder entschieden haben (Pflichtfeld)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="514" />
      <source>Current comment</source>
      <translation>Aktueller Kommentar</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="516" />
      <source>&amp;Comment</source>
      <translation>&amp;Kommentar</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="518" />
      <source>&amp;Reason</source>
      <translation>&amp;Begründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="523" />
      <source>&amp;Acknowledge debrief</source>
      <translation>Nachbesprechung bestä&amp;tigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/debrief_form.py" line="523" />
      <source>A&amp;mend review</source>
      <translation>Durchsicht be&amp;richtigen</translation>
    </message>
  </context>
  <context>
    <name>RevokeDialog</name>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="487" />
      <source>Revoke consent</source>
      <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="489" />
      <source>&lt;b&gt;%s&lt;/b&gt;, valid from %s.</source>
      <translation>&lt;b&gt;%s&lt;/b&gt;, gültig ab %s.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="491" />
      <source>A revocation takes effect at once and cannot be undone. To allow an activity again, a new consent is needed.</source>
      <translation>Ein Widerruf wird sofort wirksam und kann nicht rückgängig gemacht werden. Um eine Aktivität wieder zu erlauben, ist eine neue Einwilligung nötig.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="494" />
      <source>The &amp;whole record</source>
      <translation>Die &amp;gesamte Aufzeichnung</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="495" />
      <source>&amp;Only these activities:</source>
      <translation>&amp;Nur diese Aktivitäten:</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="513" />
      <source>This record grants no activity that is not already revoked.</source>
      <translation>Diese Aufzeichnung gewährt keine Aktivität, die nicht bereits widerrufen ist.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="518" />
      <source>Only these &amp;aids:</source>
      <translation>Nur diese &amp;Hilfsmittel:</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="532" />
      <source>What is revoked</source>
      <translation>Was widerrufen wird</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="535" />
      <source>Revoked by</source>
      <translation>Widerrufen durch</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="537" />
      <location filename="ui/casefile/consent/dialogs.py" line="537" />
      <source>client</source>
      <translation>Klient:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="537" />
      <source>surrogate</source>
      <translation>Surrogat</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="537" />
      <source>surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="537" />
      <source>the %s</source>
      <translation>die %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="537" />
      <location filename="ui/casefile/consent/dialogs.py" line="537" />
      <source>therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="539" />
      <source>Reason (required)</source>
      <translation>Begründung (Pflichtfeld)</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="540" />
      <source>In the words of the person revoking, where possible.</source>
      <translation>Möglichst in den Worten der widerrufenden Person.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="542" />
      <source>Revoked &amp;by</source>
      <translation>Widerrufen &amp;durch</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="543" />
      <source>&amp;Reason</source>
      <translation>&amp;Begründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="546" />
      <source>Re&amp;voke…</source>
      <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="570" />
      <source>Choose at least one activity, or revoke the whole record.</source>
      <translation>Wählen Sie mindestens eine Aktivität oder widerrufen Sie die gesamte Aufzeichnung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="574" />
      <source>Choose at least one aid, or revoke the whole record.</source>
      <translation>Wählen Sie mindestens ein Hilfsmittel oder widerrufen Sie die gesamte Aufzeichnung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="580" />
      <location filename="ui/casefile/consent/dialogs.py" line="583" />
      <source>%s of “%s”</source>
      <translation>%s aus „%s“</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="581" />
      <source>the whole record “%s”</source>
      <translation>die gesamte Aufzeichnung „%s“</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="584" />
      <source>Revoke %s now, on behalf of %s? This takes effect at once and cannot be undone.</source>
      <translation>Jetzt widerrufen: %s – erklärt durch %s? Der Widerruf wird sofort wirksam und kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/dialogs.py" line="586" />
      <source>Revoke</source>
      <translation>Widerrufen</translation>
    </message>
  </context>
  <context>
    <name>ScanDialog</name>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="220" />
      <source>Scan of the signed paper form</source>
      <translation>Scan des unterschriebenen Papierformulars</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="230" />
      <source>This scan cannot be shown here. Save it and open it with another program.</source>
      <translation>Dieser Scan kann hier nicht angezeigt werden. Speichern Sie ihn und öffnen Sie ihn mit einem anderen Programm.</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="235" />
      <source>Pages of the scan</source>
      <translation>Seiten des Scans</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="236" />
      <source>%s, %d KiB; SHA-256 %s (checked against the signed record).</source>
      <translation>%s, %d KiB; SHA-256 %s (mit der signierten Aufzeichnung abgeglichen).</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="240" />
      <source>&amp;Save as…</source>
      <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="242" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="253" />
      <source>Save the scan</source>
      <translation>Scan speichern</translation>
    </message>
    <message>
      <location filename="ui/casefile/consent/signing.py" line="254" />
      <source>Scans (*.pdf *.png *.jpg)</source>
      <translation>Scans (*.pdf *.png *.jpg)</translation>
    </message>
  </context>
  <context>
    <name>ScheduleDialog</name>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="100" />
      <source>Surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="106" />
      <source>Location</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="107" />
      <source>Planned activities</source>
      <translation>Geplante Aktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="110" />
      <source>&amp;Kind</source>
      <translation>&amp;Art</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="111" />
      <source>&amp;Date and time</source>
      <translation>&amp;Datum und Uhrzeit</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="112" />
      <source>D&amp;uration</source>
      <translation>Da&amp;uer</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="113" />
      <source>&amp;Phase</source>
      <translation>&amp;Phase</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="114" />
      <source>&amp;Surrogate partner</source>
      <translation>&amp;Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="115" />
      <source>&amp;Location</source>
      <translation>&amp;Ort</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="121" />
      <source>Documents not yet in force</source>
      <translation>Noch nicht gültige Dokumente</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="124" />
      <source>Planned activities (consent at the session's time)</source>
      <translation>Geplante Aktivitäten (Einwilligung zum Sitzungszeitpunkt)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="129" />
      <source>Consent note</source>
      <translation>Hinweis zur Einwilligung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="136" />
      <source>Kind, surrogate and planned activities are not amended; schedule a new session instead.</source>
      <translation>Art, Surrogatpartner:in und geplante Aktivitäten werden nicht berichtigt; planen Sie stattdessen eine neue Sitzung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="138" />
      <source>&amp;Reason</source>
      <translation>&amp;Begründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="142" />
      <source>A&amp;mend session</source>
      <translation>Sitzung be&amp;richtigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="142" />
      <source>Sc&amp;hedule</source>
      <translation>Pla&amp;nen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="160" />
      <source>Repeat</source>
      <translation>Wiederholung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="161" />
      <source>Does not repeat</source>
      <translation>Keine Wiederholung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="162" />
      <source>Weekly</source>
      <translation>Wöchentlich</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="163" />
      <source>Fortnightly</source>
      <translation>Alle zwei Wochen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="165" />
      <source>Series ends</source>
      <translation>Serie endet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="166" />
      <source>after a number of sessions</source>
      <translation>nach einer Anzahl von Sitzungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="167" />
      <source>on a date</source>
      <translation>an einem Datum</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="171" />
      <source> sessions</source>
      <translation> Sitzungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="172" />
      <source>Sessions in the series</source>
      <translation>Sitzungen in der Serie</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="177" />
      <source>Last day of the series</source>
      <translation>Letzter Tag der Serie</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="184" />
      <source>&amp;Repeat</source>
      <translation>&amp;Wiederholung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="185" />
      <source>&amp;Ends</source>
      <translation>&amp;Endet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="186" />
      <source>Each occurrence is its own session, checked for consent and for the people's other sessions at its time; if one cannot be booked, none is, and the first problem is named.</source>
      <translation>Jeder Termin ist eine eigene Sitzung und wird zu seinem Zeitpunkt auf Einwilligung und auf weitere Sitzungen der Beteiligten geprüft; kann einer nicht gebucht werden, wird keiner gebucht, und das erste Problem wird genannt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="207" />
      <source>A therapist session has no surrogate partner.</source>
      <translation>Eine Therapiesitzung hat keine Surrogatpartner:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="231" />
      <source>Not covered by consent at that time: %s. Scheduling will be refused.</source>
      <translation>Zu diesem Zeitpunkt nicht durch Einwilligung gedeckt: %s. Die Planung wird abgelehnt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="250" />
      <source>Not signed and in force at that time: %s. A surrogate session needs them all at once: scheduling one that plans any activity is refused without them. Record them on the Consent tab.</source>
      <translation>Zu diesem Zeitpunkt nicht unterschrieben und gültig: %s. Eine Surrogatsitzung braucht sie alle gleichzeitig: Ohne sie wird die Planung einer Sitzung mit Aktivitäten abgelehnt. Erfassen Sie sie im Tab „Einwilligung“.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="76" />
      <source>Amend session</source>
      <translation>Sitzung berichtigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="76" />
      <source>Schedule a session</source>
      <translation>Sitzung planen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="85" />
      <source>Kind of session</source>
      <translation>Art der Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="90" />
      <source>Date and time</source>
      <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="91" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="93" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="94" />
      <source>(no phase)</source>
      <translation>(keine Phase)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="96" />
      <source>%s (%s)</source>
      <translation>%s (%s)</translation>
    </message>
  </context>
  <context>
    <name>SessionDetails</name>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="104" />
      <source>Activities planned</source>
      <translation>Geplante Aktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="123" />
      <source>Process recording (kept apart)</source>
      <translation>Prozessaufzeichnung (getrennt verwahrt)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="128" />
      <source>Not part of the progress summary.</source>
      <translation>Nicht Teil des Verlaufsberichts.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="130" />
      <source>Kept apart: only the therapist and the surrogate partner who wrote it read it.</source>
      <translation>Getrennt verwahrt: Nur die Therapeut:in und die verfassende Surrogatpartner:in lesen sie.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="133" />
      <source>Therapist's review</source>
      <translation>Durchsicht der Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="135" />
      <source>Not reviewed yet. The therapist acknowledges the debrief with a comment (Review debrief…).</source>
      <translation>Noch nicht durchgesehen. Die Therapeut:in bestätigt die Nachbesprechung mit einem Kommentar („Nachbesprechung durchsehen…“).</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="141" />
      <source>%s, %s:</source>
      <translation>%s, %s:</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="145" />
      <source>Original comment:</source>
      <translation>Ursprünglicher Kommentar:</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="164" />
      <source>amended; originally:</source>
      <translation>berichtigt; ursprünglich:</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="179" />
      <source>Amendments (the original stays in the record)</source>
      <translation>Berichtigungen (das Original bleibt in der Akte)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="181" />
      <source>Amended %s by %s.</source>
      <translation>Berichtigt am %s von %s.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="183" />
      <source>Reason:</source>
      <translation>Grund:</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="189" />
      <source>(kept apart)</source>
      <translation>(getrennt verwahrt)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="59" />
      <source>Date and time</source>
      <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="60" />
      <location filename="ui/casefile/sessions/detail.py" line="102" />
      <source>%d min</source>
      <translation>%d Min.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="60" />
      <location filename="ui/casefile/sessions/detail.py" line="102" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="61" />
      <source>Location</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="62" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="63" />
      <source>Surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="64" />
      <source>Planned activities</source>
      <translation>Geplante Aktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="65" />
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="75" />
      <source>Debrief</source>
      <translation>Nachbesprechung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="76" />
      <source>Debrief: %s</source>
      <translation>Nachbesprechung: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="78" />
      <source>Not held: no debrief is owed.</source>
      <translation>Nicht stattgefunden: Es ist keine Nachbesprechung fällig.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="82" />
      <source>A therapist session has no surrogate debrief.</source>
      <translation>Eine Therapiesitzung hat keine Nachbesprechung der Surrogatpartner:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="83" />
      <source>The session has not taken place yet. The surrogate partner logs a debrief afterwards.</source>
      <translation>Die Sitzung hat noch nicht stattgefunden. Die Surrogatpartner:in erfasst danach eine Nachbesprechung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="85" />
      <source>The debrief is due: the surrogate partner logs it with Log debrief…</source>
      <translation>Die Nachbesprechung ist fällig: Die Surrogatpartner:in erfasst sie mit „Nachbesprechung erfassen…“</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="88" />
      <source>Submitted %s by %s.</source>
      <translation>Eingereicht am %s von %s.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="92" />
      <source>Flagged for review:</source>
      <translation>Zur Durchsicht markiert:</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="92" />
      <source>Flags:</source>
      <translation>Markierungen:</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="97" />
      <location filename="ui/casefile/sessions/detail.py" line="199" />
      <source>not rated</source>
      <translation>nicht bewertet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="99" />
      <location filename="ui/casefile/sessions/detail.py" line="207" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="99" />
      <location filename="ui/casefile/sessions/detail.py" line="207" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
  </context>
  <context>
    <name>SessionTableModel</name>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="118" />
      <source>(amended)</source>
      <translation>(berichtigt)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="124" />
      <source>%d min</source>
      <translation>%d Min.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="133" />
      <source>⚠ Conflict to settle</source>
      <translation>⚠ Konflikt zu klären</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="83" />
      <source>Date and time</source>
      <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="83" />
      <source>Debrief</source>
      <translation>Nachbesprechung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="83" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="83" />
      <source>Flags</source>
      <translation>Hinweise</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="83" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="83" />
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="83" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="83" />
      <source>Surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
  </context>
  <context>
    <name>SessionsTab</name>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="123" />
      <source>Sessions summary</source>
      <translation>Sitzungsübersicht</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="126" />
      <source>Show</source>
      <translation>Anzeigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="127" />
      <source>All sessions, newest first</source>
      <translation>Alle Sitzungen, neueste zuerst</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="128" />
      <source>Awaiting review, flagged first</source>
      <translation>Durchsicht ausstehend, markierte zuerst</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="129" />
      <source>Debriefs due</source>
      <translation>Fällige Nachbesprechungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="130" />
      <source>Sho&amp;w</source>
      <translation>&amp;Anzeigen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="138" />
      <source>Sc&amp;hedule session…</source>
      <translation>Sitzung &amp;planen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="139" />
      <source>Log &amp;debrief…</source>
      <translation>&amp;Nachbesprechung erfassen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="141" />
      <source>Review de&amp;brief…</source>
      <translation>Nachbesprechung &amp;durchsehen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="143" />
      <source>Se&amp;ttle conflict…</source>
      <translation>Konflikt &amp;klären…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="146" />
      <source>Record outcome…</source>
      <translation>Ergebnis erfassen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="147" />
      <source>Record what happened: held, cancelled, late cancellation or no-show (Ctrl+Shift+O)</source>
      <translation>Erfassen, was geschah: stattgefunden, abgesagt, kurzfristig abgesagt oder nicht erschienen (Ctrl+Shift+O)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="149" />
      <source>Reschedu&amp;le…</source>
      <translation>&amp;Verschieben…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="151" />
      <source>Co-sign re&amp;view…</source>
      <translation>Durchsicht &amp;gegenzeichnen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="172" />
      <source>Sessions</source>
      <translation>Sitzungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="181" />
      <source>Session details</source>
      <translation>Sitzungsdetails</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="188" />
      <source>A&amp;mend debrief…</source>
      <translation>Nachbesprechung be&amp;richtigen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="189" />
      <source>Amend rev&amp;iew…</source>
      <translation>Durchsicht ber&amp;ichtigen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="190" />
      <source>Amend sessio&amp;n…</source>
      <translation>Sitzung beri&amp;chtigen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="197" />
      <source>Measures (SUDS, IIEF-5, FSFI)</source>
      <translation>Messungen (SUDS, IIEF-5, FSFI)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="199" />
      <source>Measures</source>
      <translation>Messungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="210" />
      <source>Record m&amp;easure…</source>
      <translation>&amp;Messung erfassen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="211" />
      <source>Amend meas&amp;ure…</source>
      <translation>Messung berichtig&amp;en</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="289" />
      <source>No measures recorded yet. The therapist records SUDS ratings, IIEF-5 and FSFI totals with Record measure…</source>
      <translation>Noch keine Messungen erfasst. Die Therapeut:in erfasst SUDS-Werte sowie IIEF-5- und FSFI-Gesamtwerte mit „Messung erfassen…“</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="295" />
      <source>Sessions: %d</source>
      <translation>Sitzungen: %d</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="297" />
      <source>awaiting review: %d (flagged: %d)</source>
      <translation>Durchsicht ausstehend: %d (markiert: %d)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="299" />
      <source>debriefs due: %d</source>
      <translation>fällige Nachbesprechungen: %d</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="332" />
      <source>No debriefs await review.</source>
      <translation>Keine Nachbesprechung wartet auf Durchsicht.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="334" />
      <source>No debriefs are due.</source>
      <translation>Keine Nachbesprechungen fällig.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="336" />
      <source>No sessions of yours on this case yet. The therapist schedules them; then you log a debrief after each.</source>
      <translation>In diesem Fall gibt es noch keine Sitzungen mit Ihnen. Die Therapeut:in plant sie; danach erfassen Sie nach jeder Sitzung eine Nachbesprechung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="338" />
      <source>No sessions yet. Schedule one with Schedule session…; the surrogate partner logs a debrief after each surrogate session.</source>
      <translation>Noch keine Sitzungen. Planen Sie eine mit „Sitzung planen…“; die Surrogatpartner:in erfasst nach jeder Surrogatsitzung eine Nachbesprechung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="366" />
      <source>Select a session to see its plan, debrief, the therapist's review and amendments.</source>
      <translation>Wählen Sie eine Sitzung aus, um Planung, Nachbesprechung, Durchsicht der Therapeut:in und Berichtigungen zu sehen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="403" />
      <source>Select a session that awaits your debrief.</source>
      <translation>Wählen Sie eine Sitzung aus, für die Ihre Nachbesprechung aussteht.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="404" />
      <source>A therapist session has no surrogate debrief.</source>
      <translation>Eine Therapiesitzung hat keine Nachbesprechung der Surrogatpartner:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="405" />
      <source>Only the session's surrogate partner writes its debrief.</source>
      <translation>Nur die Surrogatpartner:in der Sitzung verfasst deren Nachbesprechung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="406" />
      <source>This session already has a debrief. To correct it, amend it.</source>
      <translation>Diese Sitzung hat bereits eine Nachbesprechung. Um sie zu korrigieren, berichtigen Sie sie.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="407" />
      <source>This session has not taken place yet.</source>
      <translation>Diese Sitzung hat noch nicht stattgefunden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="411" />
      <source>Select a session with a debrief to review.</source>
      <translation>Wählen Sie eine Sitzung mit Nachbesprechung zur Durchsicht aus.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="412" />
      <source>There is no debrief to review yet.</source>
      <translation>Es gibt noch keine Nachbesprechung zur Durchsicht.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="413" />
      <source>This debrief is reviewed. To correct the comment, amend the review.</source>
      <translation>Diese Nachbesprechung ist durchgesehen. Um den Kommentar zu korrigieren, berichtigen Sie die Durchsicht.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="422" />
      <source>Only the debrief's author (the surrogate partner) or the case's therapist can amend it.</source>
      <translation>Nur die Verfasser:in der Nachbesprechung (die Surrogatpartner:in) oder die Therapeut:in des Falls kann sie berichtigen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="425" />
      <source>There is no debrief to amend.</source>
      <translation>Es gibt keine Nachbesprechung zum Berichtigen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="426" />
      <source>Only the debrief's author or the case's therapist can amend it.</source>
      <translation>Nur die Verfasser:in der Nachbesprechung oder die Therapeut:in des Falls kann sie berichtigen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="429" />
      <source>There is no review to amend.</source>
      <translation>Es gibt keine Durchsicht zum Berichtigen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="432" />
      <source>Select a session to amend.</source>
      <translation>Wählen Sie eine Sitzung zum Berichtigen aus.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="435" />
      <source>Nothing to settle: no field of the selected session, its debrief, its reviews or measure is in conflict.</source>
      <translation>Nichts zu klären: Kein Feld der ausgewählten Sitzung, ihrer Nachbesprechung, ihrer Durchsichten oder Messung steht im Konflikt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="441" />
      <source>Select a measure to amend.</source>
      <translation>Wählen Sie eine Messung zum Berichtigen aus.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="101" />
      <source>Supervisor co-signs the therapist's debrief revie&amp;ws and progress notes</source>
      <translation>Supervisor:in zeichnet Durchsichten und Verlaufsnotizen der Therapeut:in &amp;gegen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="102" />
      <source>Supervisor co-signs the therapist's debrief reviews and progress notes</source>
      <translation>Supervisor:in zeichnet Durchsichten und Verlaufsnotizen der Therapeut:in gegen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="103" />
      <source>For a therapist in training: each debrief review and progress note written from the day this is turned on awaits the supervisor's co-signature (Co-sign… on the Sessions tab).</source>
      <translation>Für Therapeut:innen in Ausbildung: Jede Durchsicht einer Nachbesprechung und jede Verlaufsnotiz ab dem Tag der Aktivierung wartet auf die Gegenzeichnung der Supervisor:in („Durchsicht gegenzeichnen…“ im Tab „Sitzungen“).</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="112" />
      <source>Co-signature due within, in days</source>
      <translation>Gegenzeichnung fällig innerhalb von, in Tagen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="113" />
      <source>A review not co-signed within this many days is a major finding (1 to 90).</source>
      <translation>Eine Durchsicht, die nicht innerhalb so vieler Tage gegengezeichnet wird, ist eine schwerwiegende Feststellung (1 bis 90).</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="115" />
      <source>Case stalled &amp;if no session for:</source>
      <translation>Fall stockt &amp;ohne Sitzung seit:</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="118" />
      <source>Phase overrun a&amp;bove the plan by:</source>
      <translation>Phasenü&amp;berschreitung um mehr als:</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="121" />
      <source>Concurrent therapy: a therapist session in the &amp;last:</source>
      <translation>Begleitende Therapie: Therapiesitzung in den &amp;letzten:</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="126" />
      <source>Co-signature due within (da&amp;ys):</source>
      <translation>Gegenzeichnung fällig in (&amp;Tagen):</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="130" />
      <source>Last change of the audit settings</source>
      <translation>Letzte Änderung der Prüfungseinstellungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="132" />
      <source>Who may change the audit settings</source>
      <translation>Wer die Prüfungseinstellungen ändern darf</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="134" />
      <source>Sa&amp;ve settings</source>
      <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="135" />
      <source>&amp;Undo changes</source>
      <translation>Änderungen &amp;zurücknehmen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="165" />
      <source>The audit settings are your supervisor's: only a supervisor changes them.</source>
      <translation>Die Prüfungseinstellungen gehören Ihrer Supervisor:in: Nur Supervisor:innen ändern sie.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="174" />
      <source>Adds a minor finding for each phase started without a consent re-confirmed since the previous phase began.</source>
      <translation>Fügt für jede Phase, die ohne seit Beginn der vorherigen Phase erneut bestätigte Einwilligung gestartet wurde, eine geringfügige Feststellung hinzu.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="177" />
      <source>Each change is signed and recorded in the vault's audit trail.</source>
      <translation>Jede Änderung wird signiert und im Prüfpfad des Tresors erfasst.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="178" />
      <source>They are shown here read-only.</source>
      <translation>Sie werden hier schreibgeschützt angezeigt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="183" />
      <source>Last changed %1 by %2.</source>
      <translation>Zuletzt geändert am %1 von %2.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="185" />
      <source>The defaults: never changed in this vault.</source>
      <translation>Standardwerte: in diesem Tresor nie geändert.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="213" />
      <source>Reviews written since %1 await co-signature.</source>
      <translation>Seit %1 verfasste Durchsichten warten auf Gegenzeichnung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="214" />
      <source>Not required.</source>
      <translation>Nicht erforderlich.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="217" />
      <source>Nothing changed yet.</source>
      <translation>Noch nichts geändert.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="219" />
      <source>Only a supervisor changes the audit settings.</source>
      <translation>Nur Supervisor:innen ändern die Prüfungseinstellungen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="37" />
      <source>Audit settings of this vault (they apply to every case)</source>
      <translation>Prüfungseinstellungen dieses Tresors (gelten für jeden Fall)</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="44" />
      <location filename="ui/casefile/audit/settings.py" line="55" />
      <location filename="ui/casefile/audit/settings.py" line="81" />
      <source> days</source>
      <translation> Tage</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="45" />
      <source>Review deadline for debriefs, in days</source>
      <translation>Frist für die Durchsicht von Nachbesprechungen, in Tagen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="46" />
      <source>A debrief must be reviewed by the therapist within this many days of its submission (1 to 90).</source>
      <translation>Die Therapeut:in muss eine Nachbesprechung innerhalb so vieler Tage nach dem Einreichen durchsehen (1 bis 90).</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="48" />
      <source>Re-co&amp;nsent at phase change</source>
      <translation>Erneute Einwilligung bei &amp;Phasenwechsel</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="49" />
      <source>Each phase start needs a consent re-confirmed since the previous phase began.</source>
      <translation>Jeder Phasenstart erfordert eine Einwilligung, die seit Beginn der vorherigen Phase erneut bestätigt wurde.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="52" />
      <source>Re-consent at phase change</source>
      <translation>Erneute Einwilligung bei Phasenwechsel</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="56" />
      <source>off</source>
      <translation>aus</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="57" />
      <source>Credential expiry warning window, in days</source>
      <translation>Vorwarnzeit für ablaufende Qualifikationsnachweise, in Tagen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="58" />
      <source>Warn this many days before a credential of the therapist or a surrogate partner expires (0 turns it off).</source>
      <translation>So viele Tage vor Ablauf eines Qualifikationsnachweises der Therapeut:in oder einer Surrogatpartner:in warnen (0 schaltet die Warnung aus).</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="62" />
      <source> years</source>
      <translation> Jahre</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="63" />
      <source>Age of majority, in years</source>
      <translation>Volljährigkeitsalter, in Jahren</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="64" />
      <source>No consent to any touch or aid activity can be recorded for a younger client, and no session or phase with them can take place (16 to 21; 18 unless changed).</source>
      <translation>Für jüngere Klient:innen kann keine Einwilligung in Berührungs- oder Hilfsmittel-Aktivitäten erfasst werden, und es kann keine Sitzung oder Phase mit ihnen stattfinden (16 bis 21; standardmäßig 18).</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="67" />
      <source>Review &amp;deadline for debriefs:</source>
      <translation>&amp;Frist für Durchsicht:</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="69" />
      <source>Credential e&amp;xpiry warning:</source>
      <translation>&amp;Warnung vor Nachweisablauf:</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="75" />
      <source>A&amp;ge of majority:</source>
      <translation>&amp;Volljährigkeitsalter:</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="82" />
      <source>Stalled case after, in days</source>
      <translation>Fall gilt als stockend nach, in Tagen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="83" />
      <source>An active case with no session for longer than this is reported as stalled (7 to 365; 28 unless changed).</source>
      <translation>Ein aktiver Fall, der länger als diesen Zeitraum ohne Sitzung bleibt, wird als stockend gemeldet (7 bis 365; standardmäßig 28).</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="88" />
      <source> %</source>
      <translation> %</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="89" />
      <source>Phase overrun beyond the plan, in percent</source>
      <translation>Überschreitung der geplanten Phasendauer, in Prozent</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="90" />
      <source>A phase whose held sessions exceed its planned sessions by more than this share is reported (0 to 500; 50 unless changed).</source>
      <translation>Eine Phase, deren stattgefundene Sitzungen die geplanten um mehr als diesen Anteil übersteigen, wird gemeldet (0 bis 500; standardmäßig 50).</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="96" />
      <source>Concurrent therapy within, in days</source>
      <translation>Begleitende Therapie innerhalb von, in Tagen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/settings.py" line="97" />
      <source>A surrogate session with no therapist session in this many days before it is a major finding: the codes of practice require concurrent therapy (7 to 90; 21 unless changed).</source>
      <translation>Eine Surrogatsitzung ohne Therapiesitzung in so vielen Tagen davor ist eine schwerwiegende Feststellung: Die Berufsordnungen verlangen eine begleitende Therapie (7 bis 90; standardmäßig 21).</translation>
    </message>
  </context>
  <context>
    <name>SettleDialog</name>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="104" />
      <source>Field in conflict</source>
      <translation>Feld im Konflikt</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="107" />
      <source>&amp;Field</source>
      <translation>&amp;Feld</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="109" />
      <source>Value that stands</source>
      <translation>Gültiger Wert</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="113" />
      <source>Another value</source>
      <translation>Anderer Wert</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="114" />
      <source>&amp;Another value:</source>
      <translation>&amp;Anderer Wert:</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="117" />
      <source>Reason</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="122" />
      <source>&amp;Settle</source>
      <translation>&amp;Klären</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="154" />
      <source>Version by %s</source>
      <translation>Fassung von %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="155" />
      <source>Reason given: %s</source>
      <translation>Angegebene Begründung: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="163" />
      <source>Whole value of the version by %s</source>
      <translation>Gesamter Wert der Fassung von %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="59" />
      <location filename="ui/casefile/sessions/settle.py" line="146" />
      <source>%s, %s</source>
      <translation>%s, %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="60" />
      <source> (shown above)</source>
      <translation> (oben angezeigt)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="61" />
      <location filename="ui/casefile/sessions/settle.py" line="74" />
      <source>(kept apart)</source>
      <translation>(getrennt verwahrt)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="63" />
      <source>Conflict: amended apart by two members, neither knowing of the other's amendment. The therapist settles it (Settle conflict…).</source>
      <translation>Konflikt: von zwei Mitgliedern getrennt berichtigt, ohne dass eines von der Berichtigung des anderen wusste. Die Therapeut:in klärt ihn (Konflikt klären…).</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="71" />
      <source>Conflict: amended apart. The therapist settles it (Settle conflict…).</source>
      <translation>Konflikt: getrennt berichtigt. Die Therapeut:in klärt ihn (Konflikt klären…).</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="75" />
      <source>%s: %s (%s, %s)</source>
      <translation>%s: %s (%s, %s)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="94" />
      <source>Settle a conflict</source>
      <translation>Konflikt klären</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/settle.py" line="97" />
      <source>These versions were written apart: neither author knew of the other's amendment. Choose the one that stands, or type another. Both stay in the record.</source>
      <translation>Diese Fassungen wurden unabhängig voneinander verfasst: Keine der Personen wusste von der Berichtigung der anderen. Wählen Sie die gültige Fassung oder geben Sie eine andere ein. Beide bleiben in der Akte.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="ui/main/help.py" line="42" />
      <location filename="ui/main/help.py" line="45" />
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <location filename="ui/main/help.py" line="46" />
      <source>Does</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <location filename="ui/main/help.py" line="46" />
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
  </context>
  <context>
    <name>SignaturePad</name>
    <message>
      <location filename="ui/widgets/signature_pad.py" line="106" />
      <source>Draw a signature here (optional)</source>
      <translation>Unterschrift hier zeichnen (optional)</translation>
    </message>
    <message>
      <location filename="ui/widgets/signature_pad.py" line="42" />
      <source>Drawn signature</source>
      <translation>Gezeichnete Unterschrift</translation>
    </message>
    <message>
      <location filename="ui/widgets/signature_pad.py" line="43" />
      <source>Optional. Draw with the mouse or a pen; the typed name is the signature.</source>
      <translation>Optional. Mit Maus oder Stift zeichnen; die Unterschrift ist der eingegebene Name.</translation>
    </message>
  </context>
  <context>
    <name>StartWindow</name>
    <message>
      <location filename="ui/start/window.py" line="252" />
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="313" />
      <source>Lock the vault</source>
      <translation>Tresor sperren</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="362" />
      <source>Choose a Triad vault folder</source>
      <translation>Triad-Tresorordner auswählen</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="416" />
      <source>Creating the encrypted vault and its recovery code…</source>
      <translation>Verschlüsselter Tresor und Wiederherstellungscode werden erstellt…</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="425" />
      <source>Unlocking…</source>
      <translation>Wird entsperrt…</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="437" />
      <source>The demo practice is ready, with five made-up cases. You are signed in as its therapist, %1. To see another role, lock (Ctrl+L) and sign in as %2 or %3 (surrogate partners) or %4 (supervisor), with the same passphrase.</source>
      <translation>Die Demo-Praxis ist bereit, mit fünf erfundenen Fällen. Sie sind als deren Therapeut:in %1 angemeldet. Um eine andere Rolle zu sehen, sperren Sie (Ctrl+L) und melden Sie sich mit derselben Passphrase als %2 oder %3 (Surrogatpartner:innen) oder %4 (Supervisor:in) an.</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="445" />
      <source>Building the demo practice: five made-up cases with their members, consent, phase plans, sessions, debriefs and one audit gap to find…</source>
      <translation>Demo-Praxis wird aufgebaut: fünf erfundene Fälle mit Mitgliedern, Einwilligungen, Phasenplänen, Sitzungen, Nachbesprechungen und einer zu findenden Prüfungslücke…</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="477" />
      <source>Checking the recovery code and setting the new passphrase…</source>
      <translation>Wiederherstellungscode wird geprüft und neue Passphrase festgelegt…</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="503" />
      <source>Passphrase changed</source>
      <translation>Passphrase geändert</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="503" />
      <source>Your passphrase was changed, %1: unlock with the new one from now on. The old passphrase no longer opens this vault.</source>
      <translation>Ihre Passphrase wurde geändert, %1: Entsperren Sie ab jetzt mit der neuen. Die alte Passphrase öffnet diesen Tresor nicht mehr.</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="506" />
      <source>The recovery code you typed has now been seen. Replace it with a new one and keep the new sheet locked away.</source>
      <translation>Der eingegebene Wiederherstellungscode gilt jetzt als gesehen. Ersetzen Sie ihn durch einen neuen und verwahren Sie das neue Blatt verschlossen.</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="508" />
      <source>The recovery code you typed has now been seen: ask a therapist of the practice to replace it (Practice… → Security).</source>
      <translation>Der eingegebene Wiederherstellungscode gilt jetzt als gesehen: Bitten Sie eine Therapeut:in der Praxis, ihn zu ersetzen (Praxis… → Sicherheit).</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="511" />
      <source>&amp;Replace recovery code…</source>
      <translation>&amp;Wiederherstellungscode ersetzen…</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="513" />
      <source>&amp;Later</source>
      <translation>&amp;Später</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="513" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message numerus="yes">
      <location filename="ui/start/window.py" line="631" />
      <source>Locked after %n minute(s) without use.</source>
      <translation>
        <numerusform>Nach %n Minute ohne Nutzung gesperrt.</numerusform>
        <numerusform>Nach %n Minuten ohne Nutzung gesperrt.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatusDialog</name>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="453" />
      <source>Change status</source>
      <translation>Status ändern</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="456" />
      <source>Move case %1 from %2 to %3?</source>
      <translation>Fall %1 von %2 auf %3 setzen?</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="459" />
      <source>Question</source>
      <translation>Frage</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="465" />
      <source>Plan the ending jointly with the client and the surrogate partner; closure should not be abrupt.</source>
      <translation>Planen Sie das Ende gemeinsam mit der Klient:in und der Surrogatpartner:in; der Abschluss sollte nicht abrupt erfolgen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="467" />
      <source>A closed case cannot be reopened: its status cannot change again. The record is kept for the retention period.</source>
      <translation>Ein abgeschlossener Fall kann nicht wieder eröffnet werden: Sein Status lässt sich nicht mehr ändern. Die Akte wird für die Dauer der Aufbewahrungsfrist aufbewahrt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="469" />
      <source>The pause is recorded now; move the case back to active when work resumes.</source>
      <translation>Die Pause wird jetzt erfasst; setzen Sie den Fall wieder auf aktiv, wenn die Arbeit weitergeht.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="477" />
      <source>Reason</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="479" />
      <source>e.g. Referral accepted; first talk-therapy session booked</source>
      <translation>z. B. Überweisung angenommen; erste Gesprächstherapiesitzung vereinbart</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="480" />
      <source>e.g. Triad agreement signed</source>
      <translation>z. B. Triadenvereinbarung unterschrieben</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="481" />
      <source>e.g. The client asked for a break</source>
      <translation>z. B. Klient:in bat um eine Pause</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="482" />
      <source>e.g. Goals reached; closure planned with the client</source>
      <translation>z. B. Ziele erreicht; Abschluss mit der Klient:in geplant</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="483" />
      <source>e.g. Closure sessions held; therapy continues without a surrogate</source>
      <translation>z. B. Abschlusssitzungen fanden statt; Therapie geht ohne Surrogatpartner:in weiter</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="485" />
      <source>&amp;Reason (optional, kept with the record)</source>
      <translation>&amp;Begründung (optional, wird mit der Akte gespeichert)</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="492" />
      <source>Why there was no closing meeting</source>
      <translation>Warum es kein Abschlussgespräch gab</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="495" />
      <source>No closing three-way meeting is recorded. Record its minutes on the Sessions tab, or say here why there was none:</source>
      <translation>Es ist kein abschließendes Dreiergespräch erfasst. Erfassen Sie dessen Protokoll im Tab „Sitzungen“ oder geben Sie hier an, warum es keines gab:</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="499" />
      <source>e.g. The client moved abroad; closure by letter</source>
      <translation>z. B. Klient:in ist ins Ausland gezogen; Abschluss per Brief</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="507" />
      <source>&amp;Move to %s</source>
      <translation>Auf %s &amp;setzen</translation>
    </message>
  </context>
  <context>
    <name>StatusHistoryModel</name>
    <message>
      <source>From</source>
      <translation type="vanished">Von</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation type="vanished">Begründung</translation>
    </message>
    <message>
      <source>To</source>
      <translation type="vanished">Nach</translation>
    </message>
    <message>
      <source>When</source>
      <translation type="vanished">Wann</translation>
    </message>
  </context>
  <context>
    <name>SudsSlider</name>
    <message>
      <location filename="ui/casefile/sessions/widgets.py" line="112" />
      <source>not rated</source>
      <translation>nicht bewertet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/widgets.py" line="113" />
      <source>%s not rated</source>
      <translation>%s nicht bewertet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/widgets.py" line="135" />
      <source>Not rated yet: move the slider, or tick “not rated”.</source>
      <translation>Noch nicht bewertet: Bewegen Sie den Schieberegler oder setzen Sie das Häkchen bei „nicht bewertet“.</translation>
    </message>
  </context>
  <context>
    <name>TakeCustodyDialog</name>
    <message>
      <location filename="ui/practice/custody.py" line="103" />
      <source>&amp;Ask for custody</source>
      <translation>Verwahrung be&amp;antragen</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="103" />
      <source>&amp;Case:</source>
      <translation>&amp;Fall:</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="103" />
      <source>&amp;Reason (required):</source>
      <translation>&amp;Begründung (Pflichtfeld):</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="105" />
      <source>No other therapist holds a case: there is nothing to take custody of.</source>
      <translation>Keine andere Therapeut:in hat einen Fall: Es gibt nichts, dessen Verwahrung Sie übernehmen könnten.</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="111" />
      <source>left the practice</source>
      <translation>hat die Praxis verlassen</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="112" />
      <source>a member</source>
      <translation>Mitglied der Praxis</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="99" />
      <source>As the practice's records custodian you may take custody of the cases of a therapist who left the practice or can no longer practise. Custody moves once the case's supervisor countersigns your request; until then nothing changes.</source>
      <translation>Als Aktenverwahrer:in der Praxis können Sie die Verwahrung der Fälle einer Therapeut:in übernehmen, die die Praxis verlassen hat oder nicht mehr praktizieren kann. Die Verwahrung geht über, sobald die Supervisor:in des Falls Ihren Antrag gegenzeichnet; bis dahin ändert sich nichts.</translation>
    </message>
    <message>
      <location filename="ui/practice/custody.py" line="99" />
      <source>Take custody of a case</source>
      <translation>Verwahrung eines Falls übernehmen</translation>
    </message>
  </context>
  <context>
    <name>TeamDialog</name>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="382" />
      <source>Change triad of %s</source>
      <translation>Triade von %s ändern</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="385" />
      <source>You lead the case as its therapist. Choose its surrogate partners and its supervisor. A member who leaves the triad no longer sees the case; what they recorded stays in it.</source>
      <translation>Sie leiten den Fall als dessen Therapeut:in. Wählen Sie die Surrogatpartner:innen und die Supervisor:in des Falls. Ein Mitglied, das die Triade verlässt, sieht den Fall nicht mehr; was es erfasst hat, bleibt erhalten.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="395" />
      <source>Changes</source>
      <translation>Änderungen</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="399" />
      <source>Sa&amp;ve triad</source>
      <translation>Triade &amp;speichern</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="403" />
      <source>&amp;Hand over…</source>
      <translation>&amp;Übergeben…</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="405" />
      <source>Hand the case over to another therapist of the practice.</source>
      <translation>Den Fall an eine andere Therapeut:in der Praxis übergeben.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="421" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="422" />
      <source>a removed member</source>
      <translation>ein entferntes Mitglied</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="427" />
      <source>%s joins as surrogate partner.</source>
      <translation>%s kommt als Surrogatpartner:in hinzu.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="428" />
      <source>%s leaves the triad.</source>
      <translation>%s verlässt die Triade.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="430" />
      <source>Supervisor: %s → %s.</source>
      <translation>Supervisor:in: %s → %s.</translation>
    </message>
    <message>
      <location filename="ui/casefile/overview/dialogs.py" line="436" />
      <source>No changes yet.</source>
      <translation>Noch keine Änderungen.</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="48" />
      <source>Start a plan from a template</source>
      <translation>Plan aus einer Vorlage beginnen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="51" />
      <source>Choose a template. Its phases become revision 1 of this case's plan; you can edit them afterwards.</source>
      <translation>Wählen Sie eine Vorlage. Ihre Phasen werden Fassung 1 des Plans für diesen Fall; Sie können sie danach bearbeiten.</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="56" />
      <source>Templates</source>
      <translation>Vorlagen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="57" />
      <source>&amp;Templates</source>
      <translation>&amp;Vorlagen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="67" />
      <source>Template description</source>
      <translation>Beschreibung der Vorlage</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="69" />
      <source>&amp;Start plan</source>
      <translation>Plan &amp;beginnen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="91" />
      <source>%d phases</source>
      <translation>%d Phasen</translation>
    </message>
    <message>
      <location filename="ui/casefile/plan/edit.py" line="92" />
      <source>%d sessions</source>
      <translation>%d Sitzungen</translation>
    </message>
  </context>
  <context>
    <name>TrailModel</name>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="55" />
      <source>Member</source>
      <translation>Mitglied</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="55" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="56" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="56" />
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="57" />
      <source>Entry</source>
      <translation>Eintrag</translation>
    </message>
  </context>
  <context>
    <name>TrailPage</name>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="100" />
      <source>&amp;Verify again</source>
      <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="107" />
      <source>Filter by member</source>
      <translation>Nach Mitglied filtern</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="109" />
      <source>Filter by kind of entry</source>
      <translation>Nach Art des Eintrags filtern</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="110" />
      <source>Si&amp;nce</source>
      <translation>Sei&amp;t</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="111" />
      <source>Only entries since a date</source>
      <translation>Nur Einträge seit einem Datum</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="116" />
      <source>Since date</source>
      <translation>Seit Datum</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="117" />
      <source>C&amp;lear filters</source>
      <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="118" />
      <source>&amp;Member:</source>
      <translation>&amp;Mitglied:</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="118" />
      <source>&amp;What:</source>
      <translation>&amp;Was:</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="128" />
      <source>Audit trail</source>
      <translation>Prüfpfad</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="130" />
      <source>The selected entry</source>
      <translation>Der ausgewählte Eintrag</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="131" />
      <source>Entry</source>
      <translation>Eintrag</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="138" />
      <source>Entries shown</source>
      <translation>Angezeigte Einträge</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="179" />
      <source>The audit trail is for the case's therapist and supervisor.</source>
      <translation>Der Prüfpfad ist für die Therapeut:in und die Supervisor:in des Falls bestimmt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="187" />
      <source>Everyone</source>
      <translation>Alle</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="188" />
      <source>All kinds</source>
      <translation>Alle Arten</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="232" />
      <source>No entries match these filters. Choose “Clear filters” to see the whole trail.</source>
      <translation>Keine Einträge entsprechen diesen Filtern. Wählen Sie „Filter zurücksetzen“, um den gesamten Pfad zu sehen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="234" />
      <source>No entries in this case yet.</source>
      <translation>Noch keine Einträge in diesem Fall.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="236" />
      <source>%1 of %2 entries match the filters.</source>
      <translation>%1 von %2 Einträgen entsprechen den Filtern.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="253" />
      <source>Choose an entry to read it here.</source>
      <translation>Wählen Sie einen Eintrag, um ihn hier zu lesen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="292" />
      <source>The check is running: its progress shows here and in the status bar.</source>
      <translation>Die Prüfung läuft: Ihr Fortschritt wird hier und in der Statusleiste angezeigt.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="294" />
      <source>Check every signature, hash chain and database page of this vault now, in the background (Ctrl+Shift+V).</source>
      <translation>Jetzt jede Signatur, Hash-Kette und Datenbankseite dieses Tresors im Hintergrund prüfen (Ctrl+Shift+V).</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="316" />
      <source>Checking every hash chain, signature and page: %1 % · all good so far.</source>
      <translation>Jede Hash-Kette, Signatur und Seite wird geprüft: %1 % · bisher alles in Ordnung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="321" />
      <source>The check of the whole record could not run: %1</source>
      <translation>Die Prüfung der gesamten Akte konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="324" />
      <source>The check of the whole record was stopped (the vault was re-keyed). Verify again to run it.</source>
      <translation>Die Prüfung der gesamten Akte wurde abgebrochen (der Tresor wurde neu verschlüsselt). Wählen Sie „Erneut prüfen“, um sie auszuführen.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="328" />
      <source>The whole record has not been checked yet. Verify again checks every hash chain, signature and page, in the background.</source>
      <translation>Die gesamte Akte wurde noch nicht geprüft. „Erneut prüfen“ prüft jede Hash-Kette, Signatur und Seite im Hintergrund.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="330" />
      <source>The whole record was last checked on %1: every hash chain, signature and page was intact. Entries since then were verified as they came. Verify again checks it all now.</source>
      <translation>Die gesamte Akte wurde zuletzt am %1 geprüft: Jede Hash-Kette, Signatur und Seite war intakt. Seitdem hinzugekommene Einträge wurden beim Eingang geprüft. „Erneut prüfen“ prüft jetzt alles.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="342" />
      <source>All %1 entries of this vault verified: %2 hash chains intact, signatures valid.</source>
      <translation>Alle %1 Einträge dieses Tresors geprüft: %2 Hash-Ketten intakt, Signaturen gültig.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="349" />
      <source>entry %1</source>
      <translation>Eintrag %1</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="351" />
      <source>no. %1</source>
      <translation>Nr. %1</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="359" />
      <source>Records may have been altered or damaged: restore the vault from a backup and find out what happened.</source>
      <translation>Aufzeichnungen wurden möglicherweise verändert oder beschädigt: Stellen Sie den Tresor aus einer Sicherung wieder her und klären Sie, was geschehen ist.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="362" />
      <source>… and %1 more.</source>
      <translation>… und %1 weitere.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="90" />
      <source>Verification of the entry log</source>
      <translation>Prüfung des Eintragsjournals</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="93" />
      <source>Verification covers every entry of this vault: each hash chain is re-computed and each signature checked.</source>
      <translation>Die Prüfung umfasst jeden Eintrag dieses Tresors: Jede Hash-Kette wird neu berechnet und jede Signatur geprüft.</translation>
    </message>
    <message>
      <location filename="ui/casefile/audit/trail.py" line="98" />
      <source>Verifying</source>
      <translation>Prüfung läuft</translation>
    </message>
  </context>
  <context>
    <name>UnlockPage</name>
    <message>
      <location filename="ui/start/window.py" line="104" />
      <source>&amp;Open another vault…</source>
      <translation>Anderen Tresor ö&amp;ffnen…</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="105" />
      <source>&amp;New vault…</source>
      <translation>&amp;Neuer Tresor…</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="106" />
      <source>&amp;Unlock</source>
      <translation>&amp;Entsperren</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="129" />
      <source>Use the key kept in this computer's keyring.</source>
      <translation>Den Schlüssel aus dem Schlüsselbund dieses Computers verwenden.</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="130" />
      <source>Quick unlock is not turned on for this vault. Unlock with your passphrase, then turn it on under Practice… → Security (it needs a desktop keyring).</source>
      <translation>Die Schnellentsperrung ist für diesen Tresor nicht eingeschaltet. Entsperren Sie mit Ihrer Passphrase und schalten Sie sie dann unter Praxis… → Sicherheit ein (dafür ist ein Desktop-Schlüsselbund nötig).</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="136" />
      <source>Unlock the vault in %s</source>
      <translation>Tresor in %s entsperren</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="147" />
      <source>Enter your passphrase.</source>
      <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="77" />
      <source>Unlock</source>
      <translation>Entsperren</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="83" />
      <source>Recent vaults</source>
      <translation>Zuletzt verwendete Tresore</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="85" />
      <source>&amp;Vault</source>
      <translation>&amp;Tresor</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="87" />
      <source>Leave empty for the vault's first member</source>
      <translation>Für das erste Mitglied des Tresors leer lassen</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="88" />
      <source>Member name</source>
      <translation>Name des Mitglieds</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="89" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="90" />
      <source>&amp;Member</source>
      <translation>&amp;Mitglied</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="91" />
      <source>&amp;Passphrase</source>
      <translation>&amp;Passphrase</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="94" />
      <source>Unlock with &amp;keyring</source>
      <translation>Mit &amp;Schlüsselbund entsperren</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="95" />
      <source>Use the key kept in this computer's keyring, if you turned quick unlock on.</source>
      <translation>Den Schlüssel aus dem Schlüsselbund dieses Computers verwenden, sofern Sie die Schnellentsperrung eingeschaltet haben.</translation>
    </message>
    <message>
      <location filename="ui/start/window.py" line="97" />
      <source>Forgot passphrase? Use the &amp;recovery code…</source>
      <translation>Passphrase vergessen? &amp;Wiederherstellungscode verwenden…</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="triad/cli/__init__.py" line="49" />
      <source>Triad: encrypted case files for surrogate partner therapy.</source>
      <translation>Triad: verschlüsselte Fallakten für die Surrogatpartnertherapie.</translation>
    </message>
    <message>
      <location filename="triad/cli/__init__.py" line="53" />
      <source>the language of the output: en, de or system (the default: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)</source>
      <translation>die Sprache der Ausgabe: en, de oder system (Voreinstellung: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)</translation>
    </message>
    <message>
      <location filename="triad/cli/__init__.py" line="59" />
      <source>the language of the output and of reports: en, de or system</source>
      <translation>die Sprache der Ausgabe und der Berichte: en, de oder system</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="105" />
      <source>no plan</source>
      <translation>kein Plan</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="106" />
      <source>between phases</source>
      <translation>zwischen zwei Phasen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="111" />
      <source>CODE</source>
      <translation>KENNUNG</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="111" />
      <source>NEXT</source>
      <translation>ALS NÄCHSTES</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="111" />
      <source>PHASE</source>
      <translation>PHASE</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="111" />
      <source>STATUS</source>
      <translation>STATUS</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="116" />
      <source>No cases with status {status}.</source>
      <translation>Keine Fälle mit dem Status {status}.</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="117" />
      <source>No cases.</source>
      <translation>Keine Fälle.</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="129" />
      <source>has capacity</source>
      <translation>einwilligungsfähig</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="130" />
      <source>lacks capacity</source>
      <translation>nicht einwilligungsfähig</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="131" />
      <source>needs review</source>
      <translation>erneut einzuschätzen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="154" />
      <source>Date of birth: not recorded (needed before any consent beyond conversation; record it in the Triad app)</source>
      <translation>Geburtsdatum: nicht erfasst (nötig vor jeder Einwilligung über das Gespräch hinaus; erfassen Sie es in der Triad-App)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="157" />
      <source>Date of birth: {day}</source>
      <translation>Geburtsdatum: {day}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="159" />
      <source>Date of birth: recorded</source>
      <translation>Geburtsdatum: erfasst</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="162" />
      <source>Capacity: not assessed (needed before the informed consent; record it in the Triad app)</source>
      <translation>Einwilligungsfähigkeit: nicht eingeschätzt (nötig vor der Einwilligung nach Aufklärung; erfassen Sie die Einschätzung in der Triad-App)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="165" />
      <source>Capacity: {outcome} (assessed {day})</source>
      <translation>Einwilligungsfähigkeit: {outcome} (eingeschätzt am {day})</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="177" />
      <source>Case {code}  ·  {status}</source>
      <translation>Fall {code}  ·  {status}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="178" />
      <source>  (next: {states})</source>
      <translation>  (als Nächstes möglich: {states})</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="181" />
      <source>Client: {code} (the client code only: the client's release of information shows the supervisor and the surrogate partner the code, not the name)</source>
      <translation>Klient:in: {code} (nur die Fallkennung: Die Schweigepflichtentbindung der Klient:in zeigt der Supervisor:in und der Surrogatpartner:in die Kennung, nicht den Namen)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="185" />
      <source>Client: {name}</source>
      <translation>Klient:in: {name}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="187" />
      <source>Pronouns: {pronouns}   Opened: {day}</source>
      <translation>Pronomen: {pronouns}   Eröffnet: {day}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="190" />
      <source>Presenting concerns: {concerns}</source>
      <translation>Anliegen: {concerns}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="192" />
      <source>Legal basis (GDPR Art. 9): {basis}   Jurisdiction: {where}</source>
      <translation>Rechtsgrundlage (DSGVO Art. 9): {basis}   Rechtsordnung: {where}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="195" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="196" />
      <source>Contraindications</source>
      <translation>Kontraindikationen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="197" />
      <source>Medical / rehabilitation</source>
      <translation>Medizinisches / Rehabilitation</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="200" />
      <source>Triad: therapist {therapist}; surrogate(s) {surrogates}; supervisor {supervisor}</source>
      <translation>Triade: Therapeut:in {therapist}; Surrogatpartner:in(nen) {surrogates}; Supervisor:in {supervisor}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="207" />
      <source>Goals</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="209" />
      <source>{goal}: {baseline} → {latest} (target {target})</source>
      <translation>{goal}: {baseline} → {latest} (Ziel {target})</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="211" />
      <source>Consent</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="215" />
      <source> until {day}</source>
      <translation> bis {day}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="222" />
      <source>awaiting the signature of {who} (in their own session: 'triad-cli consent countersign VAULT CASE {id}')</source>
      <translation>wartet auf die Unterschrift von {who} (in deren eigener Sitzung: 'triad-cli consent countersign VAULT CASE {id}')</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="226" />
      <source>client signed on paper: a scan is kept in the vault ('triad-cli consent scan VAULT CASE {id} -o FILE')</source>
      <translation>Klient:in hat auf Papier unterschrieben: Ein Scan liegt im Tresor ('triad-cli consent scan VAULT CASE {id} -o FILE')</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="230" />
      <source>signals: stop "{stop}", pause "{pause}"</source>
      <translation>Signale: Stopp „{stop}“, Pause „{pause}“</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="233" />
      <source>safer sex: {text}</source>
      <translation>Safer Sex: {text}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="235" />
      <source>aids: </source>
      <translation>Hilfsmittel: </translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="238" />
      <source>aids: not specified (recorded before each aid was consented to on its own)</source>
      <translation>Hilfsmittel: nicht einzeln benannt (erfasst, bevor in jedes Hilfsmittel einzeln eingewilligt wurde)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="242" />
      <source>aid {name}</source>
      <translation>Hilfsmittel {name}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="243" />
      <source>whole record</source>
      <translation>gesamte Einwilligung</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="244" />
      <source>revoked {when} by {party}: {what}</source>
      <translation>widerrufen am {when} durch {party}: {what}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="247" />
      <source>none recorded</source>
      <translation>keine erfasst</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="249" />
      <source>In force now: </source>
      <translation>Jetzt gültig: </translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="250" />
      <source>nothing</source>
      <translation>nichts</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="252" />
      <source>: none in the inventory</source>
      <translation>: keine im Bestand</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="252" />
      <source>Aids</source>
      <translation>Hilfsmittel</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="255" />
      <source>Plan (revision {revision}, {template})</source>
      <translation>Plan (Fassung {revision}, {template})</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="256" />
      <source>Plan: none</source>
      <translation>Plan: keiner</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="265" />
      <source>{held}/{planned} sessions</source>
      <translation>{held}/{planned} Sitzungen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="268" />
      <source>Sessions: </source>
      <translation>Sitzungen: </translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="273" />
      <source>surrogate_session</source>
      <translation>Surrogatsitzung</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="273" />
      <source>therapist_session</source>
      <translation>Therapiesitzung</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="273" />
      <source>three_way_meeting</source>
      <translation>Dreiergespräch</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="278" />
      <source>Latest debrief {when}: SUDS {before} → {after}</source>
      <translation>Letzte Nachbesprechung {when}: SUDS {before} → {after}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="280" />
      <source> (awaiting review)</source>
      <translation> (Durchsicht steht aus)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="290" />
      <source>Flags {day}: </source>
      <translation>Hinweise {day}: </translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="294" />
      <source>Recent (id · when · kind · status):</source>
      <translation>Zuletzt (ID · wann · Art · Stand):</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="295" />
      <source>Coming (id · when · kind · status):</source>
      <translation>Demnächst (ID · wann · Art · Stand):</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="301" />
      <source>Progress notes and three-way meetings (latest)</source>
      <translation>Verlaufsnotizen und Dreiergespräche (die letzten)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="305" />
      <source>Measures</source>
      <translation>Messungen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="312" />
      <source>Next: {due}</source>
      <translation>Als Nächstes: {due}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="317" />
      <source>held</source>
      <translation>stattgefunden</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="317" />
      <source>outcome missing</source>
      <translation>Ausgang fehlt</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="317" />
      <source>scheduled</source>
      <translation>geplant</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="318" />
      <source>held, debriefed</source>
      <translation>stattgefunden, nachbesprochen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="318" />
      <source>held, reviewed</source>
      <translation>stattgefunden, durchgesehen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="319" />
      <source>cancelled by the client</source>
      <translation>von der Klient:in abgesagt</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="320" />
      <source>cancelled by the practice</source>
      <translation>von der Praxis abgesagt</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="321" />
      <source>late cancellation</source>
      <translation>kurzfristig abgesagt</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="321" />
      <source>no-show</source>
      <translation>nicht erschienen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="325" />
      <source>surrogate session</source>
      <translation>Surrogatsitzung</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="326" />
      <location filename="triad/cli/notes.py" line="43" />
      <source>therapist session</source>
      <translation>Therapiesitzung</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="327" />
      <location filename="triad/cli/notes.py" line="55" />
      <source>three-way meeting</source>
      <translation>Dreiergespräch</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="334" />
      <source>{n} held</source>
      <translation>{n} stattgefunden</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="336" />
      <source>{n} cancelled</source>
      <translation>{n} abgesagt</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="337" />
      <source>{n} no-show</source>
      <translation>{n} nicht erschienen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="339" />
      <source>{n} outcome missing</source>
      <translation>{n} ohne Ausgang</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="342" />
      <source>{n} scheduled</source>
      <translation>{n} geplant</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="352" />
      <source> ({hours} h notice)</source>
      <translation> ({hours} h vorher abgesagt)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="354" />
      <source> (amended)</source>
      <translation> (berichtigt)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="355" />
      <source>  moved from {when}</source>
      <translation>  verlegt von {when}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="356" />
      <source>  (series)</source>
      <translation>  (Serie)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="37" />
      <source>explicit consent, 9(2)(a)</source>
      <translation>ausdrückliche Einwilligung, 9(2)(a)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="38" />
      <source>health care, 9(2)(h)</source>
      <translation>Gesundheitsversorgung, 9(2)(h)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="38" />
      <location filename="triad/cli/cases.py" line="194" />
      <source>not recorded</source>
      <translation>nicht erfasst</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="40" />
      <source>review the debrief of {when}</source>
      <translation>Nachbesprechung vom {when} durchsehen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="41" />
      <source>debrief missing for {when}</source>
      <translation>Nachbesprechung fehlt für {when}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="42" />
      <source>outcome missing for {when} ('triad-cli session outcome')</source>
      <translation>Ausgang fehlt für {when} ('triad-cli session outcome')</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="43" />
      <source>session {when}</source>
      <translation>Sitzung {when}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="44" />
      <source>consent expires {when}</source>
      <translation>Einwilligung läuft ab am {when}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="45" />
      <source>capacity assessment to record</source>
      <translation>Einschätzung der Einwilligungsfähigkeit erfassen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="46" />
      <source>date of birth to record</source>
      <translation>Geburtsdatum erfassen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="47" />
      <source>informed consent to sign</source>
      <translation>Einwilligung nach Aufklärung unterschreiben</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="48" />
      <source>release of information to sign</source>
      <translation>Schweigepflichtentbindung unterschreiben</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="49" />
      <source>triad agreement with {name} to sign</source>
      <translation>Triadenvereinbarung mit {name} unterschreiben</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="50" />
      <source>agree the stop and pause signals with {name} (triad agreement)</source>
      <translation>Stopp- und Pausensignal mit {name} vereinbaren (Triadenvereinbarung)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="51" />
      <source>therapeutic-aids consent to sign</source>
      <translation>Einwilligung in therapeutische Hilfsmittel unterschreiben</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="52" />
      <source>awaiting {name}'s signature</source>
      <translation>wartet auf die Unterschrift von {name}</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="54" />
      <source>co-sign the review of {when} (triad-cli cosign)</source>
      <translation>Durchsicht vom {when} gegenzeichnen (triad-cli cosign)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="55" />
      <source>co-sign the progress note of {when} (triad-cli cosign)</source>
      <translation>Verlaufsnotiz vom {when} gegenzeichnen (triad-cli cosign)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="56" />
      <source>sign off finding {subject} (triad-cli findings)</source>
      <translation>Feststellung {subject} abzeichnen (triad-cli findings)</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="57" />
      <source>three-way meeting to hold before the first surrogate session</source>
      <translation>Dreiergespräch vor der ersten Surrogatsitzung führen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="58" />
      <source>surrogate work has stalled: three-way meeting to hold</source>
      <translation>die Surrogatarbeit stockt: Dreiergespräch führen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="59" />
      <source>closing three-way meeting to hold</source>
      <translation>abschließendes Dreiergespräch führen</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="60" />
      <source>minutes to write for the three-way meeting</source>
      <translation>Protokoll des Dreiergesprächs schreiben</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="61" />
      <source>client's request due {when} ('triad-cli requests')</source>
      <translation>Antrag der Klient:in fällig am {when} ('triad-cli requests')</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="63" />
      <source>the client</source>
      <translation>der Klient:in</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="63" />
      <source>the therapist</source>
      <translation>der Therapeut:in</translation>
    </message>
    <message>
      <location filename="triad/cli/cases.py" line="64" />
      <location filename="triad/cli/cases.py" line="72" />
      <source>the surrogate partner</source>
      <translation>der Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="38" />
      <source>client</source>
      <translation>Klient:in</translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="38" />
      <source>therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="39" />
      <source>surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="44" />
      <location filename="triad/cli/notes.py" line="57" />
      <source>  (amended)</source>
      <translation>  (berichtigt)</translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="45" />
      <source>focus</source>
      <translation>Schwerpunkt</translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="46" />
      <source>interventions</source>
      <translation>Interventionen</translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="47" />
      <source>client's response</source>
      <translation>Reaktion der Klient:in</translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="48" />
      <location filename="triad/cli/notes.py" line="61" />
      <source>note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="48" />
      <source>plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="55" />
      <source>closing three-way meeting</source>
      <translation>abschließendes Dreiergespräch</translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="58" />
      <source>attendees: </source>
      <translation>Teilnehmende: </translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="59" />
      <source>agreements</source>
      <translation>Vereinbarungen</translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="60" />
      <source>changes to the plan</source>
      <translation>Änderungen am Plan</translation>
    </message>
    <message>
      <location filename="triad/cli/notes.py" line="61" />
      <source>next steps</source>
      <translation>nächste Schritte</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="102" />
      <source>progress summary of one case</source>
      <translation>Verlaufsbericht eines Falls</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="106" />
      <location filename="triad/cli/reports.py" line="116" />
      <location filename="triad/cli/reports.py" line="131" />
      <source>print the client's legal name</source>
      <translation>den bürgerlichen Namen der Klient:in drucken</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="108" />
      <source>the therapist's narrative (text)</source>
      <translation>der Bericht der Therapeut:in (Textdatei)</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="109" />
      <source>consent audit report</source>
      <translation>Bericht der Einwilligungsprüfung</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="111" />
      <source>a consent form to print and sign</source>
      <translation>ein Einwilligungsformular zum Drucken und Unterschreiben</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="117" />
      <source>the language of the form to print</source>
      <translation>die Sprache des zu druckenden Formulars</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="123" />
      <source>the accounting of disclosures: what left the vault, to whom, when and by whom</source>
      <translation>der Nachweis der Offenlegungen: was den Tresor verlassen hat, an wen, wann und durch wen</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="125" />
      <source>only this case (default: every case you audit)</source>
      <translation>nur dieser Fall (Standard: jeder Fall, den Sie prüfen)</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="127" />
      <source>one session's debrief</source>
      <translation>die Nachbesprechung einer Sitzung</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="129" />
      <source>session id (or its first 6+ characters), or its date</source>
      <translation>Kennung der Sitzung (oder ihre ersten 6 und mehr Zeichen) oder ihr Datum</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="136" />
      <source>show or set the practice's language for printed documents</source>
      <translation>die Sprache der gedruckten Dokumente der Praxis anzeigen oder festlegen</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="140" />
      <source>set it: de (German), en (English) or system (each member's own language); therapists</source>
      <translation>festlegen: de (Deutsch), en (Englisch) oder system (die eigene Sprache jedes Mitglieds); nur Therapeut:innen</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="54" />
      <source>Wrote {file} ({size} KiB).</source>
      <translation>{file} geschrieben ({size} KiB).</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="65" />
      <source>Printed documents are now in {language} unless --language says otherwise.</source>
      <translation>Gedruckte Dokumente sind nun auf {language}, sofern --language nichts anderes angibt.</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="66" />
      <location filename="triad/cli/reports.py" line="70" />
      <source>English</source>
      <translation>Englisch</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="66" />
      <location filename="triad/cli/reports.py" line="70" />
      <source>German</source>
      <translation>Deutsch</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="66" />
      <location filename="triad/cli/reports.py" line="70" />
      <source>the language of the program using it (each member's own)</source>
      <translation>der Sprache des Programms, mit dem gedruckt wird (der eigenen jedes Mitglieds)</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="69" />
      <source>The practice prints its documents in {language}.</source>
      <translation>Die Praxis druckt ihre Dokumente auf {language}.</translation>
    </message>
    <message>
      <location filename="triad/cli/reports.py" line="87" />
      <source>printable PDF documents (in --language, else the practice's language for printed documents, else the language of the output)</source>
      <translation>druckbare PDF-Dokumente (in der Sprache von --language, sonst in der Sprache der Praxis für gedruckte Dokumente, sonst in der Sprache der Ausgabe)</translation>
    </message>
    <message>
      <location filename="triad/cli/retention_words.py" line="18" />
      <source>German version {version}</source>
      <translation>deutsche Fassung {version}</translation>
    </message>
    <message>
      <location filename="triad/cli/retention_words.py" line="19" />
      <source>English version {version}</source>
      <translation>englische Fassung {version}</translation>
    </message>
    <message>
      <location filename="triad/cli/retention_words.py" line="20" />
      <source>“{title}” ({version})</source>
      <translation>„{title}“ ({version})</translation>
    </message>
    <message>
      <location filename="triad/cli/retention_words.py" line="29" />
      <source>{code} is kept until {until}: the signed form {form} promises {years} years after the last service (the practice's figure alone would end it on {practice}).</source>
      <translation>{code} wird bis {until} aufbewahrt: Das unterschriebene Formular {form} sagt eine Aufbewahrung von {years} Jahren nach der letzten Leistung zu (nach der Einstellung der Praxis allein würde sie am {practice} enden).</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <location filename="ui/widgets/dialogs.py" line="50" />
      <location filename="ui/widgets/dialogs.py" line="54" />
      <location filename="ui/widgets/dialogs.py" line="58" />
      <source>Triad</source>
      <translation>Triade</translation>
    </message>
  </context>
  <context>
    <name>disclose</name>
    <message>
      <location filename="ui/widgets/disclose.py" line="38" />
      <source>The file was removed again: its disclosure could not be recorded. %1</source>
      <translation>Die Datei wurde wieder entfernt: Ihre Offenlegung konnte nicht erfasst werden. %1</translation>
    </message>
    <message>
      <location filename="ui/widgets/disclose.py" line="52" />
      <source>The document was printed, but its disclosure could not be recorded: %1</source>
      <translation>Das Dokument wurde gedruckt, aber seine Offenlegung konnte nicht erfasst werden: %1</translation>
    </message>
  </context>
  <context>
    <name>ladder</name>
    <message>
      <location filename="triad/casefile/ladder.py" line="38" />
      <source>Conversation</source>
      <translation>Gespräch</translation>
    </message>
    <message>
      <location filename="triad/casefile/ladder.py" line="39" />
      <source>Relaxation and breathing</source>
      <translation>Entspannung und Atmung</translation>
    </message>
    <message>
      <location filename="triad/casefile/ladder.py" line="40" />
      <source>Clothed non-sexual touch</source>
      <translation>Nicht-sexuelle Berührung in Kleidung</translation>
    </message>
    <message>
      <location filename="triad/casefile/ladder.py" line="41" />
      <source>Nudity / body-image work</source>
      <translation>Nacktheit / Arbeit am Körperbild</translation>
    </message>
    <message>
      <location filename="triad/casefile/ladder.py" line="42" />
      <source>Non-genital touch</source>
      <translation>Nicht-genitale Berührung</translation>
    </message>
    <message>
      <location filename="triad/casefile/ladder.py" line="43" />
      <source>Genital touch</source>
      <translation>Genitale Berührung</translation>
    </message>
    <message>
      <location filename="triad/casefile/ladder.py" line="44" />
      <source>Sexual intercourse</source>
      <translation>Geschlechtsverkehr</translation>
    </message>
    <message>
      <location filename="triad/casefile/ladder.py" line="45" />
      <source>Use of therapeutic aids</source>
      <translation>Einsatz therapeutischer Hilfsmittel</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="triad/catalogue/codes.py" line="100" />
      <source>A status change is dated on or after the case's last status change (or its opening), and not after today. Give a time in that span.</source>
      <translation>Eine Statusänderung muss auf den Tag der letzten Statusänderung des Falls (oder seiner Eröffnung) oder später datiert sein, aber nicht nach heute. Geben Sie einen Zeitpunkt in diesem Zeitraum an.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="103" />
      <source>Another case already uses that client code. Choose another code.</source>
      <translation>Ein anderer Fall verwendet diese Fallkennung bereits. Wählen Sie eine andere Kennung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="104" />
      <source>Choose the presenting concerns from the list.</source>
      <translation>Wählen Sie die Vorstellungsanlässe aus der Liste.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="105" />
      <source>The legal basis is either the client's explicit consent (GDPR Art. 9(2)(a)) or health care (Art. 9(2)(h)). Give one of the two.</source>
      <translation>Die Rechtsgrundlage ist entweder die ausdrückliche Einwilligung der Klient:in (Art. 9 Abs. 2 lit. a DSGVO) oder die Gesundheitsversorgung (Art. 9 Abs. 2 lit. h DSGVO). Geben Sie eine der beiden an.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="108" />
      <source>A case cannot go from {current} to {to}. Choose one of the statuses offered.</source>
      <translation>Ein Fall kann nicht von „{current}“ zu „{to}“ wechseln. Wählen Sie einen der angebotenen Status.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="110" />
      <source>The case cannot move to that status from where it is now. Choose one of the statuses offered.</source>
      <translation>Der Fall kann aus seinem jetzigen Status nicht in diesen Status wechseln. Wählen Sie einen der angebotenen Status.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="113" />
      <source>This cannot be done while the case is {status}.</source>
      <translation>Das ist nicht möglich, solange der Fall den Status „{status}“ hat.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="114" />
      <source>This cannot be done in the case's current status.</source>
      <translation>Das ist im aktuellen Status des Falls nicht möglich.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="115" />
      <source>Only members with the surrogate partner role can join a triad as its surrogate partner.</source>
      <translation>Nur Mitglieder mit der Rolle Surrogatpartner:in können einer Triade als deren Surrogatpartner:in angehören.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="117" />
      <source>Only a member with the supervisor role can supervise a case.</source>
      <translation>Nur ein Mitglied mit der Rolle Supervisor:in kann einen Fall supervidieren.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="119" />
      <source>The date of birth is in the future. Check the year.</source>
      <translation>Das Geburtsdatum liegt in der Zukunft. Prüfen Sie das Jahr.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="121" />
      <source>A consent beyond conversation needs the client's date of birth. Record it on the Overview tab (Edit client), then record the consent.</source>
      <translation>Eine Einwilligung, die über das Gespräch hinausgeht, erfordert das Geburtsdatum der Klient:in. Erfassen Sie es im Tab „Übersicht“ (Klient:in bearbeiten) und erfassen Sie dann die Einwilligung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="124" />
      <source>The client is under {age_of_majority} on that date: no consent to {activities} can be recorded, and no session or phase with them can take place. Only conversation and relaxation and breathing are possible until the client is an adult.</source>
      <translation>Die Klient:in ist an diesem Datum noch nicht {age_of_majority} Jahre alt: Eine Einwilligung in {activities} kann nicht erfasst werden, und es kann keine Sitzung oder Phase damit stattfinden. Bis die Klient:in volljährig ist, sind nur Gespräch sowie Entspannung und Atmung möglich.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="128" />
      <source>Informed consent needs a capacity assessment finding that the client has capacity, on or before the consent's date. Record the assessment on the Overview tab (Record capacity…), then record the informed consent.</source>
      <translation>Die Einwilligung nach Aufklärung setzt eine Einschätzung der Einwilligungsfähigkeit voraus, die am oder vor dem Datum der Einwilligung festgestellt hat, dass die Klient:in einwilligungsfähig ist. Erfassen Sie die Einschätzung im Tab „Übersicht“ (Einwilligungsfähigkeit erfassen…) und danach die Einwilligung nach Aufklärung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="132" />
      <source>A capacity assessment cannot be dated in the future. Give the day it took place.</source>
      <translation>Eine Einschätzung der Einwilligungsfähigkeit kann nicht in der Zukunft datiert sein. Geben Sie den Tag an, an dem sie stattfand.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="134" />
      <source>Choose the outcome of the assessment: has capacity, lacks capacity or needs review.</source>
      <translation>Wählen Sie das Ergebnis der Einschätzung: einwilligungsfähig, nicht einwilligungsfähig oder Überprüfung nötig.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="137" />
      <source>The {field} must be a number on the {scale} scale ({minimum} to {maximum}).</source>
      <translation>Der Wert im Feld „{field}“ muss eine Zahl auf der {scale}-Skala sein ({minimum} bis {maximum}).</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="139" />
      <source>The {field} must be between {minimum} and {maximum} on the {scale} scale.</source>
      <translation>Der Wert im Feld „{field}“ muss auf der {scale}-Skala zwischen {minimum} und {maximum} liegen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="141" />
      <source>A phase plan needs at least one phase.</source>
      <translation>Ein Phasenplan braucht mindestens eine Phase.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="142" />
      <source>Each phase needs its own short id (letters, digits, hyphens).</source>
      <translation>Jede Phase braucht eine eigene kurze Kennung (Buchstaben, Ziffern, Bindestriche).</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="143" />
      <source>The phase under way cannot be removed from the plan. Complete it first.</source>
      <translation>Die laufende Phase kann nicht aus dem Plan entfernt werden. Schließen Sie sie zuerst ab.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="145" />
      <source>Another phase is still under way. Complete it before starting the next.</source>
      <translation>Eine andere Phase läuft noch. Schließen Sie sie ab, bevor Sie die nächste beginnen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="147" />
      <source>That phase is already completed. Start the next phase instead.</source>
      <translation>Diese Phase ist bereits abgeschlossen. Beginnen Sie stattdessen die nächste Phase.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="149" />
      <source>That phase is not under way, so it cannot be completed.</source>
      <translation>Diese Phase läuft nicht und kann daher nicht abgeschlossen werden.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="150" />
      <source>Choose what kind of session this is.</source>
      <translation>Wählen Sie die Art der Sitzung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="151" />
      <source>That surrogate partner is not in this case's triad. Add them to the triad on the Overview tab first.</source>
      <translation>Diese Surrogatpartner:in gehört nicht zur Triade dieses Falls. Fügen Sie sie zuerst im Tab „Übersicht“ der Triade hinzu.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="154" />
      <source>This session already has a debrief. Correct it with an amendment.</source>
      <translation>Diese Sitzung hat bereits eine Nachbesprechung. Korrigieren Sie sie mit einer Berichtigung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="156" />
      <source>This session has no debrief yet, so there is nothing to review.</source>
      <translation>Diese Sitzung hat noch keine Nachbesprechung; es gibt also nichts durchzusehen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="157" />
      <source>This session is recorded as not held, so it takes no debrief. If it was held after all, correct its outcome with an amendment first.</source>
      <translation>Diese Sitzung ist als nicht stattgefunden erfasst und erhält daher keine Nachbesprechung. Falls sie doch stattgefunden hat, korrigieren Sie zuerst ihr Ergebnis mit einer Berichtigung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="160" />
      <source>Choose what happened: held, cancelled by the client, cancelled by the practice, late cancellation or no-show.</source>
      <translation>Wählen Sie, was geschah: stattgefunden, von der Klient:in abgesagt, von der Praxis abgesagt, kurzfristig abgesagt oder nicht erschienen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="163" />
      <source>This session's outcome is already recorded. Correct it with an amendment.</source>
      <translation>Das Ergebnis dieser Sitzung ist bereits erfasst. Korrigieren Sie es mit einer Berichtigung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="165" />
      <source>This session has a debrief, so it was held. If the debrief is wrong, amend it; the outcome stays held.</source>
      <translation>Diese Sitzung hat eine Nachbesprechung, hat also stattgefunden. Ist die Nachbesprechung falsch, berichtigen Sie sie; das Ergebnis bleibt „stattgefunden“.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="168" />
      <source>A session can be recorded as held or as a no-show only once its start time has passed. A cancellation can be recorded now.</source>
      <translation>Eine Sitzung kann erst nach ihrem Beginn als stattgefunden oder als nicht erschienen erfasst werden. Eine Absage kann jetzt erfasst werden.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="171" />
      <source>Say how many hours' notice the practice gave when it cancelled (0 if none).</source>
      <translation>Geben Sie an, wie viele Stunden vorher die Praxis abgesagt hat (0, wenn ohne Vorankündigung).</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="173" />
      <source>The {party} already has a session in {case} from {at} to {until}. Choose a time that does not overlap it (back to back is fine), or move that session first.</source>
      <translation>Für {party} ist bereits eine Sitzung in {case} von {at} bis {until} geplant. Wählen Sie eine Zeit, die sich damit nicht überschneidet (direkt anschließend ist möglich), oder verschieben Sie zuerst jene Sitzung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="176" />
      <source>The {party} already has a session in another case from {at} to {until}. Choose a time that does not overlap it (back to back is fine).</source>
      <translation>Für {party} ist bereits eine Sitzung in einem anderen Fall von {at} bis {until} geplant. Wählen Sie eine Zeit, die sich damit nicht überschneidet (direkt anschließend ist möglich).</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="179" />
      <source>Choose how often the series repeats: weekly or fortnightly.</source>
      <translation>Wählen Sie, wie oft sich die Serie wiederholt: wöchentlich oder alle zwei Wochen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="180" />
      <source>Give a series either a number of sessions (2 or more) or an end date at least one repeat after the first session, not both.</source>
      <translation>Geben Sie für eine Serie entweder eine Anzahl von Sitzungen (2 oder mehr) oder ein Enddatum an, das mindestens eine Wiederholung nach der ersten Sitzung liegt – nicht beides.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="183" />
      <source>This session already has an outcome or a debrief, so it cannot be moved. Schedule a new session instead.</source>
      <translation>Diese Sitzung hat bereits ein Ergebnis oder eine Nachbesprechung und kann daher nicht verschoben werden. Planen Sie stattdessen eine neue Sitzung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="186" />
      <source>This session already has a progress note. Correct it with an amendment.</source>
      <translation>Diese Sitzung hat bereits eine Verlaufsnotiz. Korrigieren Sie sie mit einer Berichtigung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="188" />
      <source>This meeting already has minutes. Correct them with an amendment.</source>
      <translation>Zu diesem Gespräch gibt es bereits ein Protokoll. Korrigieren Sie es mit einer Berichtigung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="190" />
      <source>A progress note belongs to a therapist session. Choose one, or write the meeting's minutes for a three-way meeting.</source>
      <translation>Eine Verlaufsnotiz gehört zu einer Therapiesitzung. Wählen Sie eine Therapiesitzung, oder schreiben Sie für ein Dreiergespräch dessen Protokoll.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="193" />
      <source>Minutes belong to a three-way meeting. Choose a three-way meeting.</source>
      <translation>Ein Protokoll gehört zu einem Dreiergespräch. Wählen Sie ein Dreiergespräch.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="195" />
      <source>This session has not taken place yet. Write its note after it has been held.</source>
      <translation>Diese Sitzung hat noch nicht stattgefunden. Schreiben Sie die Notiz, nachdem sie stattgefunden hat.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="197" />
      <source>Choose the kind of request: access (to see or copy the record) or amendment.</source>
      <translation>Wählen Sie die Art des Antrags: Auskunft (Einsicht in die Akte oder Kopie) oder Berichtigung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="199" />
      <source>Write what the client asks for, in a few words: it is kept with the request.</source>
      <translation>Schreiben Sie in wenigen Worten, worum die Klient:in bittet: Der Text wird mit dem Antrag aufbewahrt.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="201" />
      <source>The day the request was received cannot be in the future. Use the day it reached the practice.</source>
      <translation>Der Eingangstag des Antrags kann nicht in der Zukunft liegen. Verwenden Sie den Tag, an dem er bei der Praxis einging.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="204" />
      <source>The day the request was received is before the case was opened. Check the day.</source>
      <translation>Der Eingangstag des Antrags liegt vor der Eröffnung des Falls. Prüfen Sie das Datum.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="206" />
      <source>The entry the amendment request concerns is not a record of this case. Leave it empty when it is not known.</source>
      <translation>Der Eintrag, den der Berichtigungsantrag betrifft, gehört nicht zur Akte dieses Falls. Lassen Sie das Feld leer, wenn er nicht bekannt ist.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="209" />
      <source>This request is already closed. Correct its outcome with an amendment.</source>
      <translation>Dieser Antrag ist bereits abgeschlossen. Korrigieren Sie sein Ergebnis mit einer Berichtigung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="211" />
      <source>That outcome does not fit the request: an access request is fulfilled or refused, an amendment request is amended or refused.</source>
      <translation>Dieses Ergebnis passt nicht zum Antrag: Ein Auskunftsantrag wird erfüllt oder abgelehnt, ein Berichtigungsantrag führt zu einer Berichtigung oder wird abgelehnt.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="214" />
      <source>The day the request was closed must be between the day it was received and today.</source>
      <translation>Der Tag, an dem der Antrag abgeschlossen wurde, muss zwischen seinem Eingangstag und heute liegen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="216" />
      <source>Name the copy given to the client: a client copy or consent copy recorded for this case, or a copy given in another form with a note saying how.</source>
      <translation>Benennen Sie die Kopie, die die Klient:in erhalten hat: eine in diesem Fall erfasste Kopie für die Klient:in oder Kopie einer Einwilligung, oder eine in anderer Form ausgehändigte Kopie mit einer Notiz, auf welche Weise.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="219" />
      <source>Name the amendment made for the client: an amendment recorded in this case. Amend the record first, then close the request.</source>
      <translation>Benennen Sie die für die Klient:in vorgenommene Berichtigung: eine in diesem Fall erfasste Berichtigung. Berichtigen Sie zuerst die Akte und schließen Sie dann den Antrag ab.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="222" />
      <source>Give the reason for the refusal: the client is told it, and it is kept with the record.</source>
      <translation>Geben Sie den Grund für die Ablehnung an: Er wird der Klient:in mitgeteilt und mit der Akte aufbewahrt.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="225" />
      <source>The note is empty. Write at least the session's focus or a few words of free text.</source>
      <translation>Die Notiz ist leer. Schreiben Sie mindestens den Schwerpunkt der Sitzung oder ein paar Worte Freitext.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="227" />
      <source>Choose who attended the meeting: the client, the therapist and the surrogate partner (the therapist at least).</source>
      <translation>Wählen Sie, wer am Gespräch teilgenommen hat: die Klient:in, die Therapeut:in und die Surrogatpartner:in (mindestens die Therapeut:in).</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="230" />
      <source>This case had surrogate sessions, so it closes after a closing three-way meeting. Record that meeting's minutes as the closing meeting, or give the reason there was none.</source>
      <translation>Dieser Fall hatte Surrogatsitzungen; er wird daher erst nach einem abschließenden Dreiergespräch geschlossen. Erfassen Sie das Protokoll dieses Gesprächs als Abschlussgespräch, oder geben Sie den Grund an, warum es keines gab.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="234" />
      <source>This session is recorded as not held (cancelled or a no-show), so it takes no progress note or minutes. If it was held after all, correct its outcome with an amendment first.</source>
      <translation>Diese Sitzung ist als nicht stattgefunden erfasst (abgesagt oder nicht erschienen) und erhält daher weder Verlaufsnotiz noch Protokoll. Falls sie doch stattgefunden hat, korrigieren Sie zuerst ihr Ergebnis mit einer Berichtigung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="238" />
      <source>This session has a progress note or minutes, so it was held. If the note is wrong, amend it; the outcome stays held.</source>
      <translation>Diese Sitzung hat eine Verlaufsnotiz oder ein Protokoll, hat also stattgefunden. Ist die Notiz falsch, berichtigen Sie sie; das Ergebnis bleibt „stattgefunden“.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="241" />
      <source>Retention periods are whole years: 1 to 100 after the last service, and 0 to 100 after a minor client comes of age.</source>
      <translation>Aufbewahrungsfristen sind ganze Jahre: 1 bis 100 nach der letzten Leistung und 0 bis 100 nach Eintritt der Volljährigkeit einer minderjährigen Klient:in.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="244" />
      <source>The client has an open request to see or correct this record. Answer it and close the request first: the record cannot be disposed of while it is asked for.</source>
      <translation>Die Klient:in hat einen offenen Antrag auf Einsicht in diese Akte oder auf deren Berichtigung. Beantworten Sie ihn und schließen Sie zuerst den Antrag ab: Solange er offen ist, kann die Akte nicht vernichtet werden.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="247" />
      <source>Only a closed case can be disposed of. Close the case first: its retention period counts from the closing.</source>
      <translation>Nur ein geschlossener Fall kann vernichtet werden. Schließen Sie zuerst den Fall: Seine Aufbewahrungsfrist beginnt mit dem Abschluss.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="250" />
      <source>This case's retention period has not ended yet (the Records window shows when it does). To dispose of it sooner, the case supervisor must first authorise the disposal with a reason.</source>
      <translation>Die Aufbewahrungsfrist dieses Falls ist noch nicht abgelaufen (das Fenster „Akten“ zeigt, wann sie endet). Um den Fall früher zu vernichten, muss zuerst die Supervisor:in des Falls die Vernichtung mit einer Begründung genehmigen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="254" />
      <source>This case has no supervisor who could authorise disposing of it before its retention period ends. Add a supervisor to the triad, or wait until the period ends.</source>
      <translation>Dieser Fall hat keine Supervisor:in, die seine Vernichtung vor Ablauf der Aufbewahrungsfrist genehmigen könnte. Fügen Sie der Triade eine Supervisor:in hinzu, oder warten Sie, bis die Frist abgelaufen ist.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="257" />
      <source>Choose a measure: SUDS, IIEF-5 or FSFI.</source>
      <translation>Wählen Sie eine Messung: SUDS, IIEF-5 oder FSFI.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="258" />
      <source>Choose the activities from the ladder.</source>
      <translation>Wählen Sie die Aktivitäten aus der Stufenleiter.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="259" />
      <source>An activity cannot be both granted and declined on one form.</source>
      <translation>Eine Aktivität kann auf einem Formular nicht zugleich gewährt und abgelehnt werden.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="261" />
      <source>This form does not cover {activities}. Record it on a form whose scope includes it.</source>
      <translation>Dieses Formular deckt {activities} nicht ab. Erfassen Sie die Einwilligung auf einem Formular, dessen Umfang dies einschließt.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="263" />
      <source>The consent would end before it begins. Check the valid-until date.</source>
      <translation>Die Einwilligung würde enden, bevor sie beginnt. Prüfen Sie das Datum „Gültig bis“.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="265" />
      <source>Choose who signs: client, therapist or surrogate partner.</source>
      <translation>Wählen Sie, wer unterschreibt: Klient:in, Therapeut:in oder Surrogatpartner:in.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="266" />
      <source>The {party} has signed twice. Keep one signature per party.</source>
      <translation>Für {party} liegen zwei Unterschriften vor. Behalten Sie eine Unterschrift je Partei.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="267" />
      <source>Each signature needs the signer's typed name.</source>
      <translation>Jede Unterschrift braucht den eingetippten Namen der unterzeichnenden Person.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="268" />
      <source>This form must also be signed by: {parties}.</source>
      <translation>Dieses Formular muss außerdem unterschrieben werden von: {parties}.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="269" />
      <source>The drawn signature could not be read. Clear it and sign again.</source>
      <translation>Die gezeichnete Unterschrift konnte nicht gelesen werden. Löschen Sie sie und unterschreiben Sie erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="270" />
      <source>The client's typed name does not match the client's legal name on this case. The client types their own full legal name; if the name on the case is wrong or not recorded, correct it first with Edit client… on the Overview tab.</source>
      <translation>Der eingetippte Name der Klient:in stimmt nicht mit ihrem amtlichen Namen in diesem Fall überein. Die Klient:in tippt den eigenen vollständigen amtlichen Namen ein; ist der Name im Fall falsch oder nicht erfasst, korrigieren Sie ihn zuerst mit „Klient:in bearbeiten…“ im Tab „Übersicht“.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="274" />
      <source>Each member signs in their own name: the {party}'s signature is the name of the member signed in. Leave the name as it is shown.</source>
      <translation>Jedes Mitglied unterschreibt im eigenen Namen: Die Unterschrift für {party} ist der Name des angemeldeten Mitglieds. Lassen Sie den Namen so, wie er angezeigt wird.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="277" />
      <source>The surrogate partner signs the triad agreement themselves, in their own session (or their own vault). Record it with the client's and your signature: it awaits theirs.</source>
      <translation>Die Surrogatpartner:in unterschreibt die Triadenvereinbarung selbst, mit dem eigenen Zugang (oder im eigenen Tresor). Erfassen Sie die Vereinbarung mit der Unterschrift der Klient:in und Ihrer eigenen: Sie wartet dann auf die Unterschrift der Surrogatpartner:in.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="28" />
      <source>Please enter a name (at most 200 characters).</source>
      <translation>Bitte geben Sie einen Namen ein (höchstens 200 Zeichen).</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="280" />
      <source>Choose the surrogate partner this triad agreement is made with (one of the case's triad).</source>
      <translation>Wählen Sie die Surrogatpartner:in, mit der diese Triadenvereinbarung geschlossen wird (eine aus der Triade des Falls).</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="283" />
      <source>A signature cannot be dated after today. Give the day it was actually signed.</source>
      <translation>Eine Unterschrift kann nicht nach dem heutigen Tag datiert sein. Geben Sie den Tag an, an dem tatsächlich unterschrieben wurde.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="285" />
      <source>A signature cannot be dated before the case was opened ({opened}). Give the day it was actually signed.</source>
      <translation>Eine Unterschrift kann nicht vor der Eröffnung des Falls ({opened}) datiert sein. Geben Sie den Tag an, an dem tatsächlich unterschrieben wurde.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="288" />
      <source>This record does not await your signature: each party signs only for themselves, in their own session.</source>
      <translation>Dieser Eintrag wartet nicht auf Ihre Unterschrift: Jede Partei unterschreibt nur für sich selbst, mit dem eigenen Zugang.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="29" />
      <source>A member with that name already exists in this vault. Choose another name.</source>
      <translation>In diesem Tresor gibt es bereits ein Mitglied mit diesem Namen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="291" />
      <source>The {party} has already signed this record. A signature is given once.</source>
      <translation>Für {party} ist dieser Eintrag bereits unterschrieben. Eine Unterschrift wird nur einmal geleistet.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="293" />
      <source>The scan of the signed paper form must be a PDF, PNG or JPEG file. Scan it again in one of these formats.</source>
      <translation>Der Scan des unterschriebenen Papierformulars muss eine PDF-, PNG- oder JPEG-Datei sein. Scannen Sie es erneut in einem dieser Formate.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="296" />
      <source>The scan is larger than {limit} MB. Scan it again at a lower resolution and attach it.</source>
      <translation>Der Scan ist größer als {limit} MB. Scannen Sie mit geringerer Auflösung erneut und hängen Sie den Scan an.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="298" />
      <source>Only activities this consent granted can be revoked.</source>
      <translation>Nur Aktivitäten, die diese Einwilligung gewährt hat, können widerrufen werden.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="299" />
      <source>Choose a severity: critical, major or minor.</source>
      <translation>Wählen Sie einen Schweregrad: kritisch, schwerwiegend oder geringfügig.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="300" />
      <source>The practice does not require co-signature. A supervisor turns it on in the audit settings (the Audit tab, Settings page).</source>
      <translation>Die Praxis verlangt keine Gegenzeichnung. Eine Supervisor:in schaltet sie in den Prüfungseinstellungen ein (Tab „Prüfung“, Seite „Einstellungen“).</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="303" />
      <source>Only a therapist's debrief review or note is co-signed. Choose the review to co-sign.</source>
      <translation>Gegengezeichnet wird nur die Durchsicht einer Nachbesprechung oder eine Notiz einer Therapeut:in. Wählen Sie die Durchsicht, die gegengezeichnet werden soll.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="305" />
      <source>This entry is already co-signed. A co-signature is given once; add a comment in an audit sign-off instead.</source>
      <translation>Dieser Eintrag ist bereits gegengezeichnet. Eine Gegenzeichnung erfolgt nur einmal; schreiben Sie stattdessen einen Kommentar in eine Abzeichnung der Prüfung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="308" />
      <source>Only aids this consent granted can be withdrawn one by one.</source>
      <translation>Nur Hilfsmittel, die diese Einwilligung gewährt hat, können einzeln widerrufen werden.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="309" />
      <source>Choose the kind of aid: full-body, partial or customised.</source>
      <translation>Wählen Sie die Art des Hilfsmittels: Ganzkörpermodell, Teilmodell oder individuell angepasst.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="31" />
      <source>Please choose a role: therapist, surrogate partner or supervisor.</source>
      <translation>Bitte wählen Sie eine Rolle: Therapeut:in, Surrogatpartner:in oder Supervisor:in.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="310" />
      <source>No aid has a consent of its own in force at that time, so a session with aids cannot be planned. Record the client's consent to each aid on the therapeutic-aids form (an older aids consent names no particular aid), then schedule the session.</source>
      <translation>Zu diesem Zeitpunkt ist für kein Hilfsmittel eine eigene Einwilligung in Kraft; eine Sitzung mit Hilfsmitteln kann daher nicht geplant werden. Erfassen Sie die Einwilligung der Klient:in zu jedem Hilfsmittel auf dem Formular für therapeutische Hilfsmittel (eine ältere Einwilligung zu Hilfsmitteln nennt kein bestimmtes Hilfsmittel) und planen Sie dann die Sitzung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="314" />
      <source>Describe the aid in a few words (at most 80 characters), e.g. "pelvic model".</source>
      <translation>Beschreiben Sie das Hilfsmittel in wenigen Worten (höchstens 80 Zeichen), z. B. „Beckenmodell“.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="316" />
      <source>Say where the aid may be used: in session, at home, or both.</source>
      <translation>Geben Sie an, wo das Hilfsmittel verwendet werden darf: in der Sitzung, zu Hause oder beides.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="318" />
      <source>That aid is not in this case's aid inventory. Add it to the inventory first.</source>
      <translation>Dieses Hilfsmittel ist nicht im Hilfsmittelbestand dieses Falls. Fügen Sie es zuerst dem Bestand hinzu.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="32" />
      <source>The passphrase must have at least {minimum} characters.</source>
      <translation>Die Passphrase muss mindestens {minimum} Zeichen lang sein.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="320" />
      <source>That aid was retired from this case's inventory and cannot be consented to. Add it to the inventory again if it is to be used.</source>
      <translation>Dieses Hilfsmittel wurde im Bestand dieses Falls ausgemustert; eine Einwilligung dazu ist nicht möglich. Fügen Sie es dem Bestand erneut hinzu, wenn es verwendet werden soll.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="323" />
      <source>Choose how the aid may be used (in session, at home), among the uses its inventory entry allows.</source>
      <translation>Wählen Sie, wie das Hilfsmittel verwendet werden darf (in der Sitzung, zu Hause) – im Rahmen der Verwendungen, die sein Eintrag im Bestand zulässt.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="326" />
      <source>Aids are consented to one by one on the therapeutic-aids consent. Record them there.</source>
      <translation>In Hilfsmittel wird einzeln eingewilligt, auf der Einwilligung zu therapeutischen Hilfsmitteln. Erfassen Sie sie dort.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="328" />
      <source>A consent to therapeutic aids names each aid it covers and each way of using it. Add the aid to the case's aid inventory first, then record the consent for it.</source>
      <translation>Eine Einwilligung zu therapeutischen Hilfsmitteln nennt jedes Hilfsmittel, das sie abdeckt, und jede Art seiner Verwendung. Fügen Sie das Hilfsmittel zuerst dem Hilfsmittelbestand des Falls hinzu und erfassen Sie dann die Einwilligung dafür.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="331" />
      <source>The aids listed need the consent to grant the use of therapeutic aids. Grant it, or list no aid.</source>
      <translation>Für die aufgeführten Hilfsmittel muss die Einwilligung die Verwendung therapeutischer Hilfsmittel gewähren. Gewähren Sie sie, oder führen Sie kein Hilfsmittel auf.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="334" />
      <source>This session included therapeutic aids: name each aid used, from the case's aid inventory.</source>
      <translation>In dieser Sitzung wurden therapeutische Hilfsmittel verwendet: Nennen Sie jedes verwendete Hilfsmittel aus dem Hilfsmittelbestand des Falls.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="337" />
      <source>Aids were named as used, but the use of therapeutic aids is not among the activities done. Add the activity, or name no aid.</source>
      <translation>Es wurden Hilfsmittel als verwendet genannt, aber die Verwendung therapeutischer Hilfsmittel ist nicht unter den durchgeführten Aktivitäten. Fügen Sie die Aktivität hinzu, oder nennen Sie kein Hilfsmittel.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="34" />
      <source>A credential needs the body that issued it and its number.</source>
      <translation>Zu einem Qualifikationsnachweis gehören die ausstellende Stelle und die Nummer.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="340" />
      <source>Name the aids used from the case's aid inventory rather than in free text.</source>
      <translation>Nennen Sie die verwendeten Hilfsmittel aus dem Hilfsmittelbestand des Falls statt im Freitext.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="342" />
      <source>Stop and pause signals and the safer-sex agreement are recorded on the triad agreement. Record them there.</source>
      <translation>Stopp- und Pausensignale sowie die Safer-Sex-Vereinbarung werden in der Triadenvereinbarung festgehalten. Erfassen Sie sie dort.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="345" />
      <source>Name both signals in words: the one that means stop and the one that means pause.</source>
      <translation>Benennen Sie beide Signale in Worten: das Signal für Stopp und das Signal für Pause.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="347" />
      <source>No stop and pause signals are agreed with this surrogate partner, so no session with touch can be scheduled: record the signals, in words, in the triad agreement with the client and the surrogate partner on the Consent tab (Give consent…), then schedule the session.</source>
      <translation>Mit dieser Surrogatpartner:in sind keine Stopp- und Pausensignale vereinbart; daher kann keine Sitzung mit Berührung geplant werden. Erfassen Sie die Signale in Worten in der Triadenvereinbarung mit der Klient:in und der Surrogatpartner:in im Tab „Einwilligung“ (Einwilligung erteilen…) und planen Sie dann die Sitzung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="352" />
      <source>The stop signal and the pause signal must differ, so that neither can be mistaken for the other. Agree two different signals.</source>
      <translation>Stoppsignal und Pausensignal müssen sich unterscheiden, damit keines mit dem anderen verwechselt werden kann. Vereinbaren Sie zwei verschiedene Signale.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="355" />
      <source>This session included genital touch or intercourse: say whether the safer-sex agreement was kept (yes or no).</source>
      <translation>In dieser Sitzung gab es genitale Berührung oder Geschlechtsverkehr: Geben Sie an, ob die Safer-Sex-Vereinbarung eingehalten wurde (ja oder nein).</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="358" />
      <source>That cannot be amended ({field}). Only the fields of a signed entry that the record allows can be corrected.</source>
      <translation>Das kann nicht berichtigt werden ({field}). Korrigiert werden können nur die Felder eines signierten Eintrags, die die Akte dafür vorsieht.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="36" />
      <source>This passphrase is too easy to guess. {feedback} Four or more unrelated words, or a longer sentence of your own, make a strong passphrase.</source>
      <translation>Diese Passphrase ist zu leicht zu erraten. {feedback} Vier oder mehr Wörter ohne Zusammenhang oder ein längerer eigener Satz ergeben eine starke Passphrase.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="361" />
      <source>This kind of entry cannot be amended.</source>
      <translation>Diese Art von Eintrag kann nicht berichtigt werden.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="362" />
      <source>The amendment changes nothing. Change at least one field.</source>
      <translation>Die Berichtigung ändert nichts. Ändern Sie mindestens ein Feld.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="363" />
      <source>That field ({field}) is not in conflict any more: someone settled it meanwhile. Amend it if it still needs a correction.</source>
      <translation>Dieses Feld ({field}) steht nicht mehr im Konflikt: Jemand hat es inzwischen geklärt. Berichtigen Sie es, falls es noch korrigiert werden muss.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="366" />
      <source>This case file cannot be imported: {reason} (at {path}). Nothing was imported.</source>
      <translation>Diese Fallakte kann nicht importiert werden: {reason} (an der Stelle {path}). Es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="372" />
      <source>it is not a JSON file</source>
      <translation>Es handelt sich nicht um eine JSON-Datei</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="373" />
      <source>another case in this vault already uses its client code</source>
      <translation>Ein anderer Fall in diesem Tresor verwendet bereits dieselbe Fallkennung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="374" />
      <source>this vault disposed of that case: its record is gone for good and an older copy does not bring it back</source>
      <translation>Dieser Tresor hat diesen Fall vernichtet: Seine Akte ist endgültig gelöscht, und eine ältere Kopie bringt sie nicht zurück</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="376" />
      <source>a member in it has a different signing key than the same member here</source>
      <translation>Ein darin enthaltenes Mitglied hat einen anderen Signaturschlüssel als dasselbe Mitglied hier</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="378" />
      <source>an entry in it conflicts with the record already in this vault</source>
      <translation>Ein darin enthaltener Eintrag steht im Widerspruch zur Akte, die bereits in diesem Tresor ist</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="380" />
      <source>an entry's content is malformed</source>
      <translation>Der Inhalt eines Eintrags ist fehlerhaft</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="381" />
      <source>an entry belongs to another case</source>
      <translation>Ein Eintrag gehört zu einem anderen Fall</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="382" />
      <source>an entry's author is not listed among its members</source>
      <translation>Die verfassende Person eines Eintrags ist nicht unter den enthaltenen Mitgliedern aufgeführt</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="383" />
      <source>a member's role differs from their role in this vault</source>
      <translation>Die Rolle eines Mitglieds weicht von seiner Rolle in diesem Tresor ab</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="384" />
      <source>an entry was written by a role that may not write it</source>
      <translation>Ein Eintrag wurde von einer Rolle verfasst, die ihn nicht verfassen darf</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="385" />
      <source>an entry was altered after it was signed</source>
      <translation>Ein Eintrag wurde nach dem Signieren verändert</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="386" />
      <source>a signature does not verify</source>
      <translation>Eine Signatur lässt sich nicht prüfen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="387" />
      <source>it opens the case a second time</source>
      <translation>Der Fall wird darin ein zweites Mal eröffnet</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="388" />
      <source>the case was not opened by its therapist</source>
      <translation>Der Fall wurde nicht von seiner Therapeut:in eröffnet</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="389" />
      <source>the client code inside does not match the file's</source>
      <translation>Die Fallkennung im Inhalt stimmt nicht mit der Fallkennung der Datei überein</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="39" />
      <source>You cannot remove yourself. Another therapist of the practice can.</source>
      <translation>Sie können sich nicht selbst entfernen. Das kann eine andere Therapeut:in der Praxis tun.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="390" />
      <source>an entry comes before the case was opened</source>
      <translation>Ein Eintrag liegt vor der Eröffnung des Falls</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="391" />
      <source>a record id in it is already used by another case here</source>
      <translation>Eine darin enthaltene Kennung einer Aufzeichnung wird hier bereits von einem anderen Fall verwendet</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="392" />
      <source>an entry refers to a record that is not in the case</source>
      <translation>Ein Eintrag verweist auf eine Aufzeichnung, die nicht zum Fall gehört</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="393" />
      <source>a session is debriefed twice</source>
      <translation>Eine Sitzung hat zwei Nachbesprechungen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="394" />
      <source>an amendment was not made by the entry's author or the therapist</source>
      <translation>Eine Berichtigung wurde weder von der verfassenden Person des Eintrags noch von der Therapeut:in vorgenommen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="396" />
      <source>an amendment changes what may not be changed</source>
      <translation>Eine Berichtigung ändert, was nicht geändert werden darf</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="397" />
      <source>an entry appears twice</source>
      <translation>Ein Eintrag kommt doppelt vor</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="398" />
      <source>an author's chain of entries has a gap</source>
      <translation>Die Eintragskette einer verfassenden Person hat eine Lücke</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="399" />
      <source>an author's chain of entries is broken</source>
      <translation>Die Eintragskette einer verfassenden Person ist unterbrochen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="400" />
      <source>it does not contain the opening of the case</source>
      <translation>Die Eröffnung des Falls fehlt darin</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="401" />
      <source>a goal's baseline, target or progress is not a number within its scale (SUDS 0 to 10, IIEF-5 5 to 25, FSFI 2 to 36)</source>
      <translation>Ausgangswert, Zielwert oder Fortschritt eines Ziels ist keine Zahl innerhalb seiner Skala (SUDS 0 bis 10, IIEF-5 5 bis 25, FSFI 2 bis 36)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="404" />
      <source>the client's date of birth is in the future</source>
      <translation>Das Geburtsdatum der Klient:in liegt in der Zukunft</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="405" />
      <source>a consent grants touch or aid activities to a client under the practice's age of majority on its date</source>
      <translation>Eine Einwilligung gewährt Berührungs- oder Hilfsmittelaktivitäten für eine Klient:in, die an ihrem Datum unter dem Volljährigkeitsalter der Praxis liegt</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="408" />
      <source>an entry is stamped more than a day ahead of this computer's clock. If this computer's date is right, the clock of the computer that wrote it runs ahead: tell its author, since the entry cannot be accepted before its date</source>
      <translation>Ein Eintrag trägt einen Zeitstempel, der mehr als einen Tag vor der Uhr dieses Computers liegt. Wenn das Datum dieses Computers stimmt, geht die Uhr des Computers vor, auf dem er geschrieben wurde: Informieren Sie die verfassende Person, denn der Eintrag kann nicht vor seinem Datum angenommen werden</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="41" />
      <source>The last therapist cannot be removed. Add another therapist first.</source>
      <translation>Die letzte Therapeut:in kann nicht entfernt werden. Fügen Sie zuerst eine weitere Therapeut:in hinzu.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="416" />
      <location filename="triad/catalogue/codes.py" line="433" />
      <source>a field that does not belong there</source>
      <translation>ein Feld, das dort nicht hingehört</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="417" />
      <source>a required field is missing</source>
      <translation>ein Pflichtfeld fehlt</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="418" />
      <source>a value of the wrong type</source>
      <translation>ein Wert vom falschen Typ</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="419" />
      <source>a value that is not one of those allowed</source>
      <translation>ein Wert, der nicht zu den zulässigen gehört</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="420" />
      <source>a value that is not the one expected</source>
      <translation>ein Wert, der nicht dem erwarteten entspricht</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="421" />
      <source>a value in the wrong form</source>
      <translation>ein Wert in falscher Form</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="422" />
      <source>a date or time that is not valid</source>
      <translation>ein ungültiges Datum oder eine ungültige Uhrzeit</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="423" />
      <location filename="triad/catalogue/codes.py" line="424" />
      <source>a value of none of the allowed shapes</source>
      <translation>ein Wert, der keiner der zulässigen Formen entspricht</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="425" />
      <source>a number below its range</source>
      <translation>eine Zahl unterhalb ihres Bereichs</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="426" />
      <source>a number above its range</source>
      <translation>eine Zahl oberhalb ihres Bereichs</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="427" />
      <source>a text that is too short</source>
      <translation>ein zu kurzer Text</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="428" />
      <source>a text that is too long</source>
      <translation>ein zu langer Text</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="429" />
      <source>a list that is too short</source>
      <translation>eine zu kurze Liste</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="43" />
      <source>This therapist still holds these cases: {cases}. Hand each one over to another therapist first (open the case, Overview, Change triad, Hand over), or let the records custodian take custody of them; then remove the member.</source>
      <translation>Diese Therapeut:in führt noch folgende Fälle: {cases}. Übergeben Sie zuerst jeden davon an eine andere Therapeut:in (Fall öffnen, Übersicht, Triade ändern, Übergeben) oder lassen Sie die Aktenverwahrer:in sie in Verwahrung nehmen; entfernen Sie dann das Mitglied.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="430" />
      <source>a list that is too long</source>
      <translation>eine zu lange Liste</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="431" />
      <source>a list with an item twice</source>
      <translation>eine Liste mit einem doppelten Element</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="432" />
      <source>a field name that is not allowed</source>
      <translation>ein unzulässiger Feldname</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="438" />
      <source>A recovery code has 30 letters and digits in six groups of five. Check that you typed all of it.</source>
      <translation>Ein Wiederherstellungscode hat 30 Buchstaben und Ziffern in sechs Fünfergruppen. Prüfen Sie, ob Sie ihn vollständig eingegeben haben.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="441" />
      <source>The recovery code contains a character that is not in any code. Letters and digits only; O, I and L may be typed as 0, 1 and 1.</source>
      <translation>Der Wiederherstellungscode enthält ein Zeichen, das in keinem Code vorkommt. Nur Buchstaben und Ziffern; O, I und L können als 0, 1 und 1 eingegeben werden.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="444" />
      <source>The recovery code has a typo: its check characters do not match. Check each group of five.</source>
      <translation>Der Wiederherstellungscode enthält einen Tippfehler: Seine Prüfzeichen stimmen nicht überein. Prüfen Sie jede Fünfergruppe.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="447" />
      <source>The recovery code has a typo, most likely in group {group} (counting from the left). Check that group of five against your sheet.</source>
      <translation>Der Wiederherstellungscode enthält einen Tippfehler, höchstwahrscheinlich in Gruppe {group} (von links gezählt). Vergleichen Sie diese Fünfergruppe mit Ihrem Ausdruck.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="454" />
      <source>As {role} you may not do this.</source>
      <translation>Als {role} dürfen Sie das nicht tun.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="455" />
      <source>Only a supervisor changes the audit settings: they are the supervisor's, and the therapist being audited sees them read-only. Ask your supervisor to change them.</source>
      <translation>Nur Supervisor:innen ändern die Prüfungseinstellungen: Sie liegen in der Verantwortung der Supervisor:in, und die geprüfte Therapeut:in kann sie nur lesen. Bitten Sie Ihre Supervisor:in, sie zu ändern.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="458" />
      <source>Only a therapist sets the practice's language for printed documents: therapists give the consent forms, copies and summaries to clients and colleagues. Ask a therapist of the practice to change it.</source>
      <translation>Nur eine Therapeut:in legt die Sprache der gedruckten Dokumente der Praxis fest: Therapeut:innen geben Einwilligungsformulare, Kopien und Berichte an Klient:innen und Kolleg:innen weiter. Bitten Sie eine Therapeut:in der Praxis, sie zu ändern.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="462" />
      <source>You are not in this case's triad, so you cannot do this here.</source>
      <translation>Sie gehören nicht zur Triade dieses Falls und können das deshalb hier nicht tun.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="464" />
      <source>Only the case's supervisor co-signs a therapist's review. Ask the supervisor to co-sign it in their own session.</source>
      <translation>Nur die Supervisor:in des Falls zeichnet die Durchsicht einer Therapeut:in gegen. Bitten Sie die Supervisor:in, sie mit dem eigenen Zugang gegenzuzeichnen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="467" />
      <source>This is another surrogate partner's session. Only they can write its debrief.</source>
      <translation>Dies ist die Sitzung einer anderen Surrogatpartner:in. Nur diese kann die Nachbesprechung dazu schreiben.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="469" />
      <source>That member was removed from the practice and can no longer act.</source>
      <translation>Dieses Mitglied wurde aus der Praxis entfernt und kann nicht mehr handeln.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="47" />
      <source>Choose another therapist of the practice, still a member, to hand the case over to.</source>
      <translation>Wählen Sie eine andere Therapeut:in der Praxis, die noch Mitglied ist, an die der Fall übergeben werden soll.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="471" />
      <source>Only the entry's author or the case's therapist can amend it.</source>
      <translation>Nur die verfassende Person des Eintrags oder die Therapeut:in des Falls kann ihn berichtigen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="472" />
      <source>Only the practice's records custodian may take custody of another therapist's cases. Any therapist of the practice can name the custodian.</source>
      <translation>Nur die Aktenverwahrer:in der Praxis darf die Fälle einer anderen Therapeut:in in Verwahrung nehmen. Jede Therapeut:in der Praxis kann die Aktenverwahrer:in benennen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="475" />
      <source>Only the case's supervisor (or, when the case has none, a supervisor of the practice) countersigns a take-over.</source>
      <translation>Nur die Supervisor:in des Falls (oder, wenn der Fall keine hat, eine Supervisor:in der Praxis) zeichnet eine Übernahme gegen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="482" />
      <source>That case was not found, or you are not in its triad.</source>
      <translation>Dieser Fall wurde nicht gefunden, oder Sie gehören nicht zu seiner Triade.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="483" />
      <source>This case has no phase plan yet. Draft one on the Plan tab first.</source>
      <translation>Dieser Fall hat noch keinen Phasenplan. Erstellen Sie zuerst einen Entwurf im Tab „Plan“.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="484" />
      <source>That phase is not in the case's phase plan.</source>
      <translation>Diese Phase ist nicht im Phasenplan des Falls.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="485" />
      <source>That plan template was not found. Choose one from the list.</source>
      <translation>Diese Planvorlage wurde nicht gefunden. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="486" />
      <source>No take-over of that case awaits a countersignature. Refresh and choose it again.</source>
      <translation>Für diesen Fall wartet keine Übernahme auf eine Gegenzeichnung. Aktualisieren Sie die Ansicht und wählen Sie ihn erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="488" />
      <source>That session was not found. Refresh and choose it again.</source>
      <translation>Diese Sitzung wurde nicht gefunden. Aktualisieren Sie die Ansicht und wählen Sie sie erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="489" />
      <source>That client request is not in this case. List the case's requests and choose one of them.</source>
      <translation>Dieser Antrag der Klient:in gehört nicht zu diesem Fall. Lassen Sie sich die Anträge des Falls anzeigen und wählen Sie einen davon.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="49" />
      <source>The records custodian must be a therapist who is a member of this practice.</source>
      <translation>Die Aktenverwahrer:in muss eine Therapeut:in sein, die Mitglied dieser Praxis ist.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="491" />
      <source>That note was not found. Refresh and choose it again.</source>
      <translation>Diese Notiz wurde nicht gefunden. Aktualisieren Sie die Ansicht und wählen Sie sie erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="492" />
      <source>That session has no debrief yet.</source>
      <translation>Diese Sitzung hat noch keine Nachbesprechung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="493" />
      <source>That consent record was not found. Refresh and choose it again.</source>
      <translation>Dieser Einwilligungseintrag wurde nicht gefunden. Aktualisieren Sie die Ansicht und wählen Sie ihn erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="494" />
      <source>That aid is not in this case's aid inventory.</source>
      <translation>Dieses Hilfsmittel ist nicht im Hilfsmittelbestand dieses Falls.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="495" />
      <source>That goal was not found. Refresh and choose it again.</source>
      <translation>Dieses Ziel wurde nicht gefunden. Aktualisieren Sie die Ansicht und wählen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="496" />
      <source>That consent form was not found. Choose a form from the list.</source>
      <translation>Dieses Einwilligungsformular wurde nicht gefunden. Wählen Sie ein Formular aus der Liste.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="497" />
      <source>That audit finding no longer exists. Run the audit again.</source>
      <translation>Diese Feststellung der Prüfung besteht nicht mehr. Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="498" />
      <source>No audit rule has that id. The audit's rules are listed in its documentation (docs/audit-format.md).</source>
      <translation>Keine Prüfregel hat diese Kennung. Die Regeln der Prüfung sind in ihrer Dokumentation aufgeführt (docs/audit-format.md).</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="500" />
      <source>That member was not found. Refresh the list.</source>
      <translation>Dieses Mitglied wurde nicht gefunden. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="501" />
      <source>That entry was not found in this case. Refresh and choose it again.</source>
      <translation>Dieser Eintrag wurde in diesem Fall nicht gefunden. Aktualisieren Sie die Ansicht und wählen Sie ihn erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="502" />
      <source>This record has no scan of a paper form in this vault (scans stay in the therapist's vault).</source>
      <translation>Zu diesem Eintrag gibt es in diesem Tresor keinen Scan eines Papierformulars (Scans bleiben im Tresor der Therapeut:in).</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="509" />
      <source>The vault is busy in another Triad window or command. Try again in a moment.</source>
      <translation>Der Tresor ist in einem anderen Triad-Fenster oder Befehl beschäftigt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="51" />
      <source>You hold this case already: there is nothing to take over.</source>
      <translation>Sie führen diesen Fall bereits: Es gibt nichts zu übernehmen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="511" />
      <source>The vault is open in another Triad window or command. Close it there and try again.</source>
      <translation>Der Tresor ist in einem anderen Triad-Fenster oder Befehl geöffnet. Schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="513" />
      <source>Triad could not lock the vault folder. Check that you may write to it.</source>
      <translation>Triad konnte den Tresorordner nicht sperren. Prüfen Sie, ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="514" />
      <source>The encryption library on this computer is too old to open the vault. Update Triad.</source>
      <translation>Die Verschlüsselungsbibliothek auf diesem Computer ist zu alt, um den Tresor zu öffnen. Aktualisieren Sie Triad.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="516" />
      <source>This vault has no recovery code. A therapist can create one under Practice… → Security.</source>
      <translation>Dieser Tresor hat keinen Wiederherstellungscode. Eine Therapeut:in kann unter Praxis… → Sicherheit einen erstellen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="518" />
      <source>This vault is older than the one last opened on this computer (as it stood on {day}): it may have been put back from a copy, and entries seen here are missing (at least {missing}); a member's removal or a consent withdrawal among them would be undone. Nothing was changed. Open the right folder or restore your newest backup file; to go back to this older state on purpose, open it anyway and record why.</source>
      <translation>Dieser Tresor ist älter als der zuletzt auf diesem Computer geöffnete (Stand vom {day}): Er wurde möglicherweise aus einer Kopie zurückgespielt, und hier bereits gesehene Einträge fehlen (mindestens {missing}); wäre darunter die Entfernung eines Mitglieds oder ein Widerruf einer Einwilligung, würde dies rückgängig gemacht. Es wurde nichts geändert. Öffnen Sie den richtigen Ordner oder stellen Sie Ihre neueste Sicherungsdatei wieder her; um bewusst zu diesem älteren Stand zurückzukehren, öffnen Sie ihn trotzdem und halten Sie den Grund fest.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="52" />
      <source>A take-over of this case already awaits the supervisor's countersignature.</source>
      <translation>Eine Übernahme dieses Falls wartet bereits auf die Gegenzeichnung der Supervisor:in.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="528" />
      <source>The vault's key file is damaged. Nothing was changed; restore the vault from a backup.</source>
      <translation>Die Schlüsseldatei des Tresors ist beschädigt. Es wurde nichts geändert; stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="530" />
      <source>The vault's key file cannot be read. Check the folder's permissions, or restore from a backup.</source>
      <translation>Die Schlüsseldatei des Tresors kann nicht gelesen werden. Prüfen Sie die Berechtigungen des Ordners, oder stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="533" />
      <source>The vault's database is damaged. Nothing was changed; restore it from a backup.</source>
      <translation>Die Datenbank des Tresors ist beschädigt. Es wurde nichts geändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="535" />
      <source>The vault's database file is empty: it was emptied or replaced. Nothing was written to it. Restore the vault from a backup.</source>
      <translation>Die Datenbankdatei des Tresors ist leer: Sie wurde geleert oder ersetzt. Es wurde nichts hineingeschrieben. Stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="538" />
      <source>The stored scan of this paper form does not match its fingerprint in the signed record: it was damaged. Restore the vault from a backup.</source>
      <translation>Der gespeicherte Scan dieses Papierformulars stimmt nicht mit seinem Fingerabdruck im signierten Eintrag überein: Er wurde beschädigt. Stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="54" />
      <source>This take-over is countersigned already.</source>
      <translation>Diese Übernahme ist bereits gegengezeichnet.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="541" />
      <source>The vault's database file is missing. Restore the vault from a backup.</source>
      <translation>Die Datenbankdatei des Tresors fehlt. Stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="543" />
      <source>That backup file is damaged or is not a Triad backup. Choose another backup.</source>
      <translation>Diese Sicherungsdatei ist beschädigt oder keine Triad-Sicherung. Wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="545" />
      <source>That backup file cannot be read. Check the file and its permissions.</source>
      <translation>Diese Sicherungsdatei kann nicht gelesen werden. Prüfen Sie die Datei und ihre Berechtigungen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="55" />
      <source>The {field} must be a number.</source>
      <translation>Das Feld „{field}“ muss eine Zahl enthalten.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="551" />
      <source>This vault was written by a newer Triad. Update Triad to open it.</source>
      <translation>Dieser Tresor wurde von einer neueren Triad-Version geschrieben. Aktualisieren Sie Triad, um ihn zu öffnen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="552" />
      <source>This vault's key file was written by a newer Triad. Update Triad to open it.</source>
      <translation>Die Schlüsseldatei dieses Tresors wurde von einer neueren Triad-Version geschrieben. Aktualisieren Sie Triad, um ihn zu öffnen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="554" />
      <source>This vault is encrypted with settings from a newer Triad. Update Triad to open it.</source>
      <translation>Dieser Tresor ist mit Einstellungen einer neueren Triad-Version verschlüsselt. Aktualisieren Sie Triad, um ihn zu öffnen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="56" />
      <source>The {field} must be a whole number.</source>
      <translation>Das Feld „{field}“ muss eine ganze Zahl enthalten.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="560" />
      <source>The file could not be saved (disk full or read-only?). Nothing was changed; choose another place.</source>
      <translation>Die Datei konnte nicht gespeichert werden (Datenträger voll oder schreibgeschützt?). Es wurde nichts geändert; wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="563" />
      <source>The vault could not be created there (disk full or read-only?). Choose another folder.</source>
      <translation>Der Tresor konnte dort nicht angelegt werden (Datenträger voll oder schreibgeschützt?). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="565" />
      <source>The folder could not be made (disk full or read-only?). Choose another place.</source>
      <translation>Der Ordner konnte nicht angelegt werden (Datenträger voll oder schreibgeschützt?). Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="567" />
      <source>The disk refused to save (full or read-only?). Nothing was changed.</source>
      <translation>Der Datenträger hat das Speichern verweigert (voll oder schreibgeschützt?). Es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="568" />
      <source>The backup could not be written (disk full or read-only?). Choose another place.</source>
      <translation>Die Sicherung konnte nicht geschrieben werden (Datenträger voll oder schreibgeschützt?). Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="57" />
      <source>The {field} is outside the allowed range.</source>
      <translation>Der Wert im Feld „{field}“ liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="570" />
      <source>The disk did not confirm the write (full, removed or read-only?). Check the disk and try again.</source>
      <translation>Der Datenträger hat das Schreiben nicht bestätigt (voll, entfernt oder schreibgeschützt?). Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="577" />
      <source>No keyring service runs on this computer, so quick unlock is off. Your passphrase always works.</source>
      <translation>Auf diesem Computer läuft kein Schlüsselbunddienst; die Schnellentsperrung ist daher aus. Ihre Passphrase funktioniert immer.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="58" />
      <source>The {field} must be between {minimum} and {maximum}.</source>
      <translation>Der Wert im Feld „{field}“ muss zwischen {minimum} und {maximum} liegen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="580" />
      <source>The keyring here stores secrets in plain text, so Triad will not use it. Your passphrase always works.</source>
      <translation>Der Schlüsselbund hier speichert Geheimnisse im Klartext; Triad verwendet ihn daher nicht. Ihre Passphrase funktioniert immer.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="583" />
      <source>The keyring refused the request. Your passphrase always works.</source>
      <translation>Der Schlüsselbund hat die Anfrage abgelehnt. Ihre Passphrase funktioniert immer.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="585" />
      <source>Quick unlock is not enabled for this member. Unlock with your passphrase.</source>
      <translation>Die Schnellentsperrung ist für dieses Mitglied nicht eingeschaltet. Entsperren Sie mit Ihrer Passphrase.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="587" />
      <source>The keyring no longer holds this vault's key. Unlock with your passphrase.</source>
      <translation>Der Schlüsselbund enthält den Schlüssel dieses Tresors nicht mehr. Entsperren Sie mit Ihrer Passphrase.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="59" />
      <source>Write the {field} as YYYY-MM-DD (a time as YYYY-MM-DD HH:MM).</source>
      <translation>Schreiben Sie „{field}“ im Format JJJJ-MM-TT (eine Uhrzeit als JJJJ-MM-TT HH:MM).</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="593" />
      <source>That file is not a Triad identity card. Ask its owner for the card file Triad wrote for them.</source>
      <translation>Diese Datei ist keine Triad-Identitätskarte. Bitten Sie die Person, der sie gehört, um die Kartendatei, die Triad für sie geschrieben hat.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="596" />
      <source>That identity card was made by a newer Triad. Update Triad, then import it again.</source>
      <translation>Diese Identitätskarte wurde mit einer neueren Triad-Version erstellt. Aktualisieren Sie Triad und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="598" />
      <source>That identity card was altered after it was made. Ask its owner for a fresh card; nothing was added.</source>
      <translation>Diese Identitätskarte wurde nach ihrer Erstellung verändert. Bitten Sie die Person, der sie gehört, um eine neue Karte; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="60" />
      <source>Please fill in the {field}.</source>
      <translation>Bitte füllen Sie das Feld „{field}“ aus.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="601" />
      <source>The fingerprint does not match the card. Read it back with the card's owner, by phone or in person, and type it again; nothing was added.</source>
      <translation>Der Fingerabdruck passt nicht zur Karte. Gleichen Sie ihn mit der Person, der die Karte gehört, telefonisch oder persönlich ab und geben Sie ihn erneut ein; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="604" />
      <source>That card belongs to you or to a member of this vault. Import the cards of people who work in other vaults.</source>
      <translation>Diese Karte gehört Ihnen oder einem Mitglied dieses Tresors. Importieren Sie die Karten von Personen, die in anderen Tresoren arbeiten.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="607" />
      <source>This card's keys differ from the ones already known for this person. Ask them whether their keys changed before going on; nothing was added.</source>
      <translation>Die Schlüssel dieser Karte unterscheiden sich von denen, die für diese Person bereits bekannt sind. Fragen Sie die Person, ob sich ihre Schlüssel geändert haben, bevor Sie fortfahren; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="61" />
      <source>The {field} is too long. Shorten it and try again.</source>
      <translation>Der Text im Feld „{field}“ ist zu lang. Kürzen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="610" />
      <source>This card names a different role than the one already known for this person; nothing was added.</source>
      <translation>Diese Karte nennt eine andere Rolle als die, die für diese Person bereits bekannt ist; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="613" />
      <source>That contact was removed: Triad refuses their packets until you import their identity card again.</source>
      <translation>Dieser Kontakt wurde entfernt: Triad weist die Pakete dieser Person zurück, bis Sie ihre Identitätskarte erneut importieren.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="616" />
      <source>That person is not a confirmed contact yet. Import their identity card first.</source>
      <translation>Diese Person ist noch kein bestätigter Kontakt. Importieren Sie zuerst ihre Identitätskarte.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="618" />
      <source>More than one contact has that name. Choose the contact from the list.</source>
      <translation>Mehrere Kontakte haben diesen Namen. Wählen Sie den Kontakt aus der Liste.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="62" />
      <source>The {field} is too long: at most {maximum} characters. Shorten it and try again.</source>
      <translation>Der Text im Feld „{field}“ ist zu lang: höchstens {maximum} Zeichen. Kürzen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="620" />
      <source>A therapist cannot join a case's triad as a contact: each case has one therapist.</source>
      <translation>Eine Therapeut:in kann einer Triade nicht als Kontakt beitreten: Jeder Fall hat eine Therapeut:in.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="622" />
      <source>That contact is not in this case's triad. The case's therapist can share the case with them first.</source>
      <translation>Dieser Kontakt gehört nicht zur Triade dieses Falls. Die Therapeut:in des Falls kann den Fall zuerst mit ihm teilen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="625" />
      <source>You share no case with this contact yet, so there is nothing to send.</source>
      <translation>Sie teilen noch keinen Fall mit diesem Kontakt; es gibt also nichts zu senden.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="627" />
      <source>Nothing was sent about case {case}: no release of information is in force ({release}). The client's release is what allows notes to go to the surrogate partner and the supervisor. Tell them in person that surrogate sessions are paused; when the client signs a new release, record it on the Consent tab and write the packet again.</source>
      <translation>Zu Fall {case} wurde nichts gesendet: Es ist keine Schweigepflichtentbindung in Kraft ({release}). Erst die Schweigepflichtentbindung der Klient:in erlaubt, dass Notizen an die Surrogatpartner:in und die Supervisor:in gehen. Teilen Sie ihnen persönlich mit, dass die Surrogatsitzungen ruhen; wenn die Klient:in eine neue Schweigepflichtentbindung unterschreibt, erfassen Sie sie im Tab „Einwilligung“ und schreiben Sie das Paket erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="636" />
      <source>the client revoked it on {since}</source>
      <translation>die Klient:in hat sie am {since} widerrufen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="637" />
      <source>it expired on {since}</source>
      <translation>sie ist am {since} abgelaufen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="638" />
      <source>the next one starts on {since}</source>
      <translation>die nächste gilt ab {since}</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="639" />
      <source>none was recorded</source>
      <translation>es wurde keine erfasst</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="64" />
      <source>The text contains a NUL character (often from pasting binary data). Remove it and try again.</source>
      <translation>Der Text enthält ein NUL-Zeichen (oft durch Einfügen binärer Daten). Entfernen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="640" />
      <source>it ended when the case was closed on {since}</source>
      <translation>sie endete mit dem Abschluss des Falls am {since}</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="641" />
      <source>the case was re-opened on {since} and no new release was signed since</source>
      <translation>der Fall wurde am {since} wiedereröffnet, und seitdem wurde keine neue unterschrieben</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="646" />
      <source>it is larger than any packet Triad writes</source>
      <translation>Es ist größer als jedes Paket, das Triad schreibt</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="647" />
      <source>it cannot be decrypted (damaged, or not a packet)</source>
      <translation>Es kann nicht entschlüsselt werden (beschädigt oder kein Paket)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="648" />
      <source>it was sealed for someone else</source>
      <translation>Es wurde für jemand anderen versiegelt</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="649" />
      <source>it is addressed to someone else</source>
      <translation>Es ist an jemand anderen adressiert</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="650" />
      <source>it is not a Triad case packet</source>
      <translation>Es ist kein Triad-Fallpaket</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="651" />
      <source>it was written by a newer Triad; update Triad</source>
      <translation>Es wurde von einer neueren Triad-Version geschrieben; aktualisieren Sie Triad</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="652" />
      <source>its sender is not one of your contacts; import their identity card first</source>
      <translation>Die absendende Person ist keiner Ihrer Kontakte; importieren Sie zuerst ihre Identitätskarte</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="654" />
      <source>its sender was removed from your contacts</source>
      <translation>Die absendende Person wurde aus Ihren Kontakten entfernt</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="655" />
      <source>it introduces a member, which only the case's therapist may do</source>
      <translation>Es führt ein Mitglied ein, was nur die Therapeut:in des Falls darf</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="657" />
      <source>it carries entries its sender did not write</source>
      <translation>Es enthält Einträge, die nicht von der absendenden Person stammen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="658" />
      <source>it carries partial entries meant for a surrogate partner</source>
      <translation>Es enthält unvollständige Einträge, die für eine Surrogatpartner:in bestimmt sind</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="660" />
      <source>its sender is not in the case's triad</source>
      <translation>Die absendende Person gehört nicht zur Triade des Falls</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="661" />
      <source>you are not in the case's triad</source>
      <translation>Sie gehören nicht zur Triade des Falls</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="662" />
      <source>an entry's author is not in the case's triad</source>
      <translation>Die verfassende Person eines Eintrags gehört nicht zur Triade des Falls</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="663" />
      <source>a debrief was written by someone other than the session's surrogate partner</source>
      <translation>Eine Nachbesprechung wurde nicht von der Surrogatpartner:in der Sitzung geschrieben</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="665" />
      <source>it carries entries for a case that is not in this vault, and only the case's therapist can send a case you do not hold yet; import the therapist's packet for it first, or ask the sender which case this is</source>
      <translation>Es enthält Einträge zu einem Fall, der nicht in diesem Tresor ist, und einen Fall, den Sie noch nicht führen, kann nur die Therapeut:in des Falls senden; importieren Sie zuerst das Paket der Therapeut:in dazu, oder fragen Sie die absendende Person, um welchen Fall es sich handelt</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="669" />
      <source>it would leave more of this contact's entries waiting for earlier ones than Triad keeps (20,000 entries or 64 MB from one contact); import their earlier packets first, or ask them to send everything again</source>
      <translation>Dadurch würden mehr Einträge dieses Kontakts auf frühere warten, als Triad vorhält (20.000 Einträge oder 64 MB je Kontakt); importieren Sie zuerst die früheren Pakete dieses Kontakts, oder bitten Sie die Person, alles erneut zu senden</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="67" />
      <source>The {field} contains a control character or a text-direction override (often from pasting). Type it again without them; letters of every script are fine.</source>
      <translation>Das Feld „{field}“ enthält ein Steuerzeichen oder ein Zeichen, das die Schreibrichtung umkehrt (oft durch Einfügen). Geben Sie den Text ohne diese Zeichen erneut ein; Buchstaben jeder Schrift sind zulässig.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="675" />
      <source>it does not follow the case file format ({reason})</source>
      <translation>Der Inhalt entspricht nicht dem Format einer Fallakte ({reason})</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="680" />
      <source>Wrong passphrase. Check Caps Lock and try again.</source>
      <translation>Falsche Passphrase. Prüfen Sie die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="681" />
      <source>No current member of this vault has that name. Check the spelling.</source>
      <translation>Kein aktuelles Mitglied dieses Tresors hat diesen Namen. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="685" />
      <source>This vault is not the one last opened on this computer (as it stood on {day}): it may have been put back from an older copy and written to since, and entries seen here are missing; a member's removal or a consent withdrawal among them would be undone. Nothing was changed. Open the right folder or restore your newest backup file; to go back to this older state on purpose, open it anyway and record why.</source>
      <translation>Dieser Tresor ist nicht der zuletzt auf diesem Computer geöffnete (Stand vom {day}): Er wurde möglicherweise aus einer älteren Kopie zurückgespielt und seitdem weiter beschrieben, und hier bereits gesehene Einträge fehlen; wäre darunter die Entfernung eines Mitglieds oder ein Widerruf einer Einwilligung, würde dies rückgängig gemacht. Es wurde nichts geändert. Öffnen Sie den richtigen Ordner oder stellen Sie Ihre neueste Sicherungsdatei wieder her; um bewusst zu diesem älteren Stand zurückzukehren, öffnen Sie ihn trotzdem und halten Sie den Grund fest.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="691" />
      <source>This vault is older than the one last opened on this computer (as it stood on {day}; entries seen here are missing: at least {missing}). It was opened on purpose and the reason is recorded in its log; this computer now expects this state.</source>
      <translation>Dieser Tresor ist älter als der zuletzt auf diesem Computer geöffnete (Stand vom {day}; hier bereits gesehene Einträge fehlen: mindestens {missing}). Er wurde bewusst geöffnet, und der Grund ist in seinem Protokoll festgehalten; dieser Computer erwartet nun diesen Stand.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="695" />
      <source>This vault is older than the one this contact last heard from: their packet acknowledges {packets} packet(s) this vault has no record of sending and holds {entries} of your own entries it no longer has. It may have been put back from a copy, and a member's removal or a consent withdrawal may have been undone. The packet itself is genuine and was imported. Check that this is the right folder, or restore your newest backup file.</source>
      <translation>Dieser Tresor ist älter als der, von dem dieser Kontakt zuletzt gehört hat: Das Paket des Kontakts bestätigt {packets} Paket(e), deren Versand in diesem Tresor nicht verzeichnet ist, und enthält {entries} Ihrer eigenen Einträge, die dieser Tresor nicht mehr hat. Der Tresor wurde möglicherweise aus einer Kopie zurückgespielt, und die Entfernung eines Mitglieds oder ein Widerruf einer Einwilligung wurde möglicherweise rückgängig gemacht. Das Paket selbst ist echt und wurde importiert. Prüfen Sie, ob dies der richtige Ordner ist, oder stellen Sie Ihre neueste Sicherungsdatei wieder her.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="70" />
      <source>A value there cannot be stored (a number too large, or data of the wrong kind). Nothing was saved.</source>
      <translation>Ein Wert kann nicht gespeichert werden (eine zu große Zahl oder Daten falschen Typs). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="702" />
      <source>You were removed from this practice, so your passphrase no longer opens its vault. Nothing was changed. If this is a mistake, ask the practice's therapist to add you again.</source>
      <translation>Sie wurden aus dieser Praxis entfernt; Ihre Passphrase öffnet ihren Tresor daher nicht mehr. Es wurde nichts geändert. Falls dies ein Irrtum ist, bitten Sie die Therapeut:in der Praxis, Sie wieder hinzuzufügen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="705" />
      <source>Something already exists there. Choose a new name; nothing was changed.</source>
      <translation>Dort existiert bereits etwas. Wählen Sie einen neuen Namen; es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="707" />
      <source>There is no vault or file at that place. Choose another, or create a new vault.</source>
      <translation>An diesem Ort gibt es keinen Tresor und keine Datei. Wählen Sie einen anderen Ort, oder legen Sie einen neuen Tresor an.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="709" />
      <source>The {field} is not valid. Please check it.</source>
      <translation>Das Feld „{field}“ ist ungültig. Bitte prüfen Sie die Eingabe.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="710" />
      <source>Your role does not allow this.</source>
      <translation>Ihre Rolle erlaubt das nicht.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="711" />
      <source>That record was not found. Refresh and try again.</source>
      <translation>Diese Aufzeichnung wurde nicht gefunden. Aktualisieren Sie die Ansicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="712" />
      <source>Quick unlock is unavailable. Your passphrase always works.</source>
      <translation>Die Schnellentsperrung ist nicht verfügbar. Ihre Passphrase funktioniert immer.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="713" />
      <source>The exchange could not be done. Nothing was changed.</source>
      <translation>Der Austausch konnte nicht durchgeführt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="714" />
      <source>This case packet was refused and nothing changed: {reason}{where}.</source>
      <translation>Dieses Fallpaket wurde abgelehnt, es wurde nichts geändert: {reason}{where}.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="715" />
      <source>it did not pass Triad's checks</source>
      <translation>Es hat die Prüfungen von Triad nicht bestanden</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="716" />
      <source> (at {item})</source>
      <translation> (an der Stelle {item})</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="717" />
      <source>The consent in force at {at} does not cover: {activities}. Record the client's consent to these on the Consent tab first.</source>
      <translation>Die am {at} gültige Einwilligung deckt nicht ab: {activities}. Erfassen Sie zuerst im Tab „Einwilligung“ die Einwilligung der Klient:in dazu.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="720" />
      <source>A surrogate session at {at} cannot include {activities}. Not in force for it: {forms} (a surrogate session needs the informed consent, the triad agreement with its surrogate partner and a release of information, all at once). Record what is missing with the client on the Consent tab first.</source>
      <translation>Eine Surrogatsitzung am {at} kann {activities} nicht umfassen. Dafür nicht in Kraft: {forms} (eine Surrogatsitzung erfordert die Einwilligung nach Aufklärung, die Triadenvereinbarung mit ihrer Surrogatpartner:in und eine Schweigepflichtentbindung, alle zugleich). Erfassen Sie zuerst mit der Klient:in im Tab „Einwilligung“, was fehlt.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="725" />
      <source>The client revoked the whole informed consent: no surrogate work can go on at {at}. Talk with the client, and record a new informed consent on the Consent tab before any further surrogate session.</source>
      <translation>Die Klient:in hat die gesamte Einwilligung nach Aufklärung widerrufen: Am {at} ist keine Surrogatarbeit mehr möglich. Sprechen Sie mit der Klient:in, und erfassen Sie im Tab „Einwilligung“ eine neue Einwilligung nach Aufklärung, bevor eine weitere Surrogatsitzung stattfindet.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="729" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="73" />
      <source>Printed documents can be in English (en) or German (de), or follow the language of the program (system). Nothing was saved.</source>
      <translation>Gedruckte Dokumente können auf Englisch (en) oder Deutsch (de) sein oder der Sprache des Programms folgen (system). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="730" />
      <source>Triad could not do that. Nothing was changed.</source>
      <translation>Triad konnte das nicht ausführen. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="731" />
      <source>The file could not be read or written ({reason}). Choose another file.</source>
      <translation>Die Datei konnte nicht gelesen oder geschrieben werden ({reason}). Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="732" />
      <source>unknown reason</source>
      <translation>unbekannter Grund</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="733" />
      <source>Something unexpected went wrong. Nothing further was changed.</source>
      <translation>Etwas Unerwartetes ist schiefgegangen. Darüber hinaus wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="735" />
      <location filename="triad/catalogue/words.py" line="17" />
      <source>value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="736" />
      <source>another activity</source>
      <translation>eine andere Aktivität</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="737" />
      <source>these activities</source>
      <translation>diese Aktivitäten</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="738" />
      <source>party</source>
      <translation>diese Partei</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="739" />
      <source>another party</source>
      <translation>eine andere Partei</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="740" />
      <source>a member</source>
      <translation>Mitglied</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="76" />
      <source>Triad does not know the field “{field}”. Nothing was saved.</source>
      <translation>Triad kennt das Feld „{field}“ nicht. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="77" />
      <source>The end of the period is before its start. Check the dates.</source>
      <translation>Das Ende des Zeitraums liegt vor seinem Beginn. Prüfen Sie die Datumsangaben.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="78" />
      <source>An agenda covers at most {limit} days. Choose a shorter period.</source>
      <translation>Eine Agenda umfasst höchstens {limit} Tage. Wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="80" />
      <source>Triad cannot keep this unfinished form as a draft (it is too long or not a form). Save the form itself before you close it or lock.</source>
      <translation>Triad kann dieses unfertige Formular nicht als Entwurf aufbewahren (es ist zu lang oder kein Formular). Speichern Sie das Formular selbst, bevor Sie es schließen oder den Tresor sperren.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="83" />
      <source>Choose a page size: A4 or Letter.</source>
      <translation>Wählen Sie ein Papierformat: A4 oder US Letter.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="84" />
      <source>Triad cannot write a file there: the folder does not exist or cannot be written, or the name is a folder, a device or a pipe. Choose a file name in a folder you can write to. Nothing was written.</source>
      <translation>Triad kann dort keine Datei schreiben: Der Ordner existiert nicht oder ist schreibgeschützt, oder der Name bezeichnet einen Ordner, ein Gerät oder eine Pipe. Wählen Sie einen Dateinamen in einem Ordner, in den Sie schreiben dürfen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="88" />
      <source>That is not a usable place for a vault. Choose a folder you can write to.</source>
      <translation>Dieser Ort ist für einen Tresor nicht geeignet. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="90" />
      <source>Someone else changed this at the same moment. Refresh and try again.</source>
      <translation>Jemand anderes hat dies im selben Moment geändert. Aktualisieren Sie die Ansicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="92" />
      <source>More than one session matches. Choose the session from the list.</source>
      <translation>Es passt mehr als eine Sitzung. Wählen Sie die Sitzung aus der Liste.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="93" />
      <source>Please write a comment.</source>
      <translation>Bitte schreiben Sie einen Kommentar.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="94" />
      <source>Please write a note saying what was done.</source>
      <translation>Bitte halten Sie in einer Notiz fest, was getan wurde.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="95" />
      <source>Please give a reason; it is kept with the record.</source>
      <translation>Bitte geben Sie einen Grund an; er wird mit der Akte aufbewahrt.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="96" />
      <source>That audit setting is not valid. Check the audit settings.</source>
      <translation>Diese Prüfungseinstellung ist ungültig. Kontrollieren Sie die Prüfungseinstellungen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/codes.py" line="97" />
      <source>A client code uses capital letters, digits and hyphens (2 to 32 characters), e.g. C-2026-014.</source>
      <translation>Eine Fallkennung besteht aus Großbuchstaben, Ziffern und Bindestrichen (2 bis 32 Zeichen), z. B. C-2026-014.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="100" />
      <source>this vault is not the one last opened on this computer (as it stood on {day}): put back from an older copy and written to since? Entries seen here are missing. Nothing was changed. Check the path, or restore your newest backup file with 'triad-cli restore'; to open this older state on purpose, run the command again with --accept-older REASON (the reason is recorded in the vault)</source>
      <translation>dieser Tresor ist nicht der zuletzt auf diesem Computer geöffnete (Stand vom {day}): aus einer älteren Kopie zurückgespielt und seitdem weiter beschrieben? Hier bereits gesehene Einträge fehlen. Es wurde nichts geändert. Prüfen Sie den Pfad, oder stellen Sie Ihre neueste Sicherungsdatei mit 'triad-cli restore' wieder her; um diesen älteren Stand bewusst zu öffnen, führen Sie den Befehl erneut mit --accept-older REASON aus (der Grund wird im Tresor festgehalten)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="106" />
      <source>this vault has no recovery code; a therapist can create one with 'triad-cli recovery-code VAULT'</source>
      <translation>dieser Tresor hat keinen Wiederherstellungscode; eine Therapeut:in kann mit 'triad-cli recovery-code VAULT' einen erstellen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="109" />
      <source>more than one contact has that name; nothing was changed (choose the contact in the Triad app, under Exchange)</source>
      <translation>mehrere Kontakte haben diesen Namen; es wurde nichts geändert (wählen Sie den Kontakt in der Triad-App unter „Austausch“)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="112" />
      <source>that contact is not in this case's triad; the case's therapist can add them with 'triad-cli case share VAULT CASE --with NAME' first</source>
      <translation>dieser Kontakt gehört nicht zur Triade dieses Falls; die Therapeut:in des Falls kann ihn zuerst mit 'triad-cli case share VAULT CASE --with NAME' hinzufügen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="115" />
      <source>nothing was sent about case {case}: no release of information is in force ({release}); the client's release is what allows notes to go to the surrogate partner and the supervisor. Tell them in person that surrogate sessions are paused; when the client signs a new release, record it in the Triad app, on the Consent tab, and export the packet again</source>
      <translation>zu Fall {case} wurde nichts gesendet: Es ist keine Schweigepflichtentbindung in Kraft ({release}); erst die Schweigepflichtentbindung der Klient:in erlaubt, dass Notizen an die Surrogatpartner:in und die Supervisor:in gehen. Teilen Sie ihnen persönlich mit, dass die Surrogatsitzungen ruhen; wenn die Klient:in eine neue Schweigepflichtentbindung unterschreibt, erfassen Sie sie in der Triad-App im Tab „Einwilligung“ und exportieren Sie das Paket erneut</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="121" />
      <source>the consent in force at {at} does not cover: {activities}; record the client's consent to these first, in the Triad app, on the Consent tab</source>
      <translation>die am {at} gültige Einwilligung deckt nicht ab: {activities}; erfassen Sie zuerst die Einwilligung der Klient:in dazu, in der Triad-App im Tab „Einwilligung“</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="124" />
      <source>a surrogate session at {at} cannot include {activities}; not in force for it: {forms} (a surrogate session needs the informed consent, the triad agreement with its surrogate partner and a release of information, all at once); record what is missing with the client first, in the Triad app, on the Consent tab</source>
      <translation>eine Surrogatsitzung am {at} kann {activities} nicht umfassen; dafür nicht in Kraft: {forms} (eine Surrogatsitzung erfordert die Einwilligung nach Aufklärung, die Triadenvereinbarung mit ihrer Surrogatpartner:in und eine Schweigepflichtentbindung, alle zugleich); erfassen Sie zuerst mit der Klient:in, was fehlt, in der Triad-App im Tab „Einwilligung“</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="129" />
      <source>the client revoked the whole informed consent: no surrogate work can go on at {at}; talk with the client, and record a new informed consent (in the Triad app, on the Consent tab) before any further surrogate session</source>
      <translation>die Klient:in hat die gesamte Einwilligung nach Aufklärung widerrufen: Am {at} ist keine Surrogatarbeit mehr möglich; sprechen Sie mit der Klient:in, und erfassen Sie eine neue Einwilligung nach Aufklärung (in der Triad-App im Tab „Einwilligung“), bevor eine weitere Surrogatsitzung stattfindet</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="133" />
      <source>interrupted; nothing further was changed</source>
      <translation>abgebrochen; darüber hinaus wurde nichts geändert</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="134" />
      <source>unexpected internal error ({kind})</source>
      <translation>unerwarteter interner Fehler ({kind})</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="135" />
      <source>quick unlock did not work ({reason}); using the passphrase</source>
      <translation>Schnellentsperrung hat nicht funktioniert ({reason}); die Passphrase wird verwendet</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="136" />
      <source>cannot write the output ({reason}); check the disk or where the output goes</source>
      <translation>die Ausgabe kann nicht geschrieben werden ({reason}); prüfen Sie den Datenträger oder das Ziel der Ausgabe</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="141" />
      <source>no keyring service is running on this computer</source>
      <translation>auf diesem Computer läuft kein Schlüsselbunddienst</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="142" />
      <source>the keyring here stores secrets in plain text, which Triad refuses</source>
      <translation>der Schlüsselbund hier speichert Geheimnisse im Klartext, was Triad ablehnt</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="144" />
      <source>the keyring refused the request</source>
      <translation>der Schlüsselbund hat die Anfrage abgelehnt</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="145" />
      <source>quick unlock is not enabled for this member</source>
      <translation>die Schnellentsperrung ist für dieses Mitglied nicht eingeschaltet</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="146" />
      <source>the keyring no longer holds this vault's key; unlock with the passphrase</source>
      <translation>der Schlüsselbund enthält den Schlüssel dieses Tresors nicht mehr; entsperren Sie mit der Passphrase</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="152" />
      <source>This phase cannot start: not in force for {activities}: {forms} (a phase of surrogate sessions needs the informed consent and a triad agreement with a surrogate partner of the case, all granting its activities). Record what is missing on the Consent tab, then start the phase again.</source>
      <translation>Diese Phase kann nicht beginnen: Für {activities} nicht in Kraft: {forms} (eine Phase mit Surrogatsitzungen erfordert die Einwilligung nach Aufklärung und eine Triadenvereinbarung mit einer Surrogatpartner:in des Falls, die beide ihre Aktivitäten gewähren). Erfassen Sie im Tab „Einwilligung“, was fehlt, und starten Sie die Phase dann erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="157" />
      <source>This phase cannot start: no consent is in force for {activities}. Record the client's consent to these activities on the Consent tab, then start the phase again.</source>
      <translation>Diese Phase kann nicht beginnen: Für {activities} ist keine Einwilligung in Kraft. Erfassen Sie im Tab „Einwilligung“ die Einwilligung der Klient:in zu diesen Aktivitäten und starten Sie die Phase dann erneut.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="160" />
      <source>Another phase ({active}) is still active. Complete it before starting the next one.</source>
      <translation>Eine andere Phase ({active}) läuft noch. Schließen Sie sie ab, bevor Sie die nächste beginnen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="162" />
      <source>A phase can start only while the case is in assessment or active; it is {status} now. Change the case status on the Overview tab first.</source>
      <translation>Eine Phase kann nur beginnen, solange der Fall in der Abklärung oder aktiv ist; derzeit hat er den Status „{status}“. Ändern Sie zuerst den Fallstatus im Tab „Übersicht“.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="165" />
      <source>This phase is already completed. To work on it again, add a new phase in a revision of the plan.</source>
      <translation>Diese Phase ist bereits abgeschlossen. Um erneut daran zu arbeiten, fügen Sie in einer neuen Fassung des Plans eine neue Phase hinzu.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="168" />
      <source>Only the active phase can be completed.</source>
      <translation>Nur die laufende Phase kann abgeschlossen werden.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="169" />
      <source>The active phase cannot be removed from the plan. Complete it first, or keep it in this revision.</source>
      <translation>Die laufende Phase kann nicht aus dem Plan entfernt werden. Schließen Sie sie zuerst ab, oder behalten Sie sie in dieser Fassung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="172" />
      <source>A plan needs at least one phase. Add a phase.</source>
      <translation>Ein Plan braucht mindestens eine Phase. Fügen Sie eine Phase hinzu.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="173" />
      <source>Every phase needs a title.</source>
      <translation>Jede Phase braucht einen Titel.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="174" />
      <location filename="triad/catalogue/contexts.py" line="175" />
      <source>Planned sessions must be a whole number from 0 to 200.</source>
      <translation>Die Zahl der geplanten Sitzungen muss eine ganze Zahl von 0 bis 200 sein.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="176" />
      <source>Two phases share an identifier. Remove the copy and add the phase again.</source>
      <translation>Zwei Phasen haben dieselbe Kennung. Entfernen Sie die Kopie und fügen Sie die Phase erneut hinzu.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="178" />
      <source>The plan or phase was not found; it may have changed meanwhile. The view now shows the record as it is.</source>
      <translation>Der Plan oder die Phase wurde nicht gefunden; möglicherweise wurde inzwischen etwas geändert. Die Ansicht zeigt jetzt den aktuellen Stand.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="184" />
      <source>Consent in force at {at} does not cover: {activities}. Record consent for these activities first, or plan the session without them.</source>
      <translation>Die am {at} gültige Einwilligung deckt nicht ab: {activities}. Erfassen Sie zuerst die Einwilligung zu diesen Aktivitäten, oder planen Sie die Sitzung ohne sie.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="187" />
      <source>{name} must be between {minimum} and {maximum}.</source>
      <translation>„{name}“ muss zwischen {minimum} und {maximum} liegen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="188" />
      <source>{name} cannot be negative.</source>
      <translation>„{name}“ darf nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="189" />
      <source>{name} must be a number.</source>
      <translation>„{name}“ muss eine Zahl sein.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="190" />
      <source>{name} must be a whole number.</source>
      <translation>„{name}“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="191" />
      <source>{name} is not a valid date.</source>
      <translation>„{name}“ ist kein gültiges Datum.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="192" />
      <source>Write a comment: the review acknowledges the debrief.</source>
      <translation>Schreiben Sie einen Kommentar: Mit der Durchsicht wird die Nachbesprechung bestätigt.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="193" />
      <source>Give the reason for the amendment.</source>
      <translation>Geben Sie den Grund für die Berichtigung an.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="194" />
      <source>Nothing was changed. Change a field, or cancel.</source>
      <translation>Es wurde nichts geändert. Ändern Sie ein Feld, oder brechen Sie ab.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="195" />
      <source>This session already has a debrief. To correct it, amend it.</source>
      <translation>Diese Sitzung hat bereits eine Nachbesprechung. Um sie zu korrigieren, berichtigen Sie sie.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="197" />
      <source>There is no debrief to review yet.</source>
      <translation>Es gibt noch keine Nachbesprechung zum Durchsehen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="198" />
      <source>Choose a surrogate partner of this case.</source>
      <translation>Wählen Sie eine Surrogatpartner:in dieses Falls.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="199" />
      <source>A closed case takes no new sessions.</source>
      <translation>Ein geschlossener Fall erhält keine neuen Sitzungen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="20" />
      <source>wrong passphrase</source>
      <translation>falsche Passphrase</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="200" />
      <source>Choose activities from the consent ladder.</source>
      <translation>Wählen Sie Aktivitäten aus der Stufenleiter der Einwilligung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="201" />
      <source>Only the session's surrogate partner writes its debrief.</source>
      <translation>Nur die Surrogatpartner:in der Sitzung verfasst deren Nachbesprechung.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="203" />
      <source>Only the author of an entry or the case's therapist can amend it.</source>
      <translation>Nur die verfassende Person eines Eintrags oder die Therapeut:in des Falls kann ihn berichtigen.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="205" />
      <source>That phase is not in the case's current plan. Choose another phase, or none.</source>
      <translation>Diese Phase ist nicht im aktuellen Plan des Falls. Wählen Sie eine andere Phase oder keine.</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="21" />
      <source>no vault at {path}: check the path, or create one with 'triad-cli init'</source>
      <translation>kein Tresor unter {path}: Prüfen Sie den Pfad, oder legen Sie mit 'triad-cli init' einen an</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="22" />
      <source>{path} already exists; choose a new path (nothing was changed)</source>
      <translation>{path} existiert bereits; wählen Sie einen neuen Pfad (es wurde nichts geändert)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="23" />
      <source>no such {what} (or you are not on that case)</source>
      <translation>nicht gefunden: {what} (oder Sie gehören nicht zu diesem Fall)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="24" />
      <source>invalid case file at {path}: {reason} (nothing was imported)</source>
      <translation>ungültige Fallakte unter {path}: {reason} (es wurde nichts importiert)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="25" />
      <source>quick unlock is unavailable: {reason}</source>
      <translation>Schnellentsperrung nicht verfügbar: {reason}</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="26" />
      <source>unavailable: {reason}</source>
      <translation>nicht verfügbar: {reason}</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="27" />
      <source>available</source>
      <translation>verfügbar</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="28" />
      <source>packet rejected: {reason}{where}; nothing was changed</source>
      <translation>Paket abgelehnt: {reason}{where}; es wurde nichts geändert</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="29" />
      <source>it is not encrypted to your key (meant for someone else, or damaged)</source>
      <translation>Es ist nicht für Ihren Schlüssel verschlüsselt (für jemand anderen bestimmt oder beschädigt)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="31" />
      <source>no contact of yours has that name (import their identity card first); nothing was changed</source>
      <translation>keiner Ihrer Kontakte hat diesen Namen (importieren Sie zuerst die Identitätskarte der Person); es wurde nichts geändert</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="34" />
      <source>that identity card was altered after its owner signed it; nothing was changed</source>
      <translation>diese Identitätskarte wurde verändert, nachdem die Person, der sie gehört, sie signiert hat; es wurde nichts geändert</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="38" />
      <source>someone else changed this at the same moment; run the command again</source>
      <translation>jemand anderes hat dies im selben Moment geändert; führen Sie den Befehl erneut aus</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="40" />
      <source>more than one session matches; give --session its date and time (YYYY-MM-DD HH:MM) or its id ('triad-cli show VAULT CASE' lists the recent ones)</source>
      <translation>mehr als eine Sitzung passt; geben Sie bei --session Datum und Uhrzeit (YYYY-MM-DD HH:MM) oder die Kennung der Sitzung an ('triad-cli show VAULT CASE' listet die letzten auf)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="43" />
      <source>the case's retention period has not ended ('triad-cli retention VAULT --all' shows when it does); to dispose of it sooner, the case supervisor first runs 'triad-cli dispose VAULT CASE --authorise --reason TEXT'</source>
      <translation>die Aufbewahrungsfrist des Falls ist noch nicht abgelaufen ('triad-cli retention VAULT --all' zeigt, wann sie endet); um den Fall früher zu vernichten, führt zuerst die Supervisor:in des Falls 'triad-cli dispose VAULT CASE --authorise --reason TEXT' aus</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="47" />
      <source>the case has no supervisor who could authorise disposing of it before its retention period ends; add one to the triad (in the Triad app, on the Overview tab) or wait until the period ends</source>
      <translation>der Fall hat keine Supervisor:in, die seine Vernichtung vor Ablauf der Aufbewahrungsfrist genehmigen könnte; fügen Sie der Triade eine hinzu (in der Triad-App, im Tab „Übersicht“) oder warten Sie, bis die Frist abgelaufen ist</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="51" />
      <source>choose the presenting concerns from the list in the Triad app</source>
      <translation>wählen Sie die Vorstellungsanlässe in der Triad-App aus der Liste</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="53" />
      <source>a case cannot go from {current} to {to}; 'triad-cli show VAULT CASE' lists the statuses it can go to next; 'triad-cli case status VAULT CASE --to STATUS' changes it</source>
      <translation>ein Fall kann nicht von „{current}“ zu „{to}“ wechseln; 'triad-cli show VAULT CASE' listet die Status auf, in die er als Nächstes wechseln kann; 'triad-cli case status VAULT CASE --to STATUS' ändert ihn</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="56" />
      <source>the case cannot move to that status from where it is now; 'triad-cli show VAULT CASE' lists the statuses it can go to next; 'triad-cli case status VAULT CASE --to STATUS' changes it</source>
      <translation>der Fall kann aus seinem jetzigen Status nicht in diesen Status wechseln; 'triad-cli show VAULT CASE' listet die Status auf, in die er als Nächstes wechseln kann; 'triad-cli case status VAULT CASE --to STATUS' ändert ihn</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="60" />
      <source>this case had surrogate sessions, so it closes after a closing three-way meeting: record its minutes as the closing meeting ('triad-cli note minutes VAULT CASE --session SESSION --closing'), or give the reason there was none with --no-closing-meeting TEXT</source>
      <translation>dieser Fall hatte Surrogatsitzungen und wird daher erst nach einem abschließenden Dreiergespräch geschlossen: Erfassen Sie dessen Protokoll als Abschlussgespräch ('triad-cli note minutes VAULT CASE --session SESSION --closing'), oder geben Sie mit --no-closing-meeting TEXT den Grund an, warum es keines gab</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="64" />
      <source>that surrogate partner is not in this case's triad; add them in the Triad app, on the Overview tab (a contact from another vault: 'triad-cli case share VAULT CASE --with NAME')</source>
      <translation>diese Surrogatpartner:in gehört nicht zur Triade dieses Falls; fügen Sie sie in der Triad-App im Tab „Übersicht“ hinzu (einen Kontakt aus einem anderen Tresor: 'triad-cli case share VAULT CASE --with NAME')</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="68" />
      <source>the practice does not require co-signature; a supervisor turns it on with 'triad-cli audit-settings VAULT --cosign-from YYYY-MM-DD'</source>
      <translation>die Praxis verlangt keine Gegenzeichnung; eine Supervisor:in schaltet sie mit 'triad-cli audit-settings VAULT --cosign-from YYYY-MM-DD' ein</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="71" />
      <source>no stop and pause signals are agreed with this surrogate partner, so no session with touch can be scheduled: record the signals, in words, in the triad agreement, in the Triad app, on the Consent tab, then schedule the session</source>
      <translation>mit dieser Surrogatpartner:in sind keine Stopp- und Pausensignale vereinbart, daher kann keine Sitzung mit Berührung geplant werden: Erfassen Sie die Signale in Worten in der Triadenvereinbarung, in der Triad-App im Tab „Einwilligung“, und planen Sie dann die Sitzung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="75" />
      <source>this therapist still holds these cases: {cases}; hand each one over first ('triad-cli case transfer VAULT CASE --to NAME'), or let the records custodian take custody of them, then remove the member (nothing was changed)</source>
      <translation>diese Therapeut:in führt noch folgende Fälle: {cases}; übergeben Sie zuerst jeden davon ('triad-cli case transfer VAULT CASE --to NAME') oder lassen Sie die Aktenverwahrer:in sie in Verwahrung nehmen, und entfernen Sie dann das Mitglied (es wurde nichts geändert)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="79" />
      <source>a consent beyond conversation needs the client's date of birth; record it in the Triad app (Edit client, on the Overview tab), then record the consent</source>
      <translation>eine Einwilligung, die über das Gespräch hinausgeht, erfordert das Geburtsdatum der Klient:in; erfassen Sie es in der Triad-App (Klient:in bearbeiten, im Tab „Übersicht“) und erfassen Sie dann die Einwilligung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="82" />
      <source>informed consent needs a capacity assessment finding that the client has capacity, on or before the consent's date; record it in the Triad app (Record capacity…, on the Overview tab), then record the informed consent</source>
      <translation>die Einwilligung nach Aufklärung setzt eine Einschätzung der Einwilligungsfähigkeit voraus, die am oder vor dem Datum der Einwilligung festgestellt hat, dass die Klient:in einwilligungsfähig ist; erfassen Sie sie in der Triad-App (Einwilligungsfähigkeit erfassen…, im Tab „Übersicht“) und danach die Einwilligung nach Aufklärung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="86" />
      <source>the outcome must be has-capacity, lacks-capacity or needs-review</source>
      <translation>das Ergebnis muss has-capacity, lacks-capacity oder needs-review sein</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="88" />
      <source>the client's typed name does not match the client's legal name on this case; the client types their own full legal name (if the name on the case is wrong or not recorded, correct it in the Triad app, Edit client… on the Overview tab)</source>
      <translation>der eingetippte Name der Klient:in stimmt nicht mit ihrem amtlichen Namen in diesem Fall überein; die Klient:in tippt den eigenen vollständigen amtlichen Namen ein (ist der Name im Fall falsch oder nicht erfasst, korrigieren Sie ihn in der Triad-App mit „Klient:in bearbeiten…“ im Tab „Übersicht“)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="92" />
      <source>the drawn signature could not be read; clear it and sign again in the Triad app</source>
      <translation>die gezeichnete Unterschrift konnte nicht gelesen werden; löschen Sie sie und unterschreiben Sie in der Triad-App erneut</translation>
    </message>
    <message>
      <location filename="triad/catalogue/contexts.py" line="94" />
      <source>this vault is older than the one last opened on this computer (as it stood on {day}; entries seen here are missing: at least {missing}) -- put back from a copy? Nothing was changed. Check the path, or restore your newest backup file with 'triad-cli restore'; to open this older state on purpose, run the command again with --accept-older REASON (the reason is recorded in the vault)</source>
      <translation>dieser Tresor ist älter als der zuletzt auf diesem Computer geöffnete (Stand vom {day}; hier bereits gesehene Einträge fehlen: mindestens {missing}) – aus einer Kopie zurückgespielt? Es wurde nichts geändert. Prüfen Sie den Pfad, oder stellen Sie Ihre neueste Sicherungsdatei mit 'triad-cli restore' wieder her; um diesen älteren Stand bewusst zu öffnen, führen Sie den Befehl erneut mit --accept-older REASON aus (der Grund wird im Tresor festgehalten)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="101" />
      <source>Conversation</source>
      <translation>Gespräch</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="102" />
      <source>Relaxation and breathing</source>
      <translation>Entspannung und Atmung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="103" />
      <source>Clothed non-sexual touch</source>
      <translation>Nicht-sexuelle Berührung in Kleidung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="104" />
      <source>Nudity / body-image work</source>
      <translation>Nacktheit / Arbeit am Körperbild</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="105" />
      <source>Non-genital touch</source>
      <translation>Nicht-genitale Berührung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="106" />
      <source>Genital touch</source>
      <translation>Genitale Berührung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="107" />
      <source>Sexual intercourse</source>
      <translation>Geschlechtsverkehr</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="108" />
      <source>Use of therapeutic aids</source>
      <translation>Einsatz therapeutischer Hilfsmittel</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="11" />
      <source>name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="12" />
      <source>role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="13" />
      <source>passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="14" />
      <source>valid-until date</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="15" />
      <source>valid-from date</source>
      <translation>Gültig ab</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="16" />
      <source>duration (minutes)</source>
      <translation>Dauer (Minuten)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="18" />
      <source>SUDS before</source>
      <translation>SUDS vorher</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="19" />
      <source>SUDS after</source>
      <translation>SUDS nachher</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="20" />
      <source>stop signals</source>
      <translation>Stoppsignale</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="21" />
      <source>pause signals</source>
      <translation>Pausensignale</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="22" />
      <source>number of planned sessions</source>
      <translation>Anzahl geplanter Sitzungen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="23" />
      <source>title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="24" />
      <source>description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="25" />
      <source>comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="26" />
      <source>note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="27" />
      <source>reason</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="28" />
      <source>start time</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="29" />
      <source>time held</source>
      <translation>Durchgeführt am</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="30" />
      <location filename="triad/catalogue/words.py" line="32" />
      <source>time</source>
      <translation>Zeitpunkt</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="31" />
      <location filename="triad/catalogue/words.py" line="33" />
      <source>date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="34" />
      <location filename="triad/catalogue/words.py" line="35" />
      <source>start date</source>
      <translation>Anfangsdatum</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="36" />
      <source>end date</source>
      <translation>Enddatum</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="37" />
      <source>date of birth</source>
      <translation>Geburtsdatum</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="38" />
      <source>signing date</source>
      <translation>Datum der Unterschrift</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="39" />
      <source>opening date</source>
      <translation>Eröffnungsdatum</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="40" />
      <source>legal name</source>
      <translation>Amtlicher Name</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="41" />
      <source>pronouns</source>
      <translation>Pronomen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="42" />
      <source>concerns in the client's words</source>
      <translation>Anliegen in den Worten der Klient:in</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="43" />
      <source>contraindications</source>
      <translation>Kontraindikationen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="44" />
      <source>medical context</source>
      <translation>Medizinischer Kontext</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="45" />
      <source>legal basis</source>
      <translation>Rechtsgrundlage</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="46" />
      <source>jurisdiction</source>
      <translation>Rechtsordnung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="47" />
      <source>client code</source>
      <translation>Fallkennung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="48" />
      <source>baseline</source>
      <translation>Ausgangswert</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="49" />
      <source>target</source>
      <translation>Zielwert</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="50" />
      <source>review days</source>
      <translation>Frist für die Durchsicht (Tage)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="51" />
      <source>credential warning days</source>
      <translation>Vorwarnzeit für Qualifikationsnachweise (Tage)</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="52" />
      <source>re-consent at phase change</source>
      <translation>Erneute Einwilligung bei Phasenwechsel</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="53" />
      <source>audit setting</source>
      <translation>Prüfungseinstellung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="57" />
      <source>client</source>
      <translation>Klient:in</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="58" />
      <source>therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="59" />
      <source>surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="63" />
      <source>a therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="64" />
      <source>a surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="65" />
      <source>a supervisor</source>
      <translation>Supervisor:in</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="71" />
      <source>referral</source>
      <translation>Zuweisung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="72" />
      <source>assessment</source>
      <translation>Abklärung</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="73" />
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="74" />
      <source>paused</source>
      <translation>pausiert</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="75" />
      <source>closing</source>
      <translation>im Abschluss</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="76" />
      <source>closed</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="81" />
      <source>in force</source>
      <translation>in Kraft</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="82" />
      <source>partly revoked</source>
      <translation>teilweise widerrufen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="83" />
      <source>revoked</source>
      <translation>widerrufen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="84" />
      <source>expired</source>
      <translation>abgelaufen</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="85" />
      <source>not yet valid</source>
      <translation>noch nicht gültig</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="88" />
      <source>activity outside consent ({activity})</source>
      <translation>Aktivität außerhalb der Einwilligung ({activity})</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="89" />
      <source>activity not planned ({activity})</source>
      <translation>Aktivität nicht geplant ({activity})</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="90" />
      <source>stop signal used</source>
      <translation>Stoppsignal verwendet</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="91" />
      <source>pause signal used</source>
      <translation>Pausensignal verwendet</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="92" />
      <source>boundary not kept</source>
      <translation>Grenze nicht eingehalten</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="93" />
      <source>safer-sex agreement not kept</source>
      <translation>Safer-Sex-Vereinbarung nicht eingehalten</translation>
    </message>
    <message>
      <location filename="triad/catalogue/words.py" line="94" />
      <source>aid used without its own consent ({activity})</source>
      <translation>Hilfsmittel ohne eigene Einwilligung verwendet ({activity})</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="triad/reports/charts.py" line="100" />
      <source>after session</source>
      <translation>nach der Sitzung</translation>
    </message>
    <message>
      <location filename="triad/reports/charts.py" line="100" />
      <source>before session</source>
      <translation>vor der Sitzung</translation>
    </message>
    <message>
      <location filename="triad/reports/charts.py" line="156" />
      <source>sessions held (filled) against planned (outline)</source>
      <translation>durchgeführte Sitzungen (gefüllt) gegenüber geplanten (Umriss)</translation>
    </message>
    <message>
      <location filename="triad/reports/charts.py" line="51" />
      <source>No SUDS ratings in this period.</source>
      <translation>Keine SUDS-Werte in diesem Zeitraum.</translation>
    </message>
    <message>
      <location filename="triad/reports/charts.py" line="95" />
      <source>SUDS (0-10)</source>
      <translation>SUDS (0–10)</translation>
    </message>
    <message>
      <location filename="triad/reports/charts.py" line="98" />
      <source>session number</source>
      <translation>Sitzung Nr.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="117" />
      <source>the surrogate partner</source>
      <translation>die Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="120" />
      <source>the practice</source>
      <translation>die Praxis</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="124" />
      <source>signed on the paper form; a scan of the signed form is kept in the record (SHA-256 {sha}…)</source>
      <translation>auf dem Papierformular unterschrieben; ein Scan des unterschriebenen Formulars liegt in der Akte (SHA-256 {sha}…)</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="127" />
      <source>typed name: {name}</source>
      <translation>getippter Name: {name}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="128" />
      <source>signed as {name}</source>
      <translation>unterschrieben als {name}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="130" />
      <source>, with a drawn signature</source>
      <translation>, mit gezeichneter Unterschrift</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="131" />
      <location filename="triad/reports/client_copies.py" line="133" />
      <source>You (the client)</source>
      <translation>Sie (Klient:in)</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="131" />
      <location filename="triad/reports/client_copies.py" line="133" />
      <source>Your surrogate partner</source>
      <translation>Ihre Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="131" />
      <location filename="triad/reports/client_copies.py" line="133" />
      <source>Your therapist</source>
      <translation>Ihre Therapeut:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="133" />
      <source>not signed yet</source>
      <translation>noch nicht unterschrieben</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="133" />
      <location filename="triad/reports/client_copies.py" line="133" />
      <location filename="triad/reports/client_copies.py" line="141" />
      <source>you</source>
      <translation>Sie</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="133" />
      <location filename="triad/reports/client_copies.py" line="133" />
      <location filename="triad/reports/client_copies.py" line="141" />
      <source>your surrogate partner</source>
      <translation>Ihre Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="133" />
      <location filename="triad/reports/client_copies.py" line="133" />
      <location filename="triad/reports/client_copies.py" line="141" />
      <source>your therapist</source>
      <translation>Ihre Therapeut:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="134" />
      <source>at home</source>
      <translation>zu Hause</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="134" />
      <source>in session</source>
      <translation>in der Sitzung</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="138" />
      <source>the whole consent</source>
      <translation>die gesamte Einwilligung</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="206" />
      <source>Client code</source>
      <translation>Fallkennung</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="206" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="207" />
      <source>Pronouns</source>
      <translation>Pronomen</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="208" />
      <source>Date of birth</source>
      <translation>Geburtsdatum</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="209" />
      <source>What brought you</source>
      <translation>Was Sie zu uns geführt hat</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="211" />
      <source>In your words</source>
      <translation>In Ihren Worten</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="212" />
      <source>Contraindications</source>
      <translation>Kontraindikationen</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="213" />
      <source>Medical or rehabilitation context</source>
      <translation>Medizinischer oder rehabilitativer Hintergrund</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="214" />
      <source>Case opened</source>
      <translation>Fall eröffnet</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="215" />
      <location filename="triad/reports/client_documents.py" line="302" />
      <location filename="triad/reports/documents.py" line="89" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="216" />
      <source>Legal basis for keeping this record</source>
      <translation>Rechtsgrundlage für das Führen dieser Akte</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="217" />
      <location filename="triad/reports/client_copies.py" line="218" />
      <source>not recorded</source>
      <translation>nicht erfasst</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="217" />
      <source>the provision of health care by a professional bound by confidentiality (GDPR Article 9(2)(h))</source>
      <translation>die Gesundheitsversorgung durch eine zur Verschwiegenheit verpflichtete Fachperson (DSGVO Art. 9 Abs. 2 lit. h)</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="217" />
      <source>your explicit consent (GDPR Article 9(2)(a))</source>
      <translation>Ihre ausdrückliche Einwilligung (DSGVO Art. 9 Abs. 2 lit. a)</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="218" />
      <source>Jurisdiction</source>
      <translation>Rechtsordnung</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="220" />
      <source>Capacity to consent, assessed {day}</source>
      <translation>Einwilligungsfähigkeit, eingeschätzt am {day}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="221" />
      <source>able to consent</source>
      <translation>einwilligungsfähig</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="221" />
      <source>not able to consent</source>
      <translation>nicht einwilligungsfähig</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="221" />
      <source>to be reviewed</source>
      <translation>erneut zu prüfen</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="223" />
      <source>Therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="224" />
      <location filename="triad/reports/client_documents.py" line="318" />
      <source>Surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="226" />
      <source>Supervisor</source>
      <translation>Supervisor:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="232" />
      <source>active</source>
      <translation>laufend</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="232" />
      <source>completed</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="232" />
      <source>planned</source>
      <translation>geplant</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="232" />
      <source>skipped</source>
      <translation>übersprungen</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="237" />
      <source>Session with your therapist</source>
      <translation>Sitzung bei Ihrer Therapeut:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="237" />
      <source>Surrogate partner session</source>
      <translation>Sitzung mit Ihrer Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="237" />
      <source>Three-way meeting</source>
      <translation>Dreiergespräch</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="238" />
      <source>{minutes} min</source>
      <translation>{minutes} Min.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="240" />
      <source>booked</source>
      <translation>vereinbart</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="240" />
      <source>cancelled at short notice</source>
      <translation>kurzfristig abgesagt</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="240" />
      <source>cancelled by the practice</source>
      <translation>von der Praxis abgesagt</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="240" />
      <source>cancelled by you</source>
      <translation>von Ihnen abgesagt</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="240" />
      <source>held</source>
      <translation>stattgefunden</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="240" />
      <source>missed</source>
      <translation>versäumt</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="240" />
      <source>not yet recorded</source>
      <translation>noch nicht erfasst</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="249" />
      <source>a backup of the practice's records</source>
      <translation>eine Sicherung der Akten der Praxis</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="249" />
      <source>a printed document</source>
      <translation>ein gedrucktes Dokument</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="249" />
      <source>an encrypted update</source>
      <translation>eine verschlüsselte Aktualisierung</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="249" />
      <source>the whole record, as a file</source>
      <translation>die gesamte Akte als Datei</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="249" />
      <source>your card</source>
      <translation>Ihre Karte</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="249" />
      <source>your copy of a consent</source>
      <translation>Ihre Kopie einer Einwilligung</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="249" />
      <source>your copy of your record</source>
      <translation>Ihre Kopie Ihrer Akte</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="251" />
      <location filename="triad/reports/disclosures.py" line="56" />
      <source>a member of the practice</source>
      <translation>ein Mitglied der Praxis</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="251" />
      <source>a member of your triad</source>
      <translation>ein Mitglied Ihrer Triade</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="251" />
      <source>a printer</source>
      <translation>ein Drucker</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="251" />
      <source>a saved file</source>
      <translation>eine gespeicherte Datei</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="266" />
      <source>Session of {when} with {name}</source>
      <translation>Sitzung am {when} mit {name}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="268" />
      <location filename="triad/reports/service.py" line="169" />
      <source> (amended)</source>
      <translation> (berichtigt)</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="269" />
      <source>{before} before, {after} after</source>
      <translation>vorher {before}, nachher {after}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="272" />
      <location filename="triad/reports/service.py" line="337" />
      <source>Activities planned</source>
      <translation>Geplante Aktivitäten</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="273" />
      <location filename="triad/reports/service.py" line="338" />
      <source>Activities done</source>
      <translation>Durchgeführte Aktivitäten</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="274" />
      <source>Distress (SUDS, 0-10)</source>
      <translation>Belastung (SUDS, 0–10)</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="275" />
      <location filename="triad/reports/service.py" line="341" />
      <source>What was hard</source>
      <translation>Was schwierig war</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="275" />
      <location filename="triad/reports/service.py" line="341" />
      <source>What went well</source>
      <translation>Was gut lief</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="276" />
      <location filename="triad/reports/service.py" line="342" />
      <source>Arousal and anxiety</source>
      <translation>Erregung und Angst</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="277" />
      <location filename="triad/reports/service.py" line="343" />
      <source>Boundaries kept</source>
      <translation>Grenzen eingehalten</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="277" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="277" />
      <location filename="triad/reports/service.py" line="331" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="279" />
      <source>Stop / pause signals used</source>
      <translation>Stopp- / Pausensignale verwendet</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="280" />
      <location filename="triad/reports/service.py" line="351" />
      <source>Safer sex</source>
      <translation>Safer Sex</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="281" />
      <location filename="triad/reports/service.py" line="352" />
      <source>Aids used</source>
      <translation>Verwendete Hilfsmittel</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="283" />
      <source>The surrogate partner's reactions</source>
      <translation>Eigene Reaktionen der Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="284" />
      <location filename="triad/reports/service.py" line="355" />
      <source>Questions for the therapist</source>
      <translation>Fragen an die Therapeut:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="285" />
      <source>Proposal for the next session</source>
      <translation>Vorschlag für die nächste Sitzung</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="286" />
      <source>Therapist's review ({when}, {name})</source>
      <translation>Durchsicht der Therapeut:in ({when}, {name})</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="290" />
      <source>Process recording (the surrogate partner's notes to the therapist)</source>
      <translation>Prozessaufzeichnung (die Notizen der Surrogatpartner:in an die Therapeut:in)</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="320" />
      <source>a change to your details</source>
      <translation>eine Änderung Ihrer Angaben</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="320" />
      <source>a goal</source>
      <translation>ein Ziel</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="320" />
      <source>a measure</source>
      <translation>eine Messung</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="320" />
      <source>a progress note</source>
      <translation>eine Verlaufsnotiz</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="320" />
      <source>a session booked</source>
      <translation>eine vereinbarte Sitzung</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="320" />
      <source>a surrogate partner's debrief</source>
      <translation>eine Nachbesprechung der Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="320" />
      <source>an assessment of capacity to consent</source>
      <translation>eine Einschätzung der Einwilligungsfähigkeit</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="320" />
      <source>progress on a goal</source>
      <translation>ein Fortschritt bei einem Ziel</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="320" />
      <source>the minutes of a meeting</source>
      <translation>das Protokoll eines Gesprächs</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="320" />
      <source>the therapist's review of a debrief</source>
      <translation>die Durchsicht einer Nachbesprechung durch die Therapeut:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="320" />
      <source>what happened to a session</source>
      <translation>was aus einer Sitzung wurde</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="320" />
      <source>your details</source>
      <translation>Ihre Angaben</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="337" />
      <source>activities done</source>
      <translation>durchgeführte Aktivitäten</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="337" />
      <source>activities planned</source>
      <translation>geplante Aktivitäten</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="337" />
      <source>distress after (SUDS)</source>
      <translation>Belastung nachher (SUDS)</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="337" />
      <source>distress before (SUDS)</source>
      <translation>Belastung vorher (SUDS)</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="337" />
      <source>length (minutes)</source>
      <translation>Dauer (Minuten)</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="337" />
      <source>pause signals used</source>
      <translation>verwendete Pausensignale</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="337" />
      <source>stop signals used</source>
      <translation>verwendete Stoppsignale</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="337" />
      <source>time held</source>
      <translation>Zeitpunkt der Sitzung</translation>
    </message>
    <message>
      <location filename="triad/reports/client_copies.py" line="78" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="101" />
      <location filename="triad/reports/client_documents.py" line="338" />
      <location filename="triad/reports/documents.py" line="126" />
      <source>Note</source>
      <translation>Anmerkung</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="103" />
      <source>Signatures</source>
      <translation>Unterschriften</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="104" />
      <location filename="triad/reports/client_documents.py" line="338" />
      <location filename="triad/reports/documents.py" line="126" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="104" />
      <source>How</source>
      <translation>Wie</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="104" />
      <source>Who</source>
      <translation>Wer</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="106" />
      <source>Withdrawals (your receipt)</source>
      <translation>Widerrufe (Ihre Bestätigung)</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="109" />
      <source>&lt;b&gt;{when}&lt;/b&gt;: {what} withdrawn by {party}</source>
      <translation>&lt;b&gt;{when}&lt;/b&gt;: {what} widerrufen durch {party}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="111" />
      <source>. Reason given: {reason}</source>
      <translation>. Angegebener Grund: {reason}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="113" />
      <source>. Recorded by {name}. It took effect at once.</source>
      <translation>. Erfasst von {name}. Der Widerruf galt sofort.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="117" />
      <source>None: you have not withdrawn any part of this consent. You may do so at any time, and it takes effect at once.</source>
      <translation>Keiner: Sie haben diese Einwilligung in keinem Teil widerrufen. Sie können das jederzeit tun, und der Widerruf gilt sofort.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="120" />
      <source>The full text you were given: {title}</source>
      <translation>Der vollständige Text, den Sie erhalten haben: {title}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="122" />
      <source>Form {form}, version {version}; SHA-256 of the text: {hash}. Your signature is bound to exactly this text.</source>
      <translation>Formular {form}, Fassung {version}; SHA-256 des Textes: {hash}. Ihre Unterschrift gilt genau für diesen Text.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="129" />
      <location filename="triad/reports/client_documents.py" line="177" />
      <source>{practice} · for {client}</source>
      <translation>{practice} · für {client}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="130" />
      <source>Made {when}</source>
      <translation>Erstellt am {when}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="135" />
      <source>Your copy: {title}</source>
      <translation>Ihre Kopie: {title}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="137" />
      <source>It shows what you signed, who else signed and when, and every withdrawal of it: it is also your receipt for a withdrawal.</source>
      <translation>Sie zeigt, was Sie unterschrieben haben, wer außerdem wann unterschrieben hat, und jeden Widerruf: Sie ist zugleich Ihre Bestätigung eines Widerrufs.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="143" />
      <source>Consent copy {code}</source>
      <translation>Kopie der Einwilligung {code}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="176" />
      <source>Your card</source>
      <translation>Ihre Karte</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="178" />
      <source>As of {when}</source>
      <translation>Stand: {when}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="179" />
      <source>Your stop and pause signals</source>
      <translation>Ihre Stopp- und Pausensignale</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="182" />
      <source>With {name}: to &lt;b&gt;stop&lt;/b&gt;, say “{stop}”; to &lt;b&gt;pause&lt;/b&gt;, say “{pause}”.</source>
      <translation>Mit {name}: Um &lt;b&gt;abzubrechen&lt;/b&gt;, sagen Sie „{stop}“; für eine &lt;b&gt;Pause&lt;/b&gt; sagen Sie „{pause}“.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="185" />
      <source>Either signal is respected at once, with no questions asked and no need to explain.</source>
      <translation>Beide Signale werden sofort beachtet, ohne Nachfragen und ohne dass Sie etwas erklären müssen.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="188" />
      <source>No signals are agreed yet. You will agree them with your surrogate partner and your therapist in the triad agreement, before any session with your surrogate partner.</source>
      <translation>Noch sind keine Signale vereinbart. Sie vereinbaren sie mit Ihrer Surrogatpartner:in und Ihrer Therapeut:in in der Triadenvereinbarung, vor der ersten Sitzung mit Ihrer Surrogatpartner:in.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="193" />
      <source>What you consent to now</source>
      <translation>Wozu Sie jetzt eingewilligt haben</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="195" />
      <source>In sessions with your surrogate partner, today: {activities}.</source>
      <translation>In den Sitzungen mit Ihrer Surrogatpartner:in, Stand heute: {activities}.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="197" />
      <source>Nothing else happens in a session unless you agree to it first, in writing.</source>
      <translation>Nichts anderes geschieht in einer Sitzung, es sei denn, Sie willigen vorher schriftlich ein.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="200" />
      <source>Nothing yet: no session with a surrogate partner can take place until you have signed the consent forms.</source>
      <translation>Noch nichts: Eine Sitzung mit einer Surrogatpartner:in kann erst stattfinden, wenn Sie die Einwilligungsformulare unterschrieben haben.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="202" />
      <source>How to withdraw consent</source>
      <translation>So widerrufen Sie eine Einwilligung</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="203" />
      <source>You may withdraw your consent to any activity, or to everything, at any moment: in a session say your stop signal, and at any time tell your therapist or your surrogate partner. It takes effect at once, and you will be given a written receipt. You do not have to give a reason.</source>
      <translation>Sie können Ihre Einwilligung zu jeder einzelnen Aktivität oder zu allem jederzeit widerrufen: In einer Sitzung sagen Sie Ihr Stoppsignal, und jederzeit können Sie es Ihrer Therapeut:in oder Ihrer Surrogatpartner:in sagen. Der Widerruf gilt sofort, und Sie erhalten eine schriftliche Bestätigung. Einen Grund müssen Sie nicht nennen.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="207" />
      <source>Who to call</source>
      <translation>Wen Sie anrufen können</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="208" />
      <source>Your therapist: {name}, {practice}.</source>
      <translation>Ihre Therapeut:in: {name}, {practice}.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="211" />
      <source>Your surrogate partner: {names}.</source>
      <translation>Ihre Surrogatpartner:in: {names}.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="217" />
      <source>Ask your therapist for the number to call; write it here:</source>
      <translation>Fragen Sie Ihre Therapeut:in nach der Telefonnummer und tragen Sie sie hier ein:</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="219" />
      <source>Client card {code}</source>
      <translation>Karte für Klient:in {code}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="270" />
      <source>Your record</source>
      <translation>Ihre Akte</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="271" />
      <source>It holds everything the practice records about you in this case: your details, the consents you signed with their full text, the plan, your sessions and what was written after them, your measures, every correction with what it corrected, and everyone the record was given to.</source>
      <translation>Sie enthält alles, was die Praxis in diesem Fall über Sie aufzeichnet: Ihre Angaben, die von Ihnen unterschriebenen Einwilligungen mit ihrem vollständigen Text, den Plan, Ihre Sitzungen und was danach festgehalten wurde, Ihre Messungen, jede Berichtigung mit dem, was sie berichtigt hat, und alle, an die die Akte weitergegeben wurde.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="276" />
      <source>Private notes are not part of the record: a therapist's private notes are kept apart, for their author only, and are not included.</source>
      <translation>Private Notizen gehören nicht zur Akte: Die privaten Notizen einer Therapeut:in werden getrennt und nur für sie selbst aufbewahrt und sind nicht enthalten.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="279" />
      <source>Your therapist included the process recordings (the surrogate partner's detailed notes to the therapist).</source>
      <translation>Ihre Therapeut:in hat die Prozessaufzeichnungen (die ausführlichen Notizen der Surrogatpartner:in an die Therapeut:in) beigefügt.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="28" />
      <source>This copy is yours: it was made for you, at your request or when you signed. Keep it somewhere private.</source>
      <translation>Diese Kopie gehört Ihnen: Sie wurde für Sie erstellt, auf Ihren Wunsch oder als Sie unterschrieben haben. Bewahren Sie sie an einem geschützten Ort auf.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="282" />
      <source>Process recordings (the surrogate partner's detailed notes to the therapist) are not included; you may ask your therapist about them.</source>
      <translation>Prozessaufzeichnungen (die ausführlichen Notizen der Surrogatpartner:in an die Therapeut:in) sind nicht enthalten; Sie können Ihre Therapeut:in danach fragen.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="287" />
      <source>About you</source>
      <translation>Über Sie</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="289" />
      <source>Your triad: {people}.</source>
      <translation>Ihre Triade: {people}.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="292" />
      <source>Consents</source>
      <translation>Einwilligungen</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="294" />
      <source>No consent has been recorded yet.</source>
      <translation>Es ist noch keine Einwilligung erfasst.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="300" />
      <source>Your plan</source>
      <translation>Ihr Plan</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="302" />
      <location filename="triad/reports/service.py" line="336" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="302" />
      <source>Planned sessions</source>
      <translation>Geplante Sitzungen</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="302" />
      <source>Started</source>
      <translation>Begonnen</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="303" />
      <source>Completed</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="306" />
      <source>No phase plan has been written yet.</source>
      <translation>Es wurde noch kein Phasenplan geschrieben.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="307" />
      <location filename="triad/reports/documents.py" line="101" />
      <source>Goals</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="309" />
      <source>Aim</source>
      <translation>Zielwert</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="309" />
      <source>At the start</source>
      <translation>Zu Beginn</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="309" />
      <location filename="triad/reports/documents.py" line="103" />
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="309" />
      <location filename="triad/reports/documents.py" line="103" />
      <source>Latest</source>
      <translation>Zuletzt</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="313" />
      <location filename="triad/reports/documents.py" line="106" />
      <source>No goals recorded.</source>
      <translation>Keine Ziele erfasst.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="316" />
      <location filename="triad/reports/documents.py" line="134" />
      <source>Sessions</source>
      <translation>Sitzungen</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="318" />
      <location filename="triad/reports/documents.py" line="134" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="318" />
      <source>Length</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="318" />
      <location filename="triad/reports/client_documents.py" line="365" />
      <location filename="triad/reports/disclosures.py" line="119" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="319" />
      <source>What happened</source>
      <translation>Was geschah</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="322" />
      <source>No session booked yet.</source>
      <translation>Noch keine Sitzung vereinbart.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="323" />
      <source>After each session with your surrogate partner</source>
      <translation>Nach jeder Sitzung mit Ihrer Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="324" />
      <source>Your surrogate partner writes a report (a debrief) for your therapist after each session; your therapist reads and answers it.</source>
      <translation>Ihre Surrogatpartner:in schreibt nach jeder Sitzung einen Bericht (eine Nachbesprechung) für Ihre Therapeut:in; Ihre Therapeut:in liest ihn und antwortet darauf.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="329" />
      <source>None written yet.</source>
      <translation>Noch keine geschrieben.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="330" />
      <source>Your sessions with your therapist and the three-way meetings</source>
      <translation>Ihre Sitzungen bei Ihrer Therapeut:in und die Dreiergespräche</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="334" />
      <source>No progress note or meeting minutes written yet.</source>
      <translation>Noch keine Verlaufsnotiz und kein Protokoll geschrieben.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="336" />
      <location filename="triad/reports/documents.py" line="120" />
      <source>Measures</source>
      <translation>Messungen</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="338" />
      <source>Measure</source>
      <translation>Messung</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="338" />
      <location filename="triad/reports/documents.py" line="126" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="341" />
      <source>No measures recorded.</source>
      <translation>Keine Messungen erfasst.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="343" />
      <source>Corrections</source>
      <translation>Berichtigungen</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="344" />
      <source>A signed entry is never changed or deleted: a correction is added beside it, and the original stays in the record. Each correction is shown with what it corrected.</source>
      <translation>Ein signierter Eintrag wird nie geändert oder gelöscht: Eine Berichtigung wird daneben gestellt, und das Original bleibt in der Akte. Jede Berichtigung wird mit dem gezeigt, was sie berichtigt hat.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="348" />
      <source>{what}, written {when} by {name}</source>
      <translation>{what}, geschrieben am {when} von {name}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="351" />
      <source>Corrected {when} by {name}. Reason: {reason}</source>
      <translation>Berichtigt am {when} von {name}. Grund: {reason}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="353" />
      <source>Corrected to</source>
      <translation>Berichtigt zu</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="353" />
      <source>Originally</source>
      <translation>Ursprünglich</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="353" />
      <location filename="triad/reports/client_documents.py" line="365" />
      <location filename="triad/reports/disclosures.py" line="119" />
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="358" />
      <source>No entry has been corrected.</source>
      <translation>Kein Eintrag wurde berichtigt.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="360" />
      <source>Who your record was given to</source>
      <translation>An wen Ihre Akte weitergegeben wurde</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="361" />
      <source>Every time any part of your record left the practice's encrypted files (a copy, a printout, an update to a member of your triad, a backup) it is recorded here.</source>
      <translation>Jedes Mal, wenn ein Teil Ihrer Akte die verschlüsselten Dateien der Praxis verlassen hat (eine Kopie, ein Ausdruck, eine Aktualisierung an ein Mitglied Ihrer Triade, eine Sicherung), ist es hier festgehalten.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="365" />
      <location filename="triad/reports/documents.py" line="356" />
      <source>By</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="365" />
      <source>To</source>
      <translation>An</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="368" />
      <source>Nothing recorded yet.</source>
      <translation>Noch nichts erfasst.</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="369" />
      <source>Client copy {code}</source>
      <translation>Aktenkopie {code}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="84" />
      <source>What you agreed to</source>
      <translation>Wozu Sie eingewilligt haben</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="85" />
      <source>from {start} until {end}</source>
      <translation>vom {start} bis {end}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="86" />
      <source>from {start}, with no end date</source>
      <translation>ab {start}, ohne Enddatum</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="88" />
      <location filename="triad/reports/documents.py" line="159" />
      <source>Form</source>
      <translation>Formular</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="88" />
      <source>{title}, version {version}</source>
      <translation>{title}, Fassung {version}</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="90" />
      <source>Status today</source>
      <translation>Stand heute</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="91" />
      <source>Valid</source>
      <translation>Gültig</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="92" />
      <source>You agreed to</source>
      <translation>Sie haben eingewilligt in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="92" />
      <source>You did not agree to</source>
      <translation>Sie haben nicht eingewilligt in</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="94" />
      <source>Therapeutic aids</source>
      <translation>Therapeutische Hilfsmittel</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="96" />
      <source>Stop and pause signals</source>
      <translation>Stopp- und Pausensignale</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="96" />
      <source>stop: “{stop}”, pause: “{pause}”</source>
      <translation>Stopp: „{stop}“, Pause: „{pause}“</translation>
    </message>
    <message>
      <location filename="triad/reports/client_documents.py" line="99" />
      <source>Safer-sex agreement</source>
      <translation>Safer-Sex-Vereinbarung</translation>
    </message>
    <message>
      <location filename="triad/reports/common.py" line="355" />
      <source>page {page} of {total}</source>
      <translation>Seite {page} von {total}</translation>
    </message>
    <message>
      <location filename="triad/reports/common.py" line="77" />
      <source>CONFIDENTIAL: health and sex-life data (GDPR Art. 9). Keep locked away; share only under the client's release of information.</source>
      <translation>VERTRAULICH: Gesundheitsdaten und Daten zum Sexualleben (DSGVO Art. 9). Verschlossen aufbewahren; nur im Rahmen der Schweigepflichtentbindung der Klient:in weitergeben.</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="102" />
      <source>Accounting of disclosures</source>
      <translation>Nachweis der Offenlegungen</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="104" />
      <source>{practice} · {scope} · {cases}, {disclosures}</source>
      <translation>{practice} · {scope} · {cases}, {disclosures}</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="106" />
      <location filename="triad/reports/documents.py" line="230" />
      <location filename="triad/reports/register.py" line="67" />
      <source>{n} case</source>
      <translation>{n} Fall</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="106" />
      <location filename="triad/reports/documents.py" line="230" />
      <location filename="triad/reports/register.py" line="67" />
      <source>{n} cases</source>
      <translation>{n} Fälle</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="107" />
      <source>{n} disclosure</source>
      <translation>{n} Offenlegung</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="107" />
      <source>{n} disclosures</source>
      <translation>{n} Offenlegungen</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="108" />
      <location filename="triad/reports/documents.py" line="231" />
      <location filename="triad/reports/register.py" line="68" />
      <source>Generated {when}</source>
      <translation>Erstellt am {when}</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="109" />
      <source>Every time a case's record left the vault (a case file exported, a packet written for a contact, a backup, a report saved or printed, a copy given to the client), the program recorded a signed entry: when, what, to whom and by whom. It never records where a file was saved. HIPAA §164.528, GDPR Art. 30.</source>
      <translation>Jedes Mal, wenn die Akte eines Falls den Tresor verlassen hat (eine exportierte Fallakte, ein Paket für einen Kontakt, eine Sicherung, ein gespeicherter oder gedruckter Bericht, eine Kopie für die Klient:in), hat das Programm einen signierten Eintrag erfasst: wann, was, an wen und durch wen. Wo eine Datei gespeichert wurde, erfasst es nie. HIPAA §164.528, DSGVO Art. 30.</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="115" />
      <source>Case {code}</source>
      <translation>Fall {code}</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="117" />
      <source>No disclosure recorded.</source>
      <translation>Keine Offenlegung erfasst.</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="119" />
      <source>By whom</source>
      <translation>Durch wen</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="119" />
      <source>To whom</source>
      <translation>An wen</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="123" />
      <source>No case to account for: you audit no case.</source>
      <translation>Kein Fall nachzuweisen: Sie prüfen keinen Fall.</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="47" />
      <source>Agenda (case codes and session times)</source>
      <translation>Agenda (Fallkennungen und Sitzungszeiten)</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="47" />
      <source>Backup of the whole vault (encrypted)</source>
      <translation>Sicherung des ganzen Tresors (verschlüsselt)</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="47" />
      <source>Case file exported (signed JSON)</source>
      <translation>Fallakte exportiert (signiertes JSON)</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="47" />
      <source>Exchange packet (encrypted)</source>
      <translation>Austauschpaket (verschlüsselt)</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="47" />
      <source>Report</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="47" />
      <source>Scan of a signed paper form</source>
      <translation>Scan eines unterschriebenen Papierformulars</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="47" />
      <source>The author's own private notes</source>
      <translation>Die eigenen privaten Notizen der Verfasser:in</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="47" />
      <source>The client's card</source>
      <translation>Die Karte der Klient:in</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="47" />
      <source>The client's copy of a consent record</source>
      <translation>Die Kopie einer Einwilligung für die Klient:in</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="47" />
      <source>The client's copy of the record</source>
      <translation>Die Aktenkopie für die Klient:in</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="49" />
      <source>JSON</source>
      <translation>JSON</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="49" />
      <source>accounting of disclosures</source>
      <translation>Nachweis der Offenlegungen</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="49" />
      <source>calendar file</source>
      <translation>Kalenderdatei</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="49" />
      <source>consent audit report</source>
      <translation>Bericht der Einwilligungsprüfung</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="49" />
      <source>consent form to sign</source>
      <translation>Einwilligungsformular zur Unterschrift</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="49" />
      <source>debrief</source>
      <translation>Nachbesprechung</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="49" />
      <source>progress summary</source>
      <translation>Verlaufsbericht</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="49" />
      <source>text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="58" />
      <source>{name} (exchange contact)</source>
      <translation>{name} (Austauschkontakt)</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="59" />
      <source>file (saved; recipient not known)</source>
      <translation>Datei (gespeichert; Empfänger:in unbekannt)</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="59" />
      <source>printer</source>
      <translation>Drucker</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="59" />
      <source>the client</source>
      <translation>die Klient:in</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="84" />
      <location filename="triad/reports/service.py" line="217" />
      <source>case {code}</source>
      <translation>Fall {code}</translation>
    </message>
    <message>
      <location filename="triad/reports/disclosures.py" line="85" />
      <location filename="triad/reports/service.py" line="218" />
      <source>all cases you audit</source>
      <translation>alle Fälle, die Sie prüfen</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="103" />
      <source>Baseline</source>
      <translation>Basiswert</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="103" />
      <source>Target</source>
      <translation>Zielwert</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="109" />
      <source>SUDS before and after each surrogate session</source>
      <translation>SUDS vor und nach jeder Surrogatsitzung</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="113" />
      <source>Latest SUDS (session {n}, {day}): before {before}, after {after}.</source>
      <translation>Letzte SUDS-Werte (Sitzung {n}, {day}): vorher {before}, nachher {after}.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="117" />
      <source>FSFI total (2-36; cut-off 26.55)</source>
      <translation>FSFI gesamt (2–36; Grenzwert 26,55)</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="118" />
      <source>SUDS hierarchy (0-10)</source>
      <translation>SUDS-Hierarchie (0–10)</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="129" />
      <source>Sessions in this period</source>
      <translation>Sitzungen in diesem Zeitraum</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="134" />
      <source>Hours</source>
      <translation>Stunden</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="135" />
      <source>Total</source>
      <translation>Gesamt</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="138" />
      <source>Debriefs reviewed by the therapist: {reviewed} of {debriefed}.</source>
      <translation>Von der Therapeut:in durchgesehene Nachbesprechungen: {reviewed} von {debriefed}.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="141" />
      <source>Concurrent therapy: progress notes and three-way meetings</source>
      <translation>Begleitende Therapie: Verlaufsnotizen und Dreiergespräche</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="149" />
      <source>No progress note or meeting minutes in this period.</source>
      <translation>Keine Verlaufsnotiz und kein Protokoll in diesem Zeitraum.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="151" />
      <source>Consent</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="152" />
      <source>In force now: </source>
      <translation>Jetzt gültig: </translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="154" />
      <source>nothing</source>
      <translation>nichts</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="159" />
      <source>Until</source>
      <translation>Bis</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="159" />
      <source>Valid from</source>
      <translation>Gültig ab</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="159" />
      <source>Version</source>
      <translation>Fassung</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="163" />
      <source>Revoked {when} by the {party}: {what}.</source>
      <translation>Widerrufen am {when} durch die {party}: {what}.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="168" />
      <source>Open consent audit findings</source>
      <translation>Offene Feststellungen der Einwilligungsprüfung</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="170" />
      <location filename="triad/reports/documents.py" line="255" />
      <source>Finding</source>
      <translation>Feststellung</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="170" />
      <source>Severity</source>
      <translation>Schweregrad</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="174" />
      <source>None open.</source>
      <translation>Keine offen.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="176" />
      <source>Therapist's narrative</source>
      <translation>Bericht der Therapeut:in</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="178" />
      <source>(none written)</source>
      <translation>(keiner geschrieben)</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="179" />
      <source>Progress summary {code}</source>
      <translation>Verlaufsbericht {code}</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="180" />
      <location filename="triad/reports/documents.py" line="365" />
      <source>Client {code}</source>
      <translation>Klient:in {code}</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="226" />
      <source>Consent audit report</source>
      <translation>Bericht der Einwilligungsprüfung</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="228" />
      <source>{practice} · {scope} · {cases}</source>
      <translation>{practice} · {scope} · {cases}</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="232" />
      <source>Entry log verification</source>
      <translation>Prüfung des Eintragsprotokolls</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="233" />
      <source>Verified: {entries} in {chains}; every signature and chain was checked, and every database page.</source>
      <translation>Geprüft: {entries} in {chains}; jede Signatur, jede Kette und jede Datenbankseite wurde geprüft.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="235" />
      <source>PROBLEMS FOUND: {entries} in {chains}; every signature and chain was checked, and every database page.</source>
      <translation>PROBLEME GEFUNDEN: {entries} in {chains}; jede Signatur, jede Kette und jede Datenbankseite wurde geprüft.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="237" />
      <source>{n} signed entries</source>
      <translation>{n} signierte Einträge</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="237" />
      <source>{n} signed entry</source>
      <translation>{n} signierter Eintrag</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="238" />
      <source>{n} hash chain</source>
      <translation>{n} Hash-Kette</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="238" />
      <source>{n} hash chains</source>
      <translation>{n} Hash-Ketten</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="241" />
      <source>Settings: {settings}.</source>
      <translation>Einstellungen: {settings}.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="244" />
      <source>Findings</source>
      <translation>Feststellungen</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="245" />
      <source>{findings}: {critical} critical, {major} major, {minor} minor; open: {open}.</source>
      <translation>{findings}: {critical} kritisch, {major} erheblich, {minor} geringfügig; offen: {open}.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="247" />
      <source>{n} finding</source>
      <translation>{n} Feststellung</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="247" />
      <source>{n} findings</source>
      <translation>{n} Feststellungen</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="254" />
      <location filename="triad/reports/service.py" line="25" />
      <source>critical</source>
      <translation>kritisch</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="254" />
      <location filename="triad/reports/service.py" line="25" />
      <source>major</source>
      <translation>erheblich</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="254" />
      <location filename="triad/reports/service.py" line="26" />
      <source>minor</source>
      <translation>geringfügig</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="255" />
      <location filename="triad/reports/register.py" line="76" />
      <location filename="triad/reports/register.py" line="101" />
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="257" />
      <source>record {record}</source>
      <translation>Eintrag {record}</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="266" />
      <source>No findings: the documentation meets every rule checked.</source>
      <translation>Keine Feststellungen: Die Dokumentation erfüllt jede geprüfte Regel.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="270" />
      <source>Critical</source>
      <translation>Kritisch</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="270" />
      <source>Major</source>
      <translation>Erheblich</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="271" />
      <source>Minor</source>
      <translation>Geringfügig</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="272" />
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="272" />
      <source>signed off</source>
      <translation>abgezeichnet</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="273" />
      <source>resolved</source>
      <translation>behoben</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="33" />
      <source>Surrogate sessions</source>
      <translation>Surrogatsitzungen</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="34" />
      <source>Therapist sessions</source>
      <translation>Therapiesitzungen</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="343" />
      <source>Session debrief</source>
      <translation>Nachbesprechung der Sitzung</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="344" />
      <source>{practice} · client {client} · surrogate partner {surrogate}</source>
      <translation>{practice} · Klient:in {client} · Surrogatpartner:in {surrogate}</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="347" />
      <source>For therapist review: {flags}.</source>
      <translation>Zur Durchsicht durch die Therapeut:in: {flags}.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="35" />
      <source>Three-way meetings</source>
      <translation>Dreiergespräche</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="350" />
      <source>This debrief was amended after it was signed; the values shown include the amendments, and the original stays in the record.</source>
      <translation>Diese Nachbesprechung wurde nach der Signatur berichtigt; die gezeigten Werte enthalten die Berichtigungen, das Original bleibt in der Akte.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="354" />
      <source>Therapist review</source>
      <translation>Durchsicht der Therapeut:in</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="356" />
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="356" />
      <source>Reviewed</source>
      <translation>Durchgesehen</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="359" />
      <source>Not yet reviewed.</source>
      <translation>Noch nicht durchgesehen.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="36" />
      <location filename="triad/reports/service.py" line="32" />
      <source>client</source>
      <translation>Klient:in</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="36" />
      <location filename="triad/reports/service.py" line="32" />
      <location filename="triad/reports/service.py" line="139" />
      <source>therapist</source>
      <translation>Therapeut:in</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="362" />
      <source>Process recording (psychotherapy note: file separately)</source>
      <translation>Prozessaufzeichnung (psychotherapeutische Notiz: getrennt ablegen)</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="364" />
      <source>Debrief {code}</source>
      <translation>Nachbesprechung {code}</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="37" />
      <location filename="triad/reports/service.py" line="33" />
      <location filename="triad/reports/service.py" line="140" />
      <source>surrogate partner</source>
      <translation>Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="378" />
      <source>Triad recovery sheet</source>
      <translation>Triad-Wiederherstellungsblatt</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="380" />
      <source>Vault: {vault}</source>
      <translation>Tresor: {vault}</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="381" />
      <source>Code created {when}</source>
      <translation>Code erstellt am {when}</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="382" />
      <source>This code sets a new passphrase for any member of this vault if one is forgotten. Anyone who has it and a copy of the vault can read every record.</source>
      <translation>Mit diesem Code lässt sich für jedes Mitglied dieses Tresors eine neue Passphrase festlegen, wenn eine vergessen wurde. Wer ihn und eine Kopie des Tresors hat, kann jede Akte lesen.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="393" />
      <source>What to do with this sheet</source>
      <translation>Was Sie mit diesem Blatt tun</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="400" />
      <source>Keep it locked away, apart from the computer that holds the vault (a safe, a sealed envelope with the practice's papers).</source>
      <translation>Bewahren Sie es verschlossen auf, getrennt von dem Computer mit dem Tresor (ein Safe, ein versiegelter Umschlag bei den Unterlagen der Praxis).</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="402" />
      <source>Do not photograph it or e-mail it. Saved as a file, it belongs on a drive kept apart from this computer, or printed and then deleted.</source>
      <translation>Fotografieren Sie es nicht und versenden Sie es nicht per E-Mail. Als Datei gespeichert gehört es auf ein Laufwerk, das getrennt von diesem Computer aufbewahrt wird, oder es wird ausgedruckt und danach gelöscht.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="404" />
      <source>To use it: in the app, “Forgot passphrase? Use the recovery code…” on the unlock page; on the command line, triad-cli recover VAULT. Then type the code; letters O, I and L may be typed as 0, 1 and 1, and case and hyphens do not matter. A typo is caught, and its group named, before anything changes.</source>
      <translation>So verwenden Sie es: In der App „Passphrase vergessen? Wiederherstellungscode verwenden…“ auf der Seite zum Entsperren; auf der Kommandozeile triad-cli recover TRESOR. Geben Sie dann den Code ein; die Buchstaben O, I und L dürfen als 0, 1 und 1 getippt werden, Groß- und Kleinschreibung und Bindestriche spielen keine Rolle. Ein Tippfehler wird erkannt und seine Gruppe benannt, bevor sich etwas ändert.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="408" />
      <source>If the sheet may have been seen (or after it was used), a therapist replaces the code (Practice… → Security, or triad-cli recovery-code); the old code then stops working. Destroy this sheet then.</source>
      <translation>Wenn das Blatt gesehen worden sein könnte (oder nachdem es verwendet wurde), ersetzt eine Therapeut:in den Code (Praxis… → Sicherheit oder triad-cli recovery-code); der alte Code gilt dann nicht mehr. Vernichten Sie dieses Blatt dann.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="81" />
      <source>Progress summary</source>
      <translation>Verlaufsbericht</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="82" />
      <source>{practice} · client {client} · {first} to {last}</source>
      <translation>{practice} · Klient:in {client} · {first} bis {last}</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="85" />
      <source>Generated {when} · pseudonymised unless names were requested</source>
      <translation>Erstellt am {when} · pseudonymisiert, sofern keine Namen angefordert wurden</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="89" />
      <source>Current phase</source>
      <translation>Aktuelle Phase</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="89" />
      <source>Triad</source>
      <translation>Triade</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="95" />
      <source>Pronouns: {pronouns}. Presenting concerns: {concerns}.</source>
      <translation>Pronomen: {pronouns}. Anliegen: {concerns}.</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="98" />
      <source>Phases: planned and held</source>
      <translation>Phasen: geplant und durchgeführt</translation>
    </message>
    <message>
      <location filename="triad/reports/documents.py" line="99" />
      <source>No phase plan yet.</source>
      <translation>Noch kein Phasenplan.</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="101" />
      <source>Backups made on (UTC)</source>
      <translation>Sicherungen erstellt am (UTC)</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="106" />
      <source>disposal register</source>
      <translation>Vernichtungsverzeichnis</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="49" />
      <source>Closed cases are kept {years} after the last service; for a client who was a minor, until {minor_years} after the age of majority ({majority}) if that is later.</source>
      <translation>Abgeschlossene Fälle werden {years} nach der letzten Leistung aufbewahrt; bei einer Klient:in, die minderjährig war, bis {minor_years} nach Eintritt der Volljährigkeit ({majority}), wenn das später ist.</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="51" />
      <location filename="triad/reports/register.py" line="52" />
      <source>{n} year</source>
      <translation>{n} Jahr</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="51" />
      <location filename="triad/reports/register.py" line="52" />
      <source>{n} years</source>
      <translation>{n} Jahre</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="55" />
      <source>Jurisdiction: {note}</source>
      <translation>Rechtsordnung: {note}</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="57" />
      <source>These are the program's defaults (APA guidance); set your jurisdiction's.</source>
      <translation>Das sind die Vorgaben des Programms (Empfehlung der APA); legen Sie die Ihrer Rechtsordnung fest.</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="64" />
      <source>Disposal register</source>
      <translation>Vernichtungsverzeichnis</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="66" />
      <source>{practice} · {cases} disposed of</source>
      <translation>{practice} · {cases} vernichtet</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="70" />
      <location filename="triad/reports/register.py" line="77" />
      <location filename="triad/reports/register.py" line="101" />
      <source>Disposed of</source>
      <translation>Vernichtet</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="72" />
      <source>No case has been disposed of. A closed case can be disposed of once its retention period has ended (triad-cli retention; the Records window).</source>
      <translation>Es wurde noch kein Fall vernichtet. Ein abgeschlossener Fall kann vernichtet werden, sobald seine Aufbewahrungsfrist abgelaufen ist (triad-cli retention; das Fenster „Akten“).</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="76" />
      <source>Closed</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="76" />
      <source>Opened</source>
      <translation>Eröffnet</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="77" />
      <source>Entries</source>
      <translation>Einträge</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="77" />
      <source>Retention ended</source>
      <translation>Aufbewahrung endete</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="78" />
      <source>By, and why</source>
      <translation>Durch wen und warum</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="82" />
      <source>before the end of retention, authorised by &lt;b&gt;{name}&lt;/b&gt;: {reason}</source>
      <translation>vor Ende der Aufbewahrungsfrist, genehmigt von &lt;b&gt;{name}&lt;/b&gt;: {reason}</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="90" />
      <source>Each case's content is gone from this vault's data file; its signed disposal entry and the chain headers remain, so verification still passes.</source>
      <translation>Der Inhalt jedes Falls ist aus der Datendatei dieses Tresors entfernt; sein signierter Vernichtungseintrag und die Kopfdaten der Ketten bleiben, sodass die Prüfung weiterhin gelingt.</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="93" />
      <source>Backups that still hold a disposed case</source>
      <translation>Sicherungen, die einen vernichteten Fall noch enthalten</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="96" />
      <source>No backup recorded before a disposal holds a disposed case.</source>
      <translation>Keine vor einer Vernichtung erfasste Sicherung enthält einen vernichteten Fall.</translation>
    </message>
    <message>
      <location filename="triad/reports/register.py" line="98" />
      <source>These backups were made before the case was disposed of and still hold it in full. Destroy them (or the media they are on); restoring one would bring the case back, to be disposed of again.</source>
      <translation>Diese Sicherungen wurden vor der Vernichtung des Falls erstellt und enthalten ihn noch vollständig. Vernichten Sie sie (oder die Datenträger, auf denen sie liegen); das Wiederherstellen einer davon brächte den Fall zurück, und er müsste erneut vernichtet werden.</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="129" />
      <source>the whole record</source>
      <translation>die gesamte Einwilligung</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="143" />
      <source>supervisor</source>
      <translation>Supervisor:in</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="173" />
      <source>Therapist session {when}</source>
      <translation>Therapiesitzung {when}</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="175" />
      <source>Focus</source>
      <translation>Schwerpunkt</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="175" />
      <source>Interventions</source>
      <translation>Interventionen</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="176" />
      <source>Client's response</source>
      <translation>Reaktion der Klient:in</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="176" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="181" />
      <source>Closing three-way meeting {when}</source>
      <translation>Abschließendes Dreiergespräch {when}</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="182" />
      <source>Three-way meeting {when}</source>
      <translation>Dreiergespräch {when}</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="185" />
      <source>Attendees</source>
      <translation>Teilnehmende</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="188" />
      <source>Agreements</source>
      <translation>Vereinbarungen</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="189" />
      <source>Changes to the plan</source>
      <translation>Änderungen am Plan</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="190" />
      <source>Next steps</source>
      <translation>Nächste Schritte</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="205" />
      <source>signed off {when} by {name}: {text}</source>
      <translation>abgezeichnet am {when} von {name}: {text}</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="208" />
      <source>remediation {when} by {name}: {text}</source>
      <translation>Abhilfe am {when} durch {name}: {text}</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="212" />
      <source>resolved {when} by entry {entry}</source>
      <translation>behoben am {when} durch Eintrag {entry}</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="220" />
      <location filename="triad/reports/service.py" line="221" />
      <source>{n} day</source>
      <translation>{n} Tag</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="220" />
      <location filename="triad/reports/service.py" line="221" />
      <source>{n} days</source>
      <translation>{n} Tage</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="227" />
      <source>debrief review within</source>
      <translation>Frist für die Durchsicht von Nachbesprechungen:</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="228" />
      <source>re-consent at phase change</source>
      <translation>erneute Einwilligung bei Phasenwechsel:</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="229" />
      <source>off</source>
      <translation>aus</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="229" />
      <source>on</source>
      <translation>ein</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="230" />
      <source>credential warning</source>
      <translation>Vorwarnzeit für ablaufende Nachweise:</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="331" />
      <source>NO</source>
      <translation>NEIN</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="333" />
      <source>Session</source>
      <translation>Sitzung</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="333" />
      <source>{when}, {minutes} min, {where}</source>
      <translation>{when}, {minutes} Min., {where}</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="339" />
      <source>SUDS before / after</source>
      <translation>SUDS vorher / nachher</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="345" />
      <source>Stop / pause signals</source>
      <translation>Stopp- / Pausensignale</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="346" />
      <source> (agreed: “{stop}” / “{pause}”)</source>
      <translation> (vereinbart: „{stop}“ / „{pause}“)</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="349" />
      <source>Safer-sex agreement kept</source>
      <translation>Safer-Sex-Vereinbarung eingehalten</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="354" />
      <source>Surrogate partner's reactions</source>
      <translation>Eigene Reaktionen der Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="356" />
      <source>Proposal for next session</source>
      <translation>Vorschlag für die nächste Sitzung</translation>
    </message>
    <message>
      <location filename="triad/reports/service.py" line="357" />
      <source>Submitted</source>
      <translation>Eingereicht</translation>
    </message>
  </context>
  <context>
    <name>sessions</name>
    <message>
      <location filename="ui/casefile/sessions/aids.py" line="26" />
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Aids used</source>
      <translation>Verwendete Hilfsmittel</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/aids.py" line="41" />
      <source>consented for use in session</source>
      <translation>Einwilligung zur Verwendung in der Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/aids.py" line="42" />
      <source>not consented for use in session</source>
      <translation>keine Einwilligung zur Verwendung in der Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/aids.py" line="51" />
      <source>No consent of its own is in force for this aid at the time held: using it flags the debrief for the therapist's review.</source>
      <translation>Zum Zeitpunkt der Sitzung ist für dieses Hilfsmittel keine eigene Einwilligung in Kraft: Seine Verwendung markiert die Nachbesprechung zur Durchsicht durch die Therapeut:in.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="76" />
      <location filename="ui/casefile/sessions/model.py" line="130" />
      <source>due</source>
      <translation>fällig</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="76" />
      <location filename="ui/casefile/sessions/model.py" line="130" />
      <source>flagged for review</source>
      <translation>zur Durchsicht markiert</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="76" />
      <location filename="ui/casefile/sessions/model.py" line="130" />
      <source>no debrief</source>
      <translation>keine Nachbesprechung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="76" />
      <location filename="ui/casefile/sessions/model.py" line="130" />
      <source>reviewed</source>
      <translation>durchgesehen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="76" />
      <location filename="ui/casefile/sessions/model.py" line="130" />
      <location filename="ui/casefile/sessions/model.py" line="130" />
      <source>scheduled</source>
      <translation>geplant</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/detail.py" line="76" />
      <location filename="ui/casefile/sessions/model.py" line="130" />
      <source>submitted</source>
      <translation>eingereicht</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="364" />
      <location filename="ui/casefile/sessions/forms.py" line="391" />
      <location filename="ui/casefile/sessions/model.py" line="153" />
      <source>FSFI total</source>
      <translation>FSFI gesamt</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="364" />
      <location filename="ui/casefile/sessions/forms.py" line="391" />
      <location filename="ui/casefile/sessions/model.py" line="153" />
      <source>IIEF-5 total</source>
      <translation>IIEF-5 gesamt</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/forms.py" line="364" />
      <location filename="ui/casefile/sessions/forms.py" line="391" />
      <location filename="ui/casefile/sessions/model.py" line="153" />
      <source>SUDS rating</source>
      <translation>SUDS-Wert</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="130" />
      <source>minutes written</source>
      <translation>Protokoll geschrieben</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="130" />
      <source>no minutes yet</source>
      <translation>noch kein Protokoll</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="130" />
      <source>no note yet</source>
      <translation>noch keine Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="130" />
      <source>not held</source>
      <translation>nicht stattgefunden</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/model.py" line="130" />
      <source>note written</source>
      <translation>Notiz geschrieben</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="101" />
      <source>(amended)</source>
      <translation>(berichtigt)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="105" />
      <source>moved from %s</source>
      <translation>verlegt von %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="256" />
      <location filename="ui/casefile/sessions/outcome.py" line="298" />
      <source>Record outcome…</source>
      <translation>Ergebnis erfassen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="259" />
      <source>Reschedule…</source>
      <translation>Verlegen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="279" />
      <source>Select a session first.</source>
      <translation>Wählen Sie zuerst eine Sitzung.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="286" />
      <source>Its debrief records it as held.</source>
      <translation>Laut ihrer Nachbesprechung hat sie stattgefunden.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="289" />
      <source>Its outcome is recorded; only its author or the case's therapist corrects it.</source>
      <translation>Ihr Ausgang ist erfasst; nur die Verfasser:in oder die Therapeut:in des Falls berichtigt ihn.</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="298" />
      <source>Amend outcome…</source>
      <translation>Ausgang berichtigen…</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="304" />
      <source>Correct the recorded outcome: an amendment, with its reason (%s)</source>
      <translation>Den erfassten Ausgang korrigieren: eine Berichtigung mit Begründung (%s)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="306" />
      <source>Record what happened: held, cancelled, late cancellation or no-show (%s)</source>
      <translation>Erfassen, was geschah: stattgefunden, abgesagt, kurzfristig abgesagt oder nicht erschienen (%s)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="308" />
      <source>Move it to another time; the old time is kept (%s)</source>
      <translation>Auf eine andere Zeit verlegen; die alte Zeit bleibt erhalten (%s)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="77" />
      <location filename="ui/casefile/sessions/outcome.py" line="96" />
      <location filename="ui/casefile/sessions/outcome.py" line="133" />
      <source>Cancelled by the client</source>
      <translation>Von der Klient:in abgesagt</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="77" />
      <location filename="ui/casefile/sessions/outcome.py" line="96" />
      <location filename="ui/casefile/sessions/outcome.py" line="133" />
      <source>Cancelled by the practice</source>
      <translation>Von der Praxis abgesagt</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="77" />
      <location filename="ui/casefile/sessions/outcome.py" line="77" />
      <location filename="ui/casefile/sessions/outcome.py" line="77" />
      <source>Held</source>
      <translation>Stattgefunden</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="77" />
      <location filename="ui/casefile/sessions/outcome.py" line="96" />
      <location filename="ui/casefile/sessions/outcome.py" line="133" />
      <source>Late cancellation</source>
      <translation>Kurzfristig abgesagt</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="77" />
      <location filename="ui/casefile/sessions/outcome.py" line="96" />
      <location filename="ui/casefile/sessions/outcome.py" line="133" />
      <source>No-show</source>
      <translation>Nicht erschienen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="77" />
      <location filename="ui/casefile/sessions/outcome.py" line="96" />
      <location filename="ui/casefile/sessions/outcome.py" line="133" />
      <source>Outcome missing</source>
      <translation>Ausgang fehlt</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="77" />
      <location filename="ui/casefile/sessions/outcome.py" line="96" />
      <location filename="ui/casefile/sessions/outcome.py" line="133" />
      <source>Scheduled</source>
      <translation>Geplant</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="78" />
      <source>moved</source>
      <translation>verlegt</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="84" />
      <source>%d held</source>
      <translation>%d stattgefunden</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="89" />
      <source>%d cancelled</source>
      <translation>%d abgesagt</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="89" />
      <source>%d no-show</source>
      <translation>%d nicht erschienen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="89" />
      <source>%d outcome missing</source>
      <translation>%d ohne Ausgang</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="89" />
      <source>%d scheduled</source>
      <translation>%d geplant</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/outcome.py" line="99" />
      <source>(%d h notice)</source>
      <translation>(%d h vorher abgesagt)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/tab.py" line="97" />
      <source>Empty list</source>
      <translation>Leere Liste</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="56" />
      <source>Surrogate session</source>
      <translation>Surrogatsitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="56" />
      <source>Therapist session</source>
      <translation>Therapiesitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="56" />
      <source>Three-way meeting</source>
      <translation>Dreiergespräch</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="67" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Activities done</source>
      <translation>Durchgeführte Aktivitäten</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Arousal and anxiety</source>
      <translation>Erregung und Angst</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Boundaries kept</source>
      <translation>Grenzen eingehalten</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Boundaries note</source>
      <translation>Notiz zu Grenzen</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Date and time</source>
      <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Duration (minutes)</source>
      <translation>Dauer (Minuten)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Held at</source>
      <translation>Stattgefunden am</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Location</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Pause signals</source>
      <translation>Pausensignale</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Process recording</source>
      <translation>Prozessaufzeichnung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Proposal for next session</source>
      <translation>Vorschlag für die nächste Sitzung</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Questions for the therapist</source>
      <translation>Fragen an die Therapeut:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Review comment</source>
      <translation>Kommentar zur Durchsicht</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>SUDS after</source>
      <translation>SUDS nachher</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>SUDS before</source>
      <translation>SUDS vorher</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Safer sex</source>
      <translation>Safer Sex</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Safer-sex agreement kept</source>
      <translation>Safer-Sex-Vereinbarung eingehalten</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Situation or note</source>
      <translation>Situation oder Notiz</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Stop signals</source>
      <translation>Stoppsignale</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Surrogate's reactions</source>
      <translation>Reaktionen der Surrogatpartner:in</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>What was hard</source>
      <translation>Was schwierig war</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="71" />
      <source>What went well</source>
      <translation>Was gut lief</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="76" />
      <source>%s (%s–%s)</source>
      <translation>%s (%s–%s)</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="84" />
      <source>aid used without its own consent: %s</source>
      <translation>Hilfsmittel ohne eigene Einwilligung verwendet: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="85" />
      <source>an aid of the inventory</source>
      <translation>ein Hilfsmittel aus dem Bestand</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="87" />
      <source>activity outside consent: %s</source>
      <translation>Aktivität außerhalb der Einwilligung: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="88" />
      <source>activity not planned: %s</source>
      <translation>Aktivität nicht geplant: %s</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="89" />
      <source>stop signal used</source>
      <translation>Stoppsignal verwendet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="90" />
      <source>pause signal used</source>
      <translation>Pausensignal verwendet</translation>
    </message>
    <message>
      <location filename="ui/casefile/sessions/words.py" line="91" />
      <source>boundary not kept</source>
      <translation>Grenze nicht eingehalten</translation>
    </message>
  </context>
</TS>
