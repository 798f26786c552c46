"""The documents: their list, the editor of a draft, the print preview."""
