"""The window's few colours, in one place: each has a shade for a light and for a dark theme."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Tone(Enum):
    """What a colour says; the value is its (light theme, dark theme) shades."""

    PROBLEM = ("#b00020", "#ff7a85")
    """Something to mend: an error, a refused address, too few credits."""
    DONE = ("#1b5e20", "#8fd694")
    """What an action did."""
    QUIET = ("#555555", "#b0b0b0")
    """Captions, hints, a muted line."""
    FADED = ("#6b6b6b", "#9e9e9e")
    """Rows that are there but out of use (an archived card)."""


def dark_theme() -> bool:
    """Whether the window's background is dark (the system's dark theme)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colour(tone: Tone) -> str:
    """The tone's shade for the theme in use, as ``#rrggbb``."""
    light, dark = tone.value
    return dark if dark_theme() else light


def qcolour(tone: Tone) -> QColor:
    return QColor(colour(tone))


def style(tone: Tone) -> str:
    """A style sheet that writes a label's text in ``tone``."""
    return f"color: {colour(tone)};"
