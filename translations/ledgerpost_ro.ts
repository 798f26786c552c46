<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AccountEditor</name>
    <message>
        <source>Sending account</source>
        <translation>Cont de trimitere</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Furnizor</translation>
    </message>
    <message>
        <source>How to set up this provider</source>
        <translation>Cum configurați acest furnizor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>OAuth2 sign-in (browser)</source>
        <translation>Conectare OAuth2 (browser)</translation>
    </message>
    <message>
        <source>the Application (client) ID of your own app</source>
        <translation>ID-ul aplicației (client) al propriei aplicații</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Lăsați gol pentru a păstra parola salvată</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>fără limită</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Starea contului</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Furnizor:</translation>
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
        <translation>Securitate:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Conectare:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client:</translation>
    </message>
    <message>
        <source>Authorize URL:</source>
        <translation>Adresa de autorizare:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Adresa de token:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Domenii:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Utilizator:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parolă:</translation>
    </message>
    <message>
        <source>From name:</source>
        <translation>Numele expeditorului:</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>Adresa expeditorului:</translation>
    </message>
    <message>
        <source>Reply-To:</source>
        <translation>Răspuns către:</translation>
    </message>
    <message>
        <source>Messages a minute:</source>
        <translation>Mesaje pe minut:</translation>
    </message>
    <message>
        <source>Recipients a day:</source>
        <translation>Destinatari pe zi:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>The account is saved.</source>
        <translation>Contul este salvat.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in on the other device…</source>
        <translation>Se așteaptă conectarea pe celălalt dispozitiv…</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Se așteaptă browserul…</translation>
    </message>
    <message>
        <source>Signed in: the account is ready to send.</source>
        <translation>Conectat: contul este gata de trimitere.</translation>
    </message>
    <message>
        <source>Stopped on an unexpected error.</source>
        <translation>Oprit din cauza unei erori neașteptate.</translation>
    </message>
</context>
<context>
    <name>AccountKind</name>
    <message>
        <source>Asset</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Datorie</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Capital propriu</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Venit</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Cheltuială</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Password refused: type the right password under Edit</source>
        <translation>Parolă refuzată: introduceți parola corectă la Editare</translation>
    </message>
    <message>
        <source>Sign in again: Edit, then Sign in</source>
        <translation>Conectați-vă din nou: Editare, apoi Conectare</translation>
    </message>
    <message>
        <source>Ready, signed in</source>
        <translation>Gata, conectat</translation>
    </message>
    <message>
        <source>Not signed in yet: Edit, then Sign in</source>
        <translation>Încă neconectat: Editare, apoi Conectare</translation>
    </message>
    <message>
        <source>No password kept: type it under Edit</source>
        <translation>Nicio parolă păstrată: introduceți-o la Editare</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Furnizor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Sending accounts</source>
        <translation>Conturi de trimitere</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Adăugați un cont…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editare…</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Setați ca &amp;implicit</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testează conexiunea</translation>
    </message>
    <message>
        <source>Connect, encrypt and sign in with the chosen account, without sending</source>
        <translation>Conectare, criptare și autentificare cu contul ales, fără a trimite nimic</translation>
    </message>
    <message>
        <source>Connection test of the chosen account</source>
        <translation>Testul conexiunii contului ales</translation>
    </message>
    <message>
        <source>What the accounts wait for</source>
        <translation>Ce așteaptă conturile</translation>
    </message>
    <message>
        <source>The default account: server, password and connection test</source>
        <translation>Contul implicit: server, parolă și testul conexiunii</translation>
    </message>
    <message>
        <source>(the company&apos;s address)</source>
        <translation>(adresa companiei)</translation>
    </message>
    <message>
        <source>Messages from these accounts wait until this is done: %1</source>
        <translation>Mesajele acestor conturi așteaptă până se face acest lucru: %1</translation>
    </message>
    <message>
        <source>Testing the connection of %1…</source>
        <translation>Se testează conexiunea contului %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>✘ The test stopped on an unexpected error.</source>
        <translation>✘ Testul s-a oprit din cauza unei erori neașteptate.</translation>
    </message>
</context>
<context>
    <name>AddressField</name>
    <message>
        <source>contact person %1</source>
        <translation>persoană de contact %1</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>facturi</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>extrase de cont</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>used before</source>
        <translation>folosită anterior</translation>
    </message>
    <message>
        <source>Addresses on the card</source>
        <translation>Adresele din fișă</translation>
    </message>
    <message>
        <source>%1: addresses on the card</source>
        <translation>%1: adresele din fișă</translation>
    </message>
    <message>
        <source>%1: problems</source>
        <translation>%1: probleme</translation>
    </message>
    <message>
        <source>%1: bounced addresses</source>
        <translation>%1: adrese respinse</translation>
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
        <translation>Vechimea soldurilor deschise</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>La data</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afișează</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salvează ca &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Salvează ca &amp;CSV…</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Neajunse la scadență</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 de zile</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 de zile</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 de zile</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Peste 90 de zile</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>Avans</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Vechime</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) with open items</source>
        <translation>
            <numerusform>%n partener cu solduri deschise</numerusform>
            <numerusform>%n parteneri cu solduri deschise</numerusform>
            <numerusform>%n de parteneri cu solduri deschise</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is open: every invoice is paid and no money is on account.</source>
        <translation>Nimic nu este deschis: toate facturile sunt plătite și nu există avansuri.</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>De încasat</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>De plătit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Save the ageing as PDF</source>
        <translation>Salvează vechimea ca PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the ageing as CSV</source>
        <translation>Salvează vechimea ca CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvat în %1</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data scadenței</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Rest de plată</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Zile de întârziere</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>De alocat</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>Atașamente</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adaugă fișiere…</translation>
    </message>
    <message>
        <source>Add files to the message</source>
        <translation>Adaugă fișiere la mesaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation>Elimină fișierul ales</translation>
    </message>
    <message>
        <source>Size of the attachments</source>
        <translation>Dimensiunea atașamentelor</translation>
    </message>
    <message>
        <source>Print copy (being made…)</source>
        <translation>Exemplar tipărit (în lucru…)</translation>
    </message>
    <message>
        <source>%1 — %2 (print copy)</source>
        <translation>%1 — %2 (exemplar tipărit)</translation>
    </message>
    <message>
        <source>%1 — %2 (e-invoice)</source>
        <translation>%1 — %2 (factură electronică)</translation>
    </message>
    <message>
        <source>Print copy: %1</source>
        <translation>Exemplar tipărit: %1</translation>
    </message>
    <message>
        <source>%1 — cannot be read: %2</source>
        <translation>%1 — nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Total %1; the limit is %2</source>
        <translation>Total %1; limita este %2</translation>
    </message>
    <message>
        <source>Too large to send: %1</source>
        <translation>Prea mare pentru trimitere: %1</translation>
    </message>
</context>
<context>
    <name>BatchChoice</name>
    <message>
        <source>What to send</source>
        <translation>Ce se trimite</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Tipul documentului</translation>
    </message>
    <message>
        <source>Customer statements</source>
        <translation>Extrase de cont pentru clienți</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Numere</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>De la numărul</translation>
    </message>
    <message>
        <source>To number</source>
        <translation>Până la numărul</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>De la data</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Până la data</translation>
    </message>
    <message>
        <source>Send again documents that were already sent</source>
        <translation>Retrimite documentele deja trimise</translation>
    </message>
    <message>
        <source>Form of the statements</source>
        <translation>Forma extraselor</translation>
    </message>
    <message>
        <source>Every movement of the period</source>
        <translation>Toate mișcările perioadei</translation>
    </message>
    <message>
        <source>What is open at the period&apos;s end</source>
        <translation>Ce este deschis la sfârșitul perioadei</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Contul de trimitere</translation>
    </message>
    <message>
        <source>Every message of the batch goes from this account, at its sending pace</source>
        <translation>Fiecare mesaj al lotului pleacă din acest cont, în ritmul lui de trimitere</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Previzualizare</translation>
    </message>
    <message>
        <source>Count the messages and their cost; send nothing</source>
        <translation>Numără mesajele și costul lor; nu se trimite nimic</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Each message&apos;s usual account</source>
        <translation>Contul obișnuit al fiecărui mesaj</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>from %1: %2</source>
        <translation>din %1: %2</translation>
    </message>
    <message>
        <source>the last at %1</source>
        <translation>ultimul la %1</translation>
    </message>
    <message>
        <source>Batch send</source>
        <translation>Trimitere în masă</translation>
    </message>
    <message>
        <source>Choose what to send, then Preview.</source>
        <translation>Alegeți ce se trimite, apoi Previzualizare.</translation>
    </message>
    <message>
        <source>Skipped documents</source>
        <translation>Documente omise</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Why it is skipped</source>
        <translation>Motivul omiterii</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Trimite</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>A batch being sent goes on in the background</source>
        <translation>Trimiterea în masă începută continuă în fundal</translation>
    </message>
    <message>
        <source>The choice changed: Preview again before sending.</source>
        <translation>Alegerea s-a schimbat: previzualizați din nou înainte de trimitere.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>Intervalul de date se termină înainte să înceapă.</translation>
    </message>
    <message>
        <source>Checking every document of the range…</source>
        <translation>Se verifică toate documentele din interval…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to send</source>
        <translation>
            <numerusform>%n mesaj de trimis</numerusform>
            <numerusform>%n mesaje de trimis</numerusform>
            <numerusform>%n de mesaje de trimis</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send in this range</source>
        <translation>Nu este nimic de trimis în acest interval</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>cost: %n credit</numerusform>
            <numerusform>cost: %n credite</numerusform>
            <numerusform>cost: %n de credite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>disponibil: %n credit</numerusform>
            <numerusform>disponibile: %n credite</numerusform>
            <numerusform>disponibile: %n de credite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n mesaj va aștepta până se adaugă credite.</numerusform>
            <numerusform>%n mesaje vor aștepta până se adaugă credite.</numerusform>
            <numerusform>%n de mesaje vor aștepta până se adaugă credite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n document(s), with the reason</source>
        <translation>
            <numerusform>Omis: %n document, cu motivul</numerusform>
            <numerusform>Omise: %n documente, cu motivul</numerusform>
            <numerusform>Omise: %n de documente, cu motivul</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is skipped.</source>
        <translation>Nu se omite nimic.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) put in the outbox.</source>
        <translation>
            <numerusform>%n mesaj pus în coada de trimitere.</numerusform>
            <numerusform>%n mesaje puse în coada de trimitere.</numerusform>
            <numerusform>%n de mesaje puse în coada de trimitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n document(s) were not queued. Preview and Send the same range again to queue them; those already queued are skipped.</source>
        <translation>
            <numerusform>Oprit: %n document nu a fost pus în coadă. Previzualizați și trimiteți din nou același interval; cele deja puse în coadă sunt omise.</numerusform>
            <numerusform>Oprit: %n documente nu au fost puse în coadă. Previzualizați și trimiteți din nou același interval; cele deja puse în coadă sunt omise.</numerusform>
            <numerusform>Oprit: %n de documente nu au fost puse în coadă. Previzualizați și trimiteți din nou același interval; cele deja puse în coadă sunt omise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to send another batch.</source>
        <translation>Previzualizați din nou pentru a trimite alt lot.</translation>
    </message>
    <message>
        <source>Draft #%1</source>
        <translation>Ciorna nr. %1</translation>
    </message>
    <message>
        <source>not posted yet: drafts are not sent</source>
        <translation>încă neînregistrat: ciornele nu se trimit</translation>
    </message>
    <message>
        <source>already in the outbox</source>
        <translation>deja în coada de trimitere</translation>
    </message>
    <message>
        <source>already sent (tick “Send again documents that were already sent” to include it)</source>
        <translation>deja trimis (bifați „Retrimite documentele deja trimise” pentru a-l include)</translation>
    </message>
    <message>
        <source>no valid e-mail address on the customer&apos;s card</source>
        <translation>nicio adresă de e-mail validă în fișa clientului</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Trimise: %1</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>În așteptare: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Eșuate: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>În pauză: %1</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>Incerte: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Anulate: %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminat</translation>
    </message>
    <message>
        <source>you can close this window; sending goes on in the background</source>
        <translation>puteți închide fereastra; trimiterea continuă în fundal</translation>
    </message>
    <message>
        <source>paused: Resume to send the rest</source>
        <translation>în pauză: Reia pentru a trimite restul</translation>
    </message>
