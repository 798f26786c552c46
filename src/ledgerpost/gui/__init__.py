"""The desktop window. The only package that imports PySide6."""

from ledgerpost.gui.widgets.pyside_refcounts import keep_singletons_alive

keep_singletons_alive()
