"""The outlet table: which outlet a domain, a dateline marker or an alias stands for.

The bundled table is ``sayso/data/outlets.csv`` (name, domains, markers,
aliases; lists space-separated, ``_`` standing for a space inside one entry).
Users extend it with their own CSV of the same columns (setting
``outlets_file``); their rows win over the bundled ones.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import ConfigError

# an edition or service named after a paper's name: "(English edition)", "(English Service)", "- English edition"
_EDITION = re.compile(r"\s*(?:\(\s*(?:[A-Z][a-z]+\s+)?(?:[Ee]dition|[Ss]ervice|[Vv]ersion)\s*\)|[-–—]\s*[A-Z][a-z]+\s+[Ee]dition)$")

__all__ = ["OutletTable", "load_outlets"]


def _key(text: str) -> str:
    """A name's lookup key: case and spacing folded, and a leading article ("the Courier" = "Courier")."""
    key = " ".join(text.replace("_", " ").casefold().split())
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


@dataclass
class OutletTable:
    by_domain: dict[str, str] = field(default_factory=dict)
    by_marker: dict[str, str] = field(default_factory=dict)  # exact case, as in datelines
    by_alias: dict[str, str] = field(default_factory=dict)  # casefolded

    def add_row(self, name: str, domains: str, markers: str, aliases: str) -> None:
        name = name.strip()
        if not name:
            return
        for domain in domains.split():
            self.by_domain[domain.casefold().removeprefix("www.")] = name
        for marker in markers.split():
            self.by_marker[marker.replace("_", " ")] = name
            self.by_alias[_key(marker)] = name
        for alias in [name, *aliases.split()]:
            self.by_alias[_key(alias)] = name

    def from_url(self, url: str | None) -> str | None:
        """The outlet of a URL's host, matching the domain or any parent domain."""
        if not url:
            return None
        host = (urlsplit(url).hostname or "").casefold().removeprefix("www.")
        while host:
            if host in self.by_domain:
                return self.by_domain[host]
            _, _, host = host.partition(".")
            if "." not in host:  # never match a bare TLD such as "com"
                return None
        return None

    def from_marker(self, marker: str) -> str | None:
        """A dateline agency marker such as 'TASS', 'Reuters' or 'AP'."""
        marker = marker.strip()
        return self.by_marker.get(marker) or self.by_alias.get(_key(marker))

    def canonical(self, name: str | None) -> str | None:
        """The table's name for an outlet value from metadata; unknown values stay as given."""
        if name is None or not name.strip():
            return None
        # ("La Veranada (English edition)": the paper, whichever of its editions)
        name = _EDITION.sub("", " ".join(name.split())) or name
        looks_like_domain = " " not in name and "." in name
        known = self.by_alias.get(_key(name)) or self.from_url(
            name if "://" in name else f"http://{name}" if looks_like_domain else None
        )
        if known:
            return known
        # "Meridian Review — Diplomacy", "Latest news | Levant Wire": a known name beside a section or slogan
        for part in re.split(r"\s+(?:\||–|—|::|-)\s+|:\s+", name):
            if part and (found := self.by_alias.get(_key(part))):
                return found
        return name

    def names(self) -> set[str]:
        return set(self.by_alias.values())


def _read_rows(table: OutletTable, fh, origin: str) -> None:
    reader = csv.DictReader(fh)
    missing = {"name", "domains", "markers", "aliases"} - set(reader.fieldnames or [])
    if missing:
        raise ConfigError(f"outlet table {origin} lacks the columns {', '.join(sorted(missing))}")
    for row in reader:
        table.add_row(row["name"] or "", row["domains"] or "", row["markers"] or "", row["aliases"] or "")


def load_outlets(extra_file: str | Path | None = None) -> OutletTable:
    table = OutletTable()
    with resources.files("sayso").joinpath("data/outlets.csv").open(encoding="utf-8", newline="") as fh:
        _read_rows(table, fh, "sayso/data/outlets.csv")
    if extra_file:
        try:
            with open(extra_file, encoding="utf-8", newline="") as fh:
                _read_rows(table, fh, str(extra_file))
        except OSError as exc:
            raise ConfigError(f"cannot read the outlet table {extra_file}: {exc.strerror}") from None
    return table
