<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <source>Sending account</source>
        <translation>Sendekonto</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>How to set up this provider</source>
        <translation>So richten Sie diesen Anbieter ein</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>OAuth2 sign-in (browser)</source>
        <translation>OAuth2-Anmeldung (Browser)</translation>
    </message>
    <message>
        <source>the Application (client) ID of your own app</source>
        <translation>die Anwendungs-ID (Client-ID) Ihrer eigenen App</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Authorize URL:</source>
        <translation>Autorisierungsadresse:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Token-Adresse:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>From name:</source>
        <translation>Absendername:</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>Absenderadresse:</translation>
    </message>
    <message>
        <source>Reply-To:</source>
        <translation>Antwort an:</translation>
    </message>
    <message>
        <source>Messages a minute:</source>
        <translation>Nachrichten pro Minute:</translation>
    </message>
    <message>
        <source>Recipients a day:</source>
        <translation>Empfänger pro Tag:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The account is saved.</source>
        <translation>Das Konto ist gespeichert.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in on the other device…</source>
        <translation>Warten auf die Anmeldung auf dem anderen Gerät…</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Warten auf den Browser…</translation>
    </message>
    <message>
        <source>Signed in: the account is ready to send.</source>
        <translation>Angemeldet: Das Konto ist bereit zum Senden.</translation>
    </message>
    <message>
        <source>Stopped on an unexpected error.</source>
        <translation>Wegen eines unerwarteten Fehlers abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AccountKind</name>
    <message>
        <source>Asset</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Passiva</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ertrag</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Aufwand</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Password refused: type the right password under Edit</source>
        <translation>Passwort abgelehnt: Geben Sie unter Bearbeiten das richtige Passwort ein</translation>
    </message>
    <message>
        <source>Sign in again: Edit, then Sign in</source>
        <translation>Erneut anmelden: Bearbeiten, dann Anmelden</translation>
    </message>
    <message>
        <source>Ready, signed in</source>
        <translation>Bereit, angemeldet</translation>
    </message>
    <message>
        <source>Not signed in yet: Edit, then Sign in</source>
        <translation>Noch nicht angemeldet: Bearbeiten, dann Anmelden</translation>
    </message>
    <message>
        <source>No password kept: type it under Edit</source>
        <translation>Kein Passwort gespeichert: Geben Sie es unter Bearbeiten ein</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sending accounts</source>
        <translation>Sendekonten</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Als &amp;Standard</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect, encrypt and sign in with the chosen account, without sending</source>
        <translation>Mit dem gewählten Konto verbinden, verschlüsseln und anmelden, ohne etwas zu senden</translation>
    </message>
    <message>
        <source>Connection test of the chosen account</source>
        <translation>Verbindungstest des gewählten Kontos</translation>
    </message>
    <message>
        <source>What the accounts wait for</source>
        <translation>Worauf die Konten warten</translation>
    </message>
    <message>
        <source>The default account: server, password and connection test</source>
        <translation>Das Standardkonto: Server, Passwort und Verbindungstest</translation>
    </message>
    <message>
        <source>(the company&apos;s address)</source>
        <translation>(die Adresse der Firma)</translation>
    </message>
    <message>
        <source>Messages from these accounts wait until this is done: %1</source>
        <translation>Nachrichten dieser Konten warten, bis das erledigt ist: %1</translation>
    </message>
    <message>
        <source>Testing the connection of %1…</source>
        <translation>Verbindung von %1 wird getestet…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>✘ The test stopped on an unexpected error.</source>
        <translation>✘ Der Test brach mit einem unerwarteten Fehler ab.</translation>
    </message>
</context>
<context>
    <name>AddressField</name>
    <message>
        <source>contact person %1</source>
        <translation>Ansprechpartner %1</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>Kontoauszüge</translation>
    </message>
    <message>
        <source>general</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>used before</source>
        <translation>früher verwendet</translation>
    </message>
    <message>
        <source>Addresses on the card</source>
        <translation>Adressen auf der Karte</translation>
    </message>
    <message>
        <source>%1: addresses on the card</source>
        <translation>%1: Adressen auf der Karte</translation>
    </message>
    <message>
        <source>%1: problems</source>
        <translation>%1: Probleme</translation>
    </message>
    <message>
        <source>%1: bounced addresses</source>
        <translation>%1: unzustellbare Adressen</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>AgeingPage</name>
    <message>
        <source>Ageing of open items</source>
        <translation>Altersstruktur offener Posten</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Geschäftspartner</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Altersstruktur</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) with open items</source>
        <translation>
            <numerusform>%n Geschäftspartner mit offenen Posten</numerusform>
            <numerusform>%n Geschäftspartner mit offenen Posten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is open: every invoice is paid and no money is on account.</source>
        <translation>Nichts ist offen: Jede Rechnung ist bezahlt, und es gibt kein Guthaben.</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Verbindlichkeit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Save the ageing as PDF</source>
        <translation>Altersstruktur als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the ageing as CSV</source>
        <translation>Altersstruktur als CSV speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Zuordnen</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add files to the message</source>
        <translation>Dateien an die Nachricht anhängen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation>Die gewählte Datei entfernen</translation>
    </message>
    <message>
        <source>Size of the attachments</source>
        <translation>Größe der Anhänge</translation>
    </message>
    <message>
        <source>Print copy (being made…)</source>
        <translation>Druckexemplar (wird erstellt…)</translation>
    </message>
    <message>
        <source>%1 — %2 (print copy)</source>
        <translation>%1 — %2 (Druckexemplar)</translation>
    </message>
    <message>
        <source>%1 — %2 (e-invoice)</source>
        <translation>%1 — %2 (E-Rechnung)</translation>
    </message>
    <message>
        <source>Print copy: %1</source>
        <translation>Druckexemplar: %1</translation>
    </message>
    <message>
        <source>%1 — cannot be read: %2</source>
        <translation>%1 — nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Total %1; the limit is %2</source>
        <translation>Insgesamt %1; die Grenze ist %2</translation>
    </message>
    <message>
        <source>Too large to send: %1</source>
        <translation>Zu groß zum Senden: %1</translation>
    </message>
</context>
<context>
    <name>BatchChoice</name>
    <message>
        <source>What to send</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Belegart</translation>
    </message>
    <message>
        <source>Customer statements</source>
        <translation>Kontoauszüge für Kunden</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Nummern</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>Von Nummer</translation>
    </message>
    <message>
        <source>To number</source>
        <translation>Bis Nummer</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Send again documents that were already sent</source>
        <translation>Bereits gesendete Belege erneut senden</translation>
    </message>
    <message>
        <source>Form of the statements</source>
        <translation>Form der Kontoauszüge</translation>
    </message>
    <message>
        <source>Every movement of the period</source>
        <translation>Jede Bewegung des Zeitraums</translation>
    </message>
    <message>
        <source>What is open at the period&apos;s end</source>
        <translation>Was am Ende des Zeitraums offen ist</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Absenderkonto</translation>
    </message>
    <message>
        <source>Every message of the batch goes from this account, at its sending pace</source>
        <translation>Jede Nachricht des Stapels geht von diesem Konto, in seinem Sendetempo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Count the messages and their cost; send nothing</source>
        <translation>Nachrichten und Kosten zählen; nichts wird gesendet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Each message&apos;s usual account</source>
        <translation>Das übliche Konto jeder Nachricht</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>from %1: %2</source>
        <translation>von %1: %2</translation>
    </message>
    <message>
        <source>the last at %1</source>
        <translation>die letzte um %1</translation>
    </message>
    <message>
        <source>Batch send</source>
        <translation>Sammelversand</translation>
    </message>
    <message>
        <source>Choose what to send, then Preview.</source>
        <translation>Wählen Sie, was gesendet werden soll, dann Vorschau.</translation>
    </message>
    <message>
        <source>Skipped documents</source>
        <translation>Übersprungene Belege</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Why it is skipped</source>
        <translation>Grund für das Überspringen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A batch being sent goes on in the background</source>
        <translation>Ein laufender Sammelversand läuft im Hintergrund weiter</translation>
    </message>
    <message>
        <source>The choice changed: Preview again before sending.</source>
        <translation>Die Auswahl hat sich geändert: vor dem Senden erneut Vorschau.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Checking every document of the range…</source>
        <translation>Alle Belege des Bereichs werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to send</source>
        <translation>
            <numerusform>%n Nachricht zu senden</numerusform>
            <numerusform>%n Nachrichten zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send in this range</source>
        <translation>In diesem Bereich gibt es nichts zu senden</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>Kosten: %n Guthabenpunkt</numerusform>
            <numerusform>Kosten: %n Guthabenpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>verfügbar: %n Punkt</numerusform>
            <numerusform>verfügbar: %n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n Nachricht wartet, bis Guthaben aufgeladen wird.</numerusform>
            <numerusform>%n Nachrichten warten, bis Guthaben aufgeladen wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n document(s), with the reason</source>
        <translation>
            <numerusform>Übersprungen: %n Beleg, mit Grund</numerusform>
            <numerusform>Übersprungen: %n Belege, mit Grund</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is skipped.</source>
        <translation>Nichts wird übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) put in the outbox.</source>
        <translation>
            <numerusform>%n Nachricht in den Postausgang gestellt.</numerusform>
            <numerusform>%n Nachrichten in den Postausgang gestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n document(s) were not queued. Preview and Send the same range again to queue them; those already queued are skipped.</source>
        <translation>
            <numerusform>Angehalten: %n Beleg wurde nicht eingereiht. Denselben Bereich erneut mit Vorschau und Senden einreihen; bereits eingereihte werden übersprungen.</numerusform>
            <numerusform>Angehalten: %n Belege wurden nicht eingereiht. Denselben Bereich erneut mit Vorschau und Senden einreihen; bereits eingereihte werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to send another batch.</source>
        <translation>Für einen weiteren Sammelversand erneut Vorschau.</translation>
    </message>
    <message>
        <source>Draft #%1</source>
        <translation>Entwurf Nr. %1</translation>
    </message>
    <message>
        <source>not posted yet: drafts are not sent</source>
        <translation>noch nicht gebucht: Entwürfe werden nicht gesendet</translation>
    </message>
    <message>
        <source>already in the outbox</source>
        <translation>schon im Postausgang</translation>
    </message>
    <message>
        <source>already sent (tick “Send again documents that were already sent” to include it)</source>
        <translation>bereits gesendet (zum Aufnehmen „Bereits gesendete Belege erneut senden“ ankreuzen)</translation>
    </message>
    <message>
        <source>no valid e-mail address on the customer&apos;s card</source>
        <translation>keine gültige E-Mail-Adresse auf der Kundenkarte</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Wartend: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>Ungewiss: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Storniert: %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>you can close this window; sending goes on in the background</source>
        <translation>Sie können dieses Fenster schließen; der Versand läuft im Hintergrund weiter</translation>
    </message>
    <message>
        <source>paused: Resume to send the rest</source>
        <translation>angehalten: Fortsetzen, um den Rest zu senden</translation>
    </message>
