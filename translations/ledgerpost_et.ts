<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <source>Sending account</source>
        <translation>Saatmiskonto</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Teenusepakkuja</translation>
    </message>
    <message>
        <source>How to set up this provider</source>
        <translation>Kuidas seda teenusepakkujat seadistada</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parool</translation>
    </message>
    <message>
        <source>OAuth2 sign-in (browser)</source>
        <translation>OAuth2 sisselogimine (brauser)</translation>
    </message>
    <message>
        <source>the Application (client) ID of your own app</source>
        <translation>teie oma rakenduse (kliendi) ID</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Jätke tühjaks, et salvestatud parool jääks alles</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>piiranguta</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Konto olek</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Teenusepakkuja:</translation>
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
        <translation>Turvalisus:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Sisselogimine:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Kliendi ID:</translation>
    </message>
    <message>
        <source>Authorize URL:</source>
        <translation>Autoriseerimisaadress:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Lubaaadress:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Ulatused:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Kasutajanimi:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parool:</translation>
    </message>
    <message>
        <source>From name:</source>
        <translation>Saatja nimi:</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>Saatja aadress:</translation>
    </message>
    <message>
        <source>Reply-To:</source>
        <translation>Vastuse aadress:</translation>
    </message>
    <message>
        <source>Messages a minute:</source>
        <translation>Kirju minutis:</translation>
    </message>
    <message>
        <source>Recipients a day:</source>
        <translation>Saajaid päevas:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvestamine…</translation>
    </message>
    <message>
        <source>The account is saved.</source>
        <translation>Konto on salvestatud.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in on the other device…</source>
        <translation>Ootan sisselogimist teises seadmes…</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Ootan brauserit…</translation>
    </message>
    <message>
        <source>Signed in: the account is ready to send.</source>
        <translation>Sisse logitud: konto on saatmiseks valmis.</translation>
    </message>
    <message>
        <source>Stopped on an unexpected error.</source>
        <translation>Peatus ootamatu vea tõttu.</translation>
    </message>
</context>
<context>
    <name>AccountKind</name>
    <message>
        <source>Asset</source>
        <translation>Vara</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Kohustus</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Omakapital</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Tulu</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Kulu</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Password refused: type the right password under Edit</source>
        <translation>Parool lükati tagasi: sisestage õige parool jaotises Muuda</translation>
    </message>
    <message>
        <source>Sign in again: Edit, then Sign in</source>
        <translation>Logige uuesti sisse: Muuda, seejärel Logi sisse</translation>
    </message>
    <message>
        <source>Ready, signed in</source>
        <translation>Valmis, sisse logitud</translation>
    </message>
    <message>
        <source>Not signed in yet: Edit, then Sign in</source>
        <translation>Pole veel sisse logitud: Muuda, seejärel Logi sisse</translation>
    </message>
    <message>
        <source>No password kept: type it under Edit</source>
        <translation>Parooli pole salvestatud: sisestage see jaotises Muuda</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Teenusepakkuja</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Saatja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Sending accounts</source>
        <translation>Saatmiskontod</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Lisa konto…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muuda…</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Tee &amp;vaikimisi</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testi ühendust</translation>
    </message>
    <message>
        <source>Connect, encrypt and sign in with the chosen account, without sending</source>
        <translation>Ühenda, krüpteeri ja logi sisse valitud kontoga, midagi saatmata</translation>
    </message>
    <message>
        <source>Connection test of the chosen account</source>
        <translation>Valitud konto ühenduse test</translation>
    </message>
    <message>
        <source>What the accounts wait for</source>
        <translation>Mida kontod ootavad</translation>
    </message>
    <message>
        <source>The default account: server, password and connection test</source>
        <translation>Vaikimisi konto: server, parool ja ühenduse test</translation>
    </message>
    <message>
        <source>(the company&apos;s address)</source>
        <translation>(ettevõtte aadress)</translation>
    </message>
    <message>
        <source>Messages from these accounts wait until this is done: %1</source>
        <translation>Nende kontode kirjad ootavad, kuni see on tehtud: %1</translation>
    </message>
    <message>
        <source>Testing the connection of %1…</source>
        <translation>Testin konto %1 ühendust…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>✘ The test stopped on an unexpected error.</source>
        <translation>✘ Test katkes ootamatu vea tõttu.</translation>
    </message>
</context>
<context>
    <name>AddressField</name>
    <message>
        <source>contact person %1</source>
        <translation>kontaktisik %1</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>arved</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>saldoteatised</translation>
    </message>
    <message>
        <source>general</source>
        <translation>üldine</translation>
    </message>
    <message>
        <source>used before</source>
        <translation>kasutatud varem</translation>
    </message>
    <message>
        <source>Addresses on the card</source>
        <translation>Kaardil olevad aadressid</translation>
    </message>
    <message>
        <source>%1: addresses on the card</source>
        <translation>%1: kaardil olevad aadressid</translation>
    </message>
    <message>
        <source>%1: problems</source>
        <translation>%1: probleemid</translation>
    </message>
    <message>
        <source>%1: bounced addresses</source>
        <translation>%1: tagasi tulnud aadressid</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
</context>
<context>
    <name>AgeingPage</name>
    <message>
        <source>Ageing of open items</source>
        <translation>Avatud kirjete vanuseanalüüs</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Seisuga</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salvesta &amp;PDF-ina…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Salvesta &amp;CSV-na…</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Osapool</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuuta</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Tähtaeg saabumata</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 päeva</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 päeva</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 päeva</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Üle 90 päeva</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>Ettemaks</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Vanuseanalüüs</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) with open items</source>
        <translation>
            <numerusform>%n osapool avatud kirjetega</numerusform>
            <numerusform>%n osapoolt avatud kirjetega</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is open: every invoice is paid and no money is on account.</source>
        <translation>Midagi pole avatud: kõik arved on tasutud ja ettemakseid ei ole.</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Nõue</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Kohustus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
    <message>
        <source>Save the ageing as PDF</source>
        <translation>Salvesta vanuseanalüüs PDF-ina</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the ageing as CSV</source>
        <translation>Salvesta vanuseanalüüs CSV-na</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvestatud: %1</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Maksetähtaeg</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Tasumata</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Päevi üle tähtaja</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Seostatav</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>Manused</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Lisa faile…</translation>
    </message>
    <message>
        <source>Add files to the message</source>
        <translation>Lisa kirjale faile</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation>Eemalda valitud fail</translation>
    </message>
    <message>
        <source>Size of the attachments</source>
        <translation>Manuste suurus</translation>
    </message>
    <message>
        <source>Print copy (being made…)</source>
        <translation>Prindikoopia (valmib…)</translation>
    </message>
    <message>
        <source>%1 — %2 (print copy)</source>
        <translation>%1 — %2 (prindikoopia)</translation>
    </message>
    <message>
        <source>%1 — %2 (e-invoice)</source>
        <translation>%1 — %2 (e-arve)</translation>
    </message>
    <message>
        <source>Print copy: %1</source>
        <translation>Prindikoopia: %1</translation>
    </message>
    <message>
        <source>%1 — cannot be read: %2</source>
        <translation>%1 — ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Total %1; the limit is %2</source>
        <translation>Kokku %1; piirang on %2</translation>
    </message>
    <message>
        <source>Too large to send: %1</source>
        <translation>Saatmiseks liiga suur: %1</translation>
    </message>
</context>
<context>
    <name>BatchChoice</name>
    <message>
        <source>What to send</source>
        <translation>Mida saata</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Dokumendi liik</translation>
    </message>
    <message>
        <source>Customer statements</source>
        <translation>Kliendi saldoteatised</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Numbrid</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Kuupäevad</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>Alates numbrist</translation>
    </message>
    <message>
        <source>To number</source>
        <translation>Kuni numbrini</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Alates kuupäevast</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Kuni kuupäevani</translation>
    </message>
    <message>
        <source>Send again documents that were already sent</source>
        <translation>Saada uuesti ka juba saadetud dokumendid</translation>
    </message>
    <message>
        <source>Form of the statements</source>
        <translation>Väljavõtete vorm</translation>
    </message>
    <message>
        <source>Every movement of the period</source>
        <translation>Perioodi kõik liikumised</translation>
    </message>
    <message>
        <source>What is open at the period&apos;s end</source>
        <translation>Mis on perioodi lõpus avatud</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Väljavõte</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Saatev konto</translation>
    </message>
    <message>
        <source>Every message of the batch goes from this account, at its sending pace</source>
        <translation>Kõik partii kirjad lähevad sellelt kontolt, selle saatmistempos</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Eelvaade</translation>
    </message>
    <message>
        <source>Count the messages and their cost; send nothing</source>
        <translation>Loe kirjad ja nende hind kokku; midagi ei saadeta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Each message&apos;s usual account</source>
        <translation>Iga kirja tavaline konto</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>from %1: %2</source>
        <translation>kontolt %1: %2</translation>
    </message>
    <message>
        <source>the last at %1</source>
        <translation>viimane %1</translation>
    </message>
    <message>
        <source>Batch send</source>
        <translation>Hulgisaatmine</translation>
    </message>
    <message>
        <source>Choose what to send, then Preview.</source>
        <translation>Vali, mida saata, ja vajuta Eelvaade.</translation>
    </message>
    <message>
        <source>Skipped documents</source>
        <translation>Vahele jäetud dokumendid</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Why it is skipped</source>
        <translation>Vahelejätmise põhjus</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Saada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>A batch being sent goes on in the background</source>
        <translation>Pooleli hulgisaatmine jätkub taustal</translation>
    </message>
    <message>
        <source>The choice changed: Preview again before sending.</source>
        <translation>Valik muutus: vaata enne saatmist eelvaade uuesti.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>Kuupäevavahemik lõpeb enne, kui algab.</translation>
    </message>
    <message>
        <source>Checking every document of the range…</source>
        <translation>Kontrollin vahemiku kõiki dokumente…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to send</source>
        <translation>
            <numerusform>%n kiri saata</numerusform>
            <numerusform>%n kirja saata</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send in this range</source>
        <translation>Selles vahemikus pole midagi saata</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>hind: %n krediit</numerusform>
            <numerusform>hind: %n krediiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>saadaval: %n krediit</numerusform>
            <numerusform>saadaval: %n krediiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n kiri ootab, kuni krediiti lisatakse.</numerusform>
            <numerusform>%n kirja ootavad, kuni krediiti lisatakse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n document(s), with the reason</source>
        <translation>
            <numerusform>Vahele jäetud: %n dokument koos põhjusega</numerusform>
            <numerusform>Vahele jäetud: %n dokumenti koos põhjustega</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is skipped.</source>
        <translation>Midagi ei jäeta vahele.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) put in the outbox.</source>
        <translation>
            <numerusform>%n kiri lisati järjekorda.</numerusform>
            <numerusform>%n kirja lisati järjekorda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n document(s) were not queued. Preview and Send the same range again to queue them; those already queued are skipped.</source>
        <translation>
            <numerusform>Peatatud: %n dokumenti ei lisatud järjekorda. Nende lisamiseks vaata sama vahemiku eelvaade ja saada uuesti; juba lisatud jäetakse vahele.</numerusform>
            <numerusform>Peatatud: %n dokumenti ei lisatud järjekorda. Nende lisamiseks vaata sama vahemiku eelvaade ja saada uuesti; juba lisatud jäetakse vahele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to send another batch.</source>
        <translation>Uue hulgisaatmise jaoks vaata eelvaade uuesti.</translation>
    </message>
    <message>
        <source>Draft #%1</source>
        <translation>Mustand nr %1</translation>
    </message>
    <message>
        <source>not posted yet: drafts are not sent</source>
        <translation>pole veel kinnitatud: mustandeid ei saadeta</translation>
    </message>
    <message>
        <source>already in the outbox</source>
        <translation>juba järjekorras</translation>
    </message>
    <message>
        <source>already sent (tick “Send again documents that were already sent” to include it)</source>
        <translation>juba saadetud (kaasamiseks märgi „Saada uuesti ka juba saadetud dokumendid”)</translation>
    </message>
    <message>
        <source>no valid e-mail address on the customer&apos;s card</source>
        <translation>kliendi kaardil pole kehtivat e-posti aadressi</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Saadetud: %1</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Ootel: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ebaõnnestunud: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Peatatud: %1</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>Ebakindlad: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Tühistatud: %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>lõpetatud</translation>
    </message>
    <message>
        <source>you can close this window; sending goes on in the background</source>
        <translation>võid selle akna sulgeda; saatmine jätkub taustal</translation>
    </message>
    <message>
        <source>paused: Resume to send the rest</source>
        <translation>peatatud: ülejäänu saatmiseks vajuta Jätka</translation>
    </message>
