"""A reproducible demo company."""
