<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AddressField</name>
    <message>
        <source>contact person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: addresses on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print copy (being made…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (print copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1; the limit is %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchChoice</name>
    <message>
        <source>What to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again documents that were already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the messages and their cost; send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to send, then Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop adding to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is already queued stays queued and is sent; the rest is not queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ause sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel messages not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch being sent goes on in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice changed: Preview again before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every document of the range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>balance: %n credit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n document(s), with the reason</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the messages in the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the message being queued…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) put in the outbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n document(s) were not queued. Preview and Send the same range again to queue them; those already queued are skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preview again to send another batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing stopped by an error. Messages already queued stay in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1 message(s) held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed: %1 message(s) will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n message(s) of this batch not yet sent? They will not be sent. Messages already on their way to the server still go.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 message(s) will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not posted yet: drafts are not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already sent (tick “Send again” to send it once more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid e-mail address on the customer&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you can close this window; sending goes on in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: Resume to send the rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until a new invoice is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of documents for parties that have none of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency the books are kept in; it cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the books:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when the Mail server tab names no From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when neither the document nor the Mail server tab names one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of at most %1 KB; it prints at the top of documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture cannot be read; save it again as PNG or JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditsPage</name>
    <message>
        <source>Message credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits left · one is spent for each message the server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice or receipt number of the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a user with the right to manage credits can top up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait for credits and go as soon as you top up.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>One package: %1 credits for %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 credits with the reference “%2”? Credit entries are kept for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 credits. The balance is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclaredField</name>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the addresses on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net %1   VAT %2   Total %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a party first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>e.g. 5-17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, pages and dialogs speak this language; Arabic also turns the window right to left. Documents and messages go out in each customer&apos;s own language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LedgerPost — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LedgerPost — no company yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mail: no server set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail: online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagePane</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words of your own, shown above the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (goes on top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message (changes apply to this send only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageViewDialog</name>
    <message>
        <source>Message as sent — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind copies travel only in the envelope, never in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCC (envelope only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as handed to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Email queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held (send later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a message to see what the server said.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the chosen failed or uncertain messages again (same Message-ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a held message without waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send the chosen messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has the message: record an uncertain one as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact message as it went to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will go now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will not be sent. They stay in the queue as cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n message(s) as sent only if you know the customer received it (for example, they confirmed it).

It then counts as sent, one credit is spent for each, and it will not be sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This message has not been put together yet: that happens when it is first sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again although already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by email — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sender address set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sent on %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the outbox since %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this message costs %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Tick “Send again” to send it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the message in the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was put in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendLater</name>
    <message>
        <source>Send &amp;later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to send is already past: choose a later one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentReportModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentReportPage</name>
    <message>
        <source>Sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messa&amp;ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How messages leave the outbox. While you try things out, set a test address: then nothing reaches a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each message the server accepts uses one credit; credits are bought in packages of this size and price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the %1 message in %2 has problems, shown in red; correct them or restore the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved because of an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n value(s) need a correction, shown in red.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpTab</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS from the start (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no encryption (local servers only, port 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the books. Type it only to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password would travel unencrypted and could be read on the way. Tick this only for a mail server on your own local network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about unencrypted sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect, encrypt and sign in with the settings as typed, without sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 587 expects STARTTLS; choose STARTTLS, or SSL on port 465.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 465 expects SSL; choose SSL, or STARTTLS on port 587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is encrypted (usually port 25): use this only for a mail server on your own network. Most providers want STARTTLS on 587 or SSL on 465.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is encrypted from the first byte; usually port 465.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection starts plain and is encrypted before signing in; usually port 587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection… (up to %1 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The test stopped on an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Kind of message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose wording this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click one to put it in at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders (click to insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s, supplier&apos;s or employee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total with its currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date payment is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your company&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period the statement or report covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter&apos;s own subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Message just sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: do not send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be sent on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 goes in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the message back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to undo: %1 has already been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to undo: %1 is being sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo: %1 is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo: %1 is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>LedgerPost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Sales invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held (send later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain: may have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>Statement %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for good. If an address is wrong, cancel this message and send the document again with the right one; if the trouble is over, send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may have received it. Send it again (it keeps its Message-ID, so most mail programs show it only once) or, if the customer has it, mark it as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passing problem: it is tried again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes as soon as message credits are topped up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until %1. Send it now or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes with the next delivery round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its way to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate (CA file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the password without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before sending (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode: send everything to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest message (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits in one package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of one package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
