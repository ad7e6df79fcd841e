"""The use cases of sayso. The CLI, the HTTP API and the web UI call these and only translate."""
from __future__ import annotations

from pathlib import Path
from typing import IO, Any, BinaryIO, Callable, Mapping, Sequence

from .config import Settings, load_settings
from .errors import ConfigError, InputError, NotFoundError, SaysoError
from .export import write_export
from .ingest.dedup import fingerprint, similarity
from .ingest.dates import parse_date
from .ingest.outlets import OutletTable, load_outlets
from .ingest.sources import iter_documents
from .model import Article, Document, IngestSummary, Problem, SearchHit
from .pipeline import Pipeline
from .store import ArticleFilter, Store, open_store

__all__ = ["Library", "open_library"]

ProgressHook = Callable[[str], None]
MAX_PAGE = 1000


def _date_flag(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if not parsed.full:
        raise ConfigError(f"{name} {value!r} is not a full date: write YYYY-MM-DD")
    return parsed.full


def _filter(outlet: str | None, since: str | None, until: str | None, limit: int, offset: int) -> ArticleFilter:
    if not 1 <= limit <= MAX_PAGE:
        raise ConfigError(f"limit must be between 1 and {MAX_PAGE}")
    if offset < 0:
        raise ConfigError("offset must not be negative")
    return ArticleFilter(
        outlet=outlet, since=_date_flag(since, "since"), until=_date_flag(until, "until"), limit=limit, offset=offset
    )


class Library:
    """A sayso library: one store plus the settings to fill it. Use ``open_library``."""

    def __init__(self, settings: Settings, store: Store):
        self.settings = settings
        self.store = store
        self._outlets: OutletTable | None = None

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

        Work is committed every ``commit_every`` articles; after an interruption
        (KeyboardInterrupt, SIGTERM turned into one by the CLI) what was
        committed stays and the summary says ``interrupted``: re-running the
        same call finishes the rest.
        """
        pipeline = Pipeline(self.outlets, outlet=outlet, published=_date_flag(published, "published"))
        summary = IngestSummary()

        def report(problem: Problem) -> None:
            summary.problems.append(problem)
            if problem.fatal:
                summary.skipped += 1
            if on_problem:
                on_problem(problem)

        documents = iter_documents(inputs, self.settings, columns=columns, encoding=encoding, stdin=stdin)
        pending = 0
        transaction = self.store.transaction()
        transaction.__enter__()
        try:
            for item in documents:
                if isinstance(item, Problem):
                    report(item)
                    continue
                if on_item:
                    on_item(item.source)
                try:
                    self._ingest_one(pipeline, item, summary)
                except InputError as exc:
                    report(Problem(item.source, str(exc)))
                except SaysoError:
                    raise
                except Exception as exc:  # a bug must not cost the user the rest of the batch
                    report(Problem(item.source, f"internal error ({type(exc).__name__}: {exc}); please report it"))
                pending += 1
                if pending >= self.settings.commit_every:
                    transaction.__exit__(None, None, None)
                    transaction = self.store.transaction()
                    transaction.__enter__()
                    pending = 0
        except KeyboardInterrupt:
            # add_article is atomic (a savepoint), so everything in the open transaction is whole: keep it.
            summary.interrupted = True
        except BaseException as exc:
            transaction.__exit__(type(exc), exc, exc.__traceback__)
            raise
        finally:
            documents.close()
        transaction.__exit__(None, None, None)
        return summary

    def _ingest_one(self, pipeline: Pipeline, doc: Document, summary: IngestSummary) -> None:
        article = pipeline(doc)
        mark = fingerprint(article, self.settings.near_duplicate_threshold)
        existing = self.store.find_key(mark.key)
        if existing is not None:
            summary.unchanged += 1
            return
        original = self._near_duplicate_of(mark.signature, mark.bands)
        if original is not None:
            article = article.replace(duplicate_of=original)
            summary.duplicates += 1
        else:
            summary.new += 1
        summary.article_ids.append(self.store.add_article(article, mark))

    def _near_duplicate_of(self, signature: bytes, bands: Sequence[int]) -> int | None:
        best: tuple[float, int] | None = None
        for candidate in self.store.near_candidates(bands):
            score = similarity(signature, candidate.signature)
            if score >= self.settings.near_duplicate_threshold:
                root = candidate.duplicate_of or candidate.id
                if best is None or (score, -root) > (best[0], -best[1]):
                    best = (score, root)
        return best[1] if best else None

    # -- reading -----------------------------------------------------------
    def article(self, article_id: int) -> Article:
        article = self.store.get_article(article_id)
        if article is None:
            raise NotFoundError(f"no article {article_id} in {self.path}")
        return article

    def articles(
        self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> list[Article]:
        return self.store.list_articles(_filter(outlet, since, until, limit, offset))

    def count_articles(self, *, outlet: str | None = None, since: str | None = None, until: str | None = None) -> int:
        return self.store.count_articles(_filter(outlet, since, until, 1, 0))

    def search(
        self, query: str, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
        limit: int = 20, offset: int = 0,
    ) -> list[SearchHit]:
        if not query.strip():
            raise ConfigError("the search is empty: give some words to look for")
        return self.store.search(query, _filter(outlet, since, until, limit, offset))

    def stats(self) -> dict[str, Any]:
        return self.store.stats()

    def date_counts(self) -> list[tuple[str, int]]:
        return self.store.date_counts()

    def export(self, out: IO[str], fmt: str = "jsonl") -> int:
        """Write every record in ``fmt``; returns how many were written."""
        return write_export(self.store.iter_articles(), out, fmt)


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
