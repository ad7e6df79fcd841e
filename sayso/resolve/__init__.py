"""Cross-document entity resolution: one entity per real person, organisation and place.

``resolve_mentions`` is the whole algorithm over plain name mentions; the
library's ingest feeds it the mentions it stores.
"""
from .entities import NameMention, resolve_mentions

__all__ = ["NameMention", "resolve_mentions"]