</context>
<context>
    <name>BatchRunBox</name>
    <message>
        <source>%v of %m documents</source>
        <translation>%v von %m Belegen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Sammelversand</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Fortschritt des Sammelversands</translation>
    </message>
    <message>
        <source>Stop adding to the queue</source>
        <translation>Nicht mehr in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>What is already queued stays queued and is sent; the rest is not queued</source>
        <translation>Was schon in der Warteschlange ist, bleibt dort und wird gesendet; der Rest wird nicht eingereiht</translation>
    </message>
    <message>
        <source>P&amp;ause sending</source>
        <translation>Versand &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume sending</source>
        <translation>Versand &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel messages not yet sent</source>
        <translation>Noch nicht gesendete Nachrichten &amp;stornieren</translation>
    </message>
    <message>
        <source>Putting the messages in the outbox…</source>
        <translation>Nachrichten werden in den Postausgang gestellt…</translation>
    </message>
    <message>
        <source>Stopping after the message being queued…</source>
        <translation>Anhalten nach der gerade eingereihten Nachricht…</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Sammelversand %1</translation>
    </message>
    <message>
        <source>Queueing stopped by an error. Messages already queued stay in the outbox.</source>
        <translation>Das Einreihen wurde durch einen Fehler angehalten. Bereits eingereihte Nachrichten bleiben im Postausgang.</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v von %m erledigt</translation>
    </message>
    <message>
        <source>Paused: %1 message(s) held.</source>
        <translation>Angehalten: %1 Nachricht(en) zurückgehalten.</translation>
    </message>
    <message>
        <source>Resumed: %1 message(s) will be sent.</source>
        <translation>Fortgesetzt: %1 Nachricht(en) werden gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n message(s) of this batch not yet sent? They will not be sent. Messages already on their way to the server still go.</source>
        <translation>
            <numerusform>Die %n noch nicht gesendete Nachricht dieses Sammelversands stornieren? Sie wird nicht gesendet. Nachrichten, die schon unterwegs zum Server sind, gehen trotzdem.</numerusform>
            <numerusform>Die %n noch nicht gesendeten Nachrichten dieses Sammelversands stornieren? Sie werden nicht gesendet. Nachrichten, die schon unterwegs zum Server sind, gehen trotzdem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 message(s) will not be sent.</source>
        <translation>Storniert: %1 Nachricht(en) werden nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>BooksPage</name>
    <message>
        <source>Books</source>
        <translation>Bücher</translation>
    </message>
    <message>
        <source>New &amp;journal entry…</source>
        <translation>Neue &amp;Buchung…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Trial balance as of</source>
        <translation>Summen- und Saldenliste zum</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Trial balance</source>
        <translation>Summen- und Saldenliste</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>Kontenplan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the trial balance as PDF</source>
        <translation>Summen- und Saldenliste als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Journal entry %1 kept.</source>
        <translation>Buchung %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>BounceMarks</name>
    <message>
        <source>%1 bounced on %2: %3</source>
        <translation>%1 kam am %2 zurück: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Bounced address</source>
        <translation>Unzustellbare Adresse</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>The address works again (the customer has mended it).</source>
        <translation>Die Adresse funktioniert wieder (der Kunde hat sie repariert).</translation>
    </message>
</context>
<context>
    <name>ChartOfAccountsBox</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>USt-Schlüssel</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>Kontenplan</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Neues Konto…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>bank (the default bank account)</source>
        <translation>Bank (das Standard-Bankkonto)</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>receivables</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <source>input VAT</source>
        <translation>Vorsteuer</translation>
    </message>
    <message>
        <source>payables</source>
        <translation>Verbindlichkeiten</translation>
    </message>
    <message>
        <source>payables to employees</source>
        <translation>Verbindlichkeiten gegenüber Mitarbeitern</translation>
    </message>
    <message>
        <source>output VAT</source>
        <translation>Umsatzsteuer</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>Umsatzerlöse</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>Einkäufe</translation>
    </message>
    <message>
        <source>employee expenses</source>
        <translation>Mitarbeiterauslagen</translation>
    </message>
    <message>
        <source>opening balances</source>
        <translation>Eröffnungssalden</translation>
    </message>
    <message>
        <source>reminder fees</source>
        <translation>Mahngebühren</translation>
    </message>
    <message>
        <source>exchange rate differences</source>
        <translation>Kursdifferenzen</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Posting uses this account: it stays open.</source>
        <translation>Das Buchen verwendet dieses Konto: es bleibt offen.</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Konto %1 angelegt.</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>New name of account %1:</source>
        <translation>Neuer Name von Konto %1:</translation>
    </message>
    <message>
        <source>Account %1 renamed.</source>
        <translation>Konto %1 umbenannt.</translation>
    </message>
    <message>
        <source>Account %1 archived: refused in new entries, its history stays.</source>
        <translation>Konto %1 archiviert: in neuen Buchungen abgelehnt, seine Historie bleibt.</translation>
    </message>
    <message>
        <source>Account %1 is open again.</source>
        <translation>Konto %1 ist wieder offen.</translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>ISO 3166 code of two letters, such as DE or RO: e-invoices need it (BT-40)</source>
        <translation>Zweibuchstabiger ISO-3166-Code wie DE oder RO: E-Rechnungen brauchen ihn (BT-40)</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Handelsregisternummer</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Bankkonto (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>The bank&apos;s BIC of 8 or 11 characters, such as BYLADEM1001 (BT-86)</source>
        <translation>Der BIC der Bank mit 8 oder 11 Zeichen, etwa BYLADEM1001 (BT-86)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>Days until a new invoice is due</source>
        <translation>Tage bis zur Fälligkeit einer neuen Rechnung</translation>
    </message>
    <message>
        <source>Company language</source>
        <translation>Firmensprache</translation>
    </message>
    <message>
        <source>The language of documents for parties that have none of their own</source>
        <translation>Die Sprache der Belege für Geschäftspartner ohne eigene Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Currency of the books</source>
        <translation>Buchungswährung</translation>
    </message>
    <message>
        <source>The currency the books are kept in: chosen once, when the books start</source>
        <translation>Die Währung der Buchhaltung: einmal gewählt, wenn die Buchhaltung beginnt</translation>
    </message>
    <message>
        <source>The sender below is used only where the Mail server tab leaves From name, From address or Reply-To empty.</source>
        <translation>Der Absender unten gilt nur, wo der Reiter „Mailserver“ Absendername, Absenderadresse oder „Antwort an“ leer lässt.</translation>
    </message>
    <message>
        <source>Used when the Mail server tab names no From address</source>
        <translation>Verwendet, wenn der Reiter „Mailserver“ keine Absenderadresse nennt</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <source>Used when neither the document, the sending user&apos;s card nor the Mail server tab names one</source>
        <translation>Verwendet, wenn weder der Beleg noch die Karte des sendenden Benutzers noch der Reiter „Mailserver“ eine nennt</translation>
    </message>
    <message>
        <source>E-invoices (Factur-X, XRechnung, Peppol, RO e-Factura) name the company&apos;s contact telephone and the address where it receives e-invoices.</source>
        <translation>E-Rechnungen (Factur-X, XRechnung, Peppol, RO e-Factura) nennen die Telefonnummer des Ansprechpartners und die Adresse, an der das Unternehmen E-Rechnungen empfängt.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>The contact&apos;s telephone, with at least three digits (BT-42)</source>
        <translation>Telefon des Ansprechpartners, mit mindestens drei Ziffern (BT-42)</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Elektronische Adresse</translation>
    </message>
    <message>
        <source>Where the company receives e-invoices (BT-34): an email address or a Peppol id; empty: the sender address</source>
        <translation>Wo das Unternehmen E-Rechnungen empfängt (BT-34): eine E-Mail-Adresse oder eine Peppol-ID; leer: die Absenderadresse</translation>
    </message>
    <message>
        <source>Address scheme</source>
        <translation>Adressschema</translation>
    </message>
    <message>
        <source>EM for an email address, else the EAS code of the id, such as 9930</source>
        <translation>EM für eine E-Mail-Adresse, sonst der EAS-Code der ID, etwa 9930</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo-Vorschau</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Ein Logo wählen</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Das Logo entfernen</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of at most %1 KB; it prints at the top of documents.</source>
        <translation>Ein PNG- oder JPEG-Bild mit höchstens %1 KB; es erscheint oben auf den Belegen.</translation>
    </message>
    <message>
        <source>Problem with the logo</source>
        <translation>Problem mit dem Logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>the picture cannot be read; save it again as PNG or JPEG</source>
        <translation>das Bild ist nicht lesbar; speichern Sie es erneut als PNG oder JPEG</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Firmenlogo wählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
</context>
<context>
    <name>ContactChoice</name>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Printed as “Attn.” on the copy; the email goes to this person&apos;s addresses</source>
        <translation>Wird als „z. Hd.“ auf den Beleg gedruckt; die E-Mail geht an die Adressen dieser Person</translation>
    </message>
    <message>
        <source>No contact person</source>
        <translation>Kein Ansprechpartner</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>LedgerPost ran into a bug</source>
        <translation>In LedgerPost ist ein Fehler aufgetreten</translation>
    </message>
    <message>
        <source>Something went wrong inside LedgerPost: what you were doing may not have finished, and what was saved before stays saved.</source>
        <translation>In LedgerPost ist etwas schiefgegangen: Was Sie gerade getan haben, ist vielleicht nicht fertig geworden; was vorher gespeichert war, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>The log file is %1.</source>
        <translation>Die Protokolldatei ist %1.</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Es konnte keine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>Please send this report to whoever supports LedgerPost.</source>
        <translation>Bitte senden Sie diesen Bericht an den Support von LedgerPost.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Gutschrift zu %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Lines to credit</source>
        <translation>Gutzuschreibende Positionen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>USt. %</translation>
    </message>
    <message>
        <source>Make the credit note</source>
        <translation>Gutschrift anlegen</translation>
    </message>
    <message>
        <source>Tick the lines to credit; quantities can be changed in the draft.</source>
        <translation>Haken Sie die gutzuschreibenden Positionen an; die Mengen lassen sich im Entwurf ändern.</translation>
    </message>
    <message>
        <source>This invoice cannot be credited.</source>
        <translation>Diese Rechnung kann nicht gutgeschrieben werden.</translation>
    </message>
    <message>
        <source>Invoice %1, total %2; left to credit %3 %4</source>
        <translation>Rechnung %1, Gesamt %2; noch gutzuschreiben %3 %4</translation>
    </message>
    <message>
        <source>To credit: %1 %2</source>
        <translation>Gutzuschreiben: %1 %2</translation>
    </message>
    <message>
        <source>Tick at least one line.</source>
        <translation>Haken Sie mindestens eine Position an.</translation>
    </message>
    <message>
        <source>That is more than is left to credit; take fewer lines, or lower a quantity in the draft.</source>
        <translation>Das ist mehr, als noch gutzuschreiben ist; nehmen Sie weniger Positionen oder senken Sie im Entwurf eine Menge.</translation>
    </message>
</context>
<context>
    <name>CreditedInvoice</name>
    <message>
        <source>Credits invoice</source>
        <translation>Korrigiert Rechnung</translation>
    </message>
    <message>
        <source>The posted invoice this credit note corrects</source>
        <translation>Die gebuchte Rechnung, die diese Gutschrift korrigiert</translation>
    </message>
    <message>
        <source>Choose the invoice…</source>
        <translation>Rechnung wählen…</translation>
    </message>
    <message>
        <source>%1 of %2 · left to credit %3 %4</source>
        <translation>%1 vom %2 · noch gutzuschreiben %3 %4</translation>
    </message>
</context>
<context>
    <name>CreditsPage</name>
    <message>
        <source>Message credits</source>
        <translation>Nachrichtenguthaben</translation>
    </message>
    <message>
        <source>Credits left</source>
        <translation>Verbleibendes Guthaben</translation>
    </message>
    <message>
        <source>credits left · one is spent for each message the server accepts</source>
        <translation>Guthaben übrig · für jede vom Server angenommene Nachricht wird einer verbraucht</translation>
    </message>
    <message>
        <source>Credits to add</source>
        <translation>Aufzuladendes Guthaben</translation>
    </message>
    <message>
        <source>Invoice or receipt number of the purchase</source>
        <translation>Rechnungs- oder Belegnummer des Kaufs</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Add credits</source>
        <translation>Guthaben aufladen</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>Guthaben:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Aufladen</translation>
    </message>
    <message>
        <source>Only a user with the right to manage credits can top up.</source>
        <translation>Nur ein Benutzer mit dem Recht, Guthaben zu verwalten, kann aufladen.</translation>
    </message>
    <message>
        <source>Credit history</source>
        <translation>Guthabenverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait for credits and go as soon as you top up.</source>
        <translation>
            <numerusform>%n Nachricht wartet auf Guthaben und geht, sobald Sie aufladen.</numerusform>
            <numerusform>%n Nachrichten warten auf Guthaben und gehen, sobald Sie aufladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>One package: %1 credits for %2 %3.</source>
        <translation>Ein Paket: %1 Nachrichten für %2 %3.</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>Trial credits</source>
        <translation>Testguthaben</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Aufladung</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <source>Add %1 credits with the reference “%2”? Credit entries are kept for good.</source>
        <translation>%1 Guthabenpunkte mit der Referenz „%2“ aufladen? Guthabenbuchungen bleiben für immer erhalten.</translation>
    </message>
    <message>
        <source>Added %1 credits. The balance is now %2.</source>
        <translation>%1 Guthabenpunkte aufgeladen. Das Guthaben beträgt jetzt %2.</translation>
    </message>
</context>
<context>
    <name>CurrencyChoice</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>DeclaredField</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
</context>
<context>
    <name>DeliveryStatusLabel</name>
    <message>
        <source>Mail status</source>
        <translation>E-Mail-Status</translation>
    </message>
    <message>
        <source>Mail: no server set</source>
        <translation>E-Mail: kein Server eingerichtet</translation>
    </message>
    <message>
        <source>Mail: offline</source>
        <translation>E-Mail: offline</translation>
    </message>
    <message>
        <source>Mail: online</source>
        <translation>E-Mail: online</translation>
    </message>
    <message>
        <source>Mail: ready</source>
        <translation>E-Mail: bereit</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1</source>
        <translation>nächster Versuch in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) wait for you: open Settings</source>
        <translation>
            <numerusform>%n Konto wartet auf Sie: Einstellungen öffnen</numerusform>
            <numerusform>%n Konten warten auf Sie: Einstellungen öffnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputeToggle</name>
    <message>
        <source>In &amp;dispute: no reminders for this invoice</source>
        <translation>&amp;Strittig: keine Mahnungen für diese Rechnung</translation>
    </message>
    <message>
        <source>Left out of payment reminders until the box is cleared</source>
        <translation>Von Mahnungen ausgenommen, bis das Kästchen geleert wird</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>Ihnen fehlt das Recht: %1</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save and print</source>
        <translation>Speichern und drucken</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>Speichern und senden</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>Per E-Mail senden…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Gutschrift…</translation>
    </message>
    <message>
        <source>A new credit note for lines of this invoice</source>
        <translation>Eine neue Gutschrift für Positionen dieser Rechnung</translation>
    </message>
    <message>
        <source>Send to several…</source>
        <translation>An mehrere senden…</translation>
    </message>
    <message>
        <source>This letter to many parties, each numbered</source>
        <translation>Dieser Brief an viele Partner, jeder mit eigener Nummer</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Net %1   VAT %2   Total %3 %4</source>
        <translation>Netto %1   USt. %2   Gesamt %3 %4</translation>
    </message>
    <message>
        <source>Choose a party first.</source>
        <translation>Wählen Sie zuerst einen Geschäftspartner.</translation>
    </message>