</context>
<context>
    <name>BatchRunBox</name>
    <message>
        <source>%v of %m documents</source>
        <translation>%v / %m dokumenti</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Hulgisaatmine</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Hulgisaatmise edenemine</translation>
    </message>
    <message>
        <source>Stop adding to the queue</source>
        <translation>Lõpeta järjekorda lisamine</translation>
    </message>
    <message>
        <source>What is already queued stays queued and is sent; the rest is not queued</source>
        <translation>Juba järjekorras olev jääb sinna ja saadetakse; ülejäänut järjekorda ei lisata</translation>
    </message>
    <message>
        <source>P&amp;ause sending</source>
        <translation>&amp;Peata saatmine</translation>
    </message>
    <message>
        <source>&amp;Resume sending</source>
        <translation>&amp;Jätka saatmist</translation>
    </message>
    <message>
        <source>&amp;Cancel messages not yet sent</source>
        <translation>&amp;Tühista saatmata kirjad</translation>
    </message>
    <message>
        <source>Putting the messages in the outbox…</source>
        <translation>Lisan kirju väljuvate kirjade järjekorda…</translation>
    </message>
    <message>
        <source>Stopping after the message being queued…</source>
        <translation>Peatun pärast parajasti lisatavat kirja…</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Hulgisaatmine %1</translation>
    </message>
    <message>
        <source>Queueing stopped by an error. Messages already queued stay in the outbox.</source>
        <translation>Järjekorda lisamine peatus vea tõttu. Juba lisatud kirjad jäävad järjekorda.</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v / %m tehtud</translation>
    </message>
    <message>
        <source>Paused: %1 message(s) held.</source>
        <translation>Peatatud: %1 kirja ootel.</translation>
    </message>
    <message>
        <source>Resumed: %1 message(s) will be sent.</source>
        <translation>Jätkatud: saadetakse %1 kirja.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n message(s) of this batch not yet sent? They will not be sent. Messages already on their way to the server still go.</source>
        <translation>
            <numerusform>Kas tühistada selle hulgisaatmise %n saatmata kiri? Seda ei saadeta. Juba serverisse teel olevad kirjad lähevad siiski.</numerusform>
            <numerusform>Kas tühistada selle hulgisaatmise %n saatmata kirja? Neid ei saadeta. Juba serverisse teel olevad kirjad lähevad siiski.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 message(s) will not be sent.</source>
        <translation>Tühistatud: %1 kirja ei saadeta.</translation>
    </message>
</context>
<context>
    <name>BooksPage</name>
    <message>
        <source>Books</source>
        <translation>Raamatupidamine</translation>
    </message>
    <message>
        <source>New &amp;journal entry…</source>
        <translation>Uus &amp;kanne…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salvesta &amp;PDF-ina…</translation>
    </message>
    <message>
        <source>Trial balance as of</source>
        <translation>Proovibilanss seisuga</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Deebet</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kreedit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Trial balance</source>
        <translation>Proovibilanss</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Kanded</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>Kontoplaan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n konto</numerusform>
            <numerusform>%n kontot</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the trial balance as PDF</source>
        <translation>Salvesta proovibilanss PDF-ina</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvestatud: %1</translation>
    </message>
    <message>
        <source>Journal entry %1 kept.</source>
        <translation>Kanne %1 salvestatud.</translation>
    </message>
</context>
<context>
    <name>BounceMarks</name>
    <message>
        <source>%1 bounced on %2: %3</source>
        <translation>%1 tuli %2 tagasi: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>põhjust pole antud</translation>
    </message>
    <message>
        <source>Bounced address</source>
        <translation>Tagasi tulnud aadress</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>Eemalda märge</translation>
    </message>
    <message>
        <source>The address works again (the customer has mended it).</source>
        <translation>Aadress töötab jälle (klient on selle korda teinud).</translation>
    </message>
