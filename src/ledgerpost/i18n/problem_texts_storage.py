"""Problems of the storage layer: opening, reading and copying the ledger, and rows that are
not there (``StorageError.of``).

English sentences by problem code; see :mod:`ledgerpost.i18n.problem_catalogue`."""

from __future__ import annotations

STORAGE_TEXTS: dict[str, str] = {
    # opening, reading and writing the ledger
    "ledger-url": "'{target}' is not a database URL",
    "ledger-missing": "no ledger at {path}",
    "ledger-cannot-open": "cannot open the ledger {where}: {reason}",
    "ledger-read-write": "the ledger could not be read or written: {reason}",
    "ledger-unreadable": "the ledger could not be read: {reason}",
    # copying a ledger to a database server
    "copy-target-foreign": (
        "the target database is not empty: it has tables that are not a ledger's "
        "({tables}); copy into a new, empty database"
    ),
    "copy-target-filled": (
        "the target database already holds a ledger ({tables} have rows); "
        "copy into a new, empty database"
    ),
    "copy-stopped": "the copy stopped and nothing was kept: {reason}",
    "copy-mismatch": (
        "the copy does not match the source, so nothing was kept (rows copied of rows in the "
        "source: {counts})"
    ),
    # rows that are not there, or may not change
    "party-id-unknown": "there is no party with id {id}",
    "contact-on-documents": (
        "{name} is named on {count} document(s) and cannot be removed from the card"
    ),
    "contact-not-on-card": "contact {id} does not belong to {party}",
    "document-id-unknown": "there is no document with id {id}",
    "document-posted-unchanged": (
        "{type} {number} is posted and cannot be changed; correct it with a credit note"
    ),
    "document-posted-kept": (
        "{type} {number} is posted and cannot be deleted; correct it with a credit note"
    ),
    "document-number-ambiguous": "{type} number {number} exists in several series; name the series",
    "series-unknown": "there is no numbering series '{series}'",
    "user-id-unknown": "there is no user {id}",
    "entry-manual-unknown": "there is no manual journal entry {id}",
    "allocation-id-unknown": "there is no allocation with id {id}",
    "allocation-reversed": "allocation {id} is already reversed",
    # the outbox's rows
    "outbox-no-message": "there is no message {id} in the outbox",
    "outbox-changed": (
        "message {id} changed in the meantime (another desk or the delivery moved it); "
        "look at the email queue again"
    ),
    # stored bytes that no longer match their fingerprint
    "print-copy-damaged": (
        "the stored print copy of document {document} is damaged "
        "(its bytes no longer match their sha256); restore the ledger from a backup"
    ),
    "received-file-damaged": (
        "the received file of document {document} is damaged "
        "(its bytes no longer match their sha256); restore the ledger from a backup"
    ),
}