</context>
<context>
    <name>DocumentHead</name>
    <message>
        <source>Party</source>
        <translation>Geschäftspartner</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Email to</source>
        <translation>E-Mail an</translation>
    </message>
    <message>
        <source>empty: the contact person&apos;s addresses, else the card&apos;s</source>
        <translation>leer: die Adressen des Ansprechpartners, sonst die der Karte</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Korrigiert Rechnung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Geschäftspartner</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>%1 on account</source>
        <translation>%1 Guthaben</translation>
    </message>
    <message>
        <source>%1 · %2 open</source>
        <translation>%1 · %2 offen</translation>
    </message>
</context>
<context>
    <name>DocumentRowActions</name>
    <message>
        <source>&amp;Credit note…</source>
        <translation>&amp;Gutschrift…</translation>
    </message>
    <message>
        <source>&amp;Waive reminder fee…</source>
        <translation>Mahngebühr &amp;erlassen…</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>Ihnen fehlt das Recht: %1</translation>
    </message>
    <message>
        <source>A new credit note for this invoice</source>
        <translation>Eine neue Gutschrift zu dieser Rechnung</translation>
    </message>
    <message>
        <source>Credit back the reminder&apos;s fee</source>
        <translation>Die Mahngebühr gutschreiben</translation>
    </message>
    <message>
        <source>Waive %1 %2 of the fee of %3 to %4? A credit note of the fee is posted; the reminder stays as it was sent.</source>
        <translation>%1 %2 der Gebühr von %3 an %4 erlassen? Eine Gutschrift über die Gebühr wird gebucht; die Mahnung bleibt, wie sie versandt wurde.</translation>
    </message>
    <message>
        <source>Waive reminder fee</source>
        <translation>Mahngebühr erlassen</translation>
    </message>
    <message>
        <source>&amp;Waive fee</source>
        <translation>Gebühr &amp;erlassen</translation>
    </message>
    <message>
        <source>Nothing of the fee was open any more.</source>
        <translation>Von der Gebühr war nichts mehr offen.</translation>
    </message>
    <message>
        <source>%1 waives the fee of %2.</source>
        <translation>%1 erlässt die Gebühr von %2.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>e.g. 5-17</source>
        <translation>z. B. 5-17</translation>
    </message>
    <message>
        <source>Number range</source>
        <translation>Nummernbereich</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Geschäftspartner</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Alle Geschäftspartner</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Any email state</source>
        <translation>Jeder E-Mail-Stand</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Invoices by where they stand with their payment today</source>
        <translation>Rechnungen nach ihrem heutigen Zahlungsstand</translation>
    </message>
    <message>
        <source>Any payment state</source>
        <translation>Jeder Zahlungsstand</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Neuer Beleg</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>No documents to show. Change the filters above, or create one with New…</source>
        <translation>Keine Belege anzuzeigen. Ändern Sie die Filter oben oder legen Sie mit „Neu…“ einen an.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>No party is called %1.</source>
        <translation>Es gibt keinen Geschäftspartner namens %1.</translation>
    </message>
</context>
<context>
    <name>EInvoiceFields</name>
    <message>
        <source>E-invoices</source>
        <translation>E-Rechnungen</translation>
    </message>
    <message>
        <source>The customer&apos;s VAT id with its country letters, such as DE123456789</source>
        <translation>Die USt-IdNr. des Kunden mit dem Länderkürzel, etwa DE123456789</translation>
    </message>
    <message>
        <source>&amp;VAT id</source>
        <translation>&amp;USt-IdNr.</translation>
    </message>
    <message>
        <source>What e-invoices still need</source>
        <translation>Was E-Rechnungen noch fehlt</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>%1 (unknown code)</source>
        <translation>%1 (unbekannter Code)</translation>
    </message>
    <message>
        <source>The country as an e-invoice names it (ISO code, e.g. DE for Germany)</source>
        <translation>Das Land, wie eine E-Rechnung es nennt (ISO-Code, z. B. DE für Deutschland)</translation>
    </message>
    <message>
        <source>Countr&amp;y code</source>
        <translation>Län&amp;dercode</translation>
    </message>
    <message>
        <source>The buyer reference (BT-10) their invoices must carry. For a German public buyer this is its Leitweg-ID (such as 991-01234-44), which XRechnung requires.</source>
        <translation>Die Käuferreferenz (BT-10), die seine Rechnungen tragen müssen. Bei einem deutschen öffentlichen Auftraggeber ist das seine Leitweg-ID (etwa 991-01234-44), die XRechnung verlangt.</translation>
    </message>
    <message>
        <source>&amp;Buyer reference (Leitweg-ID)</source>
        <translation>&amp;Käuferreferenz (Leitweg-ID)</translation>
    </message>
    <message>
        <source>Where the customer receives e-invoices (BT-49): a Peppol id or an email address; empty: the billing email address is used</source>
        <translation>Wo der Kunde E-Rechnungen empfängt (BT-49): eine Peppol-ID oder eine E-Mail-Adresse; leer: die Rechnungs-E-Mail-Adresse wird verwendet</translation>
    </message>
    <message>
        <source>&amp;Electronic address</source>
        <translation>&amp;Elektronische Adresse</translation>
    </message>
    <message>
        <source>(email, the default)</source>
        <translation>(E-Mail, die Vorgabe)</translation>
    </message>
    <message>
        <source>Email address (EM)</source>
        <translation>E-Mail-Adresse (EM)</translation>
    </message>
    <message>
        <source>Leitweg-ID (0204)</source>
        <translation>Leitweg-ID (0204)</translation>
    </message>
    <message>
        <source>German VAT id (9930)</source>
        <translation>Deutsche USt-IdNr. (9930)</translation>
    </message>
    <message>
        <source>GLN, global location number (0088)</source>
        <translation>GLN, Global Location Number (0088)</translation>
    </message>
    <message>
        <source>DUNS number (0060)</source>
        <translation>DUNS-Nummer (0060)</translation>
    </message>
    <message>
        <source>French VAT id (9957)</source>
        <translation>Französische USt-IdNr. (9957)</translation>
    </message>
    <message>
        <source>What kind of address the electronic address is</source>
        <translation>Welche Art Adresse die elektronische Adresse ist</translation>
    </message>
    <message>
        <source>Address &amp;scheme</source>
        <translation>Adress&amp;schema</translation>
    </message>
    <message>
        <source>Automatic (Factur-X with a VAT id, else none)</source>
        <translation>Automatisch (Factur-X mit USt-IdNr., sonst keins)</translation>
    </message>
    <message>
        <source>How this customer&apos;s invoices go out as structured data, beside the print</source>
        <translation>Wie die Rechnungen dieses Kunden als strukturierte Daten neben dem Druck hinausgehen</translation>
    </message>
    <message>
        <source>E-invoice &amp;format</source>
        <translation>E-Rechnungs&amp;format</translation>
    </message>
    <message>
        <source>No e-invoice: invoices go out as print copies only.</source>
        <translation>Keine E-Rechnung: Rechnungen gehen nur als Druckexemplar hinaus.</translation>
    </message>
    <message>
        <source>The card has what %1 needs.</source>
        <translation>Die Karte hat, was %1 braucht.</translation>
    </message>
    <message>
        <source>For %1 still missing: %2</source>
        <translation>Für %1 fehlt noch: %2</translation>
    </message>
    <message>
        <source>None (print copy only)</source>
        <translation>Keins (nur Druckexemplar)</translation>
    </message>
    <message>
        <source>Factur-X (PDF with the invoice data inside)</source>
        <translation>Factur-X (PDF mit den Rechnungsdaten darin)</translation>
    </message>
    <message>
        <source>XRechnung (CII)</source>
        <translation>XRechnung (CII)</translation>
    </message>
    <message>
        <source>XRechnung (UBL)</source>
        <translation>XRechnung (UBL)</translation>
    </message>
    <message>
        <source>Peppol BIS Billing (UBL)</source>
        <translation>Peppol BIS Billing (UBL)</translation>
    </message>
    <message>
        <source>RO e-Factura (CIUS-RO, UBL)</source>
        <translation>RO e-Factura (CIUS-RO, UBL)</translation>
    </message>
</context>
<context>
    <name>EInvoiceLine</name>
    <message>
        <source>Factur-X</source>
        <translation>Factur-X</translation>
    </message>
    <message>
        <source>XRechnung</source>
        <translation>XRechnung</translation>
    </message>
    <message>
        <source>Peppol BIS</source>
        <translation>Peppol BIS</translation>
    </message>
    <message>
        <source>RO e-Factura</source>
        <translation>RO e-Factura</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-Rechnung</translation>
    </message>
    <message>
        <source>%1 inside the print copy, validated ✓</source>
        <translation>%1 im Druckexemplar, geprüft ✓</translation>
    </message>
    <message>
        <source>%1 attached, validated ✓</source>
        <translation>%1 angehängt, geprüft ✓</translation>
    </message>
    <message>
        <source>%1 not attached, because:</source>
        <translation>%1 nicht angehängt, weil:</translation>
    </message>
    <message>
        <source>The message can still go, without the e-invoice.</source>
        <translation>Die Nachricht kann trotzdem gesendet werden, ohne die E-Rechnung.</translation>
    </message>
    <message>
        <source>The e-invoice could not be checked: %1</source>
        <translation>Die E-Rechnung konnte nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;Open ledger…</source>
        <translation>Buchhaltung &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>Aus einer Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>LedgerPost could not be started on that ledger.</source>
        <translation>LedgerPost konnte mit dieser Buchhaltung nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Back up the ledger</source>
        <translation>Journal sichern</translation>
    </message>
    <message>
        <source>Backups (*.ledgerpost)</source>
        <translation>Sicherungen (*.ledgerpost)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1, but the check found %n problem(s): run Check.</source>
        <translation>
            <numerusform>Gesichert in %1, aber die Prüfung hat %n Problem gefunden: führen Sie die Prüfung aus.</numerusform>
            <numerusform>Gesichert in %1, aber die Prüfung hat %n Probleme gefunden: führen Sie die Prüfung aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1 and checked.</source>
        <translation>Gesichert in %1 und geprüft.</translation>
    </message>
