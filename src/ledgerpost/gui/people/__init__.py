"""Parties (customers, suppliers, employees), users and rights, logging in."""
