"""Waiting for the document list, which counts and reads its pages in the background."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ledgerpost.gui.documents.document_model import DocumentListModel


def settled(qtbot: QtBot, model: DocumentListModel, timeout: int = 10_000) -> DocumentListModel:
    """Wait until the model has counted its list and read the pages the view asked for."""
    qtbot.waitUntil(lambda: not model.loading, timeout=timeout)
    return model
