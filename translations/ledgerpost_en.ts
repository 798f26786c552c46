<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgeingPage</name>
    <message numerus="yes">
        <source>%n party(ies) with open items</source>
        <translation>
            <numerusform>%n party with open items</numerusform>
            <numerusform>%n parties with open items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <source>%n message(s) to send</source>
        <translation>
            <numerusform>%n message to send</numerusform>
            <numerusform>%n messages to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>cost: %n credit</numerusform>
            <numerusform>cost: %n credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>available: %n credit</numerusform>
            <numerusform>available: %n credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n message will wait until credits are added.</numerusform>
            <numerusform>%n messages will wait until credits are added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n document(s), with the reason</source>
        <translation>
            <numerusform>Skipped: %n document, with the reason</numerusform>
            <numerusform>Skipped: %n documents, with the reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) put in the outbox.</source>
        <translation>
            <numerusform>%n message put in the outbox.</numerusform>
            <numerusform>%n messages put in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n document(s) were not queued. Preview and Send the same range again to queue them; those already queued are skipped.</source>
        <translation>
            <numerusform>Stopped: %n document was not queued. Preview and Send the same range again to queue it; those already queued are skipped.</numerusform>
            <numerusform>Stopped: %n documents were not queued. Preview and Send the same range again to queue them; those already queued are skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunBox</name>
    <message numerus="yes">
        <source>Cancel the %n message(s) of this batch not yet sent? They will not be sent. Messages already on their way to the server still go.</source>
        <translation>
            <numerusform>Cancel the %n message of this batch not yet sent? It will not be sent. Messages already on their way to the server still go.</numerusform>
            <numerusform>Cancel the %n messages of this batch not yet sent? They will not be sent. Messages already on their way to the server still go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BooksPage</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreditsPage</name>
    <message numerus="yes">
        <source>%n message(s) wait for credits and go as soon as you top up.</source>
        <translation>
            <numerusform>%n message waits for credits and goes as soon as you top up.</numerusform>
            <numerusform>%n messages wait for credits and go as soon as you top up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryStatusLabel</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) wait for you: open Settings</source>
        <translation>
            <numerusform>%n account waits for you: open Settings</numerusform>
            <numerusform>%n accounts wait for you: open Settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message numerus="yes">
        <source>Backed up to %1, but the check found %n problem(s): run Check.</source>
        <translation>
            <numerusform>Backed up to %1, but the check found %n problem: run Check.</numerusform>
            <numerusform>Backed up to %1, but the check found %n problems: run Check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n document(s) created.</source>
        <translation>
            <numerusform>%n document created.</numerusform>
            <numerusform>%n documents created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) pass every check.</source>
        <translation>
            <numerusform>%n document passes every check.</numerusform>
            <numerusform>%n documents pass every check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was written. Mend the file and check again.</source>
        <translation>
            <numerusform>%n problem: nothing was written. Mend the file and check again.</numerusform>
            <numerusform>%n problems: nothing was written. Mend the file and check again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalEntriesBox</name>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n draft(s) not posted yet</source>
        <translation>
            <numerusform>; %n draft not posted yet</numerusform>
            <numerusform>; %n drafts not posted yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterBatchDialog</name>
    <message numerus="yes">
        <source>%n letter(s) to send</source>
        <translation>
            <numerusform>%n letter to send</numerusform>
            <numerusform>%n letters to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>cost: %n credit</numerusform>
            <numerusform>cost: %n credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>available: %n credit</numerusform>
            <numerusform>available: %n credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n message will wait until credits are added.</numerusform>
            <numerusform>%n messages will wait until credits are added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n card(s), with the reason</source>
        <translation>
            <numerusform>Left out: %n card, with the reason</numerusform>
            <numerusform>Left out: %n cards, with the reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) made and put in the outbox.</source>
        <translation>
            <numerusform>%n letter made and put in the outbox.</numerusform>
            <numerusform>%n letters made and put in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n card(s) were not reached. Preview and Send again to write to them; those who have the letter get none again.</source>
        <translation>
            <numerusform>Stopped: %n card was not reached. Preview and Send again to write to it; those who have the letter get none again.</numerusform>
            <numerusform>Stopped: %n cards were not reached. Preview and Send again to write to them; those who have the letter get none again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n previewed letter(s) were not queued; Preview again to see why.</source>
        <translation>
            <numerusform>%n previewed letter was not queued; Preview again to see why.</numerusform>
            <numerusform>%n previewed letters were not queued; Preview again to see why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterRecipients</name>
    <message numerus="yes">
        <source>%n card(s) chosen</source>
        <translation>
            <numerusform>%n card chosen</numerusform>
            <numerusform>%n cards chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages chosen</source>
        <translation>
            <numerusform>%n message chosen</numerusform>
            <numerusform>%n messages chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyBalance</name>
    <message numerus="yes">
        <source>(%n day(s) overdue)</source>
        <translation>
            <numerusform>(%n day overdue)</numerusform>
            <numerusform>(%n days overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message numerus="yes">
        <source>%n message(s) will be sent again.</source>
        <translation>
            <numerusform>%n message will be sent again.</numerusform>
            <numerusform>%n messages will be sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will go now.</source>
        <translation>
            <numerusform>%n message will go now.</numerusform>
            <numerusform>%n messages will go now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will not be sent. They stay in the queue as cancelled.</source>
        <translation>
            <numerusform>%n message will not be sent. It stays in the queue as cancelled.</numerusform>
            <numerusform>%n messages will not be sent. They stay in the queue as cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) cancelled.</source>
        <translation>
            <numerusform>%n message cancelled.</numerusform>
            <numerusform>%n messages cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n message(s) as sent only if you know the customer received it (for example, they confirmed it).

