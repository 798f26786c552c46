"""Which databases a test runs on: ``pytestmark = BOTH_BACKENDS`` runs a module on a SQLite file
and on a real PostgreSQL server (the ``backend`` fixture in tests/conftest.py)."""

from __future__ import annotations

import pytest

SQLITE, POSTGRESQL = "sqlite", "postgresql"
BOTH_BACKENDS = pytest.mark.parametrize("backend", [SQLITE, POSTGRESQL], indirect=True)