</context>
<context>
    <name>ChartOfAccountsBox</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Pangakonto</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>KM-kood</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arhiveeritud</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>Kontoplaan</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Uus konto…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Nimeta ümber…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arhiveeri</translation>
    </message>
    <message>
        <source>bank (the default bank account)</source>
        <translation>pank (vaikimisi pangakonto)</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>sularaha</translation>
    </message>
    <message>
        <source>receivables</source>
        <translation>nõuded ostjate vastu</translation>
    </message>
    <message>
        <source>input VAT</source>
        <translation>sisendkäibemaks</translation>
    </message>
    <message>
        <source>payables</source>
        <translation>võlad tarnijatele</translation>
    </message>
    <message>
        <source>payables to employees</source>
        <translation>võlad töötajatele</translation>
    </message>
    <message>
        <source>output VAT</source>
        <translation>väljundkäibemaks</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>omakapital</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>müük</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>ostud</translation>
    </message>
    <message>
        <source>employee expenses</source>
        <translation>töötajate kulud</translation>
    </message>
    <message>
        <source>opening balances</source>
        <translation>algsaldod</translation>
    </message>
    <message>
        <source>reminder fees</source>
        <translation>meeldetuletustasud</translation>
    </message>
    <message>
        <source>exchange rate differences</source>
        <translation>kursivahed</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Süsteemne: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>&amp;Ava uuesti</translation>
    </message>
    <message>
        <source>Posting uses this account: it stays open.</source>
        <translation>Kirjendamine kasutab seda kontot: see jääb avatuks.</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Konto %1 lisatud.</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Konto ümbernimetamine</translation>
    </message>
    <message>
        <source>New name of account %1:</source>
        <translation>Konto %1 uus nimi:</translation>
    </message>
    <message>
        <source>Account %1 renamed.</source>
        <translation>Konto %1 nimetati ümber.</translation>
    </message>
    <message>
        <source>Account %1 archived: refused in new entries, its history stays.</source>
        <translation>Konto %1 arhiveeriti: uutes kannetes keelatud, ajalugu jääb alles.</translation>
    </message>
    <message>
        <source>Account %1 is open again.</source>
        <translation>Konto %1 on jälle avatud.</translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <source>Company name</source>
        <translation>Ettevõtte nimi</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Tänav</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postiindeks</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Riigikood</translation>
    </message>
    <message>
        <source>ISO 3166 code of two letters, such as DE or RO: e-invoices need it (BT-40)</source>
        <translation>Kahetäheline ISO 3166 kood, nt DE või RO: e-arved vajavad seda (BT-40)</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>KMKR number</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registrikood</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Pangakonto (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>The bank&apos;s BIC of 8 or 11 characters, such as BYLADEM1001 (BT-86)</source>
        <translation>Panga BIC, 8 või 11 märki, nt BYLADEM1001 (BT-86)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päeva</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Maksetähtaeg</translation>
    </message>
    <message>
        <source>Days until a new invoice is due</source>
        <translation>Päevi uue arve maksetähtajani</translation>
    </message>
    <message>
        <source>Company language</source>
        <translation>Ettevõtte keel</translation>
    </message>
    <message>
        <source>The language of documents for parties that have none of their own</source>
        <translation>Dokumentide keel osapooltele, kellel oma keelt pole</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Currency of the books</source>
        <translation>Raamatupidamise valuuta</translation>
    </message>
    <message>
        <source>The currency the books are kept in: chosen once, when the books start</source>
        <translation>Raamatupidamise valuuta: valitakse üks kord, kui raamatupidamine algab</translation>
    </message>
    <message>
        <source>The sender below is used only where the Mail server tab leaves From name, From address or Reply-To empty.</source>
        <translation>Allolevat saatjat kasutatakse ainult siis, kui vahekaardil „Meiliserver” on saatja nimi, saatja aadress või vastus e-mailile tühi.</translation>
    </message>
    <message>
        <source>Used when the Mail server tab names no From address</source>
        <translation>Kasutatakse, kui vahekaardil „Meiliserver” pole saatja aadressi</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Saatja nimi</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Saatja aadress</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Vastus e-mailile</translation>
    </message>
    <message>
        <source>Used when neither the document, the sending user&apos;s card nor the Mail server tab names one</source>
        <translation>Kasutatakse, kui seda pole märgitud ei dokumendil, saatva kasutaja kaardil ega vahekaardil „Meiliserver”</translation>
    </message>
    <message>
        <source>E-invoices (Factur-X, XRechnung, Peppol, RO e-Factura) name the company&apos;s contact telephone and the address where it receives e-invoices.</source>
        <translation>E-arved (Factur-X, XRechnung, Peppol, RO e-Factura) näitavad ettevõtte kontakttelefoni ja aadressi, kuhu ettevõte e-arveid saab.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>The contact&apos;s telephone, with at least three digits (BT-42)</source>
        <translation>Kontaktisiku telefon, vähemalt kolm numbrit (BT-42)</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Elektrooniline aadress</translation>
    </message>
    <message>
        <source>Where the company receives e-invoices (BT-34): an email address or a Peppol id; empty: the sender address</source>
        <translation>Kuhu ettevõte e-arveid saab (BT-34): e-posti aadress või Peppoli ID; tühi: saatja aadress</translation>
    </message>
    <message>
        <source>Address scheme</source>
        <translation>Aadressi skeem</translation>
    </message>
    <message>
        <source>EM for an email address, else the EAS code of the id, such as 9930</source>
        <translation>EM e-posti aadressi puhul, muidu ID EAS-kood, nt 9930</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo eelvaade</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Vali &amp;logo…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Vali logo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Eemalda logo</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Eemalda logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of at most %1 KB; it prints at the top of documents.</source>
        <translation>PNG- või JPEG-pilt, kuni %1 KB; trükitakse dokumentide päisesse.</translation>
    </message>
    <message>
        <source>Problem with the logo</source>
        <translation>Probleem logoga</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <source>the picture cannot be read; save it again as PNG or JPEG</source>
        <translation>pilti ei saa lugeda; salvesta see uuesti PNG- või JPEG-vormingus</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Vali ettevõtte logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pildid (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Logo puudub</translation>
    </message>
</context>
<context>
    <name>ContactChoice</name>
    <message>
        <source>Contact person</source>
        <translation>Kontaktisik</translation>
    </message>
    <message>
        <source>Printed as “Attn.” on the copy; the email goes to this person&apos;s addresses</source>
        <translation>Trükitakse dokumendile kui „Attn.“; e-kiri läheb selle isiku aadressidele</translation>
    </message>
    <message>
        <source>No contact person</source>
        <translation>Kontaktisikut pole</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>LedgerPost ran into a bug</source>
        <translation>LedgerPostis tekkis viga</translation>
    </message>
    <message>
        <source>Something went wrong inside LedgerPost: what you were doing may not have finished, and what was saved before stays saved.</source>
        <translation>LedgerPostis läks midagi valesti: see, mida tegite, ei pruukinud lõpule jõuda, kuid varem salvestatu jääb alles.</translation>
    </message>
    <message>
        <source>The log file is %1.</source>
        <translation>Logifail on %1.</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Logifaili ei saanud kirjutada.</translation>
    </message>
    <message>
        <source>Please send this report to whoever supports LedgerPost.</source>
        <translation>Palun saatke see aruanne LedgerPosti toele.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopeeri</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Kreeditarve arvele %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laadin…</translation>
    </message>
    <message>
        <source>Lines to credit</source>
        <translation>Krediteeritavad read</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kogus</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Ühiku hind</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>KM %</translation>
    </message>
    <message>
        <source>Make the credit note</source>
        <translation>Koosta kreeditarve</translation>
    </message>
    <message>
        <source>Tick the lines to credit; quantities can be changed in the draft.</source>
        <translation>Märgi krediteeritavad read; koguseid saab mustandis muuta.</translation>
    </message>
    <message>
        <source>This invoice cannot be credited.</source>
        <translation>Seda arvet ei saa krediteerida.</translation>
    </message>
    <message>
        <source>Invoice %1, total %2; left to credit %3 %4</source>
        <translation>Arve %1, kokku %2; krediteerida jäänud %3 %4</translation>
    </message>
    <message>
        <source>To credit: %1 %2</source>
        <translation>Krediteerida: %1 %2</translation>
    </message>
    <message>
        <source>Tick at least one line.</source>
        <translation>Märgi vähemalt üks rida.</translation>
    </message>
    <message>
        <source>That is more than is left to credit; take fewer lines, or lower a quantity in the draft.</source>
        <translation>See on rohkem, kui krediteerida on jäänud; võta vähem ridu või vähenda mustandis kogust.</translation>
    </message>
</context>
<context>
    <name>CreditedInvoice</name>
    <message>
        <source>Credits invoice</source>
        <translation>Krediteerib arvet</translation>
    </message>
    <message>
        <source>The posted invoice this credit note corrects</source>
        <translation>Kinnitatud arve, mida see kreeditarve parandab</translation>
    </message>
    <message>
        <source>Choose the invoice…</source>
        <translation>Vali arve…</translation>
    </message>
    <message>
        <source>%1 of %2 · left to credit %3 %4</source>
        <translation>%1, %2 · krediteerida jäänud %3 %4</translation>
    </message>
</context>
<context>
    <name>CreditsPage</name>
    <message>
        <source>Message credits</source>
        <translation>Saatmiskrediit</translation>
    </message>
    <message>
        <source>Credits left</source>
        <translation>Krediiti alles</translation>
    </message>
    <message>
        <source>credits left · one is spent for each message the server accepts</source>
        <translation>krediiti alles · iga serveri vastu võetud kiri kulutab ühe</translation>
    </message>
    <message>
        <source>Credits to add</source>
        <translation>Lisatav krediit</translation>
    </message>
    <message>
        <source>Invoice or receipt number of the purchase</source>
        <translation>Ostu arve või kviitungi number</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viide</translation>
    </message>
    <message>
        <source>Add credits</source>
        <translation>Lisa krediiti</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>Krediit:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Viide:</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Laadi juurde</translation>
    </message>
    <message>
        <source>Only a user with the right to manage credits can top up.</source>
        <translation>Krediiti saab lisada ainult krediidi haldamise õigusega kasutaja.</translation>
    </message>
    <message>
        <source>Credit history</source>
        <translation>Krediidi ajalugu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Krediit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kasutaja</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ajalugu</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait for credits and go as soon as you top up.</source>
        <translation>
            <numerusform>%n kiri ootab krediiti ja läheb kohe pärast juurdelaadimist.</numerusform>
            <numerusform>%n kirja ootavad krediiti ja lähevad kohe pärast juurdelaadimist.</numerusform>
        </translation>
    </message>
    <message>
        <source>One package: %1 credits for %2 %3.</source>
        <translation>Üks pakett: %1 krediiti hinnaga %2 %3.</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Kiri %1</translation>
    </message>
    <message>
        <source>Trial credits</source>
        <translation>Proovikrediit</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Juurdelaadimine</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Kiri saadetud</translation>
    </message>
    <message>
        <source>Add %1 credits with the reference “%2”? Credit entries are kept for good.</source>
        <translation>Kas lisada %1 krediiti viitega „%2”? Krediidikanded säilivad jäädavalt.</translation>
    </message>
    <message>
        <source>Added %1 credits. The balance is now %2.</source>
        <translation>Lisati %1 krediiti. Saldo on nüüd %2.</translation>
    </message>
</context>
<context>
    <name>CurrencyChoice</name>
    <message>
        <source>Currency</source>
        <translation>Valuuta</translation>
    </message>
</context>
<context>
    <name>DeclaredField</name>
    <message>
        <source>Problem with %1</source>
        <translation>Probleem: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryStatusLabel</name>
    <message>
        <source>Mail status</source>
        <translation>Meili olek</translation>
    </message>
    <message>
        <source>Mail: no server set</source>
        <translation>E-mail: server seadistamata</translation>
    </message>
    <message>
        <source>Mail: offline</source>
        <translation>E-mail: ühenduseta</translation>
    </message>
    <message>
        <source>Mail: online</source>
        <translation>E-mail: ühendatud</translation>
    </message>
    <message>
        <source>Mail: ready</source>
        <translation>E-mail: valmis</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ootel</numerusform>
            <numerusform>%n ootel</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1</source>
        <translation>järgmine katse %1 pärast</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n vajab tähelepanu</numerusform>
            <numerusform>%n vajavad tähelepanu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) wait for you: open Settings</source>
        <translation>
            <numerusform>%n konto ootab teid: avage Seaded</numerusform>
            <numerusform>%n kontot ootavad teid: avage Seaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputeToggle</name>
    <message>
        <source>In &amp;dispute: no reminders for this invoice</source>
        <translation>&amp;Vaidlusalune: selle arve kohta meeldetuletusi ei saadeta</translation>
    </message>
    <message>
        <source>Left out of payment reminders until the box is cleared</source>
        <translation>Maksemeeldetuletustest välja jäetud, kuni märge eemaldatakse</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>Sul pole õigust: %1</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Lines</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lisa rida</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Eemalda rida</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summad</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Save and print</source>
        <translation>Salvesta ja prindi</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>Salvesta ja saada</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Kinnita</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Prindi…</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>Saada e-mailiga…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Kreeditarve…</translation>
    </message>
    <message>
        <source>A new credit note for lines of this invoice</source>
        <translation>Uus kreeditarve selle arve ridadele</translation>
    </message>
    <message>
        <source>Send to several…</source>
        <translation>Saada mitmele…</translation>
    </message>
    <message>
        <source>This letter to many parties, each numbered</source>
        <translation>See kiri paljudele osapooltele, igaüks oma numbriga</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Uus mustand</translation>
    </message>
    <message>
        <source>Net %1   VAT %2   Total %3 %4</source>
        <translation>Neto %1   KM %2   Kokku %3 %4</translation>
    </message>
    <message>
        <source>Choose a party first.</source>
        <translation>Vali kõigepealt osapool.</translation>
    </message>
</context>
<context>
    <name>DocumentHead</name>
    <message>
        <source>Party</source>
        <translation>Osapool</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Maksetähtaeg</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viide</translation>
    </message>
    <message>
        <source>Email to</source>
        <translation>E-mail aadressile</translation>
    </message>
    <message>
        <source>empty: the contact person&apos;s addresses, else the card&apos;s</source>
        <translation>tühi: kontaktisiku aadressid, muidu kaardi omad</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktisik</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Krediteerib arvet</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuuta</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Vahetuskurss</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Type</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Osapool</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuuta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Tasumine</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>mustand</translation>
    </message>
    <message>
        <source>%1 on account</source>
        <translation>%1 ettemaksuna</translation>
    </message>
    <message>
        <source>%1 · %2 open</source>
        <translation>%1 · %2 tasumata</translation>
    </message>
</context>
<context>
    <name>DocumentRowActions</name>
    <message>
        <source>&amp;Credit note…</source>
        <translation>&amp;Kreeditarve…</translation>
    </message>
    <message>
        <source>&amp;Waive reminder fee…</source>
        <translation>&amp;Loobu meeldetuletustasust…</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>Sul pole õigust: %1</translation>
    </message>
    <message>
        <source>A new credit note for this invoice</source>
        <translation>Uus kreeditarve selle arve kohta</translation>
    </message>
    <message>
        <source>Credit back the reminder&apos;s fee</source>
        <translation>Krediteeri meeldetuletuse tasu tagasi</translation>
    </message>
    <message>
        <source>Waive %1 %2 of the fee of %3 to %4? A credit note of the fee is posted; the reminder stays as it was sent.</source>
        <translation>Kas loobuda %1 %2 ulatuses %3 tasust (%4)? Tasu kohta kirjendatakse kreeditarve; meeldetuletus jääb nii, nagu see saadeti.</translation>
    </message>
    <message>
        <source>Waive reminder fee</source>
        <translation>Meeldetuletustasust loobumine</translation>
    </message>
    <message>
        <source>&amp;Waive fee</source>
        <translation>&amp;Loobu tasust</translation>
    </message>
    <message>
        <source>Nothing of the fee was open any more.</source>
        <translation>Tasust polnud enam midagi tasumata.</translation>
    </message>
    <message>
        <source>%1 waives the fee of %2.</source>
        <translation>%1 tühistab %2 tasu.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumendid</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>e.g. 5-17</source>
        <translation>nt 5-17</translation>
    </message>
    <message>
        <source>Number range</source>
        <translation>Numbrivahemik</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Kuupäevad</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Alates kuupäevast</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Kuni kuupäevani</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Osapool</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Kõik osapooled</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Any email state</source>
        <translation>Iga e-posti olek</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Tasumine</translation>
    </message>
    <message>
        <source>Invoices by where they stand with their payment today</source>
        <translation>Arved tänase tasumise seisu järgi</translation>
    </message>
    <message>
        <source>Any payment state</source>
        <translation>Iga tasumise olek</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Uus…</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Uus dokument</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbrid</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumendid</translation>
    </message>
    <message>
        <source>No documents to show. Change the filters above, or create one with New…</source>
        <translation>Pole ühtegi dokumenti. Muuda ülal filtreid või loo uus nupuga „Uus…”.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>Kuupäevavahemik lõpeb enne, kui algab.</translation>
    </message>
    <message>
        <source>No party is called %1.</source>
        <translation>Osapoolt nimega %1 ei ole.</translation>
    </message>
</context>
<context>
    <name>EInvoiceFields</name>
    <message>
        <source>E-invoices</source>
        <translation>E-arved</translation>
    </message>
    <message>
        <source>The customer&apos;s VAT id with its country letters, such as DE123456789</source>
        <translation>Kliendi KMKR number riigitähtedega, näiteks DE123456789</translation>
    </message>
    <message>
        <source>&amp;VAT id</source>
        <translation>&amp;KMKR number</translation>
    </message>
    <message>
        <source>What e-invoices still need</source>
        <translation>Mis e-arvetel veel puudub</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(puudub)</translation>
    </message>
    <message>
        <source>%1 (unknown code)</source>
        <translation>%1 (tundmatu kood)</translation>
    </message>
    <message>
        <source>The country as an e-invoice names it (ISO code, e.g. DE for Germany)</source>
        <translation>Riik nii, nagu e-arve seda nimetab (ISO kood, nt DE Saksamaa jaoks)</translation>
    </message>
    <message>
        <source>Countr&amp;y code</source>
        <translation>Riigi&amp;kood</translation>
    </message>
    <message>
        <source>The buyer reference (BT-10) their invoices must carry. For a German public buyer this is its Leitweg-ID (such as 991-01234-44), which XRechnung requires.</source>
        <translation>Ostja viide (BT-10), mis tema arvetel peab olema. Saksa avaliku sektori ostjal on see tema Leitweg-ID (näiteks 991-01234-44), mida XRechnung nõuab.</translation>
    </message>
    <message>
        <source>&amp;Buyer reference (Leitweg-ID)</source>
        <translation>&amp;Ostja viide (Leitweg-ID)</translation>
    </message>
    <message>
        <source>Where the customer receives e-invoices (BT-49): a Peppol id or an email address; empty: the billing email address is used</source>
        <translation>Kuhu klient e-arveid saab (BT-49): Peppoli tunnus või e-posti aadress; tühi: kasutatakse arvete e-posti aadressi</translation>
    </message>
    <message>
        <source>&amp;Electronic address</source>
        <translation>&amp;Elektrooniline aadress</translation>
    </message>
    <message>
        <source>(email, the default)</source>
        <translation>(e-post, vaikimisi)</translation>
    </message>
    <message>
        <source>Email address (EM)</source>
        <translation>E-posti aadress (EM)</translation>
    </message>
    <message>
        <source>Leitweg-ID (0204)</source>
        <translation>Leitweg-ID (0204)</translation>
    </message>
    <message>
        <source>German VAT id (9930)</source>
        <translation>Saksa KMKR number (9930)</translation>
    </message>
    <message>
        <source>GLN, global location number (0088)</source>
        <translation>GLN, globaalne asukohanumber (0088)</translation>
    </message>
    <message>
        <source>DUNS number (0060)</source>
        <translation>DUNS number (0060)</translation>
    </message>
    <message>
        <source>French VAT id (9957)</source>
        <translation>Prantsuse KMKR number (9957)</translation>
    </message>
    <message>
        <source>What kind of address the electronic address is</source>
        <translation>Mis liiki aadress elektrooniline aadress on</translation>
    </message>
    <message>
        <source>Address &amp;scheme</source>
        <translation>Aadressi&amp;skeem</translation>
    </message>
    <message>
        <source>Automatic (Factur-X with a VAT id, else none)</source>
        <translation>Automaatne (KMKR numbriga Factur-X, muidu puudub)</translation>
    </message>
    <message>
        <source>How this customer&apos;s invoices go out as structured data, beside the print</source>
        <translation>Kuidas selle kliendi arved lähevad välja struktureeritud andmetena prindi kõrval</translation>
    </message>
    <message>
        <source>E-invoice &amp;format</source>
        <translation>E-arve &amp;vorming</translation>
    </message>
    <message>
        <source>No e-invoice: invoices go out as print copies only.</source>
        <translation>E-arvet pole: arved lähevad välja ainult prinditud koopiana.</translation>
    </message>
    <message>
        <source>The card has what %1 needs.</source>
        <translation>Kaardil on olemas, mida %1 vajab.</translation>
    </message>
    <message>
        <source>For %1 still missing: %2</source>
        <translation>%1 jaoks puudub veel: %2</translation>
    </message>
    <message>
        <source>None (print copy only)</source>
        <translation>Puudub (ainult prinditud koopia)</translation>
    </message>
    <message>
        <source>Factur-X (PDF with the invoice data inside)</source>
        <translation>Factur-X (PDF, milles on arve andmed)</translation>
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
        <translation>E-arve</translation>
    </message>
    <message>
        <source>%1 inside the print copy, validated ✓</source>
        <translation>%1 prindikoopia sees, kontrollitud ✓</translation>
    </message>
    <message>
        <source>%1 attached, validated ✓</source>
        <translation>%1 lisatud, kontrollitud ✓</translation>
    </message>
    <message>
        <source>%1 not attached, because:</source>
        <translation>%1 pole lisatud, sest:</translation>
    </message>
    <message>
        <source>The message can still go, without the e-invoice.</source>
        <translation>Sõnumi saab ikkagi saata, ilma e-arveta.</translation>
    </message>
    <message>
        <source>The e-invoice could not be checked: %1</source>
        <translation>E-arvet ei õnnestunud kontrollida: %1</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;Open ledger…</source>
        <translation>&amp;Ava andmebaas…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Varunda…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Taasta varukoopiast…</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import failist…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>LedgerPost could not be started on that ledger.</source>
        <translation>LedgerPosti ei õnnestunud selle andmebaasiga käivitada.</translation>
    </message>
    <message>
        <source>Back up the ledger</source>
        <translation>Pearaamatu varundamine</translation>
    </message>
    <message>
        <source>Backups (*.ledgerpost)</source>
        <translation>Varukoopiad (*.ledgerpost)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Varundan…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1, but the check found %n problem(s): run Check.</source>
        <translation>
            <numerusform>Varundatud faili %1, kuid kontroll leidis %n probleemi: käivitage kontroll.</numerusform>
            <numerusform>Varundatud faili %1, kuid kontroll leidis %n probleemi: käivitage kontroll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1 and checked.</source>
        <translation>Varundatud faili %1 ja kontrollitud.</translation>
    </message>
</context>
<context>
    <name>GeneralLedgerDialog</name>
    <message>
        <source>General ledger: %1 %2</source>
        <translation>Pearaamat: %1 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Osapool</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Deebet</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kreedit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Algsaldo</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Lõppsaldo</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salvesta &amp;PDF-ina…</translation>
    </message>
    <message>
        <source>Save the general ledger as PDF</source>
        <translation>Salvesta pearaamat PDF-ina</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvestatud: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a file</source>
        <translation>Import failist</translation>
    </message>
    <message>
        <source>Cards: customers, suppliers, employees (CSV)</source>
        <translation>Kaardid: kliendid, tarnijad, töötajad (CSV)</translation>
    </message>
    <message>
        <source>Documents: invoices, credit notes, opening items (CSV or JSON)</source>
        <translation>Dokumendid: arved, kreeditarved, algsaldod (CSV või JSON)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vali…</translation>
    </message>
    <message>
        <source>&amp;Post the documents (numbered and final)</source>
        <translation>&amp;Kinnita dokumendid (nummerdatud ja lõplikud)</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Failis on</translation>
    </message>
    <message>
        <source>Choose a file, then Check: nothing is written until Import.</source>
        <translation>Vali fail ja seejärel Kontrolli: midagi ei kirjutata enne importi.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleemid</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kus</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontrolli</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impordi</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV or JSON (*.csv *.json)</source>
        <translation>CSV või JSON (*.csv *.json)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollin…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Impordin…</translation>
    </message>
    <message>
        <source>New cards: %1, updated: %2, unchanged: %3.</source>
        <translation>Uusi kaarte: %1, muudetud: %2, muutmata: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) created.</source>
        <translation>
            <numerusform>%n dokument loodud.</numerusform>
            <numerusform>%n dokumenti loodud.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) pass every check.</source>
        <translation>
            <numerusform>%n dokument läbis kõik kontrollid.</numerusform>
            <numerusform>%n dokumenti läbis kõik kontrollid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was written. Mend the file and check again.</source>
        <translation>
            <numerusform>%n probleem: midagi ei kirjutatud. Paranda fail ja kontrolli uuesti.</numerusform>
            <numerusform>%n probleemi: midagi ei kirjutatud. Paranda fail ja kontrolli uuesti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>Midagi ei kirjutata enne, kui valid Impordi.</translation>
    </message>
