"""Dates as news text writes them, normalized without inventing anything.

``parse_date`` returns a :class:`DateValue`: a full ISO date, or a partial
"--MM-DD" when the text gives month and day but nothing proves the year. A
weekday beside a month/day proves the year when exactly one year in the recent
window (``RECENT_YEARS`` up to the reference date) puts that day on that weekday.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass
from email.utils import parsedate_tz

__all__ = ["DateValue", "parse_date", "find_date", "MONTHS", "MONTH_RE", "WEEKDAY_RE"]

RECENT_YEARS = 7

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # (Spanish abbreviations that Latin American agencies' English services keep: "Tegucigalpa, 3 dic (AMN).-")
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
MONTH_RE = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY_RE = r"(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"

_TIME = r"(?:\s*(?:at|,|-|–)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?|\s*GMT[+-]?\d*)?)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

# Each pattern names month, day and optionally year and weekday.
_PATTERNS = [
    # Tuesday, March 3, 2026 / March 3 / Mar. 3, 2026 at 11:04 am
    re.compile(
        rf"(?:(?P<weekday>{WEEKDAY_RE}),?\s+)?(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?{_TIME}",
        re.I,
    ),
    # Wed 05 Apr 2017 / 3 March 2026 / Tuesday 3 March
    re.compile(
        rf"(?:(?P<weekday>{WEEKDAY_RE}),?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_RE}),?(?:\s+{_YEAR})?{_TIME}",
        re.I,
    ),
]
_ISO = re.compile(r"(?P<year>(?:19|20)\d{2})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
# Numeric dates with the year last: with slashes month first (US usage and most
# exports), with dots or dashes day first (European, Russian, Turkish usage);
# a number over 12 can only be a day.
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})")


@dataclass(frozen=True)
class DateValue:
    full: str | None = None  # "YYYY-MM-DD"
    partial: str | None = None  # "--MM-DD"

    def __bool__(self) -> bool:
        return bool(self.full or self.partial)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_parts(year: int | None, month: int, day: int, weekday: int | None, today: dt.date) -> DateValue:
    if year is not None:
        date = _valid(year, month, day)
        if date is None:
            return DateValue()
        return DateValue(full=date.isoformat())
    if _valid(2000, month, day) is None:  # 2000 is a leap year: Feb 29 passes
        return DateValue()
    partial = f"--{month:02d}-{day:02d}"
    if weekday is None:
        return DateValue(partial=partial)
    fits = [
        date
        for year in range(today.year - RECENT_YEARS + 1, today.year + 1)
        if (date := _valid(year, month, day)) is not None
        and date <= today + dt.timedelta(days=1)
        and date.weekday() == weekday
    ]
    if len(fits) == 1:
        return DateValue(full=fits[0].isoformat())
    return DateValue(partial=partial)


def _match_to_value(m: re.Match[str], today: dt.date) -> DateValue:
    month = MONTHS[m["month"].rstrip(".").lower()]
    year = int(m["year"]) if m["year"] else None
    weekday = WEEKDAYS[m["weekday"].rstrip(".").lower()] if m["weekday"] else None
    return _from_parts(year, month, int(m["day"]), weekday, today)


def parse_date(value: object, today: dt.date | None = None) -> DateValue:
    """Read a date from metadata: ISO strings, RFC 822, struct_time, 'March 3, 2026', '3/4/17'."""
    today = today or dt.date.today()
    if value is None:
        return DateValue()
    if isinstance(value, dt.datetime):
        return DateValue(full=value.date().isoformat())
    if isinstance(value, dt.date):
        return DateValue(full=value.isoformat())
    if isinstance(value, time.struct_time):
        return _from_parts(value.tm_year, value.tm_mon, value.tm_mday, None, today)
    text = " ".join(str(value).split())
    if not text:
        return DateValue()
    if m := _ISO.fullmatch(text):
        return _from_parts(int(m["year"]), int(m["month"]), int(m["day"]), None, today)
    if m := _NUMERIC.fullmatch(text):
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        if year < 100:
            year += 2000 if year <= today.year % 100 else 1900
        day_first = m["sep"] != "/"
        if a > 12 or b > 12:
            day_first = a > 12
        month, day = (b, a) if day_first else (a, b)
        return _from_parts(year, month, day, None, today)
    if (parts := parsedate_tz(text)) is not None and re.search(r"\d{4}", text):
        return _from_parts(parts[0], parts[1], parts[2], None, today)
    return find_date(text, today, whole=True)


def find_date(text: str, today: dt.date | None = None, *, whole: bool = False) -> DateValue:
    """The first date written in words in ``text`` (the whole text when ``whole``)."""
    today = today or dt.date.today()
    stripped = text.strip(" .,;:|-–—()[]")
    for pattern in _PATTERNS:
        m = pattern.fullmatch(stripped) if whole else pattern.search(text)
        if m:
            return _match_to_value(m, today)
    if whole and (m := _ISO.fullmatch(stripped)):
        return _from_parts(int(m["year"]), int(m["month"]), int(m["day"]), None, today)
    return DateValue()
