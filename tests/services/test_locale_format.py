"""Dates and numbers by language for reports and the CLI (issue 16, point 4), and the same rules as QLocale's in
the desktop app (hrdoc.gui.i18n.ui_locale)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale

from hrdoc.services.locale_format import format_date, format_month, format_number, month_name

DAY = dt.date(2022, 3, 27)
# The locale the desktop app uses for each language where the system does not speak it (hrdoc.gui.i18n).
QT_LOCALES = {"en": "en_GB", "fr": "fr_FR", "ar": "ar_001"}


def test_dates_in_words() -> None:
    assert format_date(DAY, "en") == "27 March 2022"
    assert format_date(DAY, "fr") == "27 mars 2022"
    assert format_date(dt.date(2022, 3, 1), "fr") == "1er mars 2022"
    assert format_date(DAY, "ar") == "27 آذار/مارس 2022"
    assert format_date(dt.date(2023, 6, 5), "ar") == "5 حزيران/يونيه 2023"  # UN Arabic's spelling
    assert format_date(DAY, "de") == "27 March 2022"  # a language hrdoc does not speak
    assert format_month(dt.date(2021, 8, 1), "fr") == "août 2021"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_dates_as_qlocale_writes_them(language: str) -> None:
    locale = QLocale(QT_LOCALES[language])
    for month in range(1, 13):
        day = dt.date(2024, month, 15)
        assert format_date(day, language) == locale.toString(QDate(2024, month, 15), "d MMMM yyyy")


def test_arabic_months_end_with_qlocales_name() -> None:
    """Each Arabic month is written with both its names; the second is QLocale's (Modern Standard Arabic), but
    for June and July, which UN Arabic documents spell يونيه and يوليه."""
    locale = QLocale(QT_LOCALES["ar"])
    for month in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12):
        assert month_name(month, "ar").split("/")[1] == locale.monthName(month)


NUMBERS = [0, 7, -5, 999, 1000, 1234, -1234, 12345, 1234567, -987654321, 10**12]


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_numbers_as_qlocale_writes_them(language: str) -> None:
    locale = QLocale(QT_LOCALES[language])
    for value in NUMBERS:
        assert format_number(value, language) == locale.toString(value)
    for value in (0.5, -1234.25, 1234567.125, 3.0, 2.675, 0.005):
        assert format_number(value, language, 2) == locale.toString(value, "f", 2)


def test_numbers() -> None:
    assert format_number(1234, "fr") == "1\u202f234"
    assert format_number(1234.5, "fr", 1) == "1\u202f234,5"
    assert format_number(1234, "en") == "1,234"
    assert format_number(-1234, "ar") == "\u200e-1,234"
