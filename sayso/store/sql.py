"""SQL pieces the SQLite tables share: the listing order of articles and the article filter."""
from __future__ import annotations

from typing import Any

from .base import ArticleFilter, QuoteFilter

__all__ = ["LIST_ORDER", "article_clauses"]

# how every list of articles (and of their quotes) is ordered: dated first, newest first
LIST_ORDER = "a.published IS NULL, a.published DESC, a.id DESC"


def article_clauses(where: ArticleFilter | QuoteFilter, alias: str = "a") -> tuple[list[str], list[Any]]:
    """The outlet and period conditions on the articles table (under ``alias``), with their parameters."""
    clauses, params = [], []
    if where.outlet:
        clauses.append(f"{alias}.outlet = ? COLLATE NOCASE")
        params.append(where.outlet)
    if where.since:
        clauses.append(f"{alias}.published >= ?")
        params.append(where.since)
    if where.until:
        clauses.append(f"{alias}.published <= ?")
        params.append(where.until)
    return clauses, params