</context>
<context>
    <name>GeneralLedgerDialog</name>
    <message>
        <source>General ledger: %1 %2</source>
        <translation>Hauptbuch: %1 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Anfangssaldo</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Schlusssaldo</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save the general ledger as PDF</source>
        <translation>Kontoblatt als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a file</source>
        <translation>Aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Cards: customers, suppliers, employees (CSV)</source>
        <translation>Karten: Kunden, Lieferanten, Mitarbeiter (CSV)</translation>
    </message>
    <message>
        <source>Documents: invoices, credit notes, opening items (CSV or JSON)</source>
        <translation>Belege: Rechnungen, Gutschriften, offene Posten (CSV oder JSON)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>&amp;Post the documents (numbered and final)</source>
        <translation>Belege &amp;buchen (nummeriert und endgültig)</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Die Datei enthält</translation>
    </message>
    <message>
        <source>Choose a file, then Check: nothing is written until Import.</source>
        <translation>Datei wählen, dann Prüfen: vor dem Import wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV or JSON (*.csv *.json)</source>
        <translation>CSV oder JSON (*.csv *.json)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <source>New cards: %1, updated: %2, unchanged: %3.</source>
        <translation>Neue Karten: %1, geändert: %2, unverändert: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) created.</source>
        <translation>
            <numerusform>%n Beleg angelegt.</numerusform>
            <numerusform>%n Belege angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) pass every check.</source>
        <translation>
            <numerusform>%n Beleg besteht jede Prüfung.</numerusform>
            <numerusform>%n Belege bestehen jede Prüfung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was written. Mend the file and check again.</source>
        <translation>
            <numerusform>%n Problem: nichts wurde geschrieben. Berichtigen Sie die Datei und prüfen Sie erneut.</numerusform>
            <numerusform>%n Probleme: nichts wurde geschrieben. Berichtigen Sie die Datei und prüfen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>Geschrieben wird erst, wenn Sie Importieren wählen.</translation>
    </message>
</context>
<context>
    <name>JournalEntriesBox</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Storno</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>Entwurf &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>&amp;Stornieren…</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n Buchung</numerusform>
            <numerusform>%n Buchungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n draft(s) not posted yet</source>
        <translation>
            <numerusform>; %n Entwurf noch nicht gebucht</numerusform>
            <numerusform>; %n Entwürfe noch nicht gebucht</numerusform>
        </translation>
    </message>
    <message>
        <source>reverses %1</source>
        <translation>storniert %1</translation>
    </message>
    <message>
        <source>reversed by %1</source>
        <translation>storniert durch %1</translation>
    </message>
    <message>
        <source>Delete the draft entry “%1”? It never counted in the books.</source>
        <translation>Den Buchungsentwurf „%1“ löschen? Er hat nie in den Büchern gezählt.</translation>
    </message>
    <message>
        <source>Draft entry deleted.</source>
        <translation>Buchungsentwurf gelöscht.</translation>
    </message>
    <message>
        <source>Post an entry dated today that undoes %1?</source>
        <translation>Eine Buchung mit heutigem Datum buchen, die %1 storniert?</translation>
    </message>
    <message>
        <source>Journal entry %1 posted.</source>
        <translation>Buchung %1 gebucht.</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>New journal entry</source>
        <translation>Neue Buchung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>&amp;Zeile hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Post now (the entry cannot change afterwards)</source>
        <translation>Jetzt &amp;buchen (danach unveränderlich)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Line %1: an amount is not a number.</source>
        <translation>Zeile %1: ein Betrag ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Problem with the language</source>
        <translation>Problem mit der Sprache</translation>
    </message>
    <message>
        <source>Menus, pages and dialogs speak this language; Arabic also turns the window right to left. Documents and messages go out in each customer&apos;s own language.</source>
        <translation>Menüs, Seiten und Dialoge sprechen diese Sprache; Arabisch stellt das Fenster zudem von rechts nach links. Belege und Nachrichten gehen in der Sprache des jeweiligen Kunden hinaus.</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>&amp;Sprache des Fensters:</translation>
    </message>
</context>
<context>
    <name>LetterBatchDialog</name>
    <message>
        <source>Send a letter to several</source>
        <translation>Brief an mehrere senden</translation>
    </message>
    <message>
        <source>Letter: %1</source>
        <translation>Brief: %1</translation>
    </message>
    <message>
        <source>%v of %m letters</source>
        <translation>%v von %m Briefen</translation>
    </message>
    <message>
        <source>Choose the recipients, then Preview.</source>
        <translation>Empfänger wählen, dann Vorschau.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Verfasst in</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Letters to send</source>
        <translation>Zu sendende Briefe</translation>
    </message>
    <message>
        <source>Why no letter</source>
        <translation>Warum kein Brief</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Send letters</source>
        <translation>Briefe &amp;senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A batch being sent goes on in the background</source>
        <translation>Ein laufender Stapel geht im Hintergrund weiter</translation>
    </message>
    <message>
        <source>The recipients changed: Preview again before sending.</source>
        <translation>Die Empfänger haben sich geändert: vor dem Senden erneut Vorschau.</translation>
    </message>
    <message>
        <source>Looking at every card chosen…</source>
        <translation>Alle gewählten Karten werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) to send</source>
        <translation>
            <numerusform>%n Brief zu senden</numerusform>
            <numerusform>%n Briefe zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter to send to the cards chosen</source>
        <translation>An die gewählten Karten ist kein Brief zu senden</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>Kosten: %n Guthaben</numerusform>
            <numerusform>Kosten: %n Guthaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>verfügbar: %n Guthaben</numerusform>
            <numerusform>verfügbar: %n Guthaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n Nachricht wartet, bis Guthaben aufgeladen wird.</numerusform>
            <numerusform>%n Nachrichten warten, bis Guthaben aufgeladen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 sent again (cancelled before))</source>
        <translation>(%1 wird erneut gesendet (zuvor storniert))</translation>
    </message>
    <message>
        <source>(%1, made before)</source>
        <translation>(%1, früher erstellt)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n card(s), with the reason</source>
        <translation>
            <numerusform>Ausgelassen: %n Karte, mit Grund</numerusform>
            <numerusform>Ausgelassen: %n Karten, mit Grund</numerusform>
        </translation>
    </message>
    <message>
        <source>No card chosen is left out.</source>
        <translation>Keine gewählte Karte wird ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) made and put in the outbox.</source>
        <translation>
            <numerusform>%n Brief erstellt und in den Postausgang gelegt.</numerusform>
            <numerusform>%n Briefe erstellt und in den Postausgang gelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n card(s) were not reached. Preview and Send again to write to them; those who have the letter get none again.</source>
        <translation>
            <numerusform>Angehalten: %n Karte wurde nicht erreicht. Vorschau und erneut Senden, um zu schreiben; wer den Brief hat, bekommt ihn nicht noch einmal.</numerusform>
            <numerusform>Angehalten: %n Karten wurden nicht erreicht. Vorschau und erneut Senden, um ihnen zu schreiben; wer den Brief hat, bekommt ihn nicht noch einmal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n previewed letter(s) were not queued; Preview again to see why.</source>
        <translation>
            <numerusform>%n Brief aus der Vorschau wurde nicht eingereiht; erneut Vorschau, um den Grund zu sehen.</numerusform>
            <numerusform>%n Briefe aus der Vorschau wurden nicht eingereiht; erneut Vorschau, um den Grund zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to see what is left.</source>
        <translation>Erneut Vorschau, um zu sehen, was übrig ist.</translation>
    </message>
</context>
<context>
    <name>LetterFields</name>
    <message>
        <source>Header</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>The subject, also of the email</source>
        <translation>Der Betreff, auch der E-Mail</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Dear customer,

A blank line starts a new paragraph.
- a line starting with a dash is an item of a list</source>
        <translation>Sehr geehrte Kundin, sehr geehrter Kunde,

Eine Leerzeile beginnt einen neuen Absatz.
- eine Zeile, die mit einem Strich beginnt, ist ein Punkt einer Liste</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Grußformel</translation>
    </message>
    <message>
        <source>e.g. Kind regards</source>
        <translation>z. B. Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>A user of the ledger, or any name typed here</source>
        <translation>Ein Benutzer der Buchhaltung oder ein hier eingegebener Name</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Verfasst in</translation>
    </message>
    <message>
        <source>The print copy&apos;s labels and the email&apos;s words follow this language</source>
        <translation>Die Beschriftungen des Belegs und die Worte der E-Mail folgen dieser Sprache</translation>
    </message>
    <message>
        <source>The party&apos;s language</source>
        <translation>Die Sprache des Partners</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Closing</source>
        <translation>&amp;Grußformel</translation>
    </message>
    <message>
        <source>Si&amp;gned by</source>
        <translation>&amp;Unterzeichnet von</translation>
    </message>
    <message>
        <source>&amp;Written in</source>
        <translation>&amp;Verfasst in</translation>
    </message>
</context>
<context>
    <name>LetterRecipients</name>
    <message>
        <source>Kind of card</source>
        <translation>Art der Karte</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Sprache der Karte</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <source>Filter the cards</source>
        <translation>Karten filtern</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>Nach Name oder Kürzel filtern</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Check all shown</source>
        <translation>Alle angezeigten ankreuzen</translation>
    </message>
    <message>
        <source>Uncheck all shown</source>
        <translation>Alle angezeigten abwählen</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) chosen</source>
        <translation>
            <numerusform>%n Karte gewählt</numerusform>
            <numerusform>%n Karten gewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>USt. %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to LedgerPost</source>
        <translation>Bei LedgerPost anmelden</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>&amp;Anmeldename</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>Geben Sie Ihren Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>Anmeldename oder Passwort ist falsch.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LedgerPost — %1</source>
        <translation>LedgerPost — %1</translation>
    </message>
    <message>
        <source>LedgerPost — no company yet</source>
        <translation>LedgerPost — noch keine Firma</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Mail status</source>
        <translation>E-Mail-Status</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New document…</source>
        <translation>&amp;Neuer Beleg…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>Per E-Mail senden…</translation>
    </message>
    <message>
        <source>&amp;Batch send…</source>
        <translation>&amp;Sammelversand…</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>Ihnen fehlt das Recht: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Email queue</source>
        <translation>E-Mail-Warteschlange</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Message credits</source>
        <translation>Nachrichtenguthaben</translation>
    </message>
    <message>
        <source>Ageing of open items</source>
        <translation>Altersstruktur offener Posten</translation>
    </message>
    <message>
        <source>Payment &amp;reminders…</source>
        <translation>&amp;Zahlungserinnerungen…</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Bücher</translation>
    </message>
    <message>
        <source>VAT report</source>
        <translation>Umsatzsteuerbericht</translation>
    </message>
    <message>
        <source>Users and rights</source>
        <translation>Benutzer und Rechte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln Beleg</numerusform>
            <numerusform>%Ln Belege</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>MessagePane</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A few words of your own, shown above the message</source>
        <translation>Ein paar eigene Worte, oberhalb der Nachricht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Greeting and signature</source>
        <translation>Gruß und Signatur</translation>
    </message>
    <message>
        <source>&amp;Note (goes on top)</source>
        <translation>&amp;Notiz (steht oben)</translation>
    </message>
    <message>
        <source>&amp;Message (changes apply to this send only)</source>
        <translation>&amp;Nachricht (Änderungen gelten nur für diesen Versand)</translation>
    </message>
