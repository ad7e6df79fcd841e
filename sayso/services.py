"""The use cases of sayso. The CLI, the HTTP API and the web UI call these and only translate."""
from __future__ import annotations

import codecs
import datetime as dt
import time
from pathlib import Path
from collections import defaultdict
from typing import IO, Any, BinaryIO, Callable, Iterator, Mapping, Sequence

from .config import Settings, load_settings
from .errors import ConfigError, InputError, NotFoundError, SaysoError
from .export import entity_record, quote_listing, write_export
from .ingest.dedup import LEAD_THRESHOLD, fingerprint, lead_similarity, similarity
from .ingest.outlets import OutletTable, load_outlets
from .ingest.sources import iter_documents
from .model import ENTITY_KINDS, QUOTE_KINDS, Article, Entity, Fingerprint, IngestSummary, Problem, SearchHit
from .nlp.load import load_nlp
from .nlp.stage import NlpStage
from .pipeline import Pipeline
from .resolve.corrections import kept_apart, read_entity_csv
from .resolve.library import corrections_from, resolve_library
from .store import ArticleFilter, EntityFilter, QuoteFilter, Store, open_store

__all__ = ["Library", "open_library"]

WRITE_BATCH = 200  # articles per write transaction
WRITE_DELAY = 0.5  # seconds of work before a partial batch is written anyway

ProgressHook = Callable[[str], None]
MAX_PAGE = 1000
PROFILE_CACHE = 64  # entity profiles kept per open library