</context>
<context>
    <name>BatchRunBox</name>
    <message>
        <source>%v of %m documents</source>
        <translation>%v din %m documente</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progresul trimiterii în masă</translation>
    </message>
    <message>
        <source>Stop adding to the queue</source>
        <translation>Oprește adăugarea în coadă</translation>
    </message>
    <message>
        <source>What is already queued stays queued and is sent; the rest is not queued</source>
        <translation>Ce este deja în coadă rămâne și se trimite; restul nu se mai adaugă</translation>
    </message>
    <message>
        <source>P&amp;ause sending</source>
        <translation>&amp;Pune trimiterea pe pauză</translation>
    </message>
    <message>
        <source>&amp;Resume sending</source>
        <translation>&amp;Reia trimiterea</translation>
    </message>
    <message>
        <source>&amp;Cancel messages not yet sent</source>
        <translation>A&amp;nulează mesajele netrimise</translation>
    </message>
    <message>
        <source>Putting the messages in the outbox…</source>
        <translation>Se pun mesajele în coada de trimitere…</translation>
    </message>
    <message>
        <source>Stopping after the message being queued…</source>
        <translation>Oprire după mesajul care se adaugă acum…</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lotul %1</translation>
    </message>
    <message>
        <source>Queueing stopped by an error. Messages already queued stay in the outbox.</source>
        <translation>Adăugarea în coadă s-a oprit din cauza unei erori. Mesajele deja adăugate rămân în coadă.</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v din %m gata</translation>
    </message>
    <message>
        <source>Paused: %1 message(s) held.</source>
        <translation>Pauză: %1 mesaj(e) reținute.</translation>
    </message>
    <message>
        <source>Resumed: %1 message(s) will be sent.</source>
        <translation>Reluat: se vor trimite %1 mesaj(e).</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n message(s) of this batch not yet sent? They will not be sent. Messages already on their way to the server still go.</source>
        <translation>
            <numerusform>Anulați %n mesaj netrimis din acest lot? Nu va fi trimis. Mesajele aflate deja în drum spre server pleacă totuși.</numerusform>
            <numerusform>Anulați cele %n mesaje netrimise din acest lot? Nu vor fi trimise. Mesajele aflate deja în drum spre server pleacă totuși.</numerusform>
            <numerusform>Anulați cele %n de mesaje netrimise din acest lot? Nu vor fi trimise. Mesajele aflate deja în drum spre server pleacă totuși.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 message(s) will not be sent.</source>
        <translation>Anulat: %1 mesaj(e) nu vor fi trimise.</translation>
    </message>
</context>
<context>
    <name>BooksPage</name>
    <message>
        <source>Books</source>
        <translation>Contabilitate</translation>
    </message>
    <message>
        <source>New &amp;journal entry…</source>
        <translation>Notă &amp;contabilă nouă…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salvează ca &amp;PDF…</translation>
    </message>
    <message>
        <source>Trial balance as of</source>
        <translation>Balanța de verificare la</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Trial balance</source>
        <translation>Balanța de verificare</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Note contabile</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>Planul de conturi</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cont</numerusform>
            <numerusform>%n conturi</numerusform>
            <numerusform>%n de conturi</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the trial balance as PDF</source>
        <translation>Salvați balanța de verificare ca PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvat în %1</translation>
    </message>
    <message>
        <source>Journal entry %1 kept.</source>
        <translation>Nota contabilă %1 a fost păstrată.</translation>
    </message>
</context>
<context>
    <name>BounceMarks</name>
    <message>
        <source>%1 bounced on %2: %3</source>
        <translation>%1 a fost respins pe %2: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>niciun motiv indicat</translation>
    </message>
    <message>
        <source>Bounced address</source>
        <translation>Adresă respinsă</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>Șterge marcajul</translation>
    </message>
    <message>
        <source>The address works again (the customer has mended it).</source>
        <translation>Adresa funcționează din nou (clientul a reparat-o).</translation>
    </message>
</context>
<context>
    <name>ChartOfAccountsBox</name>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cont bancar</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Cod TVA</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arhivat</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>Planul de conturi</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>Cont &amp;nou…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Redenumește…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arhivează</translation>
    </message>
    <message>
        <source>bank (the default bank account)</source>
        <translation>bancă (contul bancar implicit)</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>casă</translation>
    </message>
    <message>
        <source>receivables</source>
        <translation>creanțe</translation>
    </message>
    <message>
        <source>input VAT</source>
        <translation>TVA deductibilă</translation>
    </message>
    <message>
        <source>payables</source>
        <translation>datorii</translation>
    </message>
    <message>
        <source>payables to employees</source>
        <translation>datorii către angajați</translation>
    </message>
    <message>
        <source>output VAT</source>
        <translation>TVA colectată</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>capital propriu</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>vânzări</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>achiziții</translation>
    </message>
    <message>
        <source>employee expenses</source>
        <translation>cheltuieli ale angajaților</translation>
    </message>
    <message>
        <source>opening balances</source>
        <translation>solduri inițiale</translation>
    </message>
    <message>
        <source>reminder fees</source>
        <translation>taxe de somație</translation>
    </message>
    <message>
        <source>exchange rate differences</source>
        <translation>diferențe de curs valutar</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>De sistem: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>Re&amp;deschide</translation>
    </message>
    <message>
        <source>Posting uses this account: it stays open.</source>
        <translation>Înregistrarea folosește acest cont: rămâne deschis.</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Contul %1 a fost adăugat.</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Redenumește contul</translation>
    </message>
    <message>
        <source>New name of account %1:</source>
        <translation>Noua denumire a contului %1:</translation>
    </message>
    <message>
        <source>Account %1 renamed.</source>
        <translation>Contul %1 a fost redenumit.</translation>
    </message>
    <message>
        <source>Account %1 archived: refused in new entries, its history stays.</source>
        <translation>Contul %1 a fost arhivat: refuzat în înregistrări noi, istoricul rămâne.</translation>
    </message>
    <message>
        <source>Account %1 is open again.</source>
        <translation>Contul %1 este din nou deschis.</translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <source>Company name</source>
        <translation>Denumirea firmei</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Strada</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localitatea</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țara</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Codul țării</translation>
    </message>
    <message>
        <source>ISO 3166 code of two letters, such as DE or RO: e-invoices need it (BT-40)</source>
        <translation>Codul ISO 3166 din două litere, de exemplu DE sau RO: facturile electronice au nevoie de el (BT-40)</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Cod de TVA</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Nr. de înregistrare</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Cont bancar (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>The bank&apos;s BIC of 8 or 11 characters, such as BYLADEM1001 (BT-86)</source>
        <translation>Codul BIC al băncii, de 8 sau 11 caractere, de exemplu BYLADEM1001 (BT-86)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Termen de plată</translation>
    </message>
    <message>
        <source>Days until a new invoice is due</source>
        <translation>Zile până la scadența unei facturi noi</translation>
    </message>
    <message>
        <source>Company language</source>
        <translation>Limba firmei</translation>
    </message>
    <message>
        <source>The language of documents for parties that have none of their own</source>
        <translation>Limba documentelor pentru partenerii fără limbă proprie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>Currency of the books</source>
        <translation>Moneda contabilității</translation>
    </message>
    <message>
        <source>The currency the books are kept in: chosen once, when the books start</source>
        <translation>Moneda contabilității: aleasă o singură dată, la începerea contabilității</translation>
    </message>
    <message>
        <source>The sender below is used only where the Mail server tab leaves From name, From address or Reply-To empty.</source>
        <translation>Expeditorul de mai jos se folosește doar unde fila „Server de e-mail” lasă goale numele expeditorului, adresa expeditorului sau „Răspuns la”.</translation>
    </message>
    <message>
        <source>Used when the Mail server tab names no From address</source>
        <translation>Folosit când fila „Server de e-mail” nu indică o adresă de expeditor</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Numele expeditorului</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresa expeditorului</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Răspuns la</translation>
    </message>
    <message>
        <source>Used when neither the document, the sending user&apos;s card nor the Mail server tab names one</source>
        <translation>Folosită când nici documentul, nici fișa utilizatorului care trimite, nici fila „Server de e-mail” nu indică una</translation>
    </message>
    <message>
        <source>E-invoices (Factur-X, XRechnung, Peppol, RO e-Factura) name the company&apos;s contact telephone and the address where it receives e-invoices.</source>
        <translation>Facturile electronice (Factur-X, XRechnung, Peppol, RO e-Factura) menționează telefonul de contact al firmei și adresa la care primește facturi electronice.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>The contact&apos;s telephone, with at least three digits (BT-42)</source>
        <translation>Telefonul persoanei de contact, cu cel puțin trei cifre (BT-42)</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Adresă electronică</translation>
    </message>
    <message>
        <source>Where the company receives e-invoices (BT-34): an email address or a Peppol id; empty: the sender address</source>
        <translation>Unde primește firma facturi electronice (BT-34): o adresă de e-mail sau un identificator Peppol; gol: adresa expeditorului</translation>
    </message>
    <message>
        <source>Address scheme</source>
        <translation>Schema adresei</translation>
    </message>
    <message>
        <source>EM for an email address, else the EAS code of the id, such as 9930</source>
        <translation>EM pentru o adresă de e-mail, altfel codul EAS al identificatorului, de exemplu 9930</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Previzualizare siglă</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Alege &amp;sigla…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Alegeți o siglă</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Elimină sigla</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Elimină sigla</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of at most %1 KB; it prints at the top of documents.</source>
        <translation>O imagine PNG sau JPEG de cel mult %1 KB; se tipărește în antetul documentelor.</translation>
    </message>
    <message>
        <source>Problem with the logo</source>
        <translation>Problemă cu sigla</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problemă cu %1</translation>
    </message>
    <message>
        <source>the picture cannot be read; save it again as PNG or JPEG</source>
        <translation>imaginea nu poate fi citită; salvați-o din nou ca PNG sau JPEG</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Alegeți sigla firmei</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Fără siglă</translation>
    </message>
</context>
<context>
    <name>ContactChoice</name>
    <message>
        <source>Contact person</source>
        <translation>Persoană de contact</translation>
    </message>
    <message>
        <source>Printed as “Attn.” on the copy; the email goes to this person&apos;s addresses</source>
        <translation>Se tipărește pe document ca „În atenția”; e-mailul merge la adresele acestei persoane</translation>
    </message>
    <message>
        <source>No contact person</source>
        <translation>Fără persoană de contact</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>LedgerPost ran into a bug</source>
        <translation>LedgerPost a întâlnit o eroare</translation>
    </message>
    <message>
        <source>Something went wrong inside LedgerPost: what you were doing may not have finished, and what was saved before stays saved.</source>
        <translation>Ceva nu a mers bine în LedgerPost: ce făceați s-ar putea să nu se fi terminat, iar ce a fost salvat înainte rămâne salvat.</translation>
    </message>
    <message>
        <source>The log file is %1.</source>
        <translation>Fișierul jurnal este %1.</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Nu s-a putut scrie niciun fișier jurnal.</translation>
    </message>
    <message>
        <source>Please send this report to whoever supports LedgerPost.</source>
        <translation>Vă rugăm să trimiteți acest raport celor care oferă asistență pentru LedgerPost.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiază</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Notă de credit pentru %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>Lines to credit</source>
        <translation>Rânduri de creditat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preț unitar</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Make the credit note</source>
        <translation>Creează nota de credit</translation>
    </message>
    <message>
        <source>Tick the lines to credit; quantities can be changed in the draft.</source>
        <translation>Bifați rândurile de creditat; cantitățile se pot schimba în ciornă.</translation>
    </message>
    <message>
        <source>This invoice cannot be credited.</source>
        <translation>Această factură nu poate fi creditată.</translation>
    </message>
    <message>
        <source>Invoice %1, total %2; left to credit %3 %4</source>
        <translation>Factura %1, total %2; rămas de creditat %3 %4</translation>
    </message>
    <message>
        <source>To credit: %1 %2</source>
        <translation>De creditat: %1 %2</translation>
    </message>
    <message>
        <source>Tick at least one line.</source>
        <translation>Bifați cel puțin un rând.</translation>
    </message>
    <message>
        <source>That is more than is left to credit; take fewer lines, or lower a quantity in the draft.</source>
        <translation>Este mai mult decât a rămas de creditat; luați mai puține rânduri sau micșorați o cantitate în ciornă.</translation>
    </message>
</context>
<context>
    <name>CreditedInvoice</name>
    <message>
        <source>Credits invoice</source>
        <translation>Creditează factura</translation>
    </message>
    <message>
        <source>The posted invoice this credit note corrects</source>
        <translation>Factura înregistrată pe care o corectează această notă de credit</translation>
    </message>
    <message>
        <source>Choose the invoice…</source>
        <translation>Alegeți factura…</translation>
    </message>
    <message>
        <source>%1 of %2 · left to credit %3 %4</source>
        <translation>%1 din %2 · rămas de creditat %3 %4</translation>
    </message>
</context>
<context>
    <name>CreditsPage</name>
    <message>
        <source>Message credits</source>
        <translation>Credite de mesaje</translation>
    </message>
    <message>
        <source>Credits left</source>
        <translation>Credite rămase</translation>
    </message>
    <message>
        <source>credits left · one is spent for each message the server accepts</source>
        <translation>credite rămase · se consumă unul pentru fiecare mesaj acceptat de server</translation>
    </message>
    <message>
        <source>Credits to add</source>
        <translation>Credite de adăugat</translation>
    </message>
    <message>
        <source>Invoice or receipt number of the purchase</source>
        <translation>Numărul facturii sau al chitanței de cumpărare</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <source>Add credits</source>
        <translation>Adaugă credite</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>Credite:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referință:</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Reîncarcă</translation>
    </message>
    <message>
        <source>Only a user with the right to manage credits can top up.</source>
        <translation>Doar un utilizator cu dreptul de a gestiona creditele poate reîncărca.</translation>
    </message>
    <message>
        <source>Credit history</source>
        <translation>Istoricul creditelor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credite</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait for credits and go as soon as you top up.</source>
        <translation>
            <numerusform>%n mesaj așteaptă credite și pleacă imediat după reîncărcare.</numerusform>
            <numerusform>%n mesaje așteaptă credite și pleacă imediat după reîncărcare.</numerusform>
            <numerusform>%n de mesaje așteaptă credite și pleacă imediat după reîncărcare.</numerusform>
        </translation>
    </message>
    <message>
        <source>One package: %1 credits for %2 %3.</source>
        <translation>Un pachet: %1 credite pentru %2 %3.</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Mesajul %1</translation>
    </message>
    <message>
        <source>Trial credits</source>
        <translation>Credite de probă</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Reîncărcare</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Mesaj trimis</translation>
    </message>
    <message>
        <source>Add %1 credits with the reference “%2”? Credit entries are kept for good.</source>
        <translation>Adăugați %1 credite cu referința „%2”? Înregistrările de credite se păstrează definitiv.</translation>
    </message>
    <message>
        <source>Added %1 credits. The balance is now %2.</source>
        <translation>S-au adăugat %1 credite. Soldul este acum %2.</translation>
    </message>
</context>
<context>
    <name>CurrencyChoice</name>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
</context>
<context>
    <name>DeclaredField</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problemă cu %1</translation>
    </message>
</context>
<context>
    <name>DeliveryStatusLabel</name>
    <message>
        <source>Mail status</source>
        <translation>Starea e-mailului</translation>
    </message>
    <message>
        <source>Mail: no server set</source>
        <translation>E-mail: niciun server setat</translation>
    </message>
    <message>
        <source>Mail: offline</source>
        <translation>E-mail: deconectat</translation>
    </message>
    <message>
        <source>Mail: online</source>
        <translation>E-mail: conectat</translation>
    </message>
    <message>
        <source>Mail: ready</source>
        <translation>E-mail: pregătit</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n în așteptare</numerusform>
            <numerusform>%n în așteptare</numerusform>
            <numerusform>%n în așteptare</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1</source>
        <translation>următoarea încercare în %1</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n necesită atenție</numerusform>
            <numerusform>%n necesită atenție</numerusform>
            <numerusform>%n necesită atenție</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) wait for you: open Settings</source>
        <translation>
            <numerusform>%n cont vă așteaptă: deschideți Setările</numerusform>
            <numerusform>%n conturi vă așteaptă: deschideți Setările</numerusform>
            <numerusform>%n de conturi vă așteaptă: deschideți Setările</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputeToggle</name>
    <message>
        <source>In &amp;dispute: no reminders for this invoice</source>
        <translation>În &amp;dispută: fără somații pentru această factură</translation>
    </message>
    <message>
        <source>Left out of payment reminders until the box is cleared</source>
        <translation>Exclusă din somațiile de plată până se debifează</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>Nu aveți dreptul: %1</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Lines</source>
        <translation>Rânduri</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Adaugă rând</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Elimină rândul</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaluri</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save and print</source>
        <translation>Salvează și tipărește</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>Salvează și trimite clientului</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Înregistrează</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tipărește…</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>Trimite clientului…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Notă de credit…</translation>
    </message>
    <message>
        <source>A new credit note for lines of this invoice</source>
        <translation>O nouă notă de credit pentru rânduri ale acestei facturi</translation>
    </message>
    <message>
        <source>Send to several…</source>
        <translation>Trimite mai multora…</translation>
    </message>
    <message>
        <source>This letter to many parties, each numbered</source>
        <translation>Această scrisoare către mai mulți parteneri, fiecare numerotată</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Ciornă nouă</translation>
    </message>
    <message>
        <source>Net %1   VAT %2   Total %3 %4</source>
        <translation>Net %1   TVA %2   Total %3 %4</translation>
    </message>
    <message>
        <source>Choose a party first.</source>
        <translation>Alegeți mai întâi partenerul.</translation>
    </message>
