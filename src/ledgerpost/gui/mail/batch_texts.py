"""What the batch dialog says about skipped documents and a running batch, in the user's words.

The batch service names documents and reasons in plain English (as the command line shows
them); the known ones are translated here, anything else is shown as it came.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ledgerpost.domain.documents import DocumentType
from ledgerpost.gui.mail.outbox_model import local_time
from ledgerpost.gui.widgets.language import current_language
from ledgerpost.services.batch_control import BatchCounts, Preview


def document_text(label: str, doc_type: DocumentType | None) -> str:
    """``"invoice INV-8"`` → ``"INV-8"``; ``"invoice draft 12"`` → ``"Draft #12"``;
    ``"statement Mari Tamm"`` → ``"Mari Tamm"``."""
    for prefix in ("statement ", f"{doc_type.value} " if doc_type else None):
        if prefix and label.startswith(prefix):
            label = label[len(prefix) :]
            break
    if doc_type is not None and label.startswith("draft "):
        return QCoreApplication.translate("BatchDialog", "Draft #%1").replace(
            "%1", label.removeprefix("draft ")
        )
    return label


def reason_text(reason: str) -> str:
    if reason == "not posted":
        return QCoreApplication.translate("BatchDialog", "not posted yet: drafts are not sent")
    if reason == "already in the outbox":
        return QCoreApplication.translate("BatchDialog", "already in the outbox")
    if reason.startswith("already sent"):
        return QCoreApplication.translate(
            "BatchDialog",
            "already sent (tick “Send again documents that were already sent” to include it)",
        )
    if reason.startswith("no valid address"):
        detail = reason.removeprefix("no valid address").strip()
        return QCoreApplication.translate(
            "BatchDialog", "no valid e-mail address on the customer's card"
        ) + (f" {detail}" if detail else "")
    return reason


def counts_text(counts: BatchCounts) -> str:
    parts = [
        QCoreApplication.translate("BatchDialog", "Sent: %1").replace("%1", str(counts.sent)),
        QCoreApplication.translate("BatchDialog", "Waiting: %1").replace("%1", str(counts.waiting)),
        QCoreApplication.translate("BatchDialog", "Failed: %1").replace("%1", str(counts.failed)),
    ]
    if counts.held:
        parts.append(
            QCoreApplication.translate("BatchDialog", "Paused: %1").replace("%1", str(counts.held))
        )
    if counts.uncertain:
        parts.append(
            QCoreApplication.translate("BatchDialog", "Uncertain: %1").replace(
                "%1", str(counts.uncertain)
            )
        )
    if counts.cancelled:
        parts.append(
            QCoreApplication.translate("BatchDialog", "Cancelled: %1").replace(
                "%1", str(counts.cancelled)
            )
        )
    text = " · ".join(parts)
    if counts.finished:
        text += " — " + QCoreApplication.translate("BatchDialog", "finished")
    elif counts.waiting:
        text += " — " + QCoreApplication.translate(
            "BatchDialog", "you can close this window; sending goes on in the background"
        )
    else:
        text += " — " + QCoreApplication.translate("BatchDialog", "paused: Resume to send the rest")
    return text


def pace_text(found: Preview, account: str | None) -> str:
    """The preview's words on the account's pace: "from billing: 200 messages: all today; at
    30 a minute, about 7 minutes · the last at 14:32"."""
    said = found.finish_sentence(current_language())
    if account:
        said = (
            QCoreApplication.translate("BatchDialog", "from %1: %2")
            .replace("%1", account)
            .replace("%2", said)
        )
    finish = found.finish
    if finish is not None and finish.last_at is not None and finish.minutes >= 1:
        said += " · " + QCoreApplication.translate("BatchDialog", "the last at %1").replace(
            "%1", local_time(finish.last_at)
        )
    return said