def _date_flag(value: str | None, name: str) -> str | None:
    """Dates given by a user: strictly YYYY-MM-DD, so 03/04 or 05.03 can never be misread."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ConfigError(f"{name} {value!r} is not a date: write YYYY-MM-DD") from None


def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_PAGE:
        raise ConfigError(f"limit must be between 1 and {MAX_PAGE}")
    if offset < 0:
        raise ConfigError("offset must not be negative")


def _filter(outlet: str | None, since: str | None, until: str | None, limit: int, offset: int,
            outlets: OutletTable | None = None) -> ArticleFilter:
    _check_page(limit, offset)
    if outlet and outlets is not None:
        outlet = outlets.canonical(outlet)  # "AP" finds what is stored as "Associated Press"
    return ArticleFilter(
        outlet=outlet, since=_date_flag(since, "since"), until=_date_flag(until, "until"), limit=limit, offset=offset
    )


def _entity_filter(kind: str | None, search: str | None, limit: int, offset: int) -> EntityFilter:
    if kind is not None and kind.upper() not in ENTITY_KINDS:
        raise ConfigError(f"unknown entity kind {kind!r}: use one of {', '.join(ENTITY_KINDS)}")
    _check_page(limit, offset)
    return EntityFilter(kind=kind.upper() if kind else None, search=(search or "").strip() or None,
                        limit=limit, offset=offset)


class Library:
    """A sayso library: one store plus the settings to fill it. Use ``open_library``."""

    def __init__(self, settings: Settings, store: Store):
        self.settings = settings
        self.store = store
        self._outlets: OutletTable | None = None
        self._profiles: dict[tuple, dict[str, Any]] = {}

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    @property
    def path(self) -> str:
        return self.store.path

    @property
    def outlets(self) -> OutletTable:
        if self._outlets is None:
            self._outlets = load_outlets(self.settings.outlets_file)
        return self._outlets

    # -- ingest ------------------------------------------------------------
    def ingest(
        self,
        inputs: Sequence[str],
        *,
        outlet: str | None = None,
        published: str | None = None,
        columns: Mapping[str, str] | None = None,
        encoding: str | None = None,
        stdin: BinaryIO | None = None,
        on_item: ProgressHook | None = None,
        on_problem: Callable[[Problem], None] | None = None,
    ) -> IngestSummary:
        """Ingest every input; one bad input is reported in the summary and the rest goes on.

        Articles are fetched, cleaned and fingerprinted with no lock held, then
        written in short transactions of up to ``WRITE_BATCH`` articles (or
        ``WRITE_DELAY`` seconds of work): the library is never locked while a
        slow server answers, and other writers interleave. Duplicate decisions
        are made inside the write transaction, in order, so they see everything
        stored before them. After an interruption (KeyboardInterrupt, or SIGTERM
        turned into one by the CLI) everything counted in the summary is
        stored; re-running the same call finishes the rest.
        """
        if encoding:
            try:
                codecs.lookup(encoding)
            except LookupError:
                raise ConfigError(f"unknown encoding {encoding!r}") from None
        stages = (NlpStage(self.settings.nlp_model),) if self.settings.quotes else ()
        if stages:
            load_nlp(self.settings.nlp_model)  # a missing pipeline is one clear error, not one per article
        pipeline = Pipeline(self.outlets, stages, outlet=outlet, published=_date_flag(published, "published"))
        summary = IngestSummary()
        batch: list[tuple[Article, Fingerprint]] = []
        batch_started = 0.0

        def report(problem: Problem) -> None:
            summary.problems.append(problem)
            if problem.fatal:
                summary.skipped += 1
            if on_problem:
                on_problem(problem)

        def flush() -> None:
            outcomes = []
            with self.store.transaction():
                for article, mark in batch:
                    outcomes.append(self._store(article, mark))
            batch.clear()
            # Counted only once committed: the summary never claims what an interruption undid.
            for outcome, article_id in outcomes:
                setattr(summary, outcome, getattr(summary, outcome) + 1)
                if article_id is not None:
                    summary.article_ids.append(article_id)

        documents = iter_documents(inputs, self.settings, columns=columns, encoding=encoding, stdin=stdin)
        try:
            for item in documents:
                if isinstance(item, Problem):
                    report(item)
                    continue
                if on_item:
                    on_item(item.source)
                try:
                    article = pipeline(item)
                    batch.append((article, fingerprint(article, self.settings.near_duplicate_threshold)))
                except InputError as exc:
                    report(Problem(item.source, str(exc)))
                    continue
                except SaysoError:
                    raise
                except Exception as exc:  # a bug must not cost the user the rest of the batch
                    report(Problem(item.source, f"internal error ({type(exc).__name__}: {exc}); please report it"))
                    continue
                if len(batch) == 1:
                    batch_started = time.monotonic()
                if len(batch) >= WRITE_BATCH or time.monotonic() - batch_started >= WRITE_DELAY:
                    flush()
            if batch:
                flush()
        except KeyboardInterrupt:
            summary.interrupted = True
            try:
                if batch:
                    flush()  # what was read in full is kept
            except KeyboardInterrupt:
                pass  # a second interrupt: the open transaction was rolled back, nothing half-written
        finally:
            documents.close()
        if not summary.interrupted and self.store.has_unresolved():
            self.resolve_entities()  # corpus level: the new articles' names join the library's entities
        elif not summary.interrupted and summary.article_ids:
            with self.store.transaction():
                self.store.rebuild_quote_order()
        self._profiles.clear()  # PRAGMA data_version only sees other connections' writes
        return summary

    def _store(self, article: Article, mark: Fingerprint) -> tuple[str, int | None]:
        """Decide and write one article inside the caller's transaction: (summary field, new id)."""
        quotes = self.settings.quotes
        found = self.store.find_key(mark.key)
        if found is not None:
            if quotes and not self.store.quotes_done(found[0]):
                # stored before quotes and mentions existed (or with --no-quotes): re-ingesting fills them in
                self.store.write_mentions(found[0], article.text, article.mentions)
                self.store.write_quotes(found[0], article.text, article.quotes)
            return "unchanged", None
        original = self._near_duplicate_of(article, mark)
        if original is not None:
            return "duplicates", self.store.add_article(article.replace(duplicate_of=original), mark, quotes)
        return "new", self.store.add_article(article, mark, quotes)

    def _near_duplicate_of(self, article: Article, mark: Fingerprint) -> int | None:
        """The first stored copy of the same story, if any.

        Whole-text similarity alone would join two agency items that share a
        long standard background paragraph; the same story also opens the same
        way, so the lead is compared too, once per first copy (copies of copies
        all point to it).
        """
        roots: dict[int, float] = {}
        for candidate in self.store.near_candidates(mark.bands):
            score = similarity(mark.signature, candidate.signature)
            if score >= self.settings.near_duplicate_threshold:
                root = candidate.duplicate_of or candidate.id
                roots[root] = max(score, roots.get(root, 0.0))
        for root, _ in sorted(roots.items(), key=lambda item: (-item[1], item[0])):
            stored = self.store.get_article(root)
            if stored is not None and lead_similarity(article.text, stored.text) >= LEAD_THRESHOLD:
                return root
        return None

    # -- reading -----------------------------------------------------------
    def article(self, article_id: int) -> Article:
        article = self.store.get_article(article_id)
        if article is None:
            raise NotFoundError(f"no article {article_id} in this library")
        return article

    def articles(
        self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> list[Article]:
        return self.store.list_articles(_filter(outlet, since, until, limit, offset, self.outlets))

    def summaries(
        self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> list[dict[str, Any]]:
        """A list page as summary records (no texts): for lists, where texts would only be read and dropped."""
        return self.store.list_summaries(_filter(outlet, since, until, limit, offset, self.outlets))

    def count_articles(self, *, outlet: str | None = None, since: str | None = None, until: str | None = None) -> int:
        return self.store.count_articles(_filter(outlet, since, until, 1, 0, self.outlets))

    def search(
        self, query: str, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
        limit: int = 20, offset: int = 0,
    ) -> list[SearchHit]:
        if not query.strip():
            raise ConfigError("the search is empty: give some words to look for")
        return self.store.search(query, _filter(outlet, since, until, limit, offset, self.outlets))

    def quotes(
        self, *, speaker: str | None = None, speaker_entity: int | None = None, outlet: str | None = None, since: str | None = None,
        until: str | None = None, search: str | None = None, article: int | None = None, kind: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Quote records (export shape) with their article's title, outlet and date, newest articles first."""
        where = self._quote_filter(speaker, outlet, since, until, article, kind, limit, offset, speaker_entity)
        rows = self.store.list_quotes(where, search.strip() if search and search.strip() else None)
        return [quote_listing(row) for row in rows]

    def count_quotes(
        self, *, speaker: str | None = None, speaker_entity: int | None = None, outlet: str | None = None, since: str | None = None,
        until: str | None = None, search: str | None = None, article: int | None = None, kind: str | None = None,
    ) -> int:
        where = self._quote_filter(speaker, outlet, since, until, article, kind, 1, 0, speaker_entity)
        return self.store.count_quotes(where, search.strip() if search and search.strip() else None)

    def _quote_filter(self, speaker, outlet, since, until, article, kind, limit, offset,
                      speaker_entity=None) -> QuoteFilter:
        base = _filter(outlet, since, until, limit, offset, self.outlets)
        if kind is not None and kind not in QUOTE_KINDS:
            raise ConfigError(f"unknown quote kind {kind!r}: use one of {', '.join(QUOTE_KINDS)}")
        return QuoteFilter(
            speaker=(speaker or "").strip() or None, outlet=base.outlet, since=base.since, until=base.until,
            article=article, kind=kind, limit=base.limit, offset=base.offset, speaker_entity=speaker_entity,
        )

    # -- entities ------------------------------------------------------------
    def resolve_entities(self) -> int:
        """Resolve every stored mention into entities (corrections applied); returns how many entities there are.

        Works from the stored mentions alone: no article is parsed again. The quotes' listing order,
        the other corpus-level step, is rebuilt with it.
        """
        with self.store.transaction():
            result = resolve_library(self.store.all_mentions(), self.store.quote_speakers(),
                                     corrections_from(self.store.corrections()))
            self.store.replace_entities(result.entities, result.assignment, result.speakers)
            self.store.rebuild_quote_order()
        self._profiles.clear()
        return len(result.entities)

    def entities(self, *, kind: str | None = None, search: str | None = None, limit: int = 50,
                 offset: int = 0) -> list[Entity]:
        """Entities ranked by quotes, then mentions."""
        return self.store.list_entities(_entity_filter(kind, search, limit, offset))

    def count_entities(self, *, kind: str | None = None, search: str | None = None) -> int:
        return self.store.count_entities(_entity_filter(kind, search, 1, 0))

    def entity(self, name_or_id: str | int) -> Entity:
        """The entity with this id, name or alias; the most quoted one when a name is shared."""
        found = self._find_entities(name_or_id)
        return found[0]

    def _exact_entity(self, name_or_id: str) -> Entity:
        """The one entity with exactly this id, name or alias: corrections never act on a guess."""
        found = self._find_entities(name_or_id, exact=True)
        if len(found) > 1:
            choices = ", ".join(f"{e.name} (id {e.id})" for e in found[:5])
            raise ConfigError(f"{name_or_id!r} names several entities: {choices}; give the id")
        return found[0]

    def _find_entities(self, name_or_id: str | int, exact: bool = False) -> list[Entity]:
        text = str(name_or_id).strip()
        if text.isdigit():
            entity = self.store.get_entity(int(text))
            found = [entity] if entity else []
        else:
            found = self.store.find_entities(text)
            if not found and not exact:
                found = self.store.list_entities(EntityFilter(search=text, limit=5))
        if not found:
            raise NotFoundError(f"no entity called {text!r}: see `sayso entities --search`")
        return found

    def entity_profile(self, name_or_id: str | int, *, quotes: int = 20) -> dict[str, Any]:
        """Everything known about one entity: aliases with reasons, roles, outlets, quotes, co-mentioned entities.

        Kept until the library changes: a much-quoted person's profile reads thousands of rows, and
        analysts (and servers) ask for the same people again and again.
        """
        key = (str(name_or_id), quotes, self.store.data_version())
        if key not in self._profiles:
            if len(self._profiles) >= PROFILE_CACHE:
                self._profiles.pop(next(iter(self._profiles)))
            self._profiles[key] = self._entity_profile(name_or_id, quotes)
        return self._profiles[key]

    def _entity_profile(self, name_or_id: str | int, quotes: int) -> dict[str, Any]:
        found = self._find_entities(name_or_id)
        entity = found[0]
        return {
            "entity": entity,
            "others": found[1:],  # other entities the same name could mean
            "roles": self.store.entity_roles(entity.id),
            "outlets": self.store.entity_outlets(entity.id),
            "co_mentions": self.store.co_mentions(entity.id),
            "quotes": self.quotes(speaker_entity=entity.id, limit=quotes),
            "kept_apart": kept_apart(entity, self.store.list_entities(
                EntityFilter(kind=entity.kind, search=entity.name.split()[-1], limit=20))),
            "timeline": self.store.quote_timeline(entity.id),
        }

    def import_entities(self, path: str) -> int:
        """Read corrections from a CSV (name, kind, aliases, external ids) and re-resolve; returns rows read."""
        rows = read_entity_csv(path)
        with self.store.transaction():
            for row in rows:
                for alias in [row.name, *row.aliases]:
                    self.store.add_correction("alias", row.kind, alias, row.name,
                                              external_ids=" ".join(row.external_ids) or None)
        self.resolve_entities()
        return len(rows)

    def merge_entities(self, a: str, b: str) -> Entity:
        """Make ``a`` and ``b`` one entity, now and in every later resolution."""
        first, second = self._exact_entity(a), self._exact_entity(b)
        if first.id == second.id:
            raise ConfigError(f"{a!r} and {b!r} are already one entity: {first.name}")
        with self.store.transaction():
            self.store.add_correction("merge", first.kind, first.name, second.name, kind_b=second.kind)
        self.resolve_entities()
        return self.entity(first.name)

    def split_entity(self, name: str, alias: str) -> Entity:
        """Take the mentions written ``alias`` out of entity ``name``, now and in every later resolution."""
        entity = self._exact_entity(name)
        if not any(a.lower() == alias.strip().lower() for a, _ in entity.aliases):
            names = ", ".join(a for a, _ in entity.aliases)
            raise ConfigError(f"{entity.name} has no alias {alias!r}: its aliases are {names}")
        if alias.strip().lower() == entity.name.lower():
            raise ConfigError(f"{alias!r} is the entity's own name: split off one of its other aliases")
        with self.store.transaction():
            self.store.add_correction("split", entity.kind, entity.name, alias.strip())
        self.resolve_entities()
        return self.entity(alias)

    def top_speakers(self, limit: int = 10) -> list[tuple[str, int]]:
        """The most quoted speakers, (name, quotes), most first."""
        return self.store.speaker_counts(limit)

    def stats(self) -> dict[str, Any]:
        return self.store.stats()

    def outlet_counts(self) -> dict[str, int]:
        """Articles per known outlet, most first: cheaper than stats() when only outlets are wanted."""
        return self.store.outlet_counts()

    def health(self) -> dict[str, Any]:
        """Cheap enough to call often: no scan of the articles."""
        return {"status": "ok", "articles": self.store.count_all(), "schema_version": self.store.schema_version}

    def date_counts(self) -> list[tuple[str, int]]:
        return self.store.date_counts()

    def export(self, out: IO[str], fmt: str = "jsonl") -> int:
        """Write every record in ``fmt``; returns how many were written."""
        return write_export(self.store.iter_articles(), out, fmt, entities=self._entity_records())

    def _entity_records(self) -> Iterator[dict[str, Any]]:
        mentions: dict[int, list[Any]] = defaultdict(list)
        for row in self.store.entity_mentions():
            mentions[row["entity_id"]].append(row)
        offset = 0
        while True:
            page = self.store.list_entities(EntityFilter(limit=MAX_PAGE, offset=offset))
            for entity in page:
                yield entity_record(entity, mentions.get(entity.id, []), self.store.entity_roles(entity.id))
            if len(page) < MAX_PAGE:
                return
            offset += MAX_PAGE


def open_library(
    path: str | None = None,
    settings: Settings | None = None,
    *,
    create: bool = True,
    read_only: bool = False,
    **overrides: Any,
) -> Library:
    """Open the library at ``path``, else at the configured default (``./sayso.db``).

    With ``create=False`` (implied by ``read_only``) a missing library is an
    error instead of a new empty file.
    """
    settings = (settings or load_settings()).replace(db=path, **overrides)
    if (read_only or not create) and settings.db != ":memory:" and not Path(settings.db).exists():
        raise NotFoundError(f"no library at {settings.db}: run `sayso ingest` first, or pass --db PATH")
    return Library(settings, open_store(settings.db, read_only=read_only))
