"""What the use cases stand on: the clock, where the ledger is, its database password."""