</context>
<context>
    <name>JournalEntriesBox</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Tühistamine</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Kanded</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Kinnita</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Kustuta mustand</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>&amp;Tühista…</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Kinnitatud</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Mustand</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n kanne</numerusform>
            <numerusform>%n kannet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n draft(s) not posted yet</source>
        <translation>
            <numerusform>; %n mustand on veel kinnitamata</numerusform>
            <numerusform>; %n mustandit on veel kinnitamata</numerusform>
        </translation>
    </message>
    <message>
        <source>reverses %1</source>
        <translation>tühistab %1</translation>
    </message>
    <message>
        <source>reversed by %1</source>
        <translation>tühistatud kandega %1</translation>
    </message>
    <message>
        <source>Delete the draft entry “%1”? It never counted in the books.</source>
        <translation>Kas kustutada kande mustand „%1”? See ei ole raamatupidamises kunagi arvesse läinud.</translation>
    </message>
    <message>
        <source>Draft entry deleted.</source>
        <translation>Kande mustand kustutatud.</translation>
    </message>
    <message>
        <source>Post an entry dated today that undoes %1?</source>
        <translation>Kas kinnitada tänase kuupäevaga kanne, mis tühistab %1?</translation>
    </message>
    <message>
        <source>Journal entry %1 posted.</source>
        <translation>Kanne %1 kinnitatud.</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>New journal entry</source>
        <translation>Uus kanne</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Deebet</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kreedit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Lisa &amp;rida</translation>
    </message>
    <message>
        <source>&amp;Post now (the entry cannot change afterwards)</source>
        <translation>&amp;Kirjenda kohe (hiljem ei saa muuta)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Kuupäev</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>&amp;Kirjeldus</translation>
    </message>
    <message>
        <source>Line %1: an amount is not a number.</source>
        <translation>Rida %1: summa ei ole arv.</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of the window</source>
        <translation>Akna keel</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Süsteemi keel (%1)</translation>
    </message>
    <message>
        <source>Problem with the language</source>
        <translation>Probleem keelega</translation>
    </message>
    <message>
        <source>Menus, pages and dialogs speak this language; Arabic also turns the window right to left. Documents and messages go out in each customer&apos;s own language.</source>
        <translation>Menüüd, lehed ja dialoogid on selles keeles; araabia keel pöörab ka akna paremalt vasakule. Dokumendid ja kirjad lähevad iga kliendi enda keeles.</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>&amp;Akna keel:</translation>
    </message>
</context>
<context>
    <name>LetterBatchDialog</name>
    <message>
        <source>Send a letter to several</source>
        <translation>Kiri mitmele saajale</translation>
    </message>
    <message>
        <source>Letter: %1</source>
        <translation>Kiri: %1</translation>
    </message>
    <message>
        <source>%v of %m letters</source>
        <translation>%v / %m kirja</translation>
    </message>
    <message>
        <source>Choose the recipients, then Preview.</source>
        <translation>Vali saajad, siis vajuta Eelvaade.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Osapool</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kellele</translation>
    </message>
    <message>
        <source>Letters to send</source>
        <translation>Saadetavad kirjad</translation>
    </message>
    <message>
        <source>Why no letter</source>
        <translation>Miks kirja ei saadeta</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Välja jäetud</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Eelvaade</translation>
    </message>
    <message>
        <source>&amp;Send letters</source>
        <translation>&amp;Saada kirjad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>A batch being sent goes on in the background</source>
        <translation>Saatmisel olev partii jätkab taustal</translation>
    </message>
    <message>
        <source>The recipients changed: Preview again before sending.</source>
        <translation>Saajad muutusid: vaata enne saatmist eelvaade uuesti.</translation>
    </message>
    <message>
        <source>Looking at every card chosen…</source>
        <translation>Vaatan läbi kõik valitud kaardid…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) to send</source>
        <translation>
            <numerusform>%n kiri saata</numerusform>
            <numerusform>%n kirja saata</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter to send to the cards chosen</source>
        <translation>Valitud kaartidele pole ühtki kirja saata</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>hind: %n krediit</numerusform>
            <numerusform>hind: %n krediiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>saadaval: %n krediit</numerusform>
            <numerusform>saadaval: %n krediiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n kiri ootab, kuni krediiti lisatakse.</numerusform>
            <numerusform>%n kirja ootavad, kuni krediiti lisatakse.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 sent again (cancelled before))</source>
        <translation>(%1 saadetakse uuesti (enne tühistatud))</translation>
    </message>
    <message>
        <source>(%1, made before)</source>
        <translation>(%1, tehtud varem)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n card(s), with the reason</source>
        <translation>
            <numerusform>Välja jäetud: %n kaart koos põhjusega</numerusform>
            <numerusform>Välja jäetud: %n kaarti koos põhjusega</numerusform>
        </translation>
    </message>
    <message>
        <source>No card chosen is left out.</source>
        <translation>Ühtki valitud kaarti ei jäeta välja.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) made and put in the outbox.</source>
        <translation>
            <numerusform>%n kiri tehtud ja väljuvate kausta pandud.</numerusform>
            <numerusform>%n kirja tehtud ja väljuvate kausta pandud.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n card(s) were not reached. Preview and Send again to write to them; those who have the letter get none again.</source>
        <translation>
            <numerusform>Peatatud: %n kaardini ei jõutud. Eelvaade ja Saada uuesti, et neile kirjutada; kirja juba saanud ei saa seda teist korda.</numerusform>
            <numerusform>Peatatud: %n kaardini ei jõutud. Eelvaade ja Saada uuesti, et neile kirjutada; kirja juba saanud ei saa seda teist korda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n previewed letter(s) were not queued; Preview again to see why.</source>
        <translation>
            <numerusform>%n eelvaates olnud kiri jäi järjekorda panemata; vaata eelvaadet uuesti, et näha miks.</numerusform>
            <numerusform>%n eelvaates olnud kirja jäid järjekorda panemata; vaata eelvaadet uuesti, et näha miks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to see what is left.</source>
        <translation>Vaata eelvaadet uuesti, et näha, mis on jäänud.</translation>
    </message>
</context>
<context>
    <name>LetterFields</name>
    <message>
        <source>Header</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>The subject, also of the email</source>
        <translation>Teema, ka e-kirja oma</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Sisu</translation>
    </message>
    <message>
        <source>Dear customer,

A blank line starts a new paragraph.
- a line starting with a dash is an item of a list</source>
        <translation>Lugupeetud klient

Tühi rida alustab uut lõiku.
- kriipsuga algav rida on loetelu punkt</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Lõpetus</translation>
    </message>
    <message>
        <source>e.g. Kind regards</source>
        <translation>nt Lugupidamisega</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Allkirjastaja</translation>
    </message>
    <message>
        <source>A user of the ledger, or any name typed here</source>
        <translation>Raamatupidamise kasutaja või siia kirjutatud nimi</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>The print copy&apos;s labels and the email&apos;s words follow this language</source>
        <translation>Dokumendi sildid ja e-kirja sõnad on selles keeles</translation>
    </message>
    <message>
        <source>The party&apos;s language</source>
        <translation>Osapoole keel</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Pealkiri</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Sisu</translation>
    </message>
    <message>
        <source>&amp;Closing</source>
        <translation>&amp;Lõpetus</translation>
    </message>
    <message>
        <source>Si&amp;gned by</source>
        <translation>&amp;Allkirjastaja</translation>
    </message>
    <message>
        <source>&amp;Written in</source>
        <translation>&amp;Keel</translation>
    </message>
</context>
<context>
    <name>LetterRecipients</name>
    <message>
        <source>Kind of card</source>
        <translation>Kaardi liik</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Kaardi keel</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Iga keel</translation>
    </message>
    <message>
        <source>Filter the cards</source>
        <translation>Filtreeri kaarte</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>Filtreeri nime või koodi järgi</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Saajad</translation>
    </message>
    <message>
        <source>Check all shown</source>
        <translation>Märgi kõik näidatud</translation>
    </message>
    <message>
        <source>Uncheck all shown</source>
        <translation>Eemalda märge kõigilt näidatutelt</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kellele:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Keel:</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) chosen</source>
        <translation>
            <numerusform>%n kaart valitud</numerusform>
            <numerusform>%n kaarti valitud</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kogus</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Ühiku hind</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>KM %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Rea summa</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to LedgerPost</source>
        <translation>Logi LedgerPosti sisse</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parool</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Logi sisse</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>&amp;Kasutajanimi</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Parool</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>Sisesta oma kasutajanimi.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollin…</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>Kasutajanimi või parool on vale.</translation>
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
        <translation>LedgerPost — ettevõtet pole veel</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigeerimine</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumendid</translation>
    </message>
    <message>
        <source>Mail status</source>
        <translation>Meili olek</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Sisse logitud kasutaja</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;New document…</source>
        <translation>&amp;Uus dokument…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Seaded…</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>Saada e-mailiga…</translation>
    </message>
    <message>
        <source>&amp;Batch send…</source>
        <translation>&amp;Hulgisaatmine…</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>Sul pole õigust: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Kasutaja: %1</translation>
    </message>
    <message>
        <source>Email queue</source>
        <translation>E-mailide järjekord</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Saadetud kirjad</translation>
    </message>
    <message>
        <source>Message credits</source>
        <translation>Saatmiskrediit</translation>
    </message>
    <message>
        <source>Ageing of open items</source>
        <translation>Avatud kirjete vanuseanalüüs</translation>
    </message>
    <message>
        <source>Payment &amp;reminders…</source>
        <translation>Makse&amp;meeldetuletused…</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Raamatupidamine</translation>
    </message>
    <message>
        <source>VAT report</source>
        <translation>Käibemaksuaruanne</translation>
    </message>
    <message>
        <source>Users and rights</source>
        <translation>Kasutajad ja õigused</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln dokument</numerusform>
            <numerusform>%Ln dokumenti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
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
        <translation>Märkus</translation>
    </message>
    <message>
        <source>A few words of your own, shown above the message</source>
        <translation>Paar sõna omalt poolt, kuvatakse kirja kohal</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <source>Greeting and signature</source>
        <translation>Tervitus ja allkiri</translation>
    </message>
    <message>
        <source>&amp;Note (goes on top)</source>
        <translation>&amp;Märkus (läheb üles)</translation>
    </message>
    <message>
        <source>&amp;Message (changes apply to this send only)</source>
        <translation>&amp;Kiri (muudatused kehtivad ainult selle saatmise kohta)</translation>
    </message>
</context>
<context>
    <name>MessageViewDialog</name>
    <message>
        <source>Message as sent — %1</source>
        <translation>Kiri nagu see saadeti — %1</translation>
    </message>
    <message>
        <source>Message as it will be sent — %1</source>
        <translation>Kiri nii, nagu see saadetakse — %1</translation>
    </message>
    <message>
        <source>%1 so far: the Date line is added when it is first sent</source>
        <translation>%1 seni: Date-rida lisatakse esimesel saatmisel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Saatja</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Saaja</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>Koopia</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Vastus aadressile</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>when it is first sent</source>
        <translation>kui see esimest korda saadetakse</translation>
    </message>
    <message>
        <source>Blind copies travel only in the envelope, never in the text.</source>
        <translation>Pimekoopiad liiguvad ainult ümbrikus, mitte kunagi kirja tekstis.</translation>
    </message>
    <message>
        <source>BCC (envelope only):</source>
        <translation>Pimekoopia (ainult ümbrikus):</translation>
    </message>
    <message>
        <source>The server&apos;s answer to each recipient</source>
        <translation>Serveri vastus iga saaja kohta</translation>
    </message>
    <message>
        <source>Server&apos;s answer:</source>
        <translation>Serveri vastus:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Kättetoimetamine</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Kättetoimetamine:</translation>
    </message>
    <message>
        <source>What the report said</source>
        <translation>Mida aruanne ütles</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Aruanne:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Kirja tekst</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Manused</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <source>All headers</source>
        <translation>Kõik päised</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Manused (%1)</translation>
    </message>
    <message>
        <source>%1 as handed to the server</source>
        <translation>%1 nagu see serverile üle anti</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Salvesta .eml-failina…</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Salvesta kiri</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>E-kirjad (*.eml)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Salvestamata</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Kirja ei õnnestunud salvestada: %1</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Uus konto</translation>
    </message>
    <message>
        <source>A &amp;bank account (receipts and payments can name it)</source>
        <translation>&amp;Pangakonto (laekumised ja maksed võivad sellele viidata)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;imi</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Liik</translation>
    </message>
    <message>
        <source>&amp;VAT code</source>
        <translation>&amp;KM-kood</translation>
    </message>