</context>
<context>
    <name>MessageViewDialog</name>
    <message>
        <source>Message as sent — %1</source>
        <translation>Nachricht wie gesendet — %1</translation>
    </message>
    <message>
        <source>Message as it will be sent — %1</source>
        <translation>Nachricht, wie sie gesendet wird — %1</translation>
    </message>
    <message>
        <source>%1 so far: the Date line is added when it is first sent</source>
        <translation>%1 bisher: die Date-Zeile kommt beim ersten Senden hinzu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>when it is first sent</source>
        <translation>beim ersten Versand</translation>
    </message>
    <message>
        <source>Blind copies travel only in the envelope, never in the text.</source>
        <translation>Blindkopien stehen nur im Umschlag, nie im Text.</translation>
    </message>
    <message>
        <source>BCC (envelope only):</source>
        <translation>BCC (nur im Umschlag):</translation>
    </message>
    <message>
        <source>The server&apos;s answer to each recipient</source>
        <translation>Die Antwort des Servers zu jedem Empfänger</translation>
    </message>
    <message>
        <source>Server&apos;s answer:</source>
        <translation>Antwort des Servers:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Zustellung:</translation>
    </message>
    <message>
        <source>What the report said</source>
        <translation>Was der Bericht sagt</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>All headers</source>
        <translation>Alle Kopfzeilen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Anhänge (%1)</translation>
    </message>
    <message>
        <source>%1 as handed to the server</source>
        <translation>%1 wie an den Server übergeben</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Als .eml speichern…</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Nachricht speichern</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>E-Mail-Nachrichten (*.eml)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Die Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>A &amp;bank account (receipts and payments can name it)</source>
        <translation>Ein &amp;Bankkonto (für Zahlungseingänge und Zahlungen)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Be&amp;zeichnung</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;VAT code</source>
        <translation>&amp;USt-Schlüssel</translation>
    </message>
</context>
<context>
    <name>OpenLedgerDialog</name>
    <message>
        <source>Open ledger</source>
        <translation>Buchhaltung öffnen</translation>
    </message>
    <message>
        <source>A ledger file on this computer</source>
        <translation>Eine Buchhaltungsdatei auf diesem Computer</translation>
    </message>
    <message>
        <source>A shared ledger on a PostgreSQL server</source>
        <translation>Eine gemeinsame Buchhaltung auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Ledger file</source>
        <translation>Buchhaltungsdatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Shared ledger address</source>
        <translation>Adresse der gemeinsamen Buchhaltung</translation>
    </message>
    <message>
        <source>The database password comes from the keyring (ledgerpost db-password) or from ~/.pgpass; never put it in the address.</source>
        <translation>Das Datenbankpasswort kommt aus dem Schlüsselbund (ledgerpost db-password) oder aus ~/.pgpass; schreiben Sie es nie in die Adresse.</translation>
    </message>
    <message>
        <source>Ledger files (*.sqlite3);;All files (*)</source>
        <translation>Buchhaltungsdateien (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Name a ledger file, or the address of a shared ledger.</source>
        <translation>Geben Sie eine Buchhaltungsdatei oder die Adresse einer gemeinsamen Buchhaltung an.</translation>
    </message>
    <message>
        <source>There is no ledger file at %1.</source>
        <translation>Unter %1 gibt es keine Buchhaltungsdatei.</translation>
    </message>
    <message>
        <source>This is not a database address; a shared ledger looks like %1.</source>
        <translation>Das ist keine Datenbankadresse; eine gemeinsame Buchhaltung sieht so aus: %1.</translation>
    </message>
    <message>
        <source>The address holds a password: keep it in the keyring (ledgerpost db-password) or in ~/.pgpass, and give the address without it.</source>
        <translation>Die Adresse enthält ein Passwort: Bewahren Sie es im Schlüsselbund (ledgerpost db-password) oder in ~/.pgpass auf und geben Sie die Adresse ohne es an.</translation>
    </message>
    <message>
        <source>LedgerPost keeps shared ledgers on PostgreSQL (not %1): %2</source>
        <translation>LedgerPost führt gemeinsame Buchhaltungen auf PostgreSQL (nicht %1): %2</translation>
    </message>
    <message>
        <source>Name the database at the end of the address: %1</source>
        <translation>Geben Sie die Datenbank am Ende der Adresse an: %1</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Email queue</source>
        <translation>E-Mail-Warteschlange</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Ungewiss</translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation>Wird erneut versucht</translation>
    </message>
    <message>
        <source>Held (send later)</source>
        <translation>Zurückgehalten (später senden)</translation>
    </message>
    <message>
        <source>Waiting for credits</source>
        <translation>Wartet auf Guthaben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>Sending accounts&apos; queues</source>
        <translation>Warteschlangen der Absenderkonten</translation>
    </message>
    <message>
        <source>No messages here. A document you send by email, alone or in a batch, waits in this queue until the mail server accepts it.</source>
        <translation>Hier sind keine Nachrichten. Ein Beleg, den Sie per E-Mail senden, einzeln oder im Stapel, wartet in dieser Warteschlange, bis der Mailserver ihn annimmt.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Chosen message</source>
        <translation>Gewählte Nachricht</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Die Warteschlange konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 messages</source>
        <translation>Die neuesten %1 von %2 Nachrichten werden angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages chosen</source>
        <translation>
            <numerusform>%n Nachricht gewählt</numerusform>
            <numerusform>%n Nachrichten gewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a message to see what the server said.</source>
        <translation>Wählen Sie eine Nachricht, um die Antwort des Servers zu sehen.</translation>
    </message>
</context>
<context>
    <name>PartiesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Search by name, code or address</source>
        <translation>Nach Name, Kürzel oder Adresse suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the chosen card</source>
        <translation>Die gewählte Karte bearbeiten</translation>
    </message>
    <message>
        <source>No cards to show. Add one with New…, or change the search.</source>
        <translation>Keine Karten anzuzeigen. Legen Sie mit „Neu…“ eine an oder ändern Sie die Suche.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Hide the card from the pickers; its documents and history stay</source>
        <translation>Karte in den Auswahllisten ausblenden; Belege und Historie bleiben</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>%1 archiviert.</translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation>%1 wird wieder angezeigt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PartyBalance</name>
    <message>
        <source>Open balance</source>
        <translation>Offener Saldo</translation>
    </message>
    <message>
        <source>Open balance: nothing open</source>
        <translation>Offener Saldo: nichts offen</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Offener Saldo: %1</translation>
    </message>
    <message>
        <source>oldest overdue: %1, due %2</source>
        <translation>älteste überfällige: %1, fällig am %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) overdue)</source>
        <translation>
            <numerusform>(%n Tag überfällig)</numerusform>
            <numerusform>(%n Tage überfällig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyCopies</name>
    <message>
        <source>Copies of every message</source>
        <translation>Kopien jeder Nachricht</translation>
    </message>
    <message>
        <source>Default C&amp;C</source>
        <translation>Standard-C&amp;C</translation>
    </message>
    <message>
        <source>Default BCC</source>
        <translation>Standard-BCC</translation>
    </message>
    <message>
        <source>e.g. accountant@example.com, separate with commas</source>
        <translation>z. B. buchhaltung@example.com, mit Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Documents and messages go out in this language</source>
        <translation>Belege und Nachrichten gehen in dieser Sprache hinaus</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>&amp;Kürzel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straße</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Add &amp;address</source>
        <translation>&amp;Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Adresse entfernen</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email addresses (separate with commas)</source>
        <translation>E-Mail-Adressen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>&amp;Person hinzufügen</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>You may not see contact addresses: they read “hidden contact” here and stay as they are when you save.</source>
        <translation>Sie dürfen keine Kontaktadressen sehen: hier steht „verborgener Kontakt“, und beim Speichern bleiben sie, wie sie sind.</translation>
    </message>
    <message>
        <source>Send report…</source>
        <translation>Bericht senden…</translation>
    </message>
    <message>
        <source>Send statement…</source>
        <translation>Kontoauszug senden…</translation>
    </message>
    <message>
        <source>The statement of account for a period</source>
        <translation>Der Kontoauszug für einen Zeitraum</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of %1</source>
        <translation>Passwort von %1</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Aktuelles Passwort</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print copy</source>
        <translation>Druckexemplar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems before sending</source>
        <translation>Probleme vor dem Senden</translation>
    </message>
    <message>
        <source>Checking the message…</source>
        <translation>Nachricht wird geprüft…</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Bereit zum Senden.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send the chosen failed or uncertain messages again (same Message-ID)</source>
        <translation>Die gewählten fehlgeschlagenen oder ungewissen Nachrichten erneut senden (gleiche Message-ID)</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Send a held message without waiting</source>
        <translation>Eine zurückgehaltene Nachricht ohne Warten senden</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Versand stornieren</translation>
    </message>
    <message>
        <source>Do not send the chosen messages</source>
        <translation>Die gewählten Nachrichten nicht senden</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Als gesendet markieren…</translation>
    </message>
    <message>
        <source>The customer has the message: record an uncertain one as sent</source>
        <translation>Der Kunde hat die Nachricht: eine ungewisse als gesendet erfassen</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Beleg öffnen</translation>
    </message>
    <message>
        <source>View message</source>
        <translation>Nachricht ansehen</translation>
    </message>
    <message>
        <source>The exact message as it went to the server</source>
        <translation>Die Nachricht genau so, wie sie an den Server ging</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be sent again.</source>
        <translation>
            <numerusform>%n Nachricht wird erneut gesendet.</numerusform>
            <numerusform>%n Nachrichten werden erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will go now.</source>
        <translation>
            <numerusform>%n Nachricht geht jetzt.</numerusform>
            <numerusform>%n Nachrichten gehen jetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will not be sent. They stay in the queue as cancelled.</source>
        <translation>
            <numerusform>%n Nachricht wird nicht gesendet. Sie bleibt als storniert in der Warteschlange.</numerusform>
            <numerusform>%n Nachrichten werden nicht gesendet. Sie bleiben als storniert in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) cancelled.</source>
        <translation>
            <numerusform>%n Nachricht storniert.</numerusform>
            <numerusform>%n Nachrichten storniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n message(s) as sent only if you know the customer received it (for example, they confirmed it).

It then counts as sent, one credit is spent for each, and it will not be sent again.</source>
        <translation>
            <numerusform>Markieren Sie %n Nachricht nur dann als gesendet, wenn Sie wissen, dass der Kunde sie erhalten hat (zum Beispiel bestätigt hat).

Sie gilt dann als gesendet, dafür wird ein Guthabenpunkt verbraucht, und sie wird nicht erneut gesendet.</numerusform>
            <numerusform>Markieren Sie %n Nachrichten nur dann als gesendet, wenn Sie wissen, dass der Kunde sie erhalten hat (zum Beispiel bestätigt hat).