</context>
<context>
    <name>DocumentHead</name>
    <message>
        <source>Party</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data scadenței</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <source>Email to</source>
        <translation>E-mail către</translation>
    </message>
    <message>
        <source>empty: the contact person&apos;s addresses, else the card&apos;s</source>
        <translation>gol: adresele persoanei de contact, altfel cele ale fișei</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persoană de contact</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Creditează factura</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Curs de schimb</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plată</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ciornă</translation>
    </message>
    <message>
        <source>%1 on account</source>
        <translation>%1 avans</translation>
    </message>
    <message>
        <source>%1 · %2 open</source>
        <translation>%1 · %2 de achitat</translation>
    </message>
</context>
<context>
    <name>DocumentRowActions</name>
    <message>
        <source>&amp;Credit note…</source>
        <translation>Notă de &amp;credit…</translation>
    </message>
    <message>
        <source>&amp;Waive reminder fee…</source>
        <translation>&amp;Anulează taxa de somație…</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>Nu aveți dreptul: %1</translation>
    </message>
    <message>
        <source>A new credit note for this invoice</source>
        <translation>O nouă notă de credit pentru această factură</translation>
    </message>
    <message>
        <source>Credit back the reminder&apos;s fee</source>
        <translation>Creditează înapoi taxa somației</translation>
    </message>
    <message>
        <source>Waive %1 %2 of the fee of %3 to %4? A credit note of the fee is posted; the reminder stays as it was sent.</source>
        <translation>Anulați %1 %2 din taxa %3 pentru %4? Se înregistrează o notă de credit pentru taxă; somația rămâne așa cum a fost trimisă.</translation>
    </message>
    <message>
        <source>Waive reminder fee</source>
        <translation>Anularea taxei de somație</translation>
    </message>
    <message>
        <source>&amp;Waive fee</source>
        <translation>&amp;Anulează taxa</translation>
    </message>
    <message>
        <source>Nothing of the fee was open any more.</source>
        <translation>Din taxă nu mai era nimic de plată.</translation>
    </message>
    <message>
        <source>%1 waives the fee of %2.</source>
        <translation>%1 anulează taxa %2.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>e.g. 5-17</source>
        <translation>de ex. 5-17</translation>
    </message>
    <message>
        <source>Number range</source>
        <translation>Interval de numere</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>De la data</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Până la data</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Toți partenerii</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Any email state</source>
        <translation>Orice stare e-mail</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plată</translation>
    </message>
    <message>
        <source>Invoices by where they stand with their payment today</source>
        <translation>Facturile după stadiul plății de azi</translation>
    </message>
    <message>
        <source>Any payment state</source>
        <translation>Orice stadiu al plății</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afișează</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nou…</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Document nou</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numere</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
    <message>
        <source>No documents to show. Change the filters above, or create one with New…</source>
        <translation>Niciun document de afișat. Schimbați filtrele de mai sus sau creați unul cu „Nou…”.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>Intervalul de date se termină înainte să înceapă.</translation>
    </message>
    <message>
        <source>No party is called %1.</source>
        <translation>Nu există niciun partener numit %1.</translation>
    </message>
</context>
<context>
    <name>EInvoiceFields</name>
    <message>
        <source>E-invoices</source>
        <translation>Facturi electronice</translation>
    </message>
    <message>
        <source>The customer&apos;s VAT id with its country letters, such as DE123456789</source>
        <translation>Codul de TVA al clientului cu literele țării, de exemplu DE123456789</translation>
    </message>
    <message>
        <source>&amp;VAT id</source>
        <translation>Cod de &amp;TVA</translation>
    </message>
    <message>
        <source>What e-invoices still need</source>
        <translation>Ce le mai lipsește facturilor electronice</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problemă la %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciuna)</translation>
    </message>
    <message>
        <source>%1 (unknown code)</source>
        <translation>%1 (cod necunoscut)</translation>
    </message>
    <message>
        <source>The country as an e-invoice names it (ISO code, e.g. DE for Germany)</source>
        <translation>Țara așa cum o numește factura electronică (cod ISO, de ex. DE pentru Germania)</translation>
    </message>
    <message>
        <source>Countr&amp;y code</source>
        <translation>Codul &amp;țării</translation>
    </message>
    <message>
        <source>The buyer reference (BT-10) their invoices must carry. For a German public buyer this is its Leitweg-ID (such as 991-01234-44), which XRechnung requires.</source>
        <translation>Referința cumpărătorului (BT-10) pe care trebuie să o poarte facturile sale. Pentru o autoritate publică germană este Leitweg-ID-ul ei (de exemplu 991-01234-44), cerut de XRechnung.</translation>
    </message>
    <message>
        <source>&amp;Buyer reference (Leitweg-ID)</source>
        <translation>&amp;Referința cumpărătorului (Leitweg-ID)</translation>
    </message>
    <message>
        <source>Where the customer receives e-invoices (BT-49): a Peppol id or an email address; empty: the billing email address is used</source>
        <translation>Unde primește clientul facturile electronice (BT-49): un identificator Peppol sau o adresă de e-mail; gol: se folosește adresa de e-mail pentru facturi</translation>
    </message>
    <message>
        <source>&amp;Electronic address</source>
        <translation>Adresă &amp;electronică</translation>
    </message>
    <message>
        <source>(email, the default)</source>
        <translation>(e-mail, implicit)</translation>
    </message>
    <message>
        <source>Email address (EM)</source>
        <translation>Adresă de e-mail (EM)</translation>
    </message>
    <message>
        <source>Leitweg-ID (0204)</source>
        <translation>Leitweg-ID (0204)</translation>
    </message>
    <message>
        <source>German VAT id (9930)</source>
        <translation>Cod de TVA german (9930)</translation>
    </message>
    <message>
        <source>GLN, global location number (0088)</source>
        <translation>GLN, număr global de locație (0088)</translation>
    </message>
    <message>
        <source>DUNS number (0060)</source>
        <translation>Număr DUNS (0060)</translation>
    </message>
    <message>
        <source>French VAT id (9957)</source>
        <translation>Cod de TVA francez (9957)</translation>
    </message>
    <message>
        <source>What kind of address the electronic address is</source>
        <translation>Ce fel de adresă este adresa electronică</translation>
    </message>
    <message>
        <source>Address &amp;scheme</source>
        <translation>&amp;Schema adresei</translation>
    </message>
    <message>
        <source>Automatic (Factur-X with a VAT id, else none)</source>
        <translation>Automat (Factur-X cu cod de TVA, altfel niciunul)</translation>
    </message>
    <message>
        <source>How this customer&apos;s invoices go out as structured data, beside the print</source>
        <translation>Cum pleacă facturile acestui client ca date structurate, pe lângă exemplarul tipărit</translation>
    </message>
    <message>
        <source>E-invoice &amp;format</source>
        <translation>&amp;Formatul facturii electronice</translation>
    </message>
    <message>
        <source>No e-invoice: invoices go out as print copies only.</source>
        <translation>Fără factură electronică: facturile pleacă doar ca exemplar tipărit.</translation>
    </message>
    <message>
        <source>The card has what %1 needs.</source>
        <translation>Fișa are ce îi trebuie pentru %1.</translation>
    </message>
    <message>
        <source>For %1 still missing: %2</source>
        <translation>Pentru %1 mai lipsește: %2</translation>
    </message>
    <message>
        <source>None (print copy only)</source>
        <translation>Niciunul (doar exemplar tipărit)</translation>
    </message>
    <message>
        <source>Factur-X (PDF with the invoice data inside)</source>
        <translation>Factur-X (PDF cu datele facturii înăuntru)</translation>
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
        <translation>Factură electronică</translation>
    </message>
    <message>
        <source>%1 inside the print copy, validated ✓</source>
        <translation>%1 în exemplarul tipărit, validat ✓</translation>
    </message>
    <message>
        <source>%1 attached, validated ✓</source>
        <translation>%1 atașat, validat ✓</translation>
    </message>
    <message>
        <source>%1 not attached, because:</source>
        <translation>%1 nu este atașat, deoarece:</translation>
    </message>
    <message>
        <source>The message can still go, without the e-invoice.</source>
        <translation>Mesajul poate fi trimis totuși, fără factura electronică.</translation>
    </message>
    <message>
        <source>The e-invoice could not be checked: %1</source>
        <translation>Factura electronică nu a putut fi verificată: %1</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;Open ledger…</source>
        <translation>&amp;Deschide contabilitatea…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Copie de rezervă…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurați dintr-o copie de rezervă…</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import dintr-un fișier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>LedgerPost could not be started on that ledger.</source>
        <translation>LedgerPost nu a putut porni cu această contabilitate.</translation>
    </message>
    <message>
        <source>Back up the ledger</source>
        <translation>Copie de rezervă a registrului</translation>
    </message>
    <message>
        <source>Backups (*.ledgerpost)</source>
        <translation>Copii de rezervă (*.ledgerpost)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Se face copia de rezervă…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1, but the check found %n problem(s): run Check.</source>
        <translation>
            <numerusform>Salvat în %1, dar verificarea a găsit %n problemă: rulați verificarea.</numerusform>
            <numerusform>Salvat în %1, dar verificarea a găsit %n probleme: rulați verificarea.</numerusform>
            <numerusform>Salvat în %1, dar verificarea a găsit %n de probleme: rulați verificarea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1 and checked.</source>
        <translation>Salvat în %1 și verificat.</translation>
    </message>
</context>
<context>
    <name>GeneralLedgerDialog</name>
    <message>
        <source>General ledger: %1 %2</source>
        <translation>Cartea mare: %1 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Sold inițial</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Sold final</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salvează ca &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the general ledger as PDF</source>
        <translation>Salvați fișa de cont ca PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvat în %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a file</source>
        <translation>Import dintr-un fișier</translation>
    </message>
    <message>
        <source>Cards: customers, suppliers, employees (CSV)</source>
        <translation>Fișe: clienți, furnizori, angajați (CSV)</translation>
    </message>
    <message>
        <source>Documents: invoices, credit notes, opening items (CSV or JSON)</source>
        <translation>Documente: facturi, note de credit, solduri inițiale (CSV sau JSON)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alege…</translation>
    </message>
    <message>
        <source>&amp;Post the documents (numbered and final)</source>
        <translation>Înre&amp;gistrați documentele (numerotate și definitive)</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Fișierul conține</translation>
    </message>
    <message>
        <source>Choose a file, then Check: nothing is written until Import.</source>
        <translation>Alegeți un fișier, apoi Verificați: nimic nu se scrie înainte de import.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Unde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Verificați</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importați</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV or JSON (*.csv *.json)</source>
        <translation>CSV sau JSON (*.csv *.json)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Se importă…</translation>
    </message>
    <message>
        <source>New cards: %1, updated: %2, unchanged: %3.</source>
        <translation>Fișe noi: %1, modificate: %2, neschimbate: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) created.</source>
        <translation>
            <numerusform>%n document creat.</numerusform>
            <numerusform>%n documente create.</numerusform>
            <numerusform>%n de documente create.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) pass every check.</source>
        <translation>
            <numerusform>%n document trece toate verificările.</numerusform>
            <numerusform>%n documente trec toate verificările.</numerusform>
            <numerusform>%n de documente trec toate verificările.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was written. Mend the file and check again.</source>
        <translation>
            <numerusform>%n problemă: nu s-a scris nimic. Corectați fișierul și verificați din nou.</numerusform>
            <numerusform>%n probleme: nu s-a scris nimic. Corectați fișierul și verificați din nou.</numerusform>
            <numerusform>%n de probleme: nu s-a scris nimic. Corectați fișierul și verificați din nou.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>Nimic nu se scrie până nu alegeți Importați.</translation>
    </message>
