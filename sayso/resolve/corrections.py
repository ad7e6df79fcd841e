"""What users tell sayso about entities: a CSV of known entities, and the near names kept apart."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..errors import ConfigError
from ..model import ENTITY_KINDS, Entity
from .names import parse_name

__all__ = ["EntityRow", "read_entity_csv", "kept_apart"]

MAX_IMPORT_BYTES = 20 * 1024 * 1024
_SPLIT = re.compile(r"\s*[|;]\s*")


@dataclass(frozen=True)
class EntityRow:
    """One known entity: its canonical name and kind, the other names it goes by, ids elsewhere."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    external_ids: tuple[str, ...] = ()  # "wikidata:Q42"


def read_entity_csv(path: str) -> list[EntityRow]:
    """Rows of an entity CSV: ``name,kind[,aliases][,external_ids|wikidata]``; aliases split on "|" or ";".

    All or nothing: any bad line is an error naming the line, and nothing is imported.
    """
    file = Path(path)
    if not file.is_file():
        raise ConfigError(f"no such file: {path}")
    if file.stat().st_size > MAX_IMPORT_BYTES:
        raise ConfigError(f"{path} is larger than {MAX_IMPORT_BYTES // 2**20} MiB: split it")
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(f"{path} is not UTF-8 text: save it as UTF-8 CSV") from None
    reader = csv.DictReader(text.splitlines())
    fields = {(f or "").strip().lower() for f in reader.fieldnames or []}
    if not {"name", "kind"} <= fields:
        raise ConfigError(f"{path}: the first line must name the columns, with at least name and kind"
                          " (and optionally aliases, external_ids or wikidata)")
    rows, problems = [], []
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if isinstance(v, str)}
        kind = row.get("kind", "").upper()
        if not row.get("name"):
            problems.append(f"line {line}: no name")
        elif kind not in ENTITY_KINDS:
            problems.append(f"line {line}: kind {row.get('kind')!r} is not one of {', '.join(ENTITY_KINDS)}")
        elif parse_name(row["name"], kind) is None:
            problems.append(f"line {line}: {row['name']!r} is not a name")
        else:
            aliases = tuple(a for a in _SPLIT.split(row.get("aliases", "")) if a)
            ids = [i for i in re.split(r"[\s|;,]+", row.get("external_ids", "")) if i]
            if row.get("wikidata"):
                ids.append(f"wikidata:{row['wikidata']}")
            rows.append(EntityRow(row["name"], kind, aliases, tuple(ids)))
    if problems:
        raise ConfigError(f"{path}: nothing imported; fix these lines: " + "; ".join(problems[:10]))
    return rows


def kept_apart(entity: Entity, others: Sequence[Entity]) -> list[tuple[Entity, str]]:
    """Entities whose names look like ``entity``'s but which resolution kept apart, each with the reason.

    These are the suggestions a user may merge by hand (`sayso entity merge`).
    """
    mine = parse_name(entity.name, entity.kind)
    out = []
    for other in others:
        theirs = parse_name(other.name, other.kind)
        if other.id == entity.id or mine is None or theirs is None or other.kind != entity.kind:
            continue
        if entity.kind == "PERSON":
            if mine.surname != theirs.surname:
                continue
            if len(mine.words) == 1 or len(theirs.words) == 1:
                reason = "a surname alone, which more than one person in the library has"
            else:
                reason = "same surname, different given names"
        elif set(mine.words) & set(theirs.words):
            reason = "names share words but differ in others"
        else:
            continue
        out.append((other, reason))
    return out
