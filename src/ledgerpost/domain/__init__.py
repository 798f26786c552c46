"""Pure bookkeeping rules. Standard library only: no Qt, no SQLAlchemy, no network."""
