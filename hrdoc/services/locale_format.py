"""Dates and numbers as a reader of each of hrdoc's languages writes them, without Qt: for reports and the command
line. The desktop app writes numbers with QLocale (:func:`hrdoc.gui.i18n.ui_locale`), by the same rules (the
tests compare the two), and dates with :func:`format_date`, so that a date reads the same on screen and on paper.

- English as in UN documents: "27 March 2022", "1,234.5".
- French as in UN and NGO reporting: "1er mars 2022", "27 mars 2022"; "1 234,5", grouped with a narrow no-break
  space (U+202F), as QLocale and French typography do.
- Arabic as in OHCHR Arabic documents: the digits 0-9, and each month by its two names, the Levantine and Iraqi
  one first and the one used in Egypt, the Gulf and the Maghreb after a slash ("27 آذار/مارس 2022"), spelt as
  UN Arabic documents spell them (يونيه, يوليه). Numbers "1,234.5", as CLDR's Modern Standard Arabic with Latin
  digits (QLocale's ar_001): a minus sign is preceded by a left-to-right mark, so that it stays on the number's
  left in a right-to-left line.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from hrdoc.services.languages import ENGLISH

if TYPE_CHECKING:  # decimal is imported by format_number, not when the app starts (the forms import this module)
    from decimal import Decimal

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "ar": (
        "كانون الثاني/يناير",
        "شباط/فبراير",
        "آذار/مارس",
        "نيسان/أبريل",
        "أيار/مايو",
        "حزيران/يونيه",
        "تموز/يوليه",
        "آب/أغسطس",
        "أيلول/سبتمبر",
        "تشرين الأول/أكتوبر",
        "تشرين الثاني/نوفمبر",
        "كانون الأول/ديسمبر",
    ),
}

NARROW_NO_BREAK_SPACE = "\u202f"
LEFT_TO_RIGHT_MARK = "\u200e"
# (group separator, decimal point, minus sign) per language.
NUMBER_SIGNS: dict[str, tuple[str, str, str]] = {
    "en": (",", ".", "-"),
    "fr": (NARROW_NO_BREAK_SPACE, ",", "-"),
    "ar": (",", ".", LEFT_TO_RIGHT_MARK + "-"),
}


def _known(language: str) -> str:
    return language if language in MONTHS else ENGLISH


def month_name(month: int, language: str) -> str:
    """The name of ``month`` (1-12) inside a date, in ``language`` (lower case in French, as in a sentence)."""
    return MONTHS[_known(language)][month - 1]


def format_date(day: dt.date, language: str) -> str:
    """A day in words: "27 March 2022", "1er mars 2022", "27 آذار/مارس 2022". Unknown languages get English."""
    language = _known(language)
    number = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{number} {month_name(day.month, language)} {day.year}"


def format_month(day: dt.date, language: str) -> str:
    """A month of a year, for dates known to the month: "March 2022", "mars 2022", "آذار/مارس 2022"."""
    return f"{month_name(day.month, language)} {day.year}"


def format_number(value: int | float | Decimal, language: str, decimals: int = 0) -> str:
    """``value`` with ``decimals`` digits after the point, grouped by thousands: "1,234", "1 234" (U+202F), "1,234".
    Unknown languages get English."""
    from decimal import ROUND_HALF_UP, Decimal

    group, point, minus = NUMBER_SIGNS[_known(language)]
    # Halves away from zero, from the float's exact value, as QLocale rounds (2.675 is 2.67499... and gives 2.67).
    exact = Decimal(value)
    text = f"{abs(exact).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP):,.{decimals}f}"
    whole, _dot, fraction = text.partition(".")
    text = whole.replace(",", group) + (point + fraction if fraction else "")
    negative = value < 0 and any(digit not in "0" for digit in whole + fraction)
    return minus + text if negative else text