</context>
<context>
    <name>JournalEntriesBox</name>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Stornare</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Note contabile</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>Înre&amp;gistrați</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>Ș&amp;tergeți ciorna</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>&amp;Stornați…</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Înregistrat</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ciornă</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n notă contabilă</numerusform>
            <numerusform>%n note contabile</numerusform>
            <numerusform>%n de note contabile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n draft(s) not posted yet</source>
        <translation>
            <numerusform>; %n ciornă încă neînregistrată</numerusform>
            <numerusform>; %n ciorne încă neînregistrate</numerusform>
            <numerusform>; %n de ciorne încă neînregistrate</numerusform>
        </translation>
    </message>
    <message>
        <source>reverses %1</source>
        <translation>stornează %1</translation>
    </message>
    <message>
        <source>reversed by %1</source>
        <translation>stornată de %1</translation>
    </message>
    <message>
        <source>Delete the draft entry “%1”? It never counted in the books.</source>
        <translation>Ștergeți ciorna notei „%1”? Nu a contat niciodată în registre.</translation>
    </message>
    <message>
        <source>Draft entry deleted.</source>
        <translation>Ciorna notei a fost ștearsă.</translation>
    </message>
    <message>
        <source>Post an entry dated today that undoes %1?</source>
        <translation>Înregistrați o notă cu data de azi care anulează %1?</translation>
    </message>
    <message>
        <source>Journal entry %1 posted.</source>
        <translation>Nota contabilă %1 a fost înregistrată.</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>New journal entry</source>
        <translation>Notă contabilă nouă</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Adaugă &amp;rând</translation>
    </message>
    <message>
        <source>&amp;Post now (the entry cannot change afterwards)</source>
        <translation>&amp;Înregistrează acum (apoi nu se mai poate modifica)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>De&amp;scriere</translation>
    </message>
    <message>
        <source>Line %1: an amount is not a number.</source>
        <translation>Rândul %1: o sumă nu este un număr.</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of the window</source>
        <translation>Limba ferestrei</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Limba sistemului (%1)</translation>
    </message>
    <message>
        <source>Problem with the language</source>
        <translation>Problemă cu limba</translation>
    </message>
    <message>
        <source>Menus, pages and dialogs speak this language; Arabic also turns the window right to left. Documents and messages go out in each customer&apos;s own language.</source>
        <translation>Meniurile, paginile și dialogurile folosesc această limbă; araba întoarce și fereastra de la dreapta la stânga. Documentele și mesajele pleacă în limba fiecărui client.</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>&amp;Limba ferestrei:</translation>
    </message>
</context>
<context>
    <name>LetterBatchDialog</name>
    <message>
        <source>Send a letter to several</source>
        <translation>Scrisoare către mai mulți destinatari</translation>
    </message>
    <message>
        <source>Letter: %1</source>
        <translation>Scrisoare: %1</translation>
    </message>
    <message>
        <source>%v of %m letters</source>
        <translation>%v din %m scrisori</translation>
    </message>
    <message>
        <source>Choose the recipients, then Preview.</source>
        <translation>Alegeți destinatarii, apoi Previzualizare.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Scrisă în</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Către</translation>
    </message>
    <message>
        <source>Letters to send</source>
        <translation>Scrisori de trimis</translation>
    </message>
    <message>
        <source>Why no letter</source>
        <translation>De ce nu primește scrisoare</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omiși</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Previzualizare</translation>
    </message>
    <message>
        <source>&amp;Send letters</source>
        <translation>&amp;Trimite scrisorile</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>A batch being sent goes on in the background</source>
        <translation>Un lot în curs de trimitere continuă în fundal</translation>
    </message>
    <message>
        <source>The recipients changed: Preview again before sending.</source>
        <translation>Destinatarii s-au schimbat: previzualizați din nou înainte de trimitere.</translation>
    </message>
    <message>
        <source>Looking at every card chosen…</source>
        <translation>Se verifică toate fișele alese…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) to send</source>
        <translation>
            <numerusform>%n scrisoare de trimis</numerusform>
            <numerusform>%n scrisori de trimis</numerusform>
            <numerusform>%n de scrisori de trimis</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter to send to the cards chosen</source>
        <translation>Nicio scrisoare de trimis către fișele alese</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>cost: %n credit</numerusform>
            <numerusform>cost: %n credite</numerusform>
            <numerusform>cost: %n de credite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>disponibil: %n credit</numerusform>
            <numerusform>disponibile: %n credite</numerusform>
            <numerusform>disponibile: %n de credite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n mesaj va aștepta până se adaugă credite.</numerusform>
            <numerusform>%n mesaje vor aștepta până se adaugă credite.</numerusform>
            <numerusform>%n de mesaje vor aștepta până se adaugă credite.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 sent again (cancelled before))</source>
        <translation>(%1 trimisă din nou (anulată anterior))</translation>
    </message>
    <message>
        <source>(%1, made before)</source>
        <translation>(%1, făcută anterior)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n card(s), with the reason</source>
        <translation>
            <numerusform>Omisă: %n fișă, cu motivul</numerusform>
            <numerusform>Omise: %n fișe, cu motivul</numerusform>
            <numerusform>Omise: %n de fișe, cu motivul</numerusform>
        </translation>
    </message>
    <message>
        <source>No card chosen is left out.</source>
        <translation>Nicio fișă aleasă nu este omisă.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) made and put in the outbox.</source>
        <translation>
            <numerusform>%n scrisoare făcută și pusă în coada de ieșire.</numerusform>
            <numerusform>%n scrisori făcute și puse în coada de ieșire.</numerusform>
            <numerusform>%n de scrisori făcute și puse în coada de ieșire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n card(s) were not reached. Preview and Send again to write to them; those who have the letter get none again.</source>
        <translation>
            <numerusform>Oprit: %n fișă nu a fost atinsă. Previzualizați și Trimiteți din nou; cine are scrisoarea nu o primește a doua oară.</numerusform>
            <numerusform>Oprit: %n fișe nu au fost atinse. Previzualizați și Trimiteți din nou; cine are scrisoarea nu o primește a doua oară.</numerusform>
            <numerusform>Oprit: %n de fișe nu au fost atinse. Previzualizați și Trimiteți din nou; cine are scrisoarea nu o primește a doua oară.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n previewed letter(s) were not queued; Preview again to see why.</source>
        <translation>
            <numerusform>%n scrisoare previzualizată nu a fost pusă în coadă; previzualizați din nou pentru a vedea de ce.</numerusform>
            <numerusform>%n scrisori previzualizate nu au fost puse în coadă; previzualizați din nou pentru a vedea de ce.</numerusform>
            <numerusform>%n de scrisori previzualizate nu au fost puse în coadă; previzualizați din nou pentru a vedea de ce.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to see what is left.</source>
        <translation>Previzualizați din nou pentru a vedea ce a rămas.</translation>
    </message>
</context>
<context>
    <name>LetterFields</name>
    <message>
        <source>Header</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>The subject, also of the email</source>
        <translation>Subiectul, și al e-mailului</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Conținut</translation>
    </message>
    <message>
        <source>Dear customer,

A blank line starts a new paragraph.
- a line starting with a dash is an item of a list</source>
        <translation>Stimate client,

Un rând gol începe un paragraf nou.
- un rând care începe cu o liniuță este un element al unei liste</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Încheiere</translation>
    </message>
    <message>
        <source>e.g. Kind regards</source>
        <translation>de ex. Cu stimă</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Semnat de</translation>
    </message>
    <message>
        <source>A user of the ledger, or any name typed here</source>
        <translation>Un utilizator al registrului sau orice nume scris aici</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Scrisă în</translation>
    </message>
    <message>
        <source>The print copy&apos;s labels and the email&apos;s words follow this language</source>
        <translation>Etichetele documentului și cuvintele e-mailului urmează această limbă</translation>
    </message>
    <message>
        <source>The party&apos;s language</source>
        <translation>Limba partenerului</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Titlu</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Conținut</translation>
    </message>
    <message>
        <source>&amp;Closing</source>
        <translation>Înc&amp;heiere</translation>
    </message>
    <message>
        <source>Si&amp;gned by</source>
        <translation>&amp;Semnat de</translation>
    </message>
    <message>
        <source>&amp;Written in</source>
        <translation>Scrisă &amp;în</translation>
    </message>
</context>
<context>
    <name>LetterRecipients</name>
    <message>
        <source>Kind of card</source>
        <translation>Tipul fișei</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Toți</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Limba fișei</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Orice limbă</translation>
    </message>
    <message>
        <source>Filter the cards</source>
        <translation>Filtrează fișele</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>Filtrează după nume sau cod</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Check all shown</source>
        <translation>Bifează toate cele afișate</translation>
    </message>
    <message>
        <source>Uncheck all shown</source>
        <translation>Debifează toate cele afișate</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Către:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limba:</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) chosen</source>
        <translation>
            <numerusform>%n fișă aleasă</numerusform>
            <numerusform>%n fișe alese</numerusform>
            <numerusform>%n de fișe alese</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preț unitar</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Valoare rând</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to LedgerPost</source>
        <translation>Autentificare în LedgerPost</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nume de autentificare</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Autentificare</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>&amp;Nume de autentificare</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Parola</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>Tastați numele de autentificare.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>Numele de autentificare sau parola sunt greșite.</translation>
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
        <translation>LedgerPost — încă nicio firmă</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigare</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
    <message>
        <source>Mail status</source>
        <translation>Starea e-mailului</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Utilizator autentificat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;New document…</source>
        <translation>Document &amp;nou…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>Trimite clientului…</translation>
    </message>
    <message>
        <source>&amp;Batch send…</source>
        <translation>Trimitere în &amp;masă…</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>Nu aveți dreptul: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilizator: %1</translation>
    </message>
    <message>
        <source>Email queue</source>
        <translation>Coada de e-mailuri</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Mesaje trimise</translation>
    </message>
    <message>
        <source>Message credits</source>
        <translation>Credite de mesaje</translation>
    </message>
    <message>
        <source>Ageing of open items</source>
        <translation>Vechimea soldurilor deschise</translation>
    </message>
    <message>
        <source>Payment &amp;reminders…</source>
        <translation>&amp;Memento-uri de plată…</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Contabilitate</translation>
    </message>
    <message>
        <source>VAT report</source>
        <translation>Raport TVA</translation>
    </message>
    <message>
        <source>Users and rights</source>
        <translation>Utilizatori și drepturi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documente</numerusform>
            <numerusform>%Ln de documente</numerusform>
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
        <translation>Notă</translation>
    </message>
    <message>
        <source>A few words of your own, shown above the message</source>
        <translation>Câteva cuvinte proprii, afișate deasupra mesajului</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Greeting and signature</source>
        <translation>Formula de încheiere și semnătura</translation>
    </message>
    <message>
        <source>&amp;Note (goes on top)</source>
        <translation>&amp;Notă (apare sus)</translation>
    </message>
    <message>
        <source>&amp;Message (changes apply to this send only)</source>
        <translation>&amp;Mesaj (modificările se aplică doar acestei trimiteri)</translation>
    </message>
</context>
<context>
    <name>MessageViewDialog</name>
    <message>
        <source>Message as sent — %1</source>
        <translation>Mesajul așa cum a fost trimis — %1</translation>
    </message>
    <message>
        <source>Message as it will be sent — %1</source>
        <translation>Mesajul așa cum va fi trimis — %1</translation>
    </message>
    <message>
        <source>%1 so far: the Date line is added when it is first sent</source>
        <translation>%1 deocamdată: linia Date se adaugă la prima trimitere</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Către</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Răspuns la</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>when it is first sent</source>
        <translation>la prima trimitere</translation>
    </message>
    <message>
        <source>Blind copies travel only in the envelope, never in the text.</source>
        <translation>Copiile ascunse circulă doar în plic, niciodată în text.</translation>
    </message>
    <message>
        <source>BCC (envelope only):</source>
        <translation>BCC (doar în plic):</translation>
    </message>
    <message>
        <source>The server&apos;s answer to each recipient</source>
        <translation>Răspunsul serverului pentru fiecare destinatar</translation>
    </message>
    <message>
        <source>Server&apos;s answer:</source>
        <translation>Răspunsul serverului:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livrare</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Livrare:</translation>
    </message>
    <message>
        <source>What the report said</source>
        <translation>Ce spune raportul</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Raport:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Textul mesajului</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Atașamente</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>All headers</source>
        <translation>Toate antetele</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Atașamente (%1)</translation>
    </message>
    <message>
        <source>%1 as handed to the server</source>
        <translation>%1 așa cum a fost predat serverului</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Salvează ca .eml…</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Salvează mesajul</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Mesaje e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nesalvat</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Mesajul nu a putut fi salvat: %1</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Cont nou</translation>
    </message>
    <message>
        <source>A &amp;bank account (receipts and payments can name it)</source>
        <translation>Un cont &amp;bancar (încasările și plățile îl pot indica)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Număr</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;Denumire</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tip</translation>
    </message>
    <message>
        <source>&amp;VAT code</source>
        <translation>&amp;Cod TVA</translation>
    </message>