Sie gelten dann als gesendet, für jede wird ein Guthabenpunkt verbraucht, und sie werden nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation>
            <numerusform>%n Nachricht als gesendet erfasst.</numerusform>
            <numerusform>%n Nachrichten als gesendet erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>This message has not been put together yet: that happens when it is first sent.</source>
        <translation>Diese Nachricht ist noch nicht zusammengestellt: das geschieht beim ersten Senden.</translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>Die Nachricht konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RateField</name>
    <message>
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>e.g. 1.0850</source>
        <translation>z. B. 1,0850</translation>
    </message>
    <message>
        <source>How many units of the document&apos;s currency one unit of %1 buys</source>
        <translation>Wie viele Einheiten der Belegwährung eine Einheit %1 kostet</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>zuletzt: %1</translation>
    </message>
    <message>
        <source> (= %1 %2)</source>
        <translation> (= %1 %2)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Allocations</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>&amp;Save and post</source>
        <translation>&amp;Speichern und buchen</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <source>Open invoices and fees it settles</source>
        <translation>Offene Rechnungen und Gebühren, die er ausgleicht</translation>
    </message>
    <message>
        <source>this receipt</source>
        <translation>diesem Einnahmebeleg</translation>
    </message>
    <message>
        <source>this payment</source>
        <translation>diesem Ausgabebeleg</translation>
    </message>
    <message>
        <source>%1 stays on account as credit</source>
        <translation>%1 bleibt als Guthaben auf dem Konto</translation>
    </message>
    <message>
        <source>Choose who the money is from or to.</source>
        <translation>Wählen Sie, von wem oder an wen das Geld geht.</translation>
    </message>
    <message>
        <source>Type the amount, for example 150.00.</source>
        <translation>Geben Sie den Betrag ein, zum Beispiel 150,00.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>Allocate what is still on account</source>
        <translation>Das verbleibende Guthaben zuordnen</translation>
    </message>
    <message>
        <source>Open invoices what is on account may settle</source>
        <translation>Offene Rechnungen, die das Guthaben begleichen kann</translation>
    </message>
    <message>
        <source>%1 is on account as credit; no open invoice to settle.</source>
        <translation>%1 ist als Guthaben auf dem Konto; keine offene Rechnung zu begleichen.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Payment reminders</source>
        <translation>Zahlungserinnerungen</translation>
    </message>
    <message>
        <source>%v of %m customers</source>
        <translation>%v von %m Kunden</translation>
    </message>
    <message>
        <source>Reminders as of</source>
        <translation>Erinnerungen zum Stichtag</translation>
    </message>
    <message>
        <source>The day whose overdue invoices are reminded; paid since is never named</source>
        <translation>Der Tag, dessen überfällige Rechnungen angemahnt werden; seither Bezahltes wird nie genannt</translation>
    </message>
    <message>
        <source>Reminders &amp;as of:</source>
        <translation>Erinnerungen &amp;zum:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Sendekonto</translation>
    </message>
    <message>
        <source>Every reminder of the run goes from this account</source>
        <translation>Jede Erinnerung des Laufs geht von diesem Konto aus</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>The usual account</source>
        <translation>Das übliche Konto</translation>
    </message>
    <message>
        <source>Choose the day, then Preview.</source>
        <translation>Wählen Sie den Tag, dann Vorschau.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Reminders to send</source>
        <translation>Zu sendende Erinnerungen</translation>
    </message>
    <message>
        <source>Why no reminder</source>
        <translation>Warum keine Erinnerung</translation>
    </message>
    <message>
        <source>Customers left out</source>
        <translation>Ausgelassene Kunden</translation>
    </message>
    <message>
        <source>&amp;Send reminders</source>
        <translation>Erinnerungen &amp;senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A run being sent goes on in the background</source>
        <translation>Ein laufender Versand geht im Hintergrund weiter</translation>
    </message>
    <message>
        <source>The day changed: Preview again before sending.</source>
        <translation>Der Tag wurde geändert: vor dem Senden erneut Vorschau.</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>Ihnen fehlt das Recht: %1</translation>
    </message>
    <message>
        <source>Looking at every customer&apos;s open invoices…</source>
        <translation>Die offenen Rechnungen aller Kunden werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) to send</source>
        <translation>
            <numerusform>%n Erinnerung zu senden</numerusform>
            <numerusform>%n Erinnerungen zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>offen: %1</translation>
    </message>
    <message>
        <source>No reminder is due on this day</source>
        <translation>An diesem Tag ist keine Erinnerung fällig</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>Kosten: %n Guthabenpunkt</numerusform>
            <numerusform>Kosten: %n Guthabenpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>verfügbar: %n Punkt</numerusform>
            <numerusform>verfügbar: %n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n Nachricht wartet, bis Guthaben aufgeladen wird.</numerusform>
            <numerusform>%n Nachrichten warten, bis Guthaben aufgeladen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>copies:</source>
        <translation>Kopien:</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n customer(s), with the reason</source>
        <translation>
            <numerusform>Ausgelassen: %n Kunde, mit dem Grund</numerusform>
            <numerusform>Ausgelassen: %n Kunden, mit dem Grund</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer with overdue invoices is left out.</source>
        <translation>Kein Kunde mit überfälligen Rechnungen wird ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) put in the outbox.</source>
        <translation>
            <numerusform>%n Erinnerung in den Postausgang gestellt.</numerusform>
            <numerusform>%n Erinnerungen in den Postausgang gestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n customer(s) were not reached. Preview and Send again to remind them; those already reminded are left out.</source>
        <translation>
            <numerusform>Angehalten: %n Kunde wurde nicht erreicht. Vorschau und Senden erneut, um ihn zu erinnern; bereits Erinnerte werden ausgelassen.</numerusform>
            <numerusform>Angehalten: %n Kunden wurden nicht erreicht. Vorschau und Senden erneut, um sie zu erinnern; bereits Erinnerte werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n previewed reminder(s) were not queued (reminded meanwhile, or the message could not be made); Preview again to see why.</source>
        <translation>
            <numerusform>%n Erinnerung aus der Vorschau wurde nicht eingereiht (inzwischen erinnert, oder die Nachricht ließ sich nicht erstellen); erneut Vorschau, um den Grund zu sehen.</numerusform>
            <numerusform>%n Erinnerungen aus der Vorschau wurden nicht eingereiht (inzwischen erinnert, oder die Nachricht ließ sich nicht erstellen); erneut Vorschau, um den Grund zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to see what is left.</source>
        <translation>Erneut Vorschau, um zu sehen, was übrig ist.</translation>
    </message>
    <message>
        <source>marked “never send reminders” on the card</source>
        <translation>auf der Karte mit „nie Erinnerungen senden“ markiert</translation>
    </message>
    <message>
        <source>in dispute (the customer or its overdue invoices)</source>
        <translation>strittig (der Kunde oder seine überfälligen Rechnungen)</translation>
    </message>
    <message>
        <source>already reminded at this level</source>
        <translation>auf dieser Stufe bereits erinnert</translation>
    </message>
    <message>
        <source>owes less than the minimum amount for reminders</source>
        <translation>schuldet weniger als den Mindestbetrag für Erinnerungen</translation>
    </message>
    <message>
        <source>no valid e-mail address on the customer&apos;s card</source>
        <translation>keine gültige E-Mail-Adresse auf der Kundenkarte</translation>
    </message>
</context>
<context>
    <name>ReminderFlags</name>
    <message>
        <source>Payment reminders</source>
        <translation>Zahlungserinnerungen</translation>
    </message>
    <message>
        <source>&amp;Never send reminders</source>
        <translation>&amp;Nie Erinnerungen senden</translation>
    </message>
    <message>
        <source>The customer is left out of every reminder run</source>
        <translation>Der Kunde wird bei jedem Erinnerungslauf ausgelassen</translation>
    </message>
    <message>
        <source>In &amp;dispute</source>
        <translation>&amp;Strittig</translation>
    </message>
    <message>
        <source>No reminder goes while the dispute lasts; untick it once it is settled</source>
        <translation>Solange der Streit dauert, geht keine Erinnerung; nach der Klärung abhaken</translation>
    </message>
    <message>
        <source>Only a user who may post documents changes these</source>
        <translation>Nur ein Benutzer, der Belege buchen darf, ändert diese</translation>
    </message>
</context>
<context>
    <name>ReminderLevelsTab</name>
    <message>
        <source>A customer whose invoice is overdue gets the reminder of the level it has reached, one level at a time and never the same level twice. Negative days send a friendly notice before the due date.</source>
        <translation>Ein Kunde mit überfälliger Rechnung erhält die Erinnerung der erreichten Stufe, eine Stufe nach der anderen und nie dieselbe Stufe zweimal. Negative Tage senden einen freundlichen Hinweis vor dem Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Reminder levels</source>
        <translation>Mahnstufen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation>Tage nach Fälligkeit</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Attach the invoices</source>
        <translation>Rechnungen anhängen</translation>
    </message>
    <message>
        <source>Attach the open-items statement</source>
        <translation>Offene-Posten-Auszug anhängen</translation>
    </message>
    <message>
        <source>&amp;Add a level</source>
        <translation>Stufe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove the &amp;last level</source>
        <translation>&amp;Letzte Stufe entfernen</translation>
    </message>
    <message>
        <source>Problems of the reminder levels</source>
        <translation>Probleme der Mahnstufen</translation>
    </message>
    <message>
        <source>Least amount for a reminder</source>
        <translation>Mindestbetrag für eine Erinnerung</translation>
    </message>
    <message>
        <source>A customer owing less than this overdue (less money on account) gets none</source>
        <translation>Ein Kunde, der weniger als dies überfällig schuldet (abzüglich Guthaben), erhält keine</translation>
    </message>
    <message>
        <source>Problem with the least amount</source>
        <translation>Problem mit dem Mindestbetrag</translation>
    </message>
    <message>
        <source>Least amount for a &amp;reminder:</source>
        <translation>Mindestbetrag für eine &amp;Erinnerung:</translation>
    </message>
    <message>
        <source>Days after the due date, level %1</source>
        <translation>Tage nach Fälligkeit, Stufe %1</translation>
    </message>
    <message>
        <source>Fee, level %1</source>
        <translation>Gebühr, Stufe %1</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more, e.g. 5.00</source>
        <translation>Geben Sie einen Betrag von null oder mehr ein, z. B. 5,00</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Language of the words</source>
        <translation>Sprache des Wortlauts</translation>
    </message>
    <message>
        <source>Restore &amp;bundled words</source>
        <translation>&amp;Mitgelieferten Wortlaut wiederherstellen</translation>
    </message>
    <message>
        <source>Reminder subject</source>
        <translation>Betreff der Erinnerung</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>Text der Erinnerung</translation>
    </message>
    <message>
        <source>Problem with the subject</source>
        <translation>Problem mit dem Betreff</translation>
    </message>
    <message>
        <source>Problem with the text</source>
        <translation>Problem mit dem Text</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Words of level %1</source>
        <translation>Wortlaut der Stufe %1</translation>
    </message>
    <message>
        <source>Your own words</source>
        <translation>Ihr eigener Wortlaut</translation>
    </message>
    <message>
        <source>The bundled words</source>
        <translation>Der mitgelieferte Wortlaut</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Employee report by email</source>
        <translation>Mitarbeiterbericht per E-Mail</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>New ledger file</source>
        <translation>Neue Hauptbuchdatei</translation>
    </message>
    <message>
        <source>The backup becomes a new ledger; the books open now are not touched. Messages that were still to go when the backup was taken wait in the email queue for you to decide, so none goes out twice.</source>
        <translation>Die Sicherung wird ein neues Hauptbuch; die jetzt geöffneten Bücher bleiben unberührt. Nachrichten, die beim Sichern noch zu senden waren, warten in der E-Mail-Warteschlange auf Ihre Entscheidung, damit keine zweimal hinausgeht.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Open the restored ledger</source>
        <translation>Wiederhergestelltes Hauptbuch ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Backups (*.ledgerpost)</source>
        <translation>Sicherungen (*.ledgerpost)</translation>
    </message>
    <message>
        <source>Ledger files (*.sqlite3)</source>
        <translation>Hauptbuchdateien (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restoring and checking…</source>
        <translation>Wiederherstellen und prüfen…</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <source>The backup of %1 is now the ledger %2.</source>
        <translation>Die Sicherung von %1 ist jetzt das Hauptbuch %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were still to go: they wait in the email queue for you to decide.</source>
        <translation>
            <numerusform>%n Nachricht war noch zu senden: sie wartet in der E-Mail-Warteschlange auf Ihre Entscheidung.</numerusform>
            <numerusform>%n Nachrichten waren noch zu senden: sie warten in der E-Mail-Warteschlange auf Ihre Entscheidung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s): run Check there.</source>
        <translation>
            <numerusform>Die Prüfung fand %n Problem: starten Sie dort die Prüfung.</numerusform>
            <numerusform>Die Prüfung fand %n Probleme: starten Sie dort die Prüfung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>The preview could not be made.</source>
        <translation>Die Vorschau konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send by email</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Sendekonto</translation>
    </message>
    <message>
        <source>The account this message goes from; its From address follows</source>
        <translation>Das Konto, von dem diese Nachricht gesendet wird; seine Absenderadresse wird übernommen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>BCC</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Send again although already sent</source>
        <translation>Erneut senden, obwohl schon gesendet</translation>
    </message>
    <message>
        <source>%1 of %2 accepted. %3</source>
        <translation>%1 von %2 angenommen. %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Statement %1 – %2</source>
        <translation>Kontoauszug %1 – %2</translation>
    </message>
    <message>
        <source>Send by email — %1</source>
        <translation>Per E-Mail senden — %1</translation>
    </message>
    <message>
        <source>(no sender address set)</source>
        <translation>(keine Absenderadresse eingerichtet)</translation>
    </message>
    <message>
        <source>Already sent on %1 to %2.</source>
        <translation>Bereits am %1 an %2 gesendet.</translation>
    </message>
    <message>
        <source>Already in the outbox since %1 for %2.</source>
        <translation>Seit %1 im Postausgang, an %2.</translation>
    </message>
    <message>
        <source>Employee report %1 – %2</source>
        <translation>Mitarbeiterbericht %1 – %2</translation>
    </message>
    <message>
        <source>Open items %1 – %2</source>
        <translation>Offene Posten %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n verfügbar</numerusform>
            <numerusform>%n verfügbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this message costs %n</source>
        <translation>
            <numerusform>diese Nachricht kostet %n</numerusform>
            <numerusform>diese Nachricht kostet %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Putting the message in the outbox…</source>
        <translation>Nachricht wird in den Postausgang gestellt…</translation>
    </message>
    <message>
        <source>Nothing was put in the outbox: %1</source>
        <translation>Nichts wurde in den Postausgang gestellt: %1</translation>
    </message>
