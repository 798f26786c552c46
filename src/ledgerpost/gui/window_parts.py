"""What the main window does with its parts when it speaks another language: the old parts
retire out of sight, the navigation finds the page shown before, the old parts go once no
background work can answer them any more."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenuBar, QToolBar, QTreeWidget, QWidget
from shiboken6 import isValid

from ledgerpost.gui.widgets.runner import Runner

DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def retire_parts(window: QMainWindow) -> list[QObject]:
    """Take the central widget, the menus, the toolbars and the actions out of ``window`` and
    hide them; they are returned, to be dropped by ``drop_when_idle``."""
    old_central = window.takeCentralWidget()
    window.setMenuBar(QMenuBar(window))  # the old one goes with its menus
    retired: list[QObject] = [old_central, *window.findChildren(QToolBar, options=DIRECT)]
    retired += window.findChildren(QAction, options=DIRECT)
    for thing in retired:
        if isinstance(thing, QToolBar):
            window.removeToolBar(thing)
        if isinstance(thing, QWidget):
            thing.hide()
    return retired


def choose_item(tree: QTreeWidget, where: object) -> None:
    """Make the item whose data is ``where`` the current one, at any depth."""
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while items:
        item = items.pop(0)
        if item.data(0, Qt.ItemDataRole.UserRole) == where:
            tree.setCurrentItem(item)
            return
        items += [item.child(i) for i in range(item.childCount())]


def drop_when_idle(runner: Runner, things: list[QObject]) -> None:
    """Delete ``things`` once ``runner`` has no work in flight (asked again every 0.5 s)."""
    if runner.busy:
        QTimer.singleShot(500, lambda: drop_when_idle(runner, things))
        return
    for thing in things:
        if isValid(thing):
            thing.deleteLater()
