"""Use cases shared by the GUI and the CLI; each returns a result the caller can show."""