</context>
<context>
    <name>OpenLedgerDialog</name>
    <message>
        <source>Open ledger</source>
        <translation>Deschide contabilitatea</translation>
    </message>
    <message>
        <source>A ledger file on this computer</source>
        <translation>Un fișier contabil pe acest calculator</translation>
    </message>
    <message>
        <source>A shared ledger on a PostgreSQL server</source>
        <translation>O contabilitate partajată pe un server PostgreSQL</translation>
    </message>
    <message>
        <source>Ledger file</source>
        <translation>Fișier contabil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Răsfoiește…</translation>
    </message>
    <message>
        <source>Shared ledger address</source>
        <translation>Adresa contabilității partajate</translation>
    </message>
    <message>
        <source>The database password comes from the keyring (ledgerpost db-password) or from ~/.pgpass; never put it in the address.</source>
        <translation>Parola bazei de date vine din portcheiul sistemului (ledgerpost db-password) sau din ~/.pgpass; nu o scrieți niciodată în adresă.</translation>
    </message>
    <message>
        <source>Ledger files (*.sqlite3);;All files (*)</source>
        <translation>Fișiere contabile (*.sqlite3);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Se deschide…</translation>
    </message>
    <message>
        <source>Name a ledger file, or the address of a shared ledger.</source>
        <translation>Indicați un fișier contabil sau adresa unei contabilități partajate.</translation>
    </message>
    <message>
        <source>There is no ledger file at %1.</source>
        <translation>Nu există niciun fișier contabil la %1.</translation>
    </message>
    <message>
        <source>This is not a database address; a shared ledger looks like %1.</source>
        <translation>Aceasta nu este o adresă de bază de date; o contabilitate partajată arată așa: %1.</translation>
    </message>
    <message>
        <source>The address holds a password: keep it in the keyring (ledgerpost db-password) or in ~/.pgpass, and give the address without it.</source>
        <translation>Adresa conține o parolă: păstrați-o în portcheiul sistemului (ledgerpost db-password) sau în ~/.pgpass și dați adresa fără ea.</translation>
    </message>
    <message>
        <source>LedgerPost keeps shared ledgers on PostgreSQL (not %1): %2</source>
        <translation>LedgerPost păstrează contabilitățile partajate în PostgreSQL (nu %1): %2</translation>
    </message>
    <message>
        <source>Name the database at the end of the address: %1</source>
        <translation>Indicați baza de date la sfârșitul adresei: %1</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Răspunsul serverului</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Încercări</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Următoarea încercare</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Pus în coadă</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Email queue</source>
        <translation>Coada de e-mailuri</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Toate mesajele</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesită atenție</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Așteaptă trimiterea</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuat</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incert</translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation>Se va reîncerca</translation>
    </message>
    <message>
        <source>Held (send later)</source>
        <translation>Reținut (trimitere ulterioară)</translation>
    </message>
    <message>
        <source>Waiting for credits</source>
        <translation>Așteaptă credite</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Afișează mesajele</translation>
    </message>
    <message>
        <source>Sending accounts&apos; queues</source>
        <translation>Cozile conturilor de trimitere</translation>
    </message>
    <message>
        <source>No messages here. A document you send by email, alone or in a batch, waits in this queue until the mail server accepts it.</source>
        <translation>Nu sunt mesaje aici. Un document trimis prin e-mail, singur sau în lot, așteaptă în această coadă până când serverul de e-mail îl acceptă.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <source>Chosen message</source>
        <translation>Mesajul ales</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afișează</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Coada nu a putut fi citită: %1</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 messages</source>
        <translation>Se afișează cele mai noi %1 din %2 mesaje</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mesaj</numerusform>
            <numerusform>%n mesaje</numerusform>
            <numerusform>%n de mesaje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages chosen</source>
        <translation>
            <numerusform>%n mesaj ales</numerusform>
            <numerusform>%n mesaje alese</numerusform>
            <numerusform>%n de mesaje alese</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a message to see what the server said.</source>
        <translation>Alegeți un mesaj pentru a vedea răspunsul serverului.</translation>
    </message>
</context>
<context>
    <name>PartiesModel</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Adrese de e-mail</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Persoane de contact</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localitatea</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Search by name, code or address</source>
        <translation>Căutare după nume, cod sau adresă</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Caută</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nou…</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Fișă nouă</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <source>Edit the chosen card</source>
        <translation>Editează fișa aleasă</translation>
    </message>
    <message>
        <source>No cards to show. Add one with New…, or change the search.</source>
        <translation>Nicio fișă de afișat. Adăugați una cu „Nou…” sau schimbați căutarea.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arhivează</translation>
    </message>
    <message>
        <source>Hide the card from the pickers; its documents and history stay</source>
        <translation>Ascunde fișa din listele de alegere; documentele și istoricul rămân</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Arată arhivate</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n fișă</numerusform>
            <numerusform>%n fișe</numerusform>
            <numerusform>%n de fișe</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Dezarhivează</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>%1 a fost arhivat.</translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation>%1 este afișat din nou.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvat.</translation>
    </message>
</context>
<context>
    <name>PartyBalance</name>
    <message>
        <source>Open balance</source>
        <translation>Sold deschis</translation>
    </message>
    <message>
        <source>Open balance: nothing open</source>
        <translation>Sold deschis: nimic deschis</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Sold deschis: %1</translation>
    </message>
    <message>
        <source>oldest overdue: %1, due %2</source>
        <translation>cea mai veche restantă: %1, scadentă la %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) overdue)</source>
        <translation>
            <numerusform>(%n zi de întârziere)</numerusform>
            <numerusform>(%n zile de întârziere)</numerusform>
            <numerusform>(%n de zile de întârziere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyCopies</name>
    <message>
        <source>Copies of every message</source>
        <translation>Copii ale fiecărui mesaj</translation>
    </message>
    <message>
        <source>Default C&amp;C</source>
        <translation>&amp;CC implicit</translation>
    </message>
    <message>
        <source>Default BCC</source>
        <translation>BCC implicit</translation>
    </message>
    <message>
        <source>e.g. accountant@example.com, separate with commas</source>
        <translation>de ex. contabil@example.com, separate prin virgule</translation>
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
        <translation>Nou: %1</translation>
    </message>
    <message>
        <source>Documents and messages go out in this language</source>
        <translation>Documentele și mesajele pleacă în această limbă</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nume</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>Co&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limba</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Strada</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Cod &amp;poștal</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Localitatea</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Ța&amp;ra</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Adrese de e-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Folosită pentru</translation>
    </message>
    <message>
        <source>Add &amp;address</source>
        <translation>Adaugă &amp;adresă</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Elimină adresa</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Persoane de contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Email addresses (separate with commas)</source>
        <translation>Adrese de e-mail (separate prin virgulă)</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Adaugă &amp;persoană</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Elimină persoana</translation>
    </message>
    <message>
        <source>You may not see contact addresses: they read “hidden contact” here and stay as they are when you save.</source>
        <translation>Nu puteți vedea adresele de contact: aici apar ca „contact ascuns” și rămân neschimbate la salvare.</translation>
    </message>
    <message>
        <source>Send report…</source>
        <translation>Trimite raportul…</translation>
    </message>
    <message>
        <source>Send statement…</source>
        <translation>Trimite extrasul…</translation>
    </message>
    <message>
        <source>The statement of account for a period</source>
        <translation>Extrasul de cont pentru o perioadă</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nu s-a salvat nimic: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of %1</source>
        <translation>Parola lui %1</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Parolă &amp;nouă</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repetați-o</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Parola &amp;actuală</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Cele două parole diferă.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print copy</source>
        <translation>Exemplar tipărit</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tipărește…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagină</numerusform>
            <numerusform>%n pagini</numerusform>
            <numerusform>%n de pagini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems before sending</source>
        <translation>Probleme înainte de trimitere</translation>
    </message>
    <message>
        <source>Checking the message…</source>
        <translation>Se verifică mesajul…</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Gata de trimis.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
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
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Renunță la modificări</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetează</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restabilește valorile implicite</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Send again</source>
        <translation>Trimite din nou</translation>
    </message>
    <message>
        <source>Send the chosen failed or uncertain messages again (same Message-ID)</source>
        <translation>Retrimite mesajele alese eșuate sau incerte (același Message-ID)</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Trimite acum</translation>
    </message>
    <message>
        <source>Send a held message without waiting</source>
        <translation>Trimite un mesaj reținut fără așteptare</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Anulează trimiterea</translation>
    </message>
    <message>
        <source>Do not send the chosen messages</source>
        <translation>Nu trimite mesajele alese</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Marchează ca trimis…</translation>
    </message>
    <message>
        <source>The customer has the message: record an uncertain one as sent</source>
        <translation>Clientul a primit mesajul: înregistrează unul incert ca trimis</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Deschide documentul</translation>
    </message>
    <message>
        <source>View message</source>
        <translation>Vezi mesajul</translation>
    </message>
    <message>
        <source>The exact message as it went to the server</source>
        <translation>Mesajul exact cum a plecat la server</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be sent again.</source>
        <translation>
            <numerusform>%n mesaj va fi retrimis.</numerusform>
            <numerusform>%n mesaje vor fi retrimise.</numerusform>
            <numerusform>%n de mesaje vor fi retrimise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will go now.</source>
        <translation>
            <numerusform>%n mesaj pleacă acum.</numerusform>
            <numerusform>%n mesaje pleacă acum.</numerusform>
            <numerusform>%n de mesaje pleacă acum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will not be sent. They stay in the queue as cancelled.</source>
        <translation>
            <numerusform>%n mesaj nu va fi trimis. Rămâne în coadă ca anulat.</numerusform>
            <numerusform>%n mesaje nu vor fi trimise. Rămân în coadă ca anulate.</numerusform>
            <numerusform>%n de mesaje nu vor fi trimise. Rămân în coadă ca anulate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) cancelled.</source>
        <translation>
            <numerusform>%n mesaj anulat.</numerusform>
            <numerusform>%n mesaje anulate.</numerusform>
            <numerusform>%n de mesaje anulate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marchează ca trimis</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n message(s) as sent only if you know the customer received it (for example, they confirmed it).

It then counts as sent, one credit is spent for each, and it will not be sent again.</source>
        <translation>
            <numerusform>Marcați %n mesaj ca trimis doar dacă știți că clientul l-a primit (de exemplu, a confirmat).

Apoi contează ca trimis, se consumă un credit și nu va mai fi trimis.</numerusform>
            <numerusform>Marcați %n mesaje ca trimise doar dacă știți că clientul le-a primit (de exemplu, a confirmat).

Apoi contează ca trimise, se consumă câte un credit și nu vor mai fi trimise.</numerusform>
            <numerusform>Marcați %n de mesaje ca trimise doar dacă știți că clientul le-a primit (de exemplu, a confirmat).

Apoi contează ca trimise, se consumă câte un credit și nu vor mai fi trimise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation>
            <numerusform>%n mesaj înregistrat ca trimis.</numerusform>
            <numerusform>%n mesaje înregistrate ca trimise.</numerusform>
            <numerusform>%n de mesaje înregistrate ca trimise.</numerusform>
        </translation>
    </message>
    <message>
        <source>This message has not been put together yet: that happens when it is first sent.</source>
        <translation>Acest mesaj nu a fost încă asamblat: asta se întâmplă la prima trimitere.</translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>Mesajul nu a putut fi citit: %1</translation>
    </message>