</context>
<context>
    <name>OpenLedgerDialog</name>
    <message>
        <source>Open ledger</source>
        <translation>Ava andmebaas</translation>
    </message>
    <message>
        <source>A ledger file on this computer</source>
        <translation>Raamatupidamisfail selles arvutis</translation>
    </message>
    <message>
        <source>A shared ledger on a PostgreSQL server</source>
        <translation>Ühine andmebaas PostgreSQL-serveris</translation>
    </message>
    <message>
        <source>Ledger file</source>
        <translation>Raamatupidamisfail</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sirvi…</translation>
    </message>
    <message>
        <source>Shared ledger address</source>
        <translation>Ühise andmebaasi aadress</translation>
    </message>
    <message>
        <source>The database password comes from the keyring (ledgerpost db-password) or from ~/.pgpass; never put it in the address.</source>
        <translation>Andmebaasi parool tuleb võtmehoidjast (ledgerpost db-password) või failist ~/.pgpass; ära kirjuta seda aadressi sisse.</translation>
    </message>
    <message>
        <source>Ledger files (*.sqlite3);;All files (*)</source>
        <translation>Raamatupidamisfailid (*.sqlite3);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Avan…</translation>
    </message>
    <message>
        <source>Name a ledger file, or the address of a shared ledger.</source>
        <translation>Vali raamatupidamisfail või kirjuta ühise andmebaasi aadress.</translation>
    </message>
    <message>
        <source>There is no ledger file at %1.</source>
        <translation>Kohas %1 ei ole raamatupidamisfaili.</translation>
    </message>
    <message>
        <source>This is not a database address; a shared ledger looks like %1.</source>
        <translation>See ei ole andmebaasi aadress; ühise andmebaasi aadress on näiteks %1.</translation>
    </message>
    <message>
        <source>The address holds a password: keep it in the keyring (ledgerpost db-password) or in ~/.pgpass, and give the address without it.</source>
        <translation>Aadressis on parool: hoia seda võtmehoidjas (ledgerpost db-password) või failis ~/.pgpass ja anna aadress ilma selleta.</translation>
    </message>
    <message>
        <source>LedgerPost keeps shared ledgers on PostgreSQL (not %1): %2</source>
        <translation>LedgerPost hoiab ühiseid andmebaase PostgreSQL-is (mitte %1): %2</translation>
    </message>
    <message>
        <source>Name the database at the end of the address: %1</source>
        <translation>Kirjuta andmebaasi nimi aadressi lõppu: %1</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Saajad</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Serveri vastus</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Katseid</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Järgmine katse</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Järjekorda lisatud</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Saadetud</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Teema</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Email queue</source>
        <translation>E-mailide järjekord</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Kõik kirjad</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vajab tähelepanu</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ootab saatmist</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Saadetud</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ebaõnnestus</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Ebakindel</translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation>Proovitakse uuesti</translation>
    </message>
    <message>
        <source>Held (send later)</source>
        <translation>Ootel (saata hiljem)</translation>
    </message>
    <message>
        <source>Waiting for credits</source>
        <translation>Ootab krediiti</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Tühistatud</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Näita kirju</translation>
    </message>
    <message>
        <source>Sending accounts&apos; queues</source>
        <translation>Saatvate kontode järjekorrad</translation>
    </message>
    <message>
        <source>No messages here. A document you send by email, alone or in a batch, waits in this queue until the mail server accepts it.</source>
        <translation>Siin pole kirju. E-mailiga saadetud dokument, üksi või hulgisaatmisega, ootab selles järjekorras, kuni meiliserver selle vastu võtab.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Värskenda</translation>
    </message>
    <message>
        <source>Chosen message</source>
        <translation>Valitud kiri</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Järjekorda ei õnnestunud lugeda: %1</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 messages</source>
        <translation>Näidatakse %2 kirjast %1 uusimat</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n kiri</numerusform>
            <numerusform>%n kirja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages chosen</source>
        <translation>
            <numerusform>%n kiri valitud</numerusform>
            <numerusform>%n kirja valitud</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a message to see what the server said.</source>
        <translation>Vali kiri, et näha serveri vastust.</translation>
    </message>
</context>
<context>
    <name>PartiesModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kood</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>E-posti aadressid</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktisikud</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Search by name, code or address</source>
        <translation>Otsi nime, koodi või aadressi järgi</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Otsi</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Uus…</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Uus kaart</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muuda…</translation>
    </message>
    <message>
        <source>Edit the chosen card</source>
        <translation>Muuda valitud kaarti</translation>
    </message>
    <message>
        <source>No cards to show. Add one with New…, or change the search.</source>
        <translation>Pole ühtegi kaarti. Lisa uus nupuga „Uus…” või muuda otsingut.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arhiveeri</translation>
    </message>
    <message>
        <source>Hide the card from the pickers; its documents and history stay</source>
        <translation>Peida kaart valikutest; selle dokumendid ja ajalugu jäävad alles</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Näita arhiveerituid</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarti</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Taasta</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>%1 arhiveeritud.</translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation>%1 on taas nähtav.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvestatud.</translation>
    </message>
</context>
<context>
    <name>PartyBalance</name>
    <message>
        <source>Open balance</source>
        <translation>Avatud saldo</translation>
    </message>
    <message>
        <source>Open balance: nothing open</source>
        <translation>Avatud saldo: midagi pole avatud</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Avatud saldo: %1</translation>
    </message>
    <message>
        <source>oldest overdue: %1, due %2</source>
        <translation>vanim üle tähtaja: %1, tähtaeg %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) overdue)</source>
        <translation>
            <numerusform>(%n päev üle tähtaja)</numerusform>
            <numerusform>(%n päeva üle tähtaja)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyCopies</name>
    <message>
        <source>Copies of every message</source>
        <translation>Iga kirja koopiad</translation>
    </message>
    <message>
        <source>Default C&amp;C</source>
        <translation>Vaikimisi &amp;koopia (CC)</translation>
    </message>
    <message>
        <source>Default BCC</source>
        <translation>Vaikimisi pimekoopia (BCC)</translation>
    </message>
    <message>
        <source>e.g. accountant@example.com, separate with commas</source>
        <translation>nt raamatupidaja@example.com, eraldage komadega</translation>
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
        <translation>Uus: %1</translation>
    </message>
    <message>
        <source>Documents and messages go out in this language</source>
        <translation>Dokumendid ja kirjad lähevad selles keeles</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>&amp;Kood</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Keel</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Tänav</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postiindeks</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Linn</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Riik</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>E-posti aadressid</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Aadress</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Kasutus</translation>
    </message>
    <message>
        <source>Add &amp;address</source>
        <translation>Lisa &amp;aadress</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Eemalda aadress</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktisikud</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Email addresses (separate with commas)</source>
        <translation>E-posti aadressid (eralda komadega)</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Lisa &amp;isik</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Eemalda isik</translation>
    </message>
    <message>
        <source>You may not see contact addresses: they read “hidden contact” here and stay as they are when you save.</source>
        <translation>Sul pole õigust kontaktaadresse näha: siin on nende asemel „peidetud kontakt” ja salvestamisel jäävad need muutmata.</translation>
    </message>
    <message>
        <source>Send report…</source>
        <translation>Saada aruanne…</translation>
    </message>
    <message>
        <source>Send statement…</source>
        <translation>Saada väljavõte…</translation>
    </message>
    <message>
        <source>The statement of account for a period</source>
        <translation>Perioodi kontoväljavõte</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvestan…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Midagi ei salvestatud: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of %1</source>
        <translation>Kasutaja %1 parool</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Uus parool</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Korda seda</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Praegune parool</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Paroolid ei ühti.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print copy</source>
        <translation>Prindikoopia</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Prindi…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n lehekülg</numerusform>
            <numerusform>%n lehekülge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems before sending</source>
        <translation>Probleemid enne saatmist</translation>
    </message>
    <message>
        <source>Checking the message…</source>
        <translation>Kontrollin kirja…</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Valmis saatmiseks.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Kleebi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vali kõik</translation>
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
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jah</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Loobu muudatustest</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rakenda</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Lähtesta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Taasta vaikeväärtused</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Send again</source>
        <translation>Saada uuesti</translation>
    </message>
    <message>
        <source>Send the chosen failed or uncertain messages again (same Message-ID)</source>
        <translation>Saada valitud ebaõnnestunud või ebakindlad kirjad uuesti (sama Message-ID)</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Saada kohe</translation>
    </message>
    <message>
        <source>Send a held message without waiting</source>
        <translation>Saada ootel kiri ootamata</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Tühista saatmine</translation>
    </message>
    <message>
        <source>Do not send the chosen messages</source>
        <translation>Ära saada valitud kirju</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Märgi saadetuks…</translation>
    </message>
    <message>
        <source>The customer has the message: record an uncertain one as sent</source>
        <translation>Klient on kirja saanud: märgi ebakindel kiri saadetuks</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Ava dokument</translation>
    </message>
    <message>
        <source>View message</source>
        <translation>Vaata kirja</translation>
    </message>
    <message>
        <source>The exact message as it went to the server</source>
        <translation>Täpselt see kiri, mis serverisse läks</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be sent again.</source>
        <translation>
            <numerusform>%n kiri saadetakse uuesti.</numerusform>
            <numerusform>%n kirja saadetakse uuesti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will go now.</source>
        <translation>
            <numerusform>%n kiri läheb kohe.</numerusform>
            <numerusform>%n kirja lähevad kohe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will not be sent. They stay in the queue as cancelled.</source>
        <translation>
            <numerusform>%n kirja ei saadeta. See jääb järjekorda tühistatuna.</numerusform>
            <numerusform>%n kirja ei saadeta. Need jäävad järjekorda tühistatuna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) cancelled.</source>
        <translation>
            <numerusform>%n kiri tühistatud.</numerusform>
            <numerusform>%n kirja tühistatud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Märgi saadetuks</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n message(s) as sent only if you know the customer received it (for example, they confirmed it).

It then counts as sent, one credit is spent for each, and it will not be sent again.</source>
        <translation>
            <numerusform>Märgi %n kiri saadetuks ainult siis, kui tead, et klient selle kätte sai (näiteks kinnitas seda).

Siis loetakse see saadetuks, kulub üks krediit ja seda uuesti ei saadeta.</numerusform>
            <numerusform>Märgi %n kirja saadetuks ainult siis, kui tead, et klient need kätte sai (näiteks kinnitas seda).

Siis loetakse need saadetuks, igaüks kulutab ühe krediidi ja neid uuesti ei saadeta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation>
            <numerusform>%n kiri märgiti saadetuks.</numerusform>
            <numerusform>%n kirja märgiti saadetuks.</numerusform>
        </translation>
    </message>
    <message>
        <source>This message has not been put together yet: that happens when it is first sent.</source>
        <translation>Seda kirja pole veel kokku pandud: see juhtub esimesel saatmisel.</translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>Kirja ei õnnestunud lugeda: %1</translation>
    </message>