It then counts as sent, one credit is spent for each, and it will not be sent again.</source>
        <translation>
            <numerusform>Mark %n message as sent only if you know the customer received it (for example, they confirmed it).

It then counts as sent, one credit is spent for each, and it will not be sent again.</numerusform>
            <numerusform>Mark %n messages as sent only if you know the customer received it (for example, they confirmed it).

It then counts as sent, one credit is spent for each, and it will not be sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation>
            <numerusform>%n message recorded as sent.</numerusform>
            <numerusform>%n messages recorded as sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message numerus="yes">
        <source>%n reminder(s) to send</source>
        <translation>
            <numerusform>%n reminder to send</numerusform>
            <numerusform>%n reminders to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cost: %n credit(s)</source>
        <translation>
            <numerusform>cost: %n credit</numerusform>
            <numerusform>cost: %n credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>available: %n credit(s)</source>
        <translation>
            <numerusform>available: %n credit</numerusform>
            <numerusform>available: %n credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will wait until credits are added.</source>
        <translation>
            <numerusform>%n message will wait until credits are added.</numerusform>
            <numerusform>%n messages will wait until credits are added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n customer(s), with the reason</source>
        <translation>
            <numerusform>Left out: %n customer, with the reason</numerusform>
            <numerusform>Left out: %n customers, with the reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) put in the outbox.</source>
        <translation>
            <numerusform>%n reminder put in the outbox.</numerusform>
            <numerusform>%n reminders put in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n customer(s) were not reached. Preview and Send again to remind them; those already reminded are left out.</source>
        <translation>
            <numerusform>Stopped: %n customer was not reached. Preview and Send again to remind them; those already reminded are left out.</numerusform>
            <numerusform>Stopped: %n customers were not reached. Preview and Send again to remind them; those already reminded are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n previewed reminder(s) were not queued (reminded meanwhile, or the message could not be made); Preview again to see why.</source>
        <translation>
            <numerusform>%n previewed reminder was not queued (reminded meanwhile, or the message could not be made); Preview again to see why.</numerusform>
            <numerusform>%n previewed reminders were not queued (reminded meanwhile, or the message could not be made); Preview again to see why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n message(s) were still to go: they wait in the email queue for you to decide.</source>
        <translation>
            <numerusform>%n message was still to go: it waits in the email queue for you to decide.</numerusform>
            <numerusform>%n messages were still to go: they wait in the email queue for you to decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s): run Check there.</source>
        <translation>
            <numerusform>The check found %n problem: run Check there.</numerusform>
            <numerusform>The check found %n problems: run Check there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <source>%n available</source>
        <translation>
            <numerusform>%n available</numerusform>
            <numerusform>%n available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this message costs %n</source>
        <translation>
            <numerusform>this message costs %n</numerusform>
            <numerusform>this message costs %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentReportPage</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>Nothing was saved: %n value(s) need a correction, shown in red.</source>
        <translation>
            <numerusform>Nothing was saved: %n value needs a correction, shown in red.</numerusform>
            <numerusform>Nothing was saved: %n values need a correction, shown in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message numerus="yes">
        <source>%1 goes in %n s.</source>
        <translation>
            <numerusform>%1 goes in %n s.</numerusform>
            <numerusform>%1 goes in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VatReportPage</name>
    <message numerus="yes">
        <source>%n document(s) with VAT in this period</source>
        <translation>
            <numerusform>%n document with VAT in this period</numerusform>
            <numerusform>%n documents with VAT in this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n document(s)</source>
        <translation>
            <numerusform>%1 at %2: %n document</numerusform>
            <numerusform>%1 at %2: %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailbox</name>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delayed</source>
        <translation>
            <numerusform>%n delayed</numerusform>
            <numerusform>%n delayed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bounced</source>
        <translation>
            <numerusform>%n bounced</numerusform>
            <numerusform>%n bounced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n read</numerusform>
            <numerusform>%n read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message numerus="yes">
        <source>%1: %n waiting, next at %2</source>
        <translation>
            <numerusform>%1: %n waiting, next at %2</numerusform>
            <numerusform>%1: %n waiting, next at %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>throttled %n time(s) today</source>
        <translation>
            <numerusform>throttled once today</numerusform>
            <numerusform>throttled %n times today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server throttled this account %n time(s) today (nothing failed).</source>
        <translation>
            <numerusform>The server throttled this account once today (nothing failed).</numerusform>
            <numerusform>The server throttled this account %n times today (nothing failed).</numerusform>
        </translation>
    </message>
</context>
</TS>
