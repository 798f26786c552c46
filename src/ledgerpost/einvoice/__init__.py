"""E-invoices as XML: CII for EN 16931 and XRechnung, and their validation with the official
rules. The data comes from :mod:`ledgerpost.domain.einvoice`."""