</context>
<context>
    <name>SendLater</name>
    <message>
        <source>Send &amp;later:</source>
        <translation>&amp;Später senden:</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Später senden</translation>
    </message>
    <message>
        <source>Date and time to send</source>
        <translation>Datum und Uhrzeit des Versands</translation>
    </message>
    <message>
        <source>The time to send is already past: choose a later one.</source>
        <translation>Der Versandzeitpunkt ist schon vorbei: wählen Sie einen späteren.</translation>
    </message>
</context>
<context>
    <name>SentReportModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Geschäftspartner</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>BCC</translation>
    </message>
</context>
<context>
    <name>SentReportPage</name>
    <message>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Geschäftspartner</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Alle Geschäftspartner</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>No messages in this period for this user and party.</source>
        <translation>Keine Nachrichten in diesem Zeitraum für diesen Benutzer und diesen Geschäftspartner.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sent messages</source>
        <translation>Gesendete Nachrichten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Sending &amp;accounts</source>
        <translation>Sende&amp;konten</translation>
    </message>
    <message>
        <source>Messa&amp;ges</source>
        <translation>Nachrich&amp;ten</translation>
    </message>
    <message>
        <source>How messages leave the outbox. While you try things out, set a test address: then nothing reaches a customer.</source>
        <translation>Wie Nachrichten den Postausgang verlassen. Solange Sie ausprobieren, richten Sie eine Testadresse ein: dann erreicht nichts einen Kunden.</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation>&amp;Versand</translation>
    </message>
    <message>
        <source>Each message the server accepts uses one credit; credits are bought in packages of this size and price.</source>
        <translation>Jede vom Server angenommene Nachricht verbraucht einen Guthabenpunkt; Guthaben wird in Paketen dieser Größe und dieses Preises gekauft.</translation>
    </message>
    <message>
        <source>C&amp;redits</source>
        <translation>&amp;Guthaben</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>&amp;Mahnungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Nothing was saved: the %1 message in %2 has problems, shown in red; correct them or restore the default.</source>
        <translation>Nichts wurde gespeichert: die Nachricht „%1“ in %2 hat rot markierte Probleme; korrigieren Sie sie oder stellen Sie den Standard wieder her.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Settings saved. %1</source>
        <translation>Einstellungen gespeichert. %1</translation>
    </message>
    <message>
        <source>The settings could not be saved because of an unexpected error.</source>
        <translation>Die Einstellungen konnten wegen eines unerwarteten Fehlers nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n value(s) need a correction, shown in red.</source>
        <translation>
            <numerusform>Nichts wurde gespeichert: %n Wert muss korrigiert werden, rot markiert.</numerusform>
            <numerusform>Nichts wurde gespeichert: %n Werte müssen korrigiert werden, rot markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in with a code on another device</source>
        <translation>Mit einem Code auf einem anderen Gerät anmelden</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Open %1 on any device and enter the code %2.</source>
        <translation>Öffnen Sie %1 auf einem beliebigen Gerät und geben Sie den Code %2 ein.</translation>
    </message>
</context>
<context>
    <name>SmtpTab</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS from the start (usually port 465)</source>
        <translation>SSL/TLS von Anfang an (meist Port 465)</translation>
    </message>
    <message>
        <source>None: no encryption (local servers only, port 25)</source>
        <translation>Keine: unverschlüsselt (nur lokale Server, Port 25)</translation>
    </message>
    <message>
        <source>Security hint</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Problem with the security</source>
        <translation>Problem mit der Sicherheit</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the books. Type it only to change it.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in der Buchhaltung. Nur zum Ändern eingeben.</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Wo das Passwort gespeichert ist</translation>
    </message>
    <message>
        <source>Problem with the password</source>
        <translation>Problem mit dem Passwort</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>CA-Datei wählen</translation>
    </message>
    <message>
        <source>Your password would travel unencrypted and could be read on the way. Tick this only for a mail server on your own local network.</source>
        <translation>Ihr Passwort würde unverschlüsselt übertragen und könnte unterwegs gelesen werden. Nur für einen Mailserver im eigenen lokalen Netz ankreuzen.</translation>
    </message>
    <message>
        <source>Warning about unencrypted sign-in</source>
        <translation>Warnung vor unverschlüsselter Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connect, encrypt and sign in with the settings as typed, without sending</source>
        <translation>Mit den eingegebenen Einstellungen verbinden, verschlüsseln und anmelden, ohne zu senden</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>empty: the sender name on the Company tab</source>
        <translation>leer: der Absendername im Reiter „Firma“</translation>
    </message>
    <message>
        <source>empty: the sender address on the Company tab</source>
        <translation>leer: die Absenderadresse im Reiter „Firma“</translation>
    </message>
    <message>
        <source>empty: the sending user&apos;s address, else the Company tab&apos;s Reply-To</source>
        <translation>leer: die Adresse des sendenden Benutzers, sonst „Antwort an“ im Reiter „Firma“</translation>
    </message>
    <message>
        <source>Port 587 expects STARTTLS; choose STARTTLS, or SSL on port 465.</source>
        <translation>Port 587 erwartet STARTTLS; wählen Sie STARTTLS oder SSL auf Port 465.</translation>
    </message>
    <message>
        <source>Port 465 expects SSL; choose SSL, or STARTTLS on port 587.</source>
        <translation>Port 465 erwartet SSL; wählen Sie SSL oder STARTTLS auf Port 587.</translation>
    </message>
    <message>
        <source>Nothing is encrypted (usually port 25): use this only for a mail server on your own network. Most providers want STARTTLS on 587 or SSL on 465.</source>
        <translation>Nichts wird verschlüsselt (meist Port 25): nur für einen Mailserver im eigenen Netz verwenden. Die meisten Anbieter wollen STARTTLS auf 587 oder SSL auf 465.</translation>
    </message>
    <message>
        <source>The connection is encrypted from the first byte; usually port 465.</source>
        <translation>Die Verbindung ist ab dem ersten Byte verschlüsselt; meist Port 465.</translation>
    </message>
    <message>
        <source>The connection starts plain and is encrypted before signing in; usually port 587.</source>
        <translation>Die Verbindung beginnt unverschlüsselt und wird vor der Anmeldung verschlüsselt; meist Port 587.</translation>
    </message>
    <message>
        <source>Choose the certificate to trust</source>
        <translation>Das zu vertrauende Zertifikat wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Testing the connection… (up to %1 seconds)</source>
        <translation>Verbindung wird getestet… (bis zu %1 Sekunden)</translation>
    </message>
    <message>
        <source>✘ The test stopped on an unexpected error.</source>
        <translation>✘ Der Test wurde durch einen unerwarteten Fehler abgebrochen.</translation>
    </message>
</context>
<context>
    <name>StatementPeriod</name>
    <message>
        <source>Statement of account by email</source>
        <translation>Kontoauszug per E-Mail</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Every movement of the period</source>
        <translation>Jede Bewegung des Zeitraums</translation>
    </message>
    <message>
        <source>What is open at the period&apos;s end</source>
        <translation>Was am Ende des Zeitraums offen ist</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Kontoauszug</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Kind of message</source>
        <translation>Art der Nachricht</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Whose wording this is</source>
        <translation>Wessen Wortlaut das ist</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the default wording</source>
        <translation>Den Standardwortlaut wiederherstellen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Gruß</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Click one to put it in at the cursor</source>
        <translation>Anklicken, um ihn an der Schreibmarke einzufügen</translation>
    </message>
    <message>
        <source>Preview of the subject</source>
        <translation>Vorschau des Betreffs</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Vorschau der Nachricht</translation>
    </message>
    <message>
        <source>Problem with the templates</source>
        <translation>Problem mit den Vorlagen</translation>
    </message>
    <message>
        <source>Message for:</source>
        <translation>Nachricht für:</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Placeholders (click to insert)</source>
        <translation>Platzhalter (zum Einfügen anklicken)</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Vorschau mit Beispielwerten</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>Kontoauszug für den Kunden</translation>
    </message>
    <message>
        <source>Customer statement, open items</source>
        <translation>Kontoauszug, offene Posten</translation>
    </message>
    <message>
        <source>Employee report</source>
        <translation>Mitarbeiterbericht</translation>
    </message>
    <message>
        <source>the customer&apos;s, supplier&apos;s or employee&apos;s name</source>
        <translation>Name des Kunden, Lieferanten oder Mitarbeiters</translation>
    </message>
    <message>
        <source>the document number</source>
        <translation>die Belegnummer</translation>
    </message>
    <message>
        <source>the document date</source>
        <translation>das Belegdatum</translation>
    </message>
    <message>
        <source>the total with its currency</source>
        <translation>der Gesamtbetrag mit Währung</translation>
    </message>
    <message>
        <source>the date payment is due</source>
        <translation>das Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>your company&apos;s name</source>
        <translation>der Name Ihrer Firma</translation>
    </message>
    <message>
        <source>the period the statement or report covers</source>
        <translation>der Zeitraum des Kontoauszugs oder Berichts</translation>
    </message>
    <message>
        <source>the letter&apos;s own subject</source>
        <translation>der eigene Betreff des Briefs</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Ihr eigener Wortlaut</translation>
    </message>
    <message>
        <source>Default wording</source>
        <translation>Standardwortlaut</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Message just sent</source>
        <translation>Soeben gesendete Nachricht</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo: do not send the message</source>
        <translation>Rückgängig: die Nachricht nicht senden</translation>
    </message>
    <message>
        <source>Close the bar</source>
        <translation>Leiste schließen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>%1 will be sent on %2.</source>
        <translation>%1 wird am %2 gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 goes in %n s.</source>
        <translation>
            <numerusform>%1 geht in %n s.</numerusform>
            <numerusform>%1 geht in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on its way.</source>
        <translation>%1 ist unterwegs.</translation>
    </message>
    <message>
        <source>Taking the message back…</source>
        <translation>Die Nachricht wird zurückgeholt…</translation>
    </message>
    <message>
        <source>Undone: %1 will not be sent.</source>
        <translation>Rückgängig gemacht: %1 wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Too late to undo: %1 has already been sent.</source>
        <translation>Zu spät zum Rückgängigmachen: %1 wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>Too late to undo: %1 is being sent right now.</source>
        <translation>Zu spät zum Rückgängigmachen: %1 wird gerade gesendet.</translation>
    </message>
    <message>
        <source>Could not undo: %1 is now “%2”.</source>
        <translation>Rückgängigmachen nicht möglich: %1 ist jetzt „%2“.</translation>
    </message>
    <message>
        <source>Could not undo: %1 is no longer in the outbox.</source>
        <translation>Rückgängigmachen nicht möglich: %1 ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>%1 konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Replies to the messages this user sends go here</source>
        <translation>Antworten auf die Nachrichten dieses Benutzers gehen hierhin</translation>
    </message>
    <message>
        <source>Closes the messages this user sends</source>
        <translation>Schließt die Nachrichten dieses Benutzers ab</translation>
    </message>
    <message>
        <source>Active (may log in)</source>
        <translation>Aktiv (darf sich anmelden)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Anmeldename</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Signatur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>&amp;Passwort (optional)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>Alle Rechte</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and rights</source>
        <translation>Benutzer und Rechte</translation>
    </message>
    <message>
        <source>While no one has a password, LedgerPost opens without asking. From the first password on, everyone logs in: set your own password first.</source>
        <translation>Solange niemand ein Passwort hat, öffnet LedgerPost ohne Nachfrage. Ab dem ersten Passwort melden sich alle an: setzen Sie zuerst Ihr eigenes Passwort.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>&amp;Passwort setzen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Everyone logs in with a login name and a password; a user without a password cannot log in until one is set.</source>
        <translation>Alle melden sich mit Anmeldename und Passwort an; ein Benutzer ohne Passwort kann sich erst anmelden, wenn eines gesetzt ist.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>VatReportPage</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Andere Daten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>Net VAT due</source>
        <translation>Zahllast</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Umsatzsteuer</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>Bemessungsgrundlage</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>Steuerbetrag</translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation>Umsatzsteuer nach Sätzen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Geschäftspartner</translation>
    </message>
    <message>
        <source>Documents of the rate</source>
        <translation>Belege des Steuersatzes</translation>
    </message>
    <message>
        <source>Choose a rate to see the documents that make it.</source>
        <translation>Wählen Sie einen Steuersatz, um die Belege dazu zu sehen.</translation>
    </message>
    <message>
        <source>VAT report</source>
        <translation>Umsatzsteuerbericht</translation>
    </message>
    <message>
        <source>VAT to pay for the period: %1</source>
        <translation>Zahllast für den Zeitraum: %1</translation>
    </message>
    <message>
        <source>VAT to reclaim for the period: %1</source>
        <translation>Erstattung für den Zeitraum: %1</translation>
    </message>
    <message>
        <source>No invoice, credit note or purchase invoice in %1 in this period.</source>
        <translation>Keine Rechnung, Gutschrift oder Eingangsrechnung in %1 in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with VAT in this period</source>
        <translation>
            <numerusform>%n Beleg mit Umsatzsteuer in diesem Zeitraum</numerusform>
            <numerusform>%n Belege mit Umsatzsteuer in diesem Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents in %1 have VAT in this period too: choose the currency to see their report.</source>
        <translation>Auch Belege in %1 haben in diesem Zeitraum Umsatzsteuer: wählen Sie die Währung, um ihren Bericht zu sehen.</translation>
    </message>
    <message>
        <source>Output VAT (sales)</source>
        <translation>Umsatzsteuer (Verkäufe)</translation>
    </message>
    <message>
        <source>Input VAT (purchases)</source>
        <translation>Vorsteuer (Einkäufe)</translation>
    </message>
    <message>
        <source>%1, total</source>
        <translation>%1, gesamt</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n document(s)</source>
        <translation>
            <numerusform>%1 zu %2: %n Beleg</numerusform>
            <numerusform>%1 zu %2: %n Belege</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>Eingangsrechnung</translation>
    </message>
    <message>
        <source>Save the VAT report as PDF</source>
        <translation>Umsatzsteuerbericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the VAT report as CSV</source>
        <translation>Umsatzsteuerbericht als CSV speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>VoucherAllocations</name>
    <message>
        <source>Allocations</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Reversed on</source>
        <translation>Storniert am</translation>
    </message>
    <message>
        <source>&amp;Reverse allocation</source>
        <translation>Zuordnung &amp;stornieren</translation>
    </message>
    <message>
        <source>The invoice is open again and the money on account, from today</source>
        <translation>Ab heute ist die Rechnung wieder offen und das Geld Guthaben</translation>
    </message>