</context>
<context>
    <name>RateField</name>
    <message>
        <source>Exchange rate</source>
        <translation>Vahetuskurss</translation>
    </message>
    <message>
        <source>e.g. 1.0850</source>
        <translation>nt 1,0850</translation>
    </message>
    <message>
        <source>How many units of the document&apos;s currency one unit of %1 buys</source>
        <translation>Mitu dokumendi valuuta ühikut saab ühe %1 eest</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>viimati: %1</translation>
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
        <translation>Seosed</translation>
    </message>
    <message>
        <source>&amp;Save and post</source>
        <translation>&amp;Salvesta ja kirjenda</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Uus: %1</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Tasumata arved</translation>
    </message>
    <message>
        <source>Open invoices and fees it settles</source>
        <translation>Avatud arved ja tasud, mida see tasub</translation>
    </message>
    <message>
        <source>this receipt</source>
        <translation>sellest sissetulekuorderist</translation>
    </message>
    <message>
        <source>this payment</source>
        <translation>sellest väljamakseorderist</translation>
    </message>
    <message>
        <source>%1 stays on account as credit</source>
        <translation>%1 jääb ettemaksuna kontole</translation>
    </message>
    <message>
        <source>Choose who the money is from or to.</source>
        <translation>Valige, kellelt raha tuli või kellele see läks.</translation>
    </message>
    <message>
        <source>Type the amount, for example 150.00.</source>
        <translation>Sisestage summa, näiteks 150,00.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Midagi ei salvestatud: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>S&amp;eosta</translation>
    </message>
    <message>
        <source>Allocate what is still on account</source>
        <translation>Seosta kontole jäänud ettemaks</translation>
    </message>
    <message>
        <source>Open invoices what is on account may settle</source>
        <translation>Tasumata arved, mida ettemaks saab tasuda</translation>
    </message>
    <message>
        <source>%1 is on account as credit; no open invoice to settle.</source>
        <translation>%1 on kontol ettemaksuna; tasumata arveid ei ole.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Payment reminders</source>
        <translation>Maksemeeldetuletused</translation>
    </message>
    <message>
        <source>%v of %m customers</source>
        <translation>%v / %m kliendist</translation>
    </message>
    <message>
        <source>Reminders as of</source>
        <translation>Meeldetuletused seisuga</translation>
    </message>
    <message>
        <source>The day whose overdue invoices are reminded; paid since is never named</source>
        <translation>Päev, mille seisuga tähtaja ületanud arvetest meelde tuletatakse; hiljem makstut ei nimetata kunagi</translation>
    </message>
    <message>
        <source>Reminders &amp;as of:</source>
        <translation>Meeldetuletused &amp;seisuga:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Eelvaade</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Saatmiskonto</translation>
    </message>
    <message>
        <source>Every reminder of the run goes from this account</source>
        <translation>Iga selle ringi meeldetuletus saadetakse sellelt kontolt</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>The usual account</source>
        <translation>Tavaline konto</translation>
    </message>
    <message>
        <source>Choose the day, then Preview.</source>
        <translation>Vali päev, siis Eelvaade.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tase</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Arved</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Päevi üle tähtaja</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Tasumata</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tasu</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Saaja</translation>
    </message>
    <message>
        <source>Reminders to send</source>
        <translation>Saadetavad meeldetuletused</translation>
    </message>
    <message>
        <source>Why no reminder</source>
        <translation>Miks meeldetuletust ei saadeta</translation>
    </message>
    <message>
        <source>Customers left out</source>
        <translation>Välja jäetud kliendid</translation>
    </message>
    <message>
        <source>&amp;Send reminders</source>
        <translation>&amp;Saada meeldetuletused</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>A run being sent goes on in the background</source>
        <translation>Saatmisel olev meeldetuletuste ring jätkub taustal</translation>
    </message>
    <message>
        <source>The day changed: Preview again before sending.</source>
        <translation>Päev muutus: enne saatmist vaata eelvaadet uuesti.</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>Sul pole õigust: %1</translation>
    </message>
    <message>
        <source>Looking at every customer&apos;s open invoices…</source>
        <translation>Vaatan läbi kõigi klientide tasumata arved…</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) to send</source>
        <translation>
            <numerusform>%n meeldetuletus saata</numerusform>
            <numerusform>%n meeldetuletust saata</numerusform>
        </translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>tasumata: %1</translation>
    </message>
    <message>
        <source>No reminder is due on this day</source>
        <translation>Sel päeval ei ole ühtegi meeldetuletust vaja</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>hind: %n krediit</numerusform>
            <numerusform>hind: %n krediiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>saadaval: %n krediit</numerusform>
            <numerusform>saadaval: %n krediiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n kiri ootab, kuni krediiti lisatakse.</numerusform>
            <numerusform>%n kirja ootavad, kuni krediiti lisatakse.</numerusform>
        </translation>
    </message>
    <message>
        <source>copies:</source>
        <translation>koopiad:</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n customer(s), with the reason</source>
        <translation>
            <numerusform>Välja jäetud: %n klient koos põhjusega</numerusform>
            <numerusform>Välja jäetud: %n klienti koos põhjusega</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer with overdue invoices is left out.</source>
        <translation>Ühtegi tähtaja ületanud arvetega klienti välja ei jäeta.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) put in the outbox.</source>
        <translation>
            <numerusform>%n meeldetuletus pandi väljuvate kirjade kausta.</numerusform>
            <numerusform>%n meeldetuletust pandi väljuvate kirjade kausta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n customer(s) were not reached. Preview and Send again to remind them; those already reminded are left out.</source>
        <translation>
            <numerusform>Peatatud: %n kliendini ei jõutud. Eelvaade ja Saada uuesti, et talle meelde tuletada; juba meelde tuletatud jäetakse välja.</numerusform>
            <numerusform>Peatatud: %n kliendini ei jõutud. Eelvaade ja Saada uuesti, et neile meelde tuletada; juba meelde tuletatud jäetakse välja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n previewed reminder(s) were not queued (reminded meanwhile, or the message could not be made); Preview again to see why.</source>
        <translation>
            <numerusform>%n eelvaates olnud meeldetuletus jäi järjekorda panemata (vahepeal meelde tuletatud või kirja ei saanud koostada); põhjuse nägemiseks vaata eelvaadet uuesti.</numerusform>
            <numerusform>%n eelvaates olnud meeldetuletust jäi järjekorda panemata (vahepeal meelde tuletatud või kirja ei saanud koostada); põhjuse nägemiseks vaata eelvaadet uuesti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to see what is left.</source>
        <translation>Vaata eelvaadet uuesti, et näha, mis on jäänud.</translation>
    </message>
    <message>
        <source>marked “never send reminders” on the card</source>
        <translation>kaardil märgitud „ära saada kunagi meeldetuletusi“</translation>
    </message>
    <message>
        <source>in dispute (the customer or its overdue invoices)</source>
        <translation>vaidlustatud (klient või tema tähtaja ületanud arved)</translation>
    </message>
    <message>
        <source>already reminded at this level</source>
        <translation>sellel tasemel juba meelde tuletatud</translation>
    </message>
    <message>
        <source>owes less than the minimum amount for reminders</source>
        <translation>võlgneb vähem kui meeldetuletuse vähim summa</translation>
    </message>
    <message>
        <source>no valid e-mail address on the customer&apos;s card</source>
        <translation>kliendi kaardil pole kehtivat e-posti aadressi</translation>
    </message>
</context>
<context>
    <name>ReminderFlags</name>
    <message>
        <source>Payment reminders</source>
        <translation>Maksemeeldetuletused</translation>
    </message>
    <message>
        <source>&amp;Never send reminders</source>
        <translation>Ära &amp;saada kunagi meeldetuletusi</translation>
    </message>
    <message>
        <source>The customer is left out of every reminder run</source>
        <translation>Klient jäetakse igast meeldetuletuste ringist välja</translation>
    </message>
    <message>
        <source>In &amp;dispute</source>
        <translation>&amp;Vaidlustatud</translation>
    </message>
    <message>
        <source>No reminder goes while the dispute lasts; untick it once it is settled</source>
        <translation>Vaidluse ajal meeldetuletusi ei saadeta; võta linnuke ära, kui see on lahendatud</translation>
    </message>
    <message>
        <source>Only a user who may post documents changes these</source>
        <translation>Neid muudab ainult kasutaja, kes tohib dokumente kinnitada</translation>
    </message>
</context>
<context>
    <name>ReminderLevelsTab</name>
    <message>
        <source>A customer whose invoice is overdue gets the reminder of the level it has reached, one level at a time and never the same level twice. Negative days send a friendly notice before the due date.</source>
        <translation>Klient, kelle arve on tähtaja ületanud, saab selle taseme meeldetuletuse, milleni arve on jõudnud, üks tase korraga ja mitte kunagi sama taset kaks korda. Negatiivsed päevad saadavad sõbraliku teate enne maksetähtaega.</translation>
    </message>
    <message>
        <source>Reminder levels</source>
        <translation>Meeldetuletuse tasemed</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tase</translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation>Päevi pärast maksetähtaega</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tasu</translation>
    </message>
    <message>
        <source>Attach the invoices</source>
        <translation>Lisa arved</translation>
    </message>
    <message>
        <source>Attach the open-items statement</source>
        <translation>Lisa tasumata kirjete väljavõte</translation>
    </message>
    <message>
        <source>&amp;Add a level</source>
        <translation>&amp;Lisa tase</translation>
    </message>
    <message>
        <source>Remove the &amp;last level</source>
        <translation>Eemalda &amp;viimane tase</translation>
    </message>
    <message>
        <source>Problems of the reminder levels</source>
        <translation>Meeldetuletuse tasemete probleemid</translation>
    </message>
    <message>
        <source>Least amount for a reminder</source>
        <translation>Meeldetuletuse vähim summa</translation>
    </message>
    <message>
        <source>A customer owing less than this overdue (less money on account) gets none</source>
        <translation>Klient, kelle tähtaja ületanud võlg (miinus ettemaks) on sellest väiksem, ei saa meeldetuletust</translation>
    </message>
    <message>
        <source>Problem with the least amount</source>
        <translation>Probleem vähima summaga</translation>
    </message>
    <message>
        <source>Least amount for a &amp;reminder:</source>
        <translation>Meeldetuletuse vähim &amp;summa:</translation>
    </message>
    <message>
        <source>Days after the due date, level %1</source>
        <translation>Päevi pärast maksetähtaega, tase %1</translation>
    </message>
    <message>
        <source>Fee, level %1</source>
        <translation>Tasu, tase %1</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more, e.g. 5.00</source>
        <translation>Sisesta summa, mis on null või rohkem, nt 5,00</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Tase %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>päevad</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>tasu</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>teema</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Language of the words</source>
        <translation>Teksti keel</translation>
    </message>
    <message>
        <source>Restore &amp;bundled words</source>
        <translation>Taasta &amp;kaasasolev tekst</translation>
    </message>
    <message>
        <source>Reminder subject</source>
        <translation>Meeldetuletuse teema</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>Meeldetuletuse tekst</translation>
    </message>
    <message>
        <source>Problem with the subject</source>
        <translation>Probleem teemaga</translation>
    </message>
    <message>
        <source>Problem with the text</source>
        <translation>Probleem tekstiga</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Kohatäitjad: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Keel:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Teema:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Words of level %1</source>
        <translation>Taseme %1 tekst</translation>
    </message>
    <message>
        <source>Your own words</source>
        <translation>Sinu oma tekst</translation>
    </message>
    <message>
        <source>The bundled words</source>
        <translation>Kaasasolev tekst</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Employee report by email</source>
        <translation>Töötaja aruanne e-postiga</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alates</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Kuni</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Taasta varukoopiast</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Varukoopia</translation>
    </message>
    <message>
        <source>New ledger file</source>
        <translation>Uus pearaamatu fail</translation>
    </message>
    <message>
        <source>The backup becomes a new ledger; the books open now are not touched. Messages that were still to go when the backup was taken wait in the email queue for you to decide, so none goes out twice.</source>
        <translation>Varukoopiast saab uus pearaamat; praegu avatud raamatuid ei puudutata. Kirjad, mis olid varukoopia tegemise ajal veel saatmata, ootavad e-posti järjekorras sinu otsust, nii et ükski ei lähe teist korda.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Taasta</translation>
    </message>
    <message>
        <source>&amp;Open the restored ledger</source>
        <translation>&amp;Ava taastatud pearaamat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sirvi…</translation>
    </message>
    <message>
        <source>Backups (*.ledgerpost)</source>
        <translation>Varukoopiad (*.ledgerpost)</translation>
    </message>
    <message>
        <source>Ledger files (*.sqlite3)</source>
        <translation>Pearaamatu failid (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restoring and checking…</source>
        <translation>Taastan ja kontrollin…</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>teadmata ajal</translation>
    </message>
    <message>
        <source>The backup of %1 is now the ledger %2.</source>
        <translation>Varukoopiast (%1) sai pearaamat %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were still to go: they wait in the email queue for you to decide.</source>
        <translation>
            <numerusform>%n kiri oli veel saatmata: see ootab e-posti järjekorras sinu otsust.</numerusform>
            <numerusform>%n kirja oli veel saatmata: need ootavad e-posti järjekorras sinu otsust.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s): run Check there.</source>
        <translation>
            <numerusform>Kontroll leidis %n probleemi: käivita seal Kontroll.</numerusform>
            <numerusform>Kontroll leidis %n probleemi: käivita seal Kontroll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>The preview could not be made.</source>
        <translation>Eelvaadet ei õnnestunud teha.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send by email</source>
        <translation>Saada e-mailiga</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laadin…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Saatja</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Saatmiskonto</translation>
    </message>
    <message>
        <source>The account this message goes from; its From address follows</source>
        <translation>Konto, millelt see kiri saadetakse; saatja aadress järgib seda</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Saaja</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>Koopia</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>Pimekoopia</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Krediit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Saada &amp;uuesti</translation>
    </message>
    <message>
        <source>Send again although already sent</source>
        <translation>Saada uuesti, kuigi juba saadetud</translation>
    </message>
    <message>
        <source>%1 of %2 accepted. %3</source>
        <translation>%2-st vastu võetud %1. %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Saada</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Saada</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Saaja</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Teema</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Manused</translation>
    </message>
    <message>
        <source>Statement %1 – %2</source>
        <translation>Saldoteatis %1 – %2</translation>
    </message>
    <message>
        <source>Send by email — %1</source>
        <translation>Saada e-mailiga — %1</translation>
    </message>
    <message>
        <source>(no sender address set)</source>
        <translation>(saatja aadress määramata)</translation>
    </message>
    <message>
        <source>Already sent on %1 to %2.</source>
        <translation>Juba saadetud %1 aadressile %2.</translation>
    </message>
    <message>
        <source>Already in the outbox since %1 for %2.</source>
        <translation>Juba järjekorras alates %1, saaja %2.</translation>
    </message>
    <message>
        <source>Employee report %1 – %2</source>
        <translation>Töötaja aruanne %1 – %2</translation>
    </message>
    <message>
        <source>Open items %1 – %2</source>
        <translation>Tasumata arved %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n saadaval</numerusform>
            <numerusform>%n saadaval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this message costs %n</source>
        <translation>
            <numerusform>see kiri maksab %n</numerusform>
            <numerusform>see kiri maksab %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Ajasta</translation>
    </message>
    <message>
        <source>Putting the message in the outbox…</source>
        <translation>Lisan kirja järjekorda…</translation>
    </message>
    <message>
        <source>Nothing was put in the outbox: %1</source>
        <translation>Järjekorda ei lisatud midagi: %1</translation>
    </message>
</context>
<context>
    <name>SendLater</name>
    <message>
        <source>Send &amp;later:</source>
        <translation>Saada &amp;hiljem:</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Saada hiljem</translation>
    </message>
    <message>
        <source>Date and time to send</source>
        <translation>Saatmise kuupäev ja kellaaeg</translation>
    </message>
    <message>
        <source>The time to send is already past: choose a later one.</source>
        <translation>Saatmise aeg on juba möödas: vali hilisem.</translation>
    </message>