</context>
<context>
    <name>RateField</name>
    <message>
        <source>Exchange rate</source>
        <translation>Curs de schimb</translation>
    </message>
    <message>
        <source>e.g. 1.0850</source>
        <translation>de ex. 1,0850</translation>
    </message>
    <message>
        <source>How many units of the document&apos;s currency one unit of %1 buys</source>
        <translation>Câte unități din moneda documentului valorează o unitate de %1</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>ultimul: %1</translation>
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
        <translation>Alocări</translation>
    </message>
    <message>
        <source>&amp;Save and post</source>
        <translation>&amp;Salvează și înregistrează</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nou: %1</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Facturi neachitate</translation>
    </message>
    <message>
        <source>Open invoices and fees it settles</source>
        <translation>Facturi și taxe deschise pe care le achită</translation>
    </message>
    <message>
        <source>this receipt</source>
        <translation>această chitanță</translation>
    </message>
    <message>
        <source>this payment</source>
        <translation>această plată</translation>
    </message>
    <message>
        <source>%1 stays on account as credit</source>
        <translation>%1 rămâne în cont ca avans</translation>
    </message>
    <message>
        <source>Choose who the money is from or to.</source>
        <translation>Alegeți de la cine sau cui sunt banii.</translation>
    </message>
    <message>
        <source>Type the amount, for example 150.00.</source>
        <translation>Introduceți suma, de exemplu 150,00.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nu s-a salvat nimic: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Alocă</translation>
    </message>
    <message>
        <source>Allocate what is still on account</source>
        <translation>Alocă ce a rămas în cont</translation>
    </message>
    <message>
        <source>Open invoices what is on account may settle</source>
        <translation>Facturi neachitate pe care avansul le poate stinge</translation>
    </message>
    <message>
        <source>%1 is on account as credit; no open invoice to settle.</source>
        <translation>%1 este în cont ca avans; nicio factură neachitată de stins.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Payment reminders</source>
        <translation>Somații de plată</translation>
    </message>
    <message>
        <source>%v of %m customers</source>
        <translation>%v din %m clienți</translation>
    </message>
    <message>
        <source>Reminders as of</source>
        <translation>Memento-uri la data</translation>
    </message>
    <message>
        <source>The day whose overdue invoices are reminded; paid since is never named</source>
        <translation>Ziua ale cărei facturi restante sunt amintite; ce s-a plătit între timp nu este menționat</translation>
    </message>
    <message>
        <source>Reminders &amp;as of:</source>
        <translation>Memento-uri l&amp;a data:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Previzualizare</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Cont de trimitere</translation>
    </message>
    <message>
        <source>Every reminder of the run goes from this account</source>
        <translation>Fiecare memento al rundei pleacă din acest cont</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Cont:</translation>
    </message>
    <message>
        <source>The usual account</source>
        <translation>Contul obișnuit</translation>
    </message>
    <message>
        <source>Choose the day, then Preview.</source>
        <translation>Alegeți ziua, apoi Previzualizare.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturi</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Zile de întârziere</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Rest de plată</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Taxă</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Către</translation>
    </message>
    <message>
        <source>Reminders to send</source>
        <translation>Memento-uri de trimis</translation>
    </message>
    <message>
        <source>Why no reminder</source>
        <translation>De ce fără memento</translation>
    </message>
    <message>
        <source>Customers left out</source>
        <translation>Clienți omiși</translation>
    </message>
    <message>
        <source>&amp;Send reminders</source>
        <translation>&amp;Trimite memento-urile</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>A run being sent goes on in the background</source>
        <translation>O rundă în curs de trimitere continuă în fundal</translation>
    </message>
    <message>
        <source>The day changed: Preview again before sending.</source>
        <translation>Ziua s-a schimbat: previzualizați din nou înainte de trimitere.</translation>
    </message>
    <message>
        <source>You do not have the right: %1</source>
        <translation>Nu aveți dreptul: %1</translation>
    </message>
    <message>
        <source>Looking at every customer&apos;s open invoices…</source>
        <translation>Se verifică facturile neachitate ale fiecărui client…</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) to send</source>
        <translation>
            <numerusform>%n memento de trimis</numerusform>
            <numerusform>%n memento-uri de trimis</numerusform>
            <numerusform>%n de memento-uri de trimis</numerusform>
        </translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>neachitat: %1</translation>
    </message>
    <message>
        <source>No reminder is due on this day</source>
        <translation>Niciun memento nu este datorat în această zi</translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>cost: %n credit</numerusform>
            <numerusform>cost: %n credite</numerusform>
            <numerusform>cost: %n de credite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>disponibil: %n credit</numerusform>
            <numerusform>disponibile: %n credite</numerusform>
            <numerusform>disponibile: %n de credite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n mesaj va aștepta până se adaugă credite.</numerusform>
            <numerusform>%n mesaje vor aștepta până se adaugă credite.</numerusform>
            <numerusform>%n de mesaje vor aștepta până se adaugă credite.</numerusform>
        </translation>
    </message>
    <message>
        <source>copies:</source>
        <translation>copii:</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n customer(s), with the reason</source>
        <translation>
            <numerusform>Omis: %n client, cu motivul</numerusform>
            <numerusform>Omiși: %n clienți, cu motivul</numerusform>
            <numerusform>Omiși: %n de clienți, cu motivul</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer with overdue invoices is left out.</source>
        <translation>Niciun client cu facturi restante nu este omis.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) put in the outbox.</source>
        <translation>
            <numerusform>%n memento pus în coada de trimitere.</numerusform>
            <numerusform>%n memento-uri puse în coada de trimitere.</numerusform>
            <numerusform>%n de memento-uri puse în coada de trimitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n customer(s) were not reached. Preview and Send again to remind them; those already reminded are left out.</source>
        <translation>
            <numerusform>Oprit: %n client nu a fost atins. Previzualizați și trimiteți din nou pentru a-i aminti; cei deja amintiți sunt omiși.</numerusform>
            <numerusform>Oprit: %n clienți nu au fost atinși. Previzualizați și trimiteți din nou pentru a le aminti; cei deja amintiți sunt omiși.</numerusform>
            <numerusform>Oprit: %n de clienți nu au fost atinși. Previzualizați și trimiteți din nou pentru a le aminti; cei deja amintiți sunt omiși.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n previewed reminder(s) were not queued (reminded meanwhile, or the message could not be made); Preview again to see why.</source>
        <translation>
            <numerusform>%n memento previzualizat nu a fost pus în coadă (amintit între timp sau mesajul nu a putut fi făcut); previzualizați din nou pentru a vedea de ce.</numerusform>
            <numerusform>%n memento-uri previzualizate nu au fost puse în coadă (amintite între timp sau mesajul nu a putut fi făcut); previzualizați din nou pentru a vedea de ce.</numerusform>
            <numerusform>%n de memento-uri previzualizate nu au fost puse în coadă (amintite între timp sau mesajul nu a putut fi făcut); previzualizați din nou pentru a vedea de ce.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to see what is left.</source>
        <translation>Previzualizați din nou pentru a vedea ce a rămas.</translation>
    </message>
    <message>
        <source>marked “never send reminders” on the card</source>
        <translation>marcat „nu trimite niciodată memento-uri” pe fișă</translation>
    </message>
    <message>
        <source>in dispute (the customer or its overdue invoices)</source>
        <translation>în litigiu (clientul sau facturile sale restante)</translation>
    </message>
    <message>
        <source>already reminded at this level</source>
        <translation>deja amintit la acest nivel</translation>
    </message>
    <message>
        <source>owes less than the minimum amount for reminders</source>
        <translation>datorează mai puțin decât suma minimă pentru memento-uri</translation>
    </message>
    <message>
        <source>no valid e-mail address on the customer&apos;s card</source>
        <translation>nicio adresă de e-mail validă în fișa clientului</translation>
    </message>
</context>
<context>
    <name>ReminderFlags</name>
    <message>
        <source>Payment reminders</source>
        <translation>Somații de plată</translation>
    </message>
    <message>
        <source>&amp;Never send reminders</source>
        <translation>&amp;Nu trimite niciodată memento-uri</translation>
    </message>
    <message>
        <source>The customer is left out of every reminder run</source>
        <translation>Clientul este omis din fiecare rundă de memento-uri</translation>
    </message>
    <message>
        <source>In &amp;dispute</source>
        <translation>În &amp;litigiu</translation>
    </message>
    <message>
        <source>No reminder goes while the dispute lasts; untick it once it is settled</source>
        <translation>Niciun memento nu pleacă cât durează litigiul; debifați după ce s-a rezolvat</translation>
    </message>
    <message>
        <source>Only a user who may post documents changes these</source>
        <translation>Doar un utilizator care poate înregistra documente le schimbă</translation>
    </message>
</context>
<context>
    <name>ReminderLevelsTab</name>
    <message>
        <source>A customer whose invoice is overdue gets the reminder of the level it has reached, one level at a time and never the same level twice. Negative days send a friendly notice before the due date.</source>
        <translation>Un client cu o factură restantă primește memento-ul nivelului atins, câte un nivel pe rând și niciodată același nivel de două ori. Zilele negative trimit o notificare prietenoasă înainte de scadență.</translation>
    </message>
    <message>
        <source>Reminder levels</source>
        <translation>Niveluri de memento</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation>Zile după scadență</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Taxă</translation>
    </message>
    <message>
        <source>Attach the invoices</source>
        <translation>Atașează facturile</translation>
    </message>
    <message>
        <source>Attach the open-items statement</source>
        <translation>Atașează extrasul de solduri deschise</translation>
    </message>
    <message>
        <source>&amp;Add a level</source>
        <translation>&amp;Adaugă un nivel</translation>
    </message>
    <message>
        <source>Remove the &amp;last level</source>
        <translation>Elimină &amp;ultimul nivel</translation>
    </message>
    <message>
        <source>Problems of the reminder levels</source>
        <translation>Problemele nivelurilor de memento</translation>
    </message>
    <message>
        <source>Least amount for a reminder</source>
        <translation>Suma minimă pentru un memento</translation>
    </message>
    <message>
        <source>A customer owing less than this overdue (less money on account) gets none</source>
        <translation>Un client care datorează restant mai puțin de atât (minus avansurile) nu primește niciunul</translation>
    </message>
    <message>
        <source>Problem with the least amount</source>
        <translation>Problemă cu suma minimă</translation>
    </message>
    <message>
        <source>Least amount for a &amp;reminder:</source>
        <translation>Suma minimă pentru un &amp;memento:</translation>
    </message>
    <message>
        <source>Days after the due date, level %1</source>
        <translation>Zile după scadență, nivelul %1</translation>
    </message>
    <message>
        <source>Fee, level %1</source>
        <translation>Taxă, nivelul %1</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more, e.g. 5.00</source>
        <translation>Introduceți o sumă de zero sau mai mult, de ex. 5,00</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivelul %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>zile</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>taxă</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subiect</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Language of the words</source>
        <translation>Limba textului</translation>
    </message>
    <message>
        <source>Restore &amp;bundled words</source>
        <translation>Restabilește textul &amp;inclus</translation>
    </message>
    <message>
        <source>Reminder subject</source>
        <translation>Subiectul memento-ului</translation>
    </message>
    <message>
        <source>Reminder text</source>
        <translation>Textul memento-ului</translation>
    </message>
    <message>
        <source>Problem with the subject</source>
        <translation>Problemă cu subiectul</translation>
    </message>
    <message>
        <source>Problem with the text</source>
        <translation>Problemă cu textul</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Substituenți: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limba:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subiect:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Words of level %1</source>
        <translation>Textul nivelului %1</translation>
    </message>
    <message>
        <source>Your own words</source>
        <translation>Textul dumneavoastră</translation>
    </message>
    <message>
        <source>The bundled words</source>
        <translation>Textul inclus</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Employee report by email</source>
        <translation>Raportul angajatului prin e-mail</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De la</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Până la</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurați dintr-o copie de rezervă</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copie de rezervă</translation>
    </message>
    <message>
        <source>New ledger file</source>
        <translation>Fișier nou de registru</translation>
    </message>
    <message>
        <source>The backup becomes a new ledger; the books open now are not touched. Messages that were still to go when the backup was taken wait in the email queue for you to decide, so none goes out twice.</source>
        <translation>Copia de rezervă devine un registru nou; registrele deschise acum nu sunt atinse. Mesajele care mai erau de trimis când s-a făcut copia așteaptă în coada de e-mail decizia dvs., ca niciunul să nu plece de două ori.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurați</translation>
    </message>
    <message>
        <source>&amp;Open the restored ledger</source>
        <translation>&amp;Deschideți registrul restaurat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Răsfoiește…</translation>
    </message>
    <message>
        <source>Backups (*.ledgerpost)</source>
        <translation>Copii de rezervă (*.ledgerpost)</translation>
    </message>
    <message>
        <source>Ledger files (*.sqlite3)</source>
        <translation>Fișiere de registru (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restoring and checking…</source>
        <translation>Se restaurează și se verifică…</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>o oră necunoscută</translation>
    </message>
    <message>
        <source>The backup of %1 is now the ledger %2.</source>
        <translation>Copia de rezervă din %1 este acum registrul %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were still to go: they wait in the email queue for you to decide.</source>
        <translation>
            <numerusform>%n mesaj mai era de trimis: așteaptă în coada de e-mail decizia dvs.</numerusform>
            <numerusform>%n mesaje mai erau de trimis: așteaptă în coada de e-mail decizia dvs.</numerusform>
            <numerusform>%n de mesaje mai erau de trimis: așteaptă în coada de e-mail decizia dvs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s): run Check there.</source>
        <translation>
            <numerusform>Verificarea a găsit %n problemă: rulați Verificare acolo.</numerusform>
            <numerusform>Verificarea a găsit %n probleme: rulați Verificare acolo.</numerusform>
            <numerusform>Verificarea a găsit %n de probleme: rulați Verificare acolo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>The preview could not be made.</source>
        <translation>Previzualizarea nu a putut fi făcută.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send by email</source>
        <translation>Trimite clientului</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>Sending account</source>
        <translation>Cont de trimitere</translation>
    </message>
    <message>
        <source>The account this message goes from; its From address follows</source>
        <translation>Contul de pe care pleacă acest mesaj; adresa expeditorului îl urmează</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Către</translation>
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
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credite</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Trimite din &amp;nou</translation>
    </message>
    <message>
        <source>Send again although already sent</source>
        <translation>Trimite din nou, deși a fost deja trimis</translation>
    </message>
    <message>
        <source>%1 of %2 accepted. %3</source>
        <translation>%1 din %2 acceptați. %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Trimite</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Către</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>S&amp;ubiect</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Atașamente</translation>
    </message>
    <message>
        <source>Statement %1 – %2</source>
        <translation>Extras de cont %1 – %2</translation>
    </message>
    <message>
        <source>Send by email — %1</source>
        <translation>Trimite clientului — %1</translation>
    </message>
    <message>
        <source>(no sender address set)</source>
        <translation>(nicio adresă de expeditor setată)</translation>
    </message>
    <message>
        <source>Already sent on %1 to %2.</source>
        <translation>Deja trimis la %1 către %2.</translation>
    </message>
    <message>
        <source>Already in the outbox since %1 for %2.</source>
        <translation>Deja în coada de trimitere din %1, pentru %2.</translation>
    </message>
    <message>
        <source>Employee report %1 – %2</source>
        <translation>Raportul angajatului %1 – %2</translation>
    </message>
    <message>
        <source>Open items %1 – %2</source>
        <translation>Facturi neachitate %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n disponibil</numerusform>
            <numerusform>%n disponibile</numerusform>
            <numerusform>%n de disponibile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this message costs %n</source>
        <translation>
            <numerusform>acest mesaj costă %n</numerusform>
            <numerusform>acest mesaj costă %n</numerusform>
            <numerusform>acest mesaj costă %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Programează</translation>
    </message>
    <message>
        <source>Putting the message in the outbox…</source>
        <translation>Se pune mesajul în coada de trimitere…</translation>
    </message>
    <message>
        <source>Nothing was put in the outbox: %1</source>
        <translation>Nu s-a pus nimic în coada de trimitere: %1</translation>
    </message>
