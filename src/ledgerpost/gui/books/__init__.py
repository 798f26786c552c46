"""The books in the window: the trial balance, an account's general ledger, a new journal entry."""