</context>
<context>
    <name>VoucherFields</name>
    <message>
        <source>e.g. 150.00</source>
        <translation>z. B. 150,00</translation>
    </message>
    <message>
        <source>The bank account the money went through (cash goes through none)</source>
        <translation>Das Bankkonto, über das das Geld lief (Bargeld läuft über keines)</translation>
    </message>
    <message>
        <source>bank statement line, cash book number…</source>
        <translation>Kontoauszugszeile, Kassenbuchnummer…</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Paid to</source>
        <translation>&amp;Bezahlt an</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Amount received</source>
        <translation>Erhaltener &amp;Betrag</translation>
    </message>
    <message>
        <source>&amp;Amount paid</source>
        <translation>Gezahlter &amp;Betrag</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Exchange &amp;rate</source>
        <translation>Wechsel&amp;kurs</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Zahlungsart</translation>
    </message>
    <message>
        <source>&amp;Bank account</source>
        <translation>Ban&amp;kkonto</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>LedgerPost</source>
        <translation>LedgerPost</translation>
    </message>
</context>
<context>
    <name>delivery</name>
    <message>
        <source>Accepted by the server</source>
        <translation>Vom Server angenommen</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Verzögert</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>%1: refused – %2</source>
        <translation>%1: abgelehnt – %2</translation>
    </message>
    <message>
        <source>%1: no answer yet</source>
        <translation>%1: noch keine Antwort</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>%1 konnte nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>LedgerPost</source>
        <translation>LedgerPost</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Sales invoices</source>
        <translation>Ausgangsrechnungen</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Receipt vouchers</source>
        <translation>Einnahmebelege</translation>
    </message>
    <message>
        <source>Payment vouchers</source>
        <translation>Ausgabebelege</translation>
    </message>
    <message>
        <source>Purchase invoices</source>
        <translation>Eingangsrechnungen</translation>
    </message>
    <message>
        <source>Customer letters</source>
        <translation>Kundenbriefe</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>Zahlungserinnerungen</translation>
    </message>
    <message>
        <source>Sales invoice</source>
        <translation>Ausgangsrechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Receipt voucher</source>
        <translation>Einnahmebeleg</translation>
    </message>
    <message>
        <source>Payment voucher</source>
        <translation>Ausgabebeleg</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>Eingangsrechnung</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>Kundenbrief</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Zahlungserinnerung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Held (send later)</source>
        <translation>Zurückgehalten (später senden)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation>Wird erneut versucht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Uncertain: may have arrived</source>
        <translation>Ungewiss: ist vielleicht angekommen</translation>
    </message>
    <message>
        <source>Waiting for credits</source>
        <translation>Wartet auf Guthaben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht versendet</translation>
    </message>
    <message>
        <source>Waiting in the email queue</source>
        <translation>Wartet in der E-Mail-Warteschlange</translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation>Per E-Mail versendet</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Versand fehlgeschlagen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Kontoauszüge</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>hidden contact</source>
        <translation>verborgener Kontakt</translation>
    </message>
    <message>
        <source>Available: the balance less one credit for each message still waiting in the email queue. The Message credits page shows the whole balance.</source>
        <translation>Verfügbar: das Guthaben abzüglich eines Punktes für jede Nachricht, die noch in der E-Mail-Warteschlange wartet. Die Seite „Nachrichtenguthaben“ zeigt das ganze Guthaben.</translation>
    </message>
    <message>
        <source>Post documents</source>
        <translation>Belege buchen</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>E-Mails senden</translation>
    </message>
    <message>
        <source>See contact addresses</source>
        <translation>Kontaktadressen sehen</translation>
    </message>
    <message>
        <source>Manage settings</source>
        <translation>Einstellungen verwalten</translation>
    </message>
    <message>
        <source>Manage credits</source>
        <translation>Guthaben verwalten</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
</context>
<context>
    <name>mailbox</name>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n zugestellt</numerusform>
            <numerusform>%n zugestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delayed</source>
        <translation>
            <numerusform>%n verzögert</numerusform>
            <numerusform>%n verzögert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bounced</source>
        <translation>
            <numerusform>%n unzustellbar</numerusform>
            <numerusform>%n unzustellbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n gelesen</numerusform>
            <numerusform>%n gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbox %1 not checked: %2</source>
        <translation>Postfach %1 nicht geprüft: %2</translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>Open items %1 – %2</source>
        <translation>Offene Posten %1 – %2</translation>
    </message>
    <message>
        <source>Employee report %1 – %2</source>
        <translation>Mitarbeiterbericht %1 – %2</translation>
    </message>
    <message>
        <source>Statement %1 – %2</source>
        <translation>Kontoauszug %1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 accepted</source>
        <translation>%1 von %2 angenommen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>BCC</translation>
    </message>
    <message>
        <source>%1 %2: accepted</source>
        <translation>%1 %2: angenommen</translation>
    </message>
    <message>
        <source>%1 %2: refused – %3</source>
        <translation>%1 %2: abgelehnt – %3</translation>
    </message>
    <message>
        <source>%1 %2: no answer yet</source>
        <translation>%1 %2: noch keine Antwort</translation>
    </message>
    <message>
        <source>queued %1 by %2</source>
        <translation>eingereiht am %1 von %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Refused for good. If an address is wrong, cancel this message and send the document again with the right one; if the trouble is over, send it again.</source>
        <translation>Endgültig abgelehnt. Ist eine Adresse falsch, stornieren Sie diese Nachricht und senden den Beleg mit der richtigen erneut; ist das Problem behoben, erneut senden.</translation>
    </message>
    <message>
        <source>The server may have received it. Send it again (it keeps its Message-ID, so most mail programs show it only once) or, if the customer has it, mark it as sent.</source>
        <translation>Der Server hat sie vielleicht erhalten. Erneut senden (die Message-ID bleibt gleich, daher zeigen die meisten Mailprogramme sie nur einmal) oder, wenn der Kunde sie hat, als gesendet markieren.</translation>
    </message>
    <message>
        <source>A passing problem: it is tried again at %1.</source>
        <translation>Ein vorübergehendes Problem: erneuter Versuch um %1.</translation>
    </message>
    <message>
        <source>It goes as soon as message credits are topped up.</source>
        <translation>Sie geht, sobald Guthaben aufgeladen wird.</translation>
    </message>
    <message>
        <source>Held until %1. Send it now or cancel it.</source>
        <translation>Zurückgehalten bis %1. Jetzt senden oder stornieren.</translation>
    </message>
    <message>
        <source>It goes with the next delivery round.</source>
        <translation>Sie geht mit der nächsten Versandrunde.</translation>
    </message>
    <message>
        <source>On its way to the server.</source>
        <translation>Unterwegs zum Server.</translation>
    </message>
    <message>
        <source>Accepted by the server at %1.</source>
        <translation>Vom Server angenommen um %1.</translation>
    </message>
    <message>
        <source>Cancelled: it will not be sent.</source>
        <translation>Storniert: sie wird nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waiting, next at %2</source>
        <translation>
            <numerusform>%1: %n wartet, nächste um %2</numerusform>
            <numerusform>%1: %n warten, nächste um %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing waiting</source>
        <translation>%1: nichts wartet</translation>
    </message>
    <message numerus="yes">
        <source>throttled %n time(s) today</source>
        <translation>
            <numerusform>heute %n-mal gedrosselt</numerusform>
            <numerusform>heute %n-mal gedrosselt</numerusform>
        </translation>
    </message>
    <message>
        <source>the server asked to wait until %1</source>
        <translation>der Server bat, bis %1 zu warten</translation>
    </message>
    <message>
        <source>Waiting for its turn at the sending pace: planned for %1.</source>
        <translation>Wartet im Sendetempo auf seine Reihe: geplant für %1.</translation>
    </message>
    <message>
        <source>Waiting for its turn at the pace of %1: planned for %2.</source>
        <translation>Wartet im Tempo von %1 auf seine Reihe: geplant für %2.</translation>
    </message>
    <message numerus="yes">
        <source>The server throttled this account %n time(s) today (nothing failed).</source>
        <translation>
            <numerusform>Der Server hat dieses Konto heute %n-mal gedrosselt (nichts ist fehlgeschlagen).</numerusform>
            <numerusform>Der Server hat dieses Konto heute %n-mal gedrosselt (nichts ist fehlgeschlagen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <source>Trusted certificate (CA file)</source>
        <translation>Vertrauenswürdiges Zertifikat (CA-Datei)</translation>
    </message>
    <message>
        <source>Allow the password without encryption</source>
        <translation>Passwort ohne Verschlüsselung erlauben</translation>
    </message>
    <message>
        <source>Wait before sending (seconds)</source>
        <translation>Vor dem Senden warten (Sekunden)</translation>
    </message>
    <message>
        <source>Test mode: send everything to</source>
        <translation>Testmodus: alles senden an</translation>
    </message>
    <message>
        <source>Largest message (MB)</source>
        <translation>Größte Nachricht (MB)</translation>
    </message>
    <message>
        <source>Credits in one package</source>
        <translation>Guthaben pro Paket</translation>
    </message>
    <message>
        <source>Price of one package</source>
        <translation>Preis eines Pakets</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
</TS>