</context>
<context>
    <name>SendLater</name>
    <message>
        <source>Send &amp;later:</source>
        <translation>Trimite mai &amp;târziu:</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Trimite mai târziu</translation>
    </message>
    <message>
        <source>Date and time to send</source>
        <translation>Data și ora trimiterii</translation>
    </message>
    <message>
        <source>The time to send is already past: choose a later one.</source>
        <translation>Ora trimiterii a trecut deja: alegeți una mai târzie.</translation>
    </message>
</context>
<context>
    <name>SentReportModel</name>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livrare</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Pus în coadă</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Către</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Răspunsul serverului</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
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
        <translation>Mesaje trimise</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Către</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Toți</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Toți partenerii</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afișează</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportă CSV…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioada</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Numărători</translation>
    </message>
    <message>
        <source>No messages in this period for this user and party.</source>
        <translation>Niciun mesaj în această perioadă pentru acest utilizator și acest partener.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioada se termină înainte să înceapă.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mesaj</numerusform>
            <numerusform>%n mesaje</numerusform>
            <numerusform>%n de mesaje</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sent messages</source>
        <translation>Exportă mesajele trimise</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvat în %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Fișierul nu a putut fi scris: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Paginile setărilor</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Sending &amp;accounts</source>
        <translation>&amp;Conturi de trimitere</translation>
    </message>
    <message>
        <source>Messa&amp;ges</source>
        <translation>&amp;Mesaje</translation>
    </message>
    <message>
        <source>How messages leave the outbox. While you try things out, set a test address: then nothing reaches a customer.</source>
        <translation>Cum pleacă mesajele din coadă. Cât timp încercați, setați o adresă de test: atunci nimic nu ajunge la client.</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation>&amp;Trimitere</translation>
    </message>
    <message>
        <source>Each message the server accepts uses one credit; credits are bought in packages of this size and price.</source>
        <translation>Fiecare mesaj acceptat de server consumă un credit; creditele se cumpără în pachete de această mărime și preț.</translation>
    </message>
    <message>
        <source>C&amp;redits</source>
        <translation>C&amp;redite</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>&amp;Memento-uri</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limba</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Starea salvării</translation>
    </message>
    <message>
        <source>Nothing was saved: the %1 message in %2 has problems, shown in red; correct them or restore the default.</source>
        <translation>Nu s-a salvat nimic: mesajul „%1” în %2 are probleme, marcate cu roșu; corectați-le sau restabiliți textul implicit.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Setări salvate.</translation>
    </message>
    <message>
        <source>Settings saved. %1</source>
        <translation>Setări salvate. %1</translation>
    </message>
    <message>
        <source>The settings could not be saved because of an unexpected error.</source>
        <translation>Setările nu au putut fi salvate din cauza unei erori neașteptate.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nu s-a salvat nimic: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n value(s) need a correction, shown in red.</source>
        <translation>
            <numerusform>Nu s-a salvat nimic: %n valoare trebuie corectată, marcată cu roșu.</numerusform>
            <numerusform>Nu s-a salvat nimic: %n valori trebuie corectate, marcate cu roșu.</numerusform>
            <numerusform>Nu s-a salvat nimic: %n de valori trebuie corectate, marcate cu roșu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Conectare</translation>
    </message>
    <message>
        <source>Sign in with a code on another device</source>
        <translation>Conectare cu un cod pe alt dispozitiv</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anulați conectarea</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Starea conectării</translation>
    </message>
    <message>
        <source>Open %1 on any device and enter the code %2.</source>
        <translation>Deschideți %1 pe orice dispozitiv și introduceți codul %2.</translation>
    </message>
</context>
<context>
    <name>SmtpTab</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (de obicei portul 587)</translation>
    </message>
    <message>
        <source>SSL/TLS from the start (usually port 465)</source>
        <translation>SSL/TLS de la început (de obicei portul 465)</translation>
    </message>
    <message>
        <source>None: no encryption (local servers only, port 25)</source>
        <translation>Fără: necriptat (doar servere locale, portul 25)</translation>
    </message>
    <message>
        <source>Security hint</source>
        <translation>Indicație de securitate</translation>
    </message>
    <message>
        <source>Problem with the security</source>
        <translation>Problemă cu securitatea</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Lăsați gol pentru a păstra parola salvată</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the books. Type it only to change it.</source>
        <translation>Păstrată în portofelul de chei al sistemului, niciodată în contabilitate. Tastați-o doar pentru a o schimba.</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Unde este păstrată parola</translation>
    </message>
    <message>
        <source>Problem with the password</source>
        <translation>Problemă cu parola</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alege…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Alegeți un fișier CA</translation>
    </message>
    <message>
        <source>Your password would travel unencrypted and could be read on the way. Tick this only for a mail server on your own local network.</source>
        <translation>Parola ar circula necriptată și ar putea fi citită pe drum. Bifați doar pentru un server de e-mail din rețeaua locală proprie.</translation>
    </message>
    <message>
        <source>Warning about unencrypted sign-in</source>
        <translation>Avertisment despre autentificarea necriptată</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testează conexiunea</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testează conexiunea</translation>
    </message>
    <message>
        <source>Connect, encrypt and sign in with the settings as typed, without sending</source>
        <translation>Conectare, criptare și autentificare cu setările introduse, fără trimitere</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Rezultatul testului de conexiune</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>empty: the sender name on the Company tab</source>
        <translation>gol: numele expeditorului din fila „Firma”</translation>
    </message>
    <message>
        <source>empty: the sender address on the Company tab</source>
        <translation>gol: adresa expeditorului din fila „Firma”</translation>
    </message>
    <message>
        <source>empty: the sending user&apos;s address, else the Company tab&apos;s Reply-To</source>
        <translation>gol: adresa utilizatorului care trimite, altfel „Răspuns la” din fila „Firma”</translation>
    </message>
    <message>
        <source>Port 587 expects STARTTLS; choose STARTTLS, or SSL on port 465.</source>
        <translation>Portul 587 așteaptă STARTTLS; alegeți STARTTLS sau SSL pe portul 465.</translation>
    </message>
    <message>
        <source>Port 465 expects SSL; choose SSL, or STARTTLS on port 587.</source>
        <translation>Portul 465 așteaptă SSL; alegeți SSL sau STARTTLS pe portul 587.</translation>
    </message>
    <message>
        <source>Nothing is encrypted (usually port 25): use this only for a mail server on your own network. Most providers want STARTTLS on 587 or SSL on 465.</source>
        <translation>Nimic nu este criptat (de obicei portul 25): folosiți doar pentru un server de e-mail din rețeaua proprie. Majoritatea furnizorilor cer STARTTLS pe 587 sau SSL pe 465.</translation>
    </message>
    <message>
        <source>The connection is encrypted from the first byte; usually port 465.</source>
        <translation>Conexiunea este criptată de la primul octet; de obicei portul 465.</translation>
    </message>
    <message>
        <source>The connection starts plain and is encrypted before signing in; usually port 587.</source>
        <translation>Conexiunea începe necriptată și este criptată înainte de autentificare; de obicei portul 587.</translation>
    </message>
    <message>
        <source>Choose the certificate to trust</source>
        <translation>Alegeți certificatul de încredere</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificate (*.pem *.crt *.cer);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Testing the connection… (up to %1 seconds)</source>
        <translation>Se testează conexiunea… (până la %1 secunde)</translation>
    </message>
    <message>
        <source>✘ The test stopped on an unexpected error.</source>
        <translation>✘ Testul s-a oprit din cauza unei erori neașteptate.</translation>
    </message>
</context>
<context>
    <name>StatementPeriod</name>
    <message>
        <source>Statement of account by email</source>
        <translation>Extras de cont prin e-mail</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formă</translation>
    </message>
    <message>
        <source>Every movement of the period</source>
        <translation>Toate mișcările perioadei</translation>
    </message>
    <message>
        <source>What is open at the period&apos;s end</source>
        <translation>Ce este deschis la sfârșitul perioadei</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Extras</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Kind of message</source>
        <translation>Tipul mesajului</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>Whose wording this is</source>
        <translation>Al cui este textul</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Restabilește implicit</translation>
    </message>
    <message>
        <source>Restore the default wording</source>
        <translation>Restabilește textul implicit</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Textul mesajului</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Formula de încheiere</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Semnătura</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Câmpuri variabile</translation>
    </message>
    <message>
        <source>Click one to put it in at the cursor</source>
        <translation>Faceți clic pentru a-l insera la cursor</translation>
    </message>
    <message>
        <source>Preview of the subject</source>
        <translation>Previzualizarea subiectului</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Previzualizarea mesajului</translation>
    </message>
    <message>
        <source>Problem with the templates</source>
        <translation>Problemă cu șabloanele</translation>
    </message>
    <message>
        <source>Message for:</source>
        <translation>Mesaj pentru:</translation>
    </message>
    <message>
        <source>in</source>
        <translation>în</translation>
    </message>
    <message>
        <source>Placeholders (click to insert)</source>
        <translation>Câmpuri variabile (clic pentru inserare)</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Previzualizare cu valori de exemplu</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>Extras de cont client</translation>
    </message>
    <message>
        <source>Customer statement, open items</source>
        <translation>Extras de cont, facturi neachitate</translation>
    </message>
    <message>
        <source>Employee report</source>
        <translation>Raport pentru angajat</translation>
    </message>
    <message>
        <source>the customer&apos;s, supplier&apos;s or employee&apos;s name</source>
        <translation>numele clientului, furnizorului sau angajatului</translation>
    </message>
    <message>
        <source>the document number</source>
        <translation>numărul documentului</translation>
    </message>
    <message>
        <source>the document date</source>
        <translation>data documentului</translation>
    </message>
    <message>
        <source>the total with its currency</source>
        <translation>totalul cu moneda</translation>
    </message>
    <message>
        <source>the date payment is due</source>
        <translation>data scadenței</translation>
    </message>
    <message>
        <source>your company&apos;s name</source>
        <translation>numele firmei dvs.</translation>
    </message>
    <message>
        <source>the period the statement or report covers</source>
        <translation>perioada acoperită de extras sau raport</translation>
    </message>
    <message>
        <source>the letter&apos;s own subject</source>
        <translation>subiectul propriu al scrisorii</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Textul dvs.</translation>
    </message>
    <message>
        <source>Default wording</source>
        <translation>Text implicit</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subiect: %1</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Message just sent</source>
        <translation>Mesaj tocmai trimis</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>Undo: do not send the message</source>
        <translation>Anulează: nu trimite mesajul</translation>
    </message>
    <message>
        <source>Close the bar</source>
        <translation>Închide bara</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 către %2</translation>
    </message>
    <message>
        <source>%1 will be sent on %2.</source>
        <translation>%1 va fi trimis la %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 goes in %n s.</source>
        <translation>
            <numerusform>%1 pleacă în %n s.</numerusform>
            <numerusform>%1 pleacă în %n s.</numerusform>
            <numerusform>%1 pleacă în %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on its way.</source>
        <translation>%1 este pe drum.</translation>
    </message>
    <message>
        <source>Taking the message back…</source>
        <translation>Se retrage mesajul…</translation>
    </message>
    <message>
        <source>Undone: %1 will not be sent.</source>
        <translation>Anulat: %1 nu va fi trimis.</translation>
    </message>
    <message>
        <source>Too late to undo: %1 has already been sent.</source>
        <translation>Prea târziu pentru anulare: %1 a fost deja trimis.</translation>
    </message>
    <message>
        <source>Too late to undo: %1 is being sent right now.</source>
        <translation>Prea târziu pentru anulare: %1 se trimite chiar acum.</translation>
    </message>
    <message>
        <source>Could not undo: %1 is now “%2”.</source>
        <translation>Nu s-a putut anula: %1 este acum „%2”.</translation>
    </message>
    <message>
        <source>Could not undo: %1 is no longer in the outbox.</source>
        <translation>Nu s-a putut anula: %1 nu mai este în coadă.</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>Nu s-a putut anula %1: %2</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Utilizator nou</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilizatorul %1</translation>
    </message>
    <message>
        <source>Replies to the messages this user sends go here</source>
        <translation>Răspunsurile la mesajele acestui utilizator ajung aici</translation>
    </message>
    <message>
        <source>Closes the messages this user sends</source>
        <translation>Încheie mesajele trimise de acest utilizator</translation>
    </message>
    <message>
        <source>Active (may log in)</source>
        <translation>Activ (se poate autentifica)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Autentificare</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nume</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Semnătura</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repetați parola</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>&amp;Parola (opțională)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repetați-o</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Drepturi</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Cele două parole diferă.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Login</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Drepturi</translation>
    </message>
    <message>
        <source>set</source>
        <translation>setată</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>Toate drepturile</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciunul</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and rights</source>
        <translation>Utilizatori și drepturi</translation>
    </message>
    <message>
        <source>While no one has a password, LedgerPost opens without asking. From the first password on, everyone logs in: set your own password first.</source>
        <translation>Cât timp nimeni nu are parolă, LedgerPost se deschide fără întrebări. De la prima parolă, toți se autentifică: setați-vă mai întâi propria parolă.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Adaugă utilizator…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Setează &amp;parola…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Dezactivează</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilizatori</translation>
    </message>
    <message>
        <source>Everyone logs in with a login name and a password; a user without a password cannot log in until one is set.</source>
        <translation>Toți se autentifică cu numele de autentificare și o parolă; un utilizator fără parolă nu se poate autentifica până nu i se setează una.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
