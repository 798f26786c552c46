"""Persistence: SQLAlchemy 2 mapping, repositories, migrations; SQLite or PostgreSQL by URL."""
