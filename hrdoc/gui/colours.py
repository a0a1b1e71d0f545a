"""Every colour the app sets, derived from the current palette so that each is readable on what it is drawn on:
at least WCAG AA's 4.5:1 contrast, in a light theme and in a dark one alike.

A colour written into the code is right for one background only: the red of an error that reads well on white
is 1.5:1 on a dark grey, and a pastel cell background under the theme's white text is unreadable. So the app
names what a colour is for (an error, a warning, text that says less, a cell's tint) and this module picks the
colour from the palette: the usual hue, made lighter or darker until it reaches 4.5:1 against the palette's
window and base colours; a tinted background is the hue mixed into the base colour, with the palette's text
colour (adjusted likewise) on it.

Widgets get their colours with :func:`style` (a style sheet with ``{error}``, ``{warning}``, ``{secondary}``,
``{banner}``, ``{banner_text}``, ``{banner_border}`` in it), which applies it again whenever the application's
palette changes (a theme switched while the app runs).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from hrdoc.gui import app_filters

AA = 4.5  # WCAG 2 level AA, for normal-size text

# The usual hues, before they are fitted to the palette.
ERROR_HUE = QColor(176, 0, 32)  # a deep red
WARNING_HUE = QColor(138, 75, 0)  # a dark amber
# How a source bears on an allegation (the corroboration matrix), and a value that differs (merge conflicts).
TINT_HUES: dict[str, QColor] = {
    "supports": QColor(46, 158, 68),  # green
    "contradicts": QColor(208, 48, 48),  # red
    "context": QColor(90, 111, 153),  # slate blue
    "differs": QColor(224, 168, 0),  # amber
}
TINT_STRENGTH = 0.22  # how much of the hue is mixed into the base colour for a cell's background
# The map (hrdoc.gui.workspace.map_page) is a picture with colours of its own, as a printed map has, the same in a
# light or a dark theme: each name is at least 4.5:1 on the land it is written on, the markers stand out on both
# lands.
MAP: dict[str, QColor] = {
    "sea": QColor(220, 230, 238),  # what is not land: beyond the countries drawn
    "land": QColor(246, 243, 236),  # the case's countries
    "neighbour_land": QColor(232, 232, 230),  # the countries around them
    "neighbour_edge": QColor(180, 180, 176),
    "country_edge": QColor(74, 74, 72),  # and the case's countries' names
    "region_edge": QColor(143, 138, 128),
    "region_name": QColor(77, 70, 60),
    "neighbour_name": QColor(92, 92, 88),
    "marker": QColor(179, 38, 30),  # a place, a region a place is known only to
    "photo": QColor(21, 89, 176),  # a photo's GPS position, and its line to the incident's place
    "halo": QColor(255, 255, 255),  # around a dot or a photo's square
    "selected": QColor(242, 169, 0),  # the ring around the place chosen
}

# The placeholders :func:`style` fills in.
ERROR_STYLE = "color: {error};"
WARNING_STYLE = "color: {warning};"
SECONDARY_STYLE = "color: {secondary};"  # explanations and hints: quieter than the text, still readable
BANNER_STYLE = (
    "QPushButton {{ background: {banner}; color: {banner_text}; border: 1px solid {banner_border};"
    " border-radius: 3px; padding: 5px 10px; text-align: left; }}"
)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(colour: QColor, into: QColor, amount: float) -> QColor:
    """``amount`` (0 to 1) of ``colour`` mixed into ``into``; also how a translucent colour looks over ``into``."""
    return _eight_bit(
        QColor.fromRgbF(
            colour.redF() * amount + into.redF() * (1 - amount),
            colour.greenF() * amount + into.greenF() * (1 - amount),
            colour.blueF() * amount + into.blueF() * (1 - amount),
        )
    )


def _eight_bit(colour: QColor) -> QColor:
    """``colour`` as a style sheet writes it (#rrggbb): contrast is measured on what is drawn."""
    return QColor(colour.name())


def opaque(colour: QColor, over: QColor) -> QColor:
    """``colour`` as it looks drawn over ``over`` (its alpha blended in)."""
    return mix(colour, over, colour.alphaF()) if colour.alpha() < 255 else QColor(colour)


def readable(colour: QColor, *backgrounds: QColor, ratio: float = AA) -> QColor:
    """``colour``, made darker or lighter (same hue and saturation) just enough to reach ``ratio`` against each of
    ``backgrounds``; black or white, whichever reads better, if no shade of it does."""

    def worst(candidate: QColor) -> float:
        return min(contrast(candidate, background) for background in backgrounds)

    colour = _eight_bit(colour)
    if worst(colour) >= ratio:
        return colour
    hue = max(colour.hslHueF(), 0.0)  # a grey has no hue (-1)
    saturation, lightness = colour.hslSaturationF(), colour.lightnessF()
    darker = worst(QColor(0, 0, 0)) >= worst(QColor(255, 255, 255))
    steps = 100
    for step in range(1, steps + 1):
        shade = lightness * (1 - step / steps) if darker else lightness + (1 - lightness) * step / steps
        candidate = _eight_bit(QColor.fromHslF(hue, saturation, shade))
        if worst(candidate) >= ratio:
            return candidate
    return QColor(0, 0, 0) if darker else QColor(255, 255, 255)


@dataclass(frozen=True)
class Tint:
    """A cell's background and the text colour drawn on it."""

    background: QColor
    text: QColor


def current_palette() -> QPalette:
    app = QGuiApplication.instance()
    return QGuiApplication.palette() if app is not None else QPalette()


def _role(palette: QPalette, role: QPalette.ColorRole) -> QColor:
    return palette.color(QPalette.ColorGroup.Active, role)


def backgrounds(palette: QPalette) -> tuple[QColor, QColor]:
    """What the app's labels are drawn on: the window's colour, or the base colour of a list or scroll area."""
    return _role(palette, QPalette.ColorRole.Window), _role(palette, QPalette.ColorRole.Base)


def error(palette: QPalette | None = None) -> QColor:
    return readable(ERROR_HUE, *backgrounds(palette or current_palette()))


def warning(palette: QPalette | None = None) -> QColor:
    return readable(WARNING_HUE, *backgrounds(palette or current_palette()))


def secondary(palette: QPalette | None = None) -> QColor:
    """For explanations and hints: the palette's placeholder colour (often too faint: 3.5 to 4:1), as dark or
    light as it must be to read."""
    palette = palette or current_palette()
    window, base = backgrounds(palette)
    quiet = opaque(_role(palette, QPalette.ColorRole.PlaceholderText), base)
    if contrast(quiet, base) < 1.5:  # a placeholder colour that is no colour: halfway to the text instead
        quiet = mix(_role(palette, QPalette.ColorRole.WindowText), window, 0.6)
    return readable(quiet, window, base)


def tint(name: str, palette: QPalette | None = None, *, on: QPalette.ColorRole = QPalette.ColorRole.Base) -> Tint:
    """A background tinted with the hue ``name`` (see ``TINT_HUES``) over the palette's ``on`` colour, and the
    palette's text colour made readable on it."""
    palette = palette or current_palette()
    background = mix(TINT_HUES[name], _role(palette, on), TINT_STRENGTH)
    text_role = QPalette.ColorRole.Text if on == QPalette.ColorRole.Base else QPalette.ColorRole.WindowText
    return Tint(background, readable(_role(palette, text_role), background))


def named_colours(palette: QPalette | None = None) -> dict[str, QColor]:
    """The colours :func:`style` fills in, by placeholder name."""
    palette = palette or current_palette()
    banner = tint("differs", palette, on=QPalette.ColorRole.Window)
    return {
        "error": error(palette),
        "warning": warning(palette),
        "secondary": secondary(palette),
        "banner": banner.background,
        "banner_text": banner.text,
        "banner_border": mix(TINT_HUES["differs"], _role(palette, QPalette.ColorRole.Window), 0.6),
    }


def style_sheet(template: str, palette: QPalette | None = None) -> str:
    """``template`` with its colour placeholders filled in from ``palette`` (the application's by default)."""
    return template.format(**{key: colour.name() for key, colour in named_colours(palette).items()})


STYLE_PROPERTY = "hrdocColourStyle"


def style(widget: QWidget, template: str) -> None:
    """Give ``widget`` the style sheet ``template`` with the palette's colours, now and after every change of the
    application's palette."""
    widget.setProperty(STYLE_PROPERTY, template)
    widget.setStyleSheet(style_sheet(template))
    _install()


class Restyler(QObject):
    """Installed on the application by :func:`style`: when the palette changes, each widget styled with
    :func:`style` gets its colours again from the new palette. (Qt tells the application itself, and only its
    windows, not every widget in them: the styled widgets are looked for among all of them.)"""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is QApplication.instance():
            for widget in QApplication.allWidgets():
                template = widget.property(STYLE_PROPERTY)
                if isinstance(template, str) and widget.styleSheet() != (sheet := style_sheet(template)):
                    widget.setStyleSheet(sheet)
        return False


_RESTYLER: Restyler | None = None


def _install() -> None:
    global _RESTYLER
    restyler = app_filters.install(Restyler, _RESTYLER)
    _RESTYLER = restyler if isinstance(restyler, Restyler) else None
