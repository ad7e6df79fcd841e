"""Ingestion: from inputs (paths, URLs, stdin) to cleaned Articles.

One module per stage: ``sources`` expands inputs into Documents, ``fetch``
gets URLs, ``feeds`` reads RSS/Atom, ``extract`` turns HTML into text,
``clean`` turns a Document into an Article (with ``furniture``, ``datelines``,
``dates`` and ``outlets`` as its helpers), ``dedup`` fingerprints articles.
"""