</context>
<context>
    <name>SentReportModel</name>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Kättetoimetamine</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Järjekorda lisatud</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Saadetud</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kasutaja</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Osapool</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Saaja</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Serveri vastus</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>Koopia</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>Pimekoopia</translation>
    </message>
</context>
<context>
    <name>SentReportPage</name>
    <message>
        <source>Sent messages</source>
        <translation>Saadetud kirjad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Saatja</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Saaja</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kasutaja</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Osapool</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Kõik osapooled</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspordi CSV…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periood</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Arvud</translation>
    </message>
    <message>
        <source>No messages in this period for this user and party.</source>
        <translation>Selles perioodis pole selle kasutaja ja osapoole kirju.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Periood lõpeb enne, kui algab.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n kiri</numerusform>
            <numerusform>%n kirja</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sent messages</source>
        <translation>Ekspordi saadetud kirjad</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvestatud: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Faili ei õnnestunud kirjutada: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Seaded</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seadete lehed</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Ettevõte</translation>
    </message>
    <message>
        <source>Sending &amp;accounts</source>
        <translation>S&amp;aatmiskontod</translation>
    </message>
    <message>
        <source>Messa&amp;ges</source>
        <translation>&amp;Kirjad</translation>
    </message>
    <message>
        <source>How messages leave the outbox. While you try things out, set a test address: then nothing reaches a customer.</source>
        <translation>Kuidas kirjad järjekorrast lahkuvad. Proovimise ajaks määra testaadress: siis ei jõua midagi kliendini.</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation>&amp;Saatmine</translation>
    </message>
    <message>
        <source>Each message the server accepts uses one credit; credits are bought in packages of this size and price.</source>
        <translation>Iga serveri vastu võetud kiri kulutab ühe krediidi; krediiti ostetakse sellise suuruse ja hinnaga pakettidena.</translation>
    </message>
    <message>
        <source>C&amp;redits</source>
        <translation>K&amp;rediit</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>&amp;Meeldetuletused</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Keel</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Salvestamise olek</translation>
    </message>
    <message>
        <source>Nothing was saved: the %1 message in %2 has problems, shown in red; correct them or restore the default.</source>
        <translation>Midagi ei salvestatud: kirjal „%1” keeles %2 on punasega näidatud probleemid; paranda need või taasta vaikimisi tekst.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvestan…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Seaded salvestatud.</translation>
    </message>
    <message>
        <source>Settings saved. %1</source>
        <translation>Seaded salvestatud. %1</translation>
    </message>
    <message>
        <source>The settings could not be saved because of an unexpected error.</source>
        <translation>Seadeid ei õnnestunud ootamatu vea tõttu salvestada.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Midagi ei salvestatud: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n value(s) need a correction, shown in red.</source>
        <translation>
            <numerusform>Midagi ei salvestatud: %n väärtus vajab parandamist, näidatud punasega.</numerusform>
            <numerusform>Midagi ei salvestatud: %n väärtust vajavad parandamist, näidatud punasega.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign &amp;in</source>
        <translation>Logi &amp;sisse</translation>
    </message>
    <message>
        <source>Sign in with a code on another device</source>
        <translation>Logi sisse koodiga teises seadmes</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Katkesta sisselogimine</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Sisselogimise olek</translation>
    </message>
    <message>
        <source>Open %1 on any device and enter the code %2.</source>
        <translation>Avage %1 mis tahes seadmes ja sisestage kood %2.</translation>
    </message>
