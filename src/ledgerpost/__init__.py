"""LedgerPost: a desktop accounting client with a built-in mailer."""

__version__ = "0.1.0"