</context>
<context>
    <name>VatReportPage</name>
    <message>
        <source>Period</source>
        <translation>Perioada</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Luna trecută</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestrul trecut</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Trimestrul acesta</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anul trecut</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Alte date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Către</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afișează</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salvează ca &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Salvează ca &amp;CSV…</translation>
    </message>
    <message>
        <source>Net VAT due</source>
        <translation>TVA de plată</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Cotă</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>Bază de impozitare</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>Valoare TVA</translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation>TVA pe cote</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>Documents of the rate</source>
        <translation>Documentele cotei</translation>
    </message>
    <message>
        <source>Choose a rate to see the documents that make it.</source>
        <translation>Alegeți o cotă pentru a vedea documentele ei.</translation>
    </message>
    <message>
        <source>VAT report</source>
        <translation>Raport TVA</translation>
    </message>
    <message>
        <source>VAT to pay for the period: %1</source>
        <translation>TVA de plată pentru perioadă: %1</translation>
    </message>
    <message>
        <source>VAT to reclaim for the period: %1</source>
        <translation>TVA de recuperat pentru perioadă: %1</translation>
    </message>
    <message>
        <source>No invoice, credit note or purchase invoice in %1 in this period.</source>
        <translation>Nicio factură, notă de credit sau factură de achiziție în %1 în această perioadă.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with VAT in this period</source>
        <translation>
            <numerusform>%n document cu TVA în această perioadă</numerusform>
            <numerusform>%n documente cu TVA în această perioadă</numerusform>
            <numerusform>%n de documente cu TVA în această perioadă</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents in %1 have VAT in this period too: choose the currency to see their report.</source>
        <translation>Și documentele în %1 au TVA în această perioadă: alegeți moneda pentru a vedea raportul lor.</translation>
    </message>
    <message>
        <source>Output VAT (sales)</source>
        <translation>TVA colectată (vânzări)</translation>
    </message>
    <message>
        <source>Input VAT (purchases)</source>
        <translation>TVA deductibilă (achiziții)</translation>
    </message>
    <message>
        <source>%1, total</source>
        <translation>%1, total</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n document(s)</source>
        <translation>
            <numerusform>%1 la %2: %n document</numerusform>
            <numerusform>%1 la %2: %n documente</numerusform>
            <numerusform>%1 la %2: %n de documente</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factură</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Factură de stornare</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>Factură primită</translation>
    </message>
    <message>
        <source>Save the VAT report as PDF</source>
        <translation>Salvați raportul TVA ca PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the VAT report as CSV</source>
        <translation>Salvați raportul TVA ca CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvat în %1</translation>
    </message>
</context>
<context>
    <name>VoucherAllocations</name>
    <message>
        <source>Allocations</source>
        <translation>Alocări</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factură</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>Reversed on</source>
        <translation>Anulată la</translation>
    </message>
    <message>
        <source>&amp;Reverse allocation</source>
        <translation>&amp;Anulează alocarea</translation>
    </message>
    <message>
        <source>The invoice is open again and the money on account, from today</source>
        <translation>De azi factura este din nou neachitată, iar banii rămân în cont ca avans</translation>
    </message>
</context>
<context>
    <name>VoucherFields</name>
    <message>
        <source>e.g. 150.00</source>
        <translation>de ex. 150,00</translation>
    </message>
    <message>
        <source>The bank account the money went through (cash goes through none)</source>
        <translation>Contul bancar prin care au trecut banii (numerarul nu trece prin niciunul)</translation>
    </message>
    <message>
        <source>bank statement line, cash book number…</source>
        <translation>rând din extras, număr din registrul de casă…</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Paid to</source>
        <translation>&amp;Plătit către</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Amount received</source>
        <translation>Sum&amp;a încasată</translation>
    </message>
    <message>
        <source>&amp;Amount paid</source>
        <translation>Sum&amp;a plătită</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Exchange &amp;rate</source>
        <translation>&amp;Curs de schimb</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>M&amp;etodă</translation>
    </message>
    <message>
        <source>&amp;Bank account</source>
        <translation>Cont &amp;bancar</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referință</translation>
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
        <translation>Acceptat de server</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Întârziat</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrat</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Citit</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Respins</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Toate rezultatele</translation>
    </message>
    <message>
        <source>%1: refused – %2</source>
        <translation>%1: refuzat – %2</translation>
    </message>
    <message>
        <source>%1: no answer yet</source>
        <translation>%1: încă niciun răspuns</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>%1 could not be used: %2</source>
        <translation>%1 nu a putut fi folosit: %2</translation>
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
        <translation>Facturi emise</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Facturi de stornare</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Oferte</translation>
    </message>
    <message>
        <source>Receipt vouchers</source>
        <translation>Chitanțe</translation>
    </message>
    <message>
        <source>Payment vouchers</source>
        <translation>Dispoziții de plată</translation>
    </message>
    <message>
        <source>Purchase invoices</source>
        <translation>Facturi primite</translation>
    </message>
    <message>
        <source>Customer letters</source>
        <translation>Scrisori către clienți</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>Somații de plată</translation>
    </message>
    <message>
        <source>Sales invoice</source>
        <translation>Factură</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Factură de stornare</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Ofertă</translation>
    </message>
    <message>
        <source>Receipt voucher</source>
        <translation>Chitanță</translation>
    </message>
    <message>
        <source>Payment voucher</source>
        <translation>Dispoziție de plată</translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation>Factură primită</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>Scrisoare către client</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Somație de plată</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ciornă</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Înregistrat</translation>
    </message>
    <message>
        <source>Held (send later)</source>
        <translation>Reținut (trimitere ulterioară)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Așteaptă trimiterea</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Se trimite</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation>Se va reîncerca</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuat</translation>
    </message>
    <message>
        <source>Uncertain: may have arrived</source>
        <translation>Incert: poate a ajuns</translation>
    </message>
    <message>
        <source>Waiting for credits</source>
        <translation>Așteaptă credite</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Netrimis</translation>
    </message>
    <message>
        <source>Waiting in the email queue</source>
        <translation>Așteaptă în coada de e-mailuri</translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation>Trimis prin e-mail</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Trimiterea a eșuat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Neachitată</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Plătită parțial</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plătită</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Restantă</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bancar</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Numerar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Furnizori</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Angajați</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Furnizor</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Angajat</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturi</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Extrase de cont</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>hidden contact</source>
        <translation>contact ascuns</translation>
    </message>
    <message>
        <source>Available: the balance less one credit for each message still waiting in the email queue. The Message credits page shows the whole balance.</source>
        <translation>Disponibil: soldul minus un credit pentru fiecare mesaj care încă așteaptă în coada de e-mailuri. Pagina „Credite de mesaje” arată soldul întreg.</translation>
    </message>
    <message>
        <source>Post documents</source>
        <translation>Înregistrare documente</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>Trimitere e-mailuri</translation>
    </message>
    <message>
        <source>See contact addresses</source>
        <translation>Vizualizare adrese de contact</translation>
    </message>
    <message>
        <source>Manage settings</source>
        <translation>Gestionare setări</translation>
    </message>
    <message>
        <source>Manage credits</source>
        <translation>Gestionare credite</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Gestionare utilizatori</translation>
    </message>
</context>
<context>
    <name>mailbox</name>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n livrat</numerusform>
            <numerusform>%n livrate</numerusform>
            <numerusform>%n livrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delayed</source>
        <translation>
            <numerusform>%n întârziat</numerusform>
            <numerusform>%n întârziate</numerusform>
            <numerusform>%n întârziate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bounced</source>
        <translation>
            <numerusform>%n respins</numerusform>
            <numerusform>%n respinse</numerusform>
            <numerusform>%n respinse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n citit</numerusform>
            <numerusform>%n citite</numerusform>
            <numerusform>%n citite</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbox %1 not checked: %2</source>
        <translation>Căsuța %1 nu a fost verificată: %2</translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>Open items %1 – %2</source>
        <translation>Facturi neachitate %1 – %2</translation>
    </message>
    <message>
        <source>Employee report %1 – %2</source>
        <translation>Raportul angajatului %1 – %2</translation>
    </message>
    <message>
        <source>Statement %1 – %2</source>
        <translation>Extras de cont %1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 accepted</source>
        <translation>%1 din %2 acceptați</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Către</translation>
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
        <translation>%1 %2: acceptat</translation>
    </message>
    <message>
        <source>%1 %2: refused – %3</source>
        <translation>%1 %2: refuzat – %3</translation>
    </message>
    <message>
        <source>%1 %2: no answer yet</source>
        <translation>%1 %2: încă niciun răspuns</translation>
    </message>
    <message>
        <source>queued %1 by %2</source>
        <translation>pus în coadă la %1 de %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Refused for good. If an address is wrong, cancel this message and send the document again with the right one; if the trouble is over, send it again.</source>
        <translation>Refuzat definitiv. Dacă o adresă este greșită, anulați acest mesaj și trimiteți din nou documentul la adresa corectă; dacă problema a trecut, trimiteți din nou.</translation>
    </message>
    <message>
        <source>The server may have received it. Send it again (it keeps its Message-ID, so most mail programs show it only once) or, if the customer has it, mark it as sent.</source>
        <translation>Serverul l-a primit poate. Trimiteți-l din nou (își păstrează Message-ID, deci majoritatea programelor de e-mail îl arată o singură dată) sau, dacă clientul îl are, marcați-l ca trimis.</translation>
    </message>
    <message>
        <source>A passing problem: it is tried again at %1.</source>
        <translation>O problemă trecătoare: se reîncearcă la %1.</translation>
    </message>
    <message>
        <source>It goes as soon as message credits are topped up.</source>
        <translation>Pleacă imediat ce se reîncarcă creditele.</translation>
    </message>
    <message>
        <source>Held until %1. Send it now or cancel it.</source>
        <translation>Reținut până la %1. Trimiteți-l acum sau anulați-l.</translation>
    </message>
    <message>
        <source>It goes with the next delivery round.</source>
        <translation>Pleacă la următoarea rundă de livrare.</translation>
    </message>
    <message>
        <source>On its way to the server.</source>
        <translation>În drum spre server.</translation>
    </message>
    <message>
        <source>Accepted by the server at %1.</source>
        <translation>Acceptat de server la %1.</translation>
    </message>
    <message>
        <source>Cancelled: it will not be sent.</source>
        <translation>Anulat: nu va fi trimis.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waiting, next at %2</source>
        <translation>
            <numerusform>%1: %n așteaptă, următorul la %2</numerusform>
            <numerusform>%1: %n așteaptă, următorul la %2</numerusform>
            <numerusform>%1: %n așteaptă, următorul la %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing waiting</source>
        <translation>%1: nimic nu așteaptă</translation>
    </message>
    <message numerus="yes">
        <source>throttled %n time(s) today</source>
        <translation>
            <numerusform>încetinit azi (%n dată)</numerusform>
            <numerusform>încetinit de %n ori azi</numerusform>
            <numerusform>încetinit de %n de ori azi</numerusform>
        </translation>
    </message>
    <message>
        <source>the server asked to wait until %1</source>
        <translation>serverul a cerut să se aștepte până la %1</translation>
    </message>
    <message>
        <source>Waiting for its turn at the sending pace: planned for %1.</source>
        <translation>Își așteaptă rândul în ritmul de trimitere: planificat pentru %1.</translation>
    </message>
    <message>
        <source>Waiting for its turn at the pace of %1: planned for %2.</source>
        <translation>Își așteaptă rândul în ritmul contului %1: planificat pentru %2.</translation>
    </message>
    <message numerus="yes">
        <source>The server throttled this account %n time(s) today (nothing failed).</source>
        <translation>
            <numerusform>Serverul a încetinit azi acest cont (%n dată; nimic nu a eșuat).</numerusform>
            <numerusform>Serverul a încetinit azi acest cont de %n ori (nimic nu a eșuat).</numerusform>
            <numerusform>Serverul a încetinit azi acest cont de %n de ori (nimic nu a eșuat).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Mail server</source>
        <translation>Server de e-mail</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Securitate</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nume de utilizator</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adresa expeditorului</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Numele expeditorului</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Răspuns la</translation>
    </message>
    <message>
        <source>Trusted certificate (CA file)</source>
        <translation>Certificat de încredere (fișier CA)</translation>
    </message>
    <message>
        <source>Allow the password without encryption</source>
        <translation>Permite parola fără criptare</translation>
    </message>
    <message>
        <source>Wait before sending (seconds)</source>
        <translation>Așteptare înainte de trimitere (secunde)</translation>
    </message>
    <message>
        <source>Test mode: send everything to</source>
        <translation>Mod de test: trimite totul la</translation>
    </message>
    <message>
        <source>Largest message (MB)</source>
        <translation>Cel mai mare mesaj (MB)</translation>
    </message>
    <message>
        <source>Credits in one package</source>
        <translation>Credite într-un pachet</translation>
    </message>
    <message>
        <source>Price of one package</source>
        <translation>Prețul unui pachet</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
</context>
</TS>