</context>
<context>
    <name>SmtpTab</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (tavaliselt port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS from the start (usually port 465)</source>
        <translation>SSL/TLS algusest peale (tavaliselt port 465)</translation>
    </message>
    <message>
        <source>None: no encryption (local servers only, port 25)</source>
        <translation>Puudub: krüpteerimata (ainult kohalikud serverid, port 25)</translation>
    </message>
    <message>
        <source>Security hint</source>
        <translation>Turvalisuse vihje</translation>
    </message>
    <message>
        <source>Problem with the security</source>
        <translation>Probleem turvalisusega</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parool</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Jäta tühjaks, et säilitada salvestatud parool</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the books. Type it only to change it.</source>
        <translation>Hoitakse süsteemi võtmehoidlas, mitte kunagi raamatupidamises. Sisesta see ainult muutmiseks.</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Kus parooli hoitakse</translation>
    </message>
    <message>
        <source>Problem with the password</source>
        <translation>Probleem parooliga</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vali…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Vali CA-fail</translation>
    </message>
    <message>
        <source>Your password would travel unencrypted and could be read on the way. Tick this only for a mail server on your own local network.</source>
        <translation>Parool liiguks krüpteerimata ja seda saaks teel lugeda. Märgi see ainult oma kohtvõrgu meiliserveri puhul.</translation>
    </message>
    <message>
        <source>Warning about unencrypted sign-in</source>
        <translation>Hoiatus krüpteerimata sisselogimise kohta</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testi ühendust</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testi ühendust</translation>
    </message>
    <message>
        <source>Connect, encrypt and sign in with the settings as typed, without sending</source>
        <translation>Loo ühendus, krüpteeri ja logi sisse sisestatud seadetega, midagi saatmata</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ühenduse testi tulemus</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parool:</translation>
    </message>
    <message>
        <source>empty: the sender name on the Company tab</source>
        <translation>tühi: saatja nimi vahekaardilt „Ettevõte”</translation>
    </message>
    <message>
        <source>empty: the sender address on the Company tab</source>
        <translation>tühi: saatja aadress vahekaardilt „Ettevõte”</translation>
    </message>
    <message>
        <source>empty: the sending user&apos;s address, else the Company tab&apos;s Reply-To</source>
        <translation>tühi: saatva kasutaja aadress, muidu vahekaardi „Ettevõte” vastus e-mailile</translation>
    </message>
    <message>
        <source>Port 587 expects STARTTLS; choose STARTTLS, or SSL on port 465.</source>
        <translation>Port 587 eeldab STARTTLS-i; vali STARTTLS või SSL pordil 465.</translation>
    </message>
    <message>
        <source>Port 465 expects SSL; choose SSL, or STARTTLS on port 587.</source>
        <translation>Port 465 eeldab SSL-i; vali SSL või STARTTLS pordil 587.</translation>
    </message>
    <message>
        <source>Nothing is encrypted (usually port 25): use this only for a mail server on your own network. Most providers want STARTTLS on 587 or SSL on 465.</source>
        <translation>Midagi ei krüpteerita (tavaliselt port 25): kasuta seda ainult oma võrgu meiliserveri puhul. Enamik teenusepakkujaid eeldab STARTTLS-i pordil 587 või SSL-i pordil 465.</translation>
    </message>
    <message>
        <source>The connection is encrypted from the first byte; usually port 465.</source>
        <translation>Ühendus on krüpteeritud esimesest baidist; tavaliselt port 465.</translation>
    </message>
    <message>
        <source>The connection starts plain and is encrypted before signing in; usually port 587.</source>
        <translation>Ühendus algab krüpteerimata ja krüpteeritakse enne sisselogimist; tavaliselt port 587.</translation>
    </message>
    <message>
        <source>Choose the certificate to trust</source>
        <translation>Vali usaldatav sertifikaat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikaadid (*.pem *.crt *.cer);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Testing the connection… (up to %1 seconds)</source>
        <translation>Testin ühendust… (kuni %1 sekundit)</translation>
    </message>
    <message>
        <source>✘ The test stopped on an unexpected error.</source>
        <translation>✘ Test katkes ootamatu vea tõttu.</translation>
    </message>
</context>
<context>
    <name>StatementPeriod</name>
    <message>
        <source>Statement of account by email</source>
        <translation>Kontoväljavõte e-postiga</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Kuju</translation>
    </message>
    <message>
        <source>Every movement of the period</source>
        <translation>Perioodi kõik liikumised</translation>
    </message>
    <message>
        <source>What is open at the period&apos;s end</source>
        <translation>Mis on perioodi lõpus avatud</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Väljavõte</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Kind of message</source>
        <translation>Kirja liik</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Whose wording this is</source>
        <translation>Kelle sõnastus see on</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Taasta vaikimisi</translation>
    </message>
    <message>
        <source>Restore the default wording</source>
        <translation>Taasta vaikimisi sõnastus</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Kirja tekst</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Tervitus</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Allkiri</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Kohatäitjad</translation>
    </message>
    <message>
        <source>Click one to put it in at the cursor</source>
        <translation>Klõpsa, et lisada see kursori kohale</translation>
    </message>
    <message>
        <source>Preview of the subject</source>
        <translation>Teema eelvaade</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Kirja eelvaade</translation>
    </message>
    <message>
        <source>Problem with the templates</source>
        <translation>Probleem mallidega</translation>
    </message>
    <message>
        <source>Message for:</source>
        <translation>Kiri dokumendile:</translation>
    </message>
    <message>
        <source>in</source>
        <translation>keeles</translation>
    </message>
    <message>
        <source>Placeholders (click to insert)</source>
        <translation>Kohatäitjad (klõpsa lisamiseks)</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Eelvaade näidisväärtustega</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>Kliendi saldoteatis</translation>
    </message>
    <message>
        <source>Customer statement, open items</source>
        <translation>Saldoteatis, tasumata arved</translation>
    </message>
    <message>
        <source>Employee report</source>
        <translation>Töötaja aruanne</translation>
    </message>
    <message>
        <source>the customer&apos;s, supplier&apos;s or employee&apos;s name</source>
        <translation>kliendi, tarnija või töötaja nimi</translation>
    </message>
    <message>
        <source>the document number</source>
        <translation>dokumendi number</translation>
    </message>
    <message>
        <source>the document date</source>
        <translation>dokumendi kuupäev</translation>
    </message>
    <message>
        <source>the total with its currency</source>
        <translation>summa koos valuutaga</translation>
    </message>
    <message>
        <source>the date payment is due</source>
        <translation>maksetähtaeg</translation>
    </message>
    <message>
        <source>your company&apos;s name</source>
        <translation>sinu ettevõtte nimi</translation>
    </message>
    <message>
        <source>the period the statement or report covers</source>
        <translation>periood, mida saldoteatis või aruanne hõlmab</translation>
    </message>
    <message>
        <source>the letter&apos;s own subject</source>
        <translation>kirja enda päis</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Sinu sõnastus</translation>
    </message>
    <message>
        <source>Default wording</source>
        <translation>Vaikimisi sõnastus</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Teema: %1</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Message just sent</source>
        <translation>Äsja saadetud kiri</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>Undo: do not send the message</source>
        <translation>Võta tagasi: ära saada kirja</translation>
    </message>
    <message>
        <source>Close the bar</source>
        <translation>Sulge riba</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 saajale %2</translation>
    </message>
    <message>
        <source>%1 will be sent on %2.</source>
        <translation>%1 saadetakse %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 goes in %n s.</source>
        <translation>
            <numerusform>%1 läheb %n s pärast.</numerusform>
            <numerusform>%1 läheb %n s pärast.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on its way.</source>
        <translation>%1 on teel.</translation>
    </message>
    <message>
        <source>Taking the message back…</source>
        <translation>Võtan kirja tagasi…</translation>
    </message>
    <message>
        <source>Undone: %1 will not be sent.</source>
        <translation>Tagasi võetud: %1 ei saadeta.</translation>
    </message>
    <message>
        <source>Too late to undo: %1 has already been sent.</source>
        <translation>Tagasivõtmiseks liiga hilja: %1 on juba saadetud.</translation>
    </message>
    <message>
        <source>Too late to undo: %1 is being sent right now.</source>
        <translation>Tagasivõtmiseks liiga hilja: %1 saadetakse just praegu.</translation>
    </message>
    <message>
        <source>Could not undo: %1 is now “%2”.</source>
        <translation>Tagasi võtta ei saanud: %1 on nüüd „%2”.</translation>
    </message>
    <message>
        <source>Could not undo: %1 is no longer in the outbox.</source>
        <translation>Tagasi võtta ei saanud: %1 pole enam järjekorras.</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>%1 tagasivõtmine ebaõnnestus: %2</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Uus kasutaja</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Kasutaja %1</translation>
    </message>
    <message>
        <source>Replies to the messages this user sends go here</source>
        <translation>Vastused selle kasutaja kirjadele tulevad siia</translation>
    </message>
    <message>
        <source>Closes the messages this user sends</source>
        <translation>Lõpetab selle kasutaja saadetud kirjad</translation>
    </message>
    <message>
        <source>Active (may log in)</source>
        <translation>Aktiivne (võib sisse logida)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Kasutajanimi</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Allkiri</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parool</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Korda parooli</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>&amp;Parool (valikuline)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Korda seda</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Õigused</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Paroolid ei ühti.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Login</source>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parool</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivne</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Õigused</translation>
    </message>
    <message>
        <source>set</source>
        <translation>määratud</translation>
    </message>
    <message>
        <source>none</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>Kõik õigused</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Puuduvad</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and rights</source>
        <translation>Kasutajad ja õigused</translation>
    </message>
    <message>
        <source>While no one has a password, LedgerPost opens without asking. From the first password on, everyone logs in: set your own password first.</source>
        <translation>Kuni kellelgi pole parooli, avaneb LedgerPost küsimata. Alates esimesest paroolist logivad kõik sisse: määra kõigepealt oma parool.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Lisa kasutaja…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muuda…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Määra &amp;parool…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiveeri</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Kasutajad</translation>
    </message>
    <message>
        <source>Everyone logs in with a login name and a password; a user without a password cannot log in until one is set.</source>
        <translation>Kõik logivad sisse kasutajanime ja parooliga; paroolita kasutaja ei saa sisse logida enne, kui talle parool määratakse.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvestatud.</translation>
    </message>
</context>
<context>
    <name>VatReportPage</name>
    <message>
        <source>Period</source>
        <translation>Periood</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Eelmine kuu</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>See kuu</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Eelmine kvartal</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>See kvartal</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Eelmine aasta</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>See aasta</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Muud kuupäevad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Saatja</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Saaja</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuuta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salvesta &amp;PDF-ina…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Salvesta &amp;CSV-na…</translation>
    </message>
    <message>
        <source>Net VAT due</source>
        <translation>Tasumisele kuuluv käibemaks</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Käibemaks</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Määr</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>Maksustatav summa</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>Käibemaksu summa</translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation>Käibemaks määrade kaupa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Osapool</translation>
    </message>
    <message>
        <source>Documents of the rate</source>
        <translation>Määra dokumendid</translation>
    </message>
    <message>
        <source>Choose a rate to see the documents that make it.</source>
        <translation>Vali määr, et näha dokumente, millest see koosneb.</translation>
    </message>
    <message>
        <source>VAT report</source>
        <translation>Käibemaksuaruanne</translation>
    </message>
    <message>
        <source>VAT to pay for the period: %1</source>
        <translation>Perioodi eest tasuda käibemaksu: %1</translation>
    </message>
    <message>
        <source>VAT to reclaim for the period: %1</source>
        <translation>Perioodi eest tagasi saada käibemaksu: %1</translation>
    </message>
    <message>
        <source>No invoice, credit note or purchase invoice in %1 in this period.</source>
        <translation>Sellel perioodil pole valuutas %1 ühtegi arvet, kreeditarvet ega ostuarvet.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with VAT in this period</source>
        <translation>
            <numerusform>%n käibemaksuga dokument sellel perioodil</numerusform>
            <numerusform>%n käibemaksuga dokumenti sellel perioodil</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents in %1 have VAT in this period too: choose the currency to see their report.</source>
        <translation>Ka valuutas %1 on sellel perioodil käibemaksuga dokumente: vali valuuta, et näha nende aruannet.</translation>
    </message>
    <message>
        <source>Output VAT (sales)</source>
        <translation>Müügikäibemaks (müük)</translation>
    </message>
    <message>
        <source>Input VAT (purchases)</source>
        <translation>Sisendkäibemaks (ostud)</translation>
    </message>
    <message>
        <source>%1, total</source>
        <translation>%1, kokku</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n document(s)</source>
        <translation>
            <numerusform>%1 määraga %2: %n dokument</numerusform>
            <numerusform>%1 määraga %2: %n dokumenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Arve</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreeditarve</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>Ostuarve</translation>
    </message>
    <message>
        <source>Save the VAT report as PDF</source>
        <translation>Salvesta käibemaksuaruanne PDF-ina</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the VAT report as CSV</source>
        <translation>Salvesta käibemaksuaruanne CSV-na</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvestatud: %1</translation>
    </message>
</context>
<context>
    <name>VoucherAllocations</name>
    <message>
        <source>Allocations</source>
        <translation>Seosed</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Arve</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alates</translation>
    </message>
    <message>
        <source>Reversed on</source>
        <translation>Tühistatud</translation>
    </message>
    <message>
        <source>&amp;Reverse allocation</source>
        <translation>&amp;Tühista seos</translation>
    </message>
    <message>
        <source>The invoice is open again and the money on account, from today</source>
        <translation>Alates tänasest on arve jälle tasumata ja raha ettemaksuna kontol</translation>
    </message>
</context>
<context>
    <name>VoucherFields</name>
    <message>
        <source>e.g. 150.00</source>
        <translation>nt 150,00</translation>
    </message>
    <message>
        <source>The bank account the money went through (cash goes through none)</source>
        <translation>Pangakonto, mille kaudu raha liikus (sularaha ei liigu läbi ühegi)</translation>
    </message>
    <message>
        <source>bank statement line, cash book number…</source>
        <translation>pangaväljavõtte rida, kassaraamatu number…</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>&amp;Paid to</source>
        <translation>&amp;Makse saaja</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Kuupäev</translation>
    </message>
    <message>
        <source>&amp;Amount received</source>
        <translation>&amp;Laekunud summa</translation>
    </message>
    <message>
        <source>&amp;Amount paid</source>
        <translation>&amp;Makstud summa</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Valuuta</translation>
    </message>
    <message>
        <source>Exchange &amp;rate</source>
        <translation>Vahetus&amp;kurss</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Makse&amp;viis</translation>
    </message>
    <message>
        <source>&amp;Bank account</source>
        <translation>&amp;Pangakonto</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>V&amp;iide</translation>
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
        <translation>Server võttis vastu</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Viibib</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Kohale toimetatud</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Loetud</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Tagasi tulnud</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Kõik tulemused</translation>
    </message>
    <message>
        <source>%1: refused – %2</source>
        <translation>%1: tagasi lükatud – %2</translation>
    </message>
    <message>
        <source>%1: no answer yet</source>
        <translation>%1: vastust veel pole</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>%1 ei saanud kasutada: %2</translation>
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
        <translation>Müügiarved</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Kreeditarved</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Hinnapakkumised</translation>
    </message>
    <message>
        <source>Receipt vouchers</source>
        <translation>Sissetulekuorderid</translation>
    </message>
    <message>
        <source>Payment vouchers</source>
        <translation>Väljamakseorderid</translation>
    </message>
    <message>
        <source>Purchase invoices</source>
        <translation>Ostuarved</translation>
    </message>
    <message>
        <source>Customer letters</source>
        <translation>Kliendikirjad</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>Maksemeeldetuletused</translation>
    </message>
    <message>
        <source>Sales invoice</source>
        <translation>Müügiarve</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreeditarve</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Hinnapakkumine</translation>
    </message>
    <message>
        <source>Receipt voucher</source>
        <translation>Sissetulekuorder</translation>
    </message>
    <message>
        <source>Payment voucher</source>
        <translation>Väljamakseorder</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>Ostuarve</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>Kliendikiri</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Maksemeeldetuletus</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Mustand</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Kinnitatud</translation>
    </message>
    <message>
        <source>Held (send later)</source>
        <translation>Ootel (saata hiljem)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ootab saatmist</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Saatmisel</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Saadetud</translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation>Proovitakse uuesti</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ebaõnnestus</translation>
    </message>
    <message>
        <source>Uncertain: may have arrived</source>
        <translation>Ebakindel: võis kohale jõuda</translation>
    </message>
    <message>
        <source>Waiting for credits</source>
        <translation>Ootab krediiti</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Tühistatud</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Saatmata</translation>
    </message>
    <message>
        <source>Waiting in the email queue</source>
        <translation>Ootab e-mailide järjekorras</translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation>E-postiga saadetud</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Saatmine ebaõnnestus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Tasumata</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Osaliselt tasutud</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Tasutud</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Üle tähtaja</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Pangaülekanne</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Sularaha</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kliendid</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Tarnijad</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Töötajad</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Tarnija</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Töötaja</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Arved</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Saldoteatised</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Üldine</translation>
    </message>
    <message>
        <source>hidden contact</source>
        <translation>peidetud kontakt</translation>
    </message>
    <message>
        <source>Available: the balance less one credit for each message still waiting in the email queue. The Message credits page shows the whole balance.</source>
        <translation>Saadaval: saldo, millest on maha arvatud üks krediit iga e-mailide järjekorras ootava kirja kohta. Lehel „Saatmiskrediit” on kogu saldo.</translation>
    </message>
    <message>
        <source>Post documents</source>
        <translation>Dokumentide kinnitamine</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>E-kirjade saatmine</translation>
    </message>
    <message>
        <source>See contact addresses</source>
        <translation>Kontaktaadresside nägemine</translation>
    </message>
    <message>
        <source>Manage settings</source>
        <translation>Seadete haldamine</translation>
    </message>
    <message>
        <source>Manage credits</source>
        <translation>Krediidi haldamine</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Kasutajate haldamine</translation>
    </message>
</context>
<context>
    <name>mailbox</name>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n kohale toimetatud</numerusform>
            <numerusform>%n kohale toimetatud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delayed</source>
        <translation>
            <numerusform>%n viibib</numerusform>
            <numerusform>%n viibib</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bounced</source>
        <translation>
            <numerusform>%n tagasi tulnud</numerusform>
            <numerusform>%n tagasi tulnud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n loetud</numerusform>
            <numerusform>%n loetud</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbox %1 not checked: %2</source>
        <translation>Postkasti %1 ei kontrollitud: %2</translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>Open items %1 – %2</source>
        <translation>Tasumata arved %1 – %2</translation>
    </message>
    <message>
        <source>Employee report %1 – %2</source>
        <translation>Töötaja aruanne %1 – %2</translation>
    </message>
    <message>
        <source>Statement %1 – %2</source>
        <translation>Saldoteatis %1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 accepted</source>
        <translation>%2-st vastu võetud %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Saaja</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>Koopia</translation>
    </message>
    <message>
        <source>BCC</source>
        <translation>Pimekoopia</translation>
    </message>
    <message>
        <source>%1 %2: accepted</source>
        <translation>%1 %2: vastu võetud</translation>
    </message>
    <message>
        <source>%1 %2: refused – %3</source>
        <translation>%1 %2: tagasi lükatud – %3</translation>
    </message>
    <message>
        <source>%1 %2: no answer yet</source>
        <translation>%1 %2: vastust veel pole</translation>
    </message>
    <message>
        <source>queued %1 by %2</source>
        <translation>järjekorda lisas %2, %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Refused for good. If an address is wrong, cancel this message and send the document again with the right one; if the trouble is over, send it again.</source>
        <translation>Lõplikult tagasi lükatud. Kui aadress on vale, tühista see kiri ja saada dokument uuesti õige aadressiga; kui probleem on möödas, saada uuesti.</translation>
    </message>
    <message>
        <source>The server may have received it. Send it again (it keeps its Message-ID, so most mail programs show it only once) or, if the customer has it, mark it as sent.</source>
        <translation>Server võis selle kätte saada. Saada uuesti (Message-ID jääb samaks, nii et enamik e-posti programme näitab seda vaid korra) või, kui klient on selle saanud, märgi saadetuks.</translation>
    </message>
    <message>
        <source>A passing problem: it is tried again at %1.</source>
        <translation>Ajutine probleem: uus katse %1.</translation>
    </message>
    <message>
        <source>It goes as soon as message credits are topped up.</source>
        <translation>Läheb kohe, kui krediiti juurde laaditakse.</translation>
    </message>
    <message>
        <source>Held until %1. Send it now or cancel it.</source>
        <translation>Ootel kuni %1. Saada kohe või tühista.</translation>
    </message>
    <message>
        <source>It goes with the next delivery round.</source>
        <translation>Läheb järgmise saatmisringiga.</translation>
    </message>
    <message>
        <source>On its way to the server.</source>
        <translation>Teel serverisse.</translation>
    </message>
    <message>
        <source>Accepted by the server at %1.</source>
        <translation>Server võttis vastu %1.</translation>
    </message>
    <message>
        <source>Cancelled: it will not be sent.</source>
        <translation>Tühistatud: seda ei saadeta.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waiting, next at %2</source>
        <translation>
            <numerusform>%1: %n ootab, järgmine kell %2</numerusform>
            <numerusform>%1: %n ootab, järgmine kell %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing waiting</source>
        <translation>%1: midagi ei oota</translation>
    </message>
    <message numerus="yes">
        <source>throttled %n time(s) today</source>
        <translation>
            <numerusform>täna %n kord pidurdatud</numerusform>
            <numerusform>täna %n korda pidurdatud</numerusform>
        </translation>
    </message>
    <message>
        <source>the server asked to wait until %1</source>
        <translation>server palus oodata kuni %1</translation>
    </message>
    <message>
        <source>Waiting for its turn at the sending pace: planned for %1.</source>
        <translation>Ootab saatmistempos oma järge: kavandatud ajaks %1.</translation>
    </message>
    <message>
        <source>Waiting for its turn at the pace of %1: planned for %2.</source>
        <translation>Ootab konto %1 tempos oma järge: kavandatud ajaks %2.</translation>
    </message>
    <message numerus="yes">
        <source>The server throttled this account %n time(s) today (nothing failed).</source>
        <translation>
            <numerusform>Server pidurdas seda kontot täna %n kord (midagi ei ebaõnnestunud).</numerusform>
            <numerusform>Server pidurdas seda kontot täna %n korda (midagi ei ebaõnnestunud).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Mail server</source>
        <translation>Meiliserver</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Turvalisus</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Saatja aadress</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Saatja nimi</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Vastus e-mailile</translation>
    </message>
    <message>
        <source>Trusted certificate (CA file)</source>
        <translation>Usaldatav sertifikaat (CA-fail)</translation>
    </message>
    <message>
        <source>Allow the password without encryption</source>
        <translation>Luba parool ilma krüpteerimiseta</translation>
    </message>
    <message>
        <source>Wait before sending (seconds)</source>
        <translation>Oota enne saatmist (sekundit)</translation>
    </message>
    <message>
        <source>Test mode: send everything to</source>
        <translation>Testrežiim: saada kõik aadressile</translation>
    </message>
    <message>
        <source>Largest message (MB)</source>
        <translation>Suurim kiri (MB)</translation>
    </message>
    <message>
        <source>Credits in one package</source>
        <translation>Krediiti ühes paketis</translation>
    </message>
    <message>
        <source>Price of one package</source>
        <translation>Ühe paketi hind</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuuta</translation>
    </message>
</context>
</TS>
