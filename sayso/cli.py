"""`sayso …`: parse arguments, call one library function, print, map errors to exit codes.

Exit codes: 0 done; 1 some inputs failed or a record was not found; 2 bad
usage or settings; 3 the library cannot be used; 70 an internal error (a bug);
130 interrupted.
"""
from __future__ import annotations

import json
import re
import signal
import socket
import sys
from contextlib import contextmanager
from typing import Any, Iterator, NoReturn

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from . import __version__
from .config import load_settings
from .errors import ConfigError, NotFoundError, SaysoError, StoreError
from .export import (
    FORMATS, article_record, article_summary, entity_profile_record, entity_summary, quote_record, role_records,
)
from .ingest.sources import parse_column_overrides
from .model import ENTITY_KINDS, Problem, SearchHit
from .services import Library, open_library

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def plain(value: object) -> str:
    """Scraped text reaches a terminal: drop control characters (escape sequences included)."""
    return "" if value is None else _CONTROL.sub("", str(value))


def _fail(message: str, code: int) -> NoReturn:
    err.print(Text(f"error: {plain(message)}", style="red"))
    sys.exit(code)


# The most specific class first: the first match decides the exit code.
_EXIT_CODES = ((ConfigError, 2), (NotFoundError, 1), (StoreError, 3), (SaysoError, 1))


@contextmanager
def _exit_on_error() -> Iterator[None]:
    """Turn sayso's errors into one line on stderr and the documented exit code."""
    try:
        yield
    except SaysoError as exc:
        _fail(str(exc), next(code for kind, code in _EXIT_CODES if isinstance(exc, kind)))


def _run(fn, *args, **kwargs):
    """Call one library function and map its errors to exit codes."""
    with _exit_on_error():
        return fn(*args, **kwargs)


def _library(ctx: click.Context, db: str | None, write: bool = False, **overrides: Any) -> Library:
    """The library for one command; only `ingest` writes, everything else opens it read-only."""
    with _exit_on_error():
        return open_library(settings=load_settings(flags={"db": db, **overrides}), read_only=not write)


def _dump_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


db_option = click.option("--db", metavar="PATH", help="The library file (default ./sayso.db, or SAYSO_DB).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
filter_options = [
    click.option("--outlet", metavar="NAME", help="Only this outlet."),
    click.option("--since", metavar="DATE", help="Published on or after DATE (YYYY-MM-DD)."),
    click.option("--until", metavar="DATE", help="Published on or before DATE (YYYY-MM-DD)."),
]


def with_filters(fn):
    for option in reversed(filter_options):
        fn = option(fn)
    return fn


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sayso")
def cli() -> None:
    """sayso: who said what, about whom, when — and who reported it, in which words."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@db_option
@click.option("--outlet", metavar="NAME", help="The outlet of every input (wins over what the text says).")
@click.option("--published", metavar="DATE", help="The publication date of every input (YYYY-MM-DD).")
@click.option("--column", "columns", multiple=True, metavar="FIELD=NAME",
              help="Map an unusual JSONL/CSV column, e.g. --column text=body_html. Repeatable.")
@click.option("--encoding", metavar="NAME", help="Decode files with this encoding instead of detecting it.")
@click.option("--outlets", "outlets_file", metavar="CSV", help="Extra rows for the outlet table.")
@click.option("--allow-private", is_flag=True, default=None, help="Allow fetching private and loopback addresses.")
@click.option("--no-quotes", is_flag=True, help="Skip the quote stage (much faster; re-ingest later to add quotes).")
@json_option
@click.pass_context
def ingest(ctx, inputs, db, outlet, published, columns, encoding, outlets_file, allow_private, no_quotes,
           as_json) -> None:
    """Ingest files, folders (recursively), - for stdin, http(s) URLs and feeds; find their quotes."""
    column_map = _run(parse_column_overrides, columns)
    library = _library(ctx, db, write=True, outlets_file=outlets_file, allow_private=allow_private,
                       quotes=False if no_quotes else None)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # a kill stops as cleanly as Ctrl-C

    show_progress = err.is_terminal and not as_json
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.completed} read"), BarColumn(bar_width=None),
        TextColumn("{task.description}", markup=False), TimeElapsedColumn(),
        console=err, transient=True, disable=not show_progress,
    )
    task = progress.add_task("", total=None)

    def on_item(source: str) -> None:
        progress.update(task, advance=1, description=plain(source)[-60:])

    def on_problem(problem: Problem) -> None:
        style = "red" if problem.fatal else "yellow"
        (progress.console if show_progress else err).print(Text(plain(str(problem)), style=style))

    with library, progress:
        summary = _run(
            library.ingest, list(inputs), outlet=outlet, published=published, columns=column_map,
            encoding=encoding, on_item=on_item, on_problem=on_problem,
        )
    if as_json:
        _dump_json({"library": library.path, **summary.as_dict()})
    else:
        out.print(Text(f"{library.path}: {summary.line()}"))
        if any(p.code == "blocked_url" for p in summary.problems):
            err.print(Text("hint: --allow-private fetches private, loopback and link-local addresses anyway",
                           style="dim"))
    if summary.interrupted:
        sys.exit(130)
    sys.exit(1 if summary.failed else 0)


def _hit_text(hit: SearchHit) -> Text:
    line = Text()
    for piece, marked in hit.snippet_parts():
        line.append(plain(piece).replace("\n", " "), style="bold yellow" if marked else None)
    return line


def _meta_line(article) -> str:
    date = article.published or article.published_partial or "undated"
    return f"{article.outlet or 'unknown outlet'} · {date}"


@cli.command()
@click.argument("query")
@db_option
@with_filters
@click.option("--limit", default=20, show_default=True, help="How many hits.")
@click.option("--offset", default=0, help="Skip this many hits (paging).")
@json_option
@click.pass_context
def search(ctx, query, db, outlet, since, until, limit, offset, as_json) -> None:
    """Full-text search over titles and texts, best hits first."""
    with _library(ctx, db) as library:
        hits = _run(library.search, query, outlet=outlet, since=since, until=until, limit=limit, offset=offset)
    if as_json:
        _dump_json([
            {**article_summary(h.article), "snippet": "".join(p for p, _ in h.snippet_parts()),
             "highlights": [p for p, marked in h.snippet_parts() if marked], "rank": h.rank}
            for h in hits
        ])
        return
    if not hits:
        out.print("no hits")
        return
    for hit in hits:
        a = hit.article
        out.print(Text(f"[{a.id}] ", style="cyan") + Text(plain(a.title or "(no title)"), style="bold")
                  + Text(f"  {plain(_meta_line(a))}", style="dim"))
        out.print(Text("    ") + _hit_text(hit))


@cli.command()
@db_option
@with_filters
@click.option("--limit", default=50, show_default=True)
@click.option("--offset", default=0)
@json_option
@click.pass_context
def articles(ctx, db, outlet, since, until, limit, offset, as_json) -> None:
    """List articles, newest first."""
    with _library(ctx, db) as library:
        rows = _run(library.summaries, outlet=outlet, since=since, until=until, limit=limit, offset=offset)
    if as_json:
        _dump_json(rows)
        return
    table = Table(box=None, show_header=True, header_style="bold")
    for column in ("id", "published", "outlet", "title"):
        table.add_column(column)
    for a in rows:
        dup = f" (duplicate of {a['duplicate_of']})" if a["duplicate_of"] else ""
        table.add_row(str(a["id"]), plain(a["published"] or a["published_partial"] or ""), plain(a["outlet"] or ""),
                      Text(plain(a["title"] or "(no title)") + dup))
    out.print(table)


_KIND_STYLE = {"direct": "bold green", "indirect": "cyan", "mixed": "bold cyan"}


def _marked_text(article) -> Text:
    """The article text with each quote coloured by kind and each speaker underlined."""
    text = Text()
    styles: list[tuple[int, int, str]] = []
    for q in article.quotes:
        styles.append((q.start, q.end, _KIND_STYLE[q.kind]))
        if q.speaker_start is not None:
            styles.append((q.speaker_start, q.speaker_end, "underline"))
    cuts = sorted({0, len(article.text), *(p for s in styles for p in s[:2])})
    for a, b in zip(cuts, cuts[1:]):
        style = " ".join(st for s0, s1, st in styles if s0 <= a and b <= s1) or None
        text.append(plain(article.text[a:b]), style=style)  # plain() keeps newlines
    return text


def _quote_line(q: dict[str, Any], n: int | None = None) -> Text:
    who = q["speaker_name"] or q["speaker_text"] or "unknown speaker"
    line = Text(f"  {n}. " if n is not None else "  ", style="dim")
    line.append(plain(who), style="bold")
    if q["cue"]:
        line.append(f" ({plain(q['cue'])})", style="dim")
    if q["medium"]:
        line.append(f" via {plain(q['medium'])}", style="dim")
    line.append(f" [{q['kind']}] ", style=_KIND_STYLE[q["kind"]])
    line.append(plain(q["text"]).replace("\n", " "))
    return line


@cli.command()
@db_option
@click.option("--speaker", metavar="NAME", help="Only quotes whose speaker's name (or words in the text) contain NAME.")
@with_filters
@click.option("--search", metavar="TEXT", help="Full-text search over the quotes' words and speakers.")
@click.option("--kind", type=click.Choice(["direct", "indirect", "mixed"]), help="Only this kind of quote.")
@click.option("--limit", default=50, show_default=True)
@click.option("--offset", default=0)
@json_option
@click.pass_context
def quotes(ctx, db, speaker, outlet, since, until, search, kind, limit, offset, as_json) -> None:
    """Who said what: quotes with their speakers, newest articles first."""
    with _library(ctx, db) as library:
        rows = _run(library.quotes, speaker=speaker, outlet=outlet, since=since, until=until, search=search,
                    kind=kind, limit=limit, offset=offset)
    if as_json:
        _dump_json(rows)
        return
    if not rows:
        out.print("no quotes")
        return
    last = None
    for q in rows:
        if q["article"] != last:
            last = q["article"]
            date = q["published"] or "undated"
            out.print(Text(f"[{q['article']}] ", style="cyan") + Text(plain(q["title"] or "(no title)"), style="bold")
                      + Text(f"  {plain(q['outlet'] or 'unknown outlet')} · {date}", style="dim"))
        out.print(_quote_line(q))


@cli.command()
@click.argument("article_id", type=int)
@db_option
@json_option
@click.pass_context
def show(ctx, article_id, db, as_json) -> None:
    """Print one article with its metadata, its quotes marked, and the lines cleaning removed."""
    with _library(ctx, db) as library:
        article = _run(library.article, article_id)
    record = article_record(article)
    quotes = [quote_record(q, article.id, article.text) for q in article.quotes]
    if as_json:
        _dump_json({**record, "quotes": quotes})
        return
    out.print(Text(plain(article.title or "(no title)"), style="bold"))
    for key in ("id", "outlet", "published", "published_partial", "place", "dateline", "agency", "author",
                "language", "source", "url", "duplicate_of"):
        if record.get(key) is not None:
            out.print(Text(f"{key}: ", style="dim") + Text(plain(record[key])))
    out.print()
    out.print(_marked_text(article))
    if quotes:
        out.print()
        out.print(Text(f"quotes ({len(quotes)}):", style="dim"))
        for n, q in enumerate(quotes, 1):
            out.print(_quote_line(q, n))
    if article.removed:
        out.print()
        out.print(Text(f"removed ({len(article.removed)} lines):", style="dim"))
        for line in article.removed:
            out.print(Text(f"  - {plain(line)}", style="dim"))


@cli.group(invoke_without_command=True)
@db_option
@click.option("--kind", type=click.Choice(ENTITY_KINDS, case_sensitive=False), help="Only this kind.")
@click.option("--search", metavar="TEXT", help="Only entities whose name or an alias contains TEXT.")
@click.option("--limit", default=50, show_default=True)
@click.option("--offset", default=0)
@json_option
@click.pass_context
def entities(ctx, db, kind, search, limit, offset, as_json) -> None:
    """People, organisations and places, most quoted and most mentioned first."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": db}
        return
    with _library(ctx, db) as library:
        rows = _run(library.entities, kind=kind, search=search, limit=limit, offset=offset)
        unresolved = not rows and not kind and not search and library.count_entities() == 0 and library.health()["articles"]
    if as_json:
        _dump_json([entity_summary(e) for e in rows])
        return
    if unresolved:
        # articles stored with --no-quotes, or by a sayso from before entities: their names were never read
        out.print("no entities yet: ingest the same inputs again (without --no-quotes) to find the names in them")
        return
    if not rows:
        out.print("no entities")
        return
    table = Table(box=None, show_header=True, header_style="bold")
    for column, justify in (("id", "right"), ("kind", "left"), ("name", "left"), ("quotes", "right"),
                            ("mentions", "right"), ("articles", "right"), ("also written", "left")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for e in rows:
        others = ", ".join(plain(a) for a, _ in e.aliases if a != e.name)
        table.add_row(str(e.id), e.kind, Text(plain(e.name)), str(e.quotes), str(e.mentions), str(e.articles),
                      Text(others, style="dim"))
    out.print(table)


@entities.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False))
@db_option
@click.pass_context
def entities_import(ctx, file, db) -> None:
    """Import known entities from a CSV: name,kind,aliases,external_ids (aliases split by "|")."""
    with _library(ctx, db or (ctx.obj or {}).get("db"), write=True) as library:
        count = _run(library.import_entities, file)
    out.print(f"imported {count} entities; the library is resolved again with them")


@cli.command(context_settings={"ignore_unknown_options": False})
@click.argument("words", nargs=-1, required=True, metavar="NAME | merge A B | split NAME ALIAS")
@db_option
@click.option("--why", is_flag=True, help="Say why each name was merged, and which look-alikes were kept apart.")
@json_option
@click.pass_context
def entity(ctx, words, db, why, as_json) -> None:
    """One entity: its names, roles, outlets, quotes and company. `merge` and `split` correct the resolution."""
    if words[0] in ("merge", "split") and len(words) == 3:
        with _library(ctx, db, write=True) as library:
            if words[0] == "merge":
                result = _run(library.merge_entities, words[1], words[2])
                out.print(Text(f"merged: {plain(result.name)} (id {result.id}) now also covers {plain(words[2])}"))
            else:
                result = _run(library.split_entity, words[1], words[2])
                out.print(Text(f"split: {plain(words[2])} is now entity {result.id} of its own"))
        return
    if words[0] in ("merge", "split"):
        _fail(f"usage: sayso entity {words[0]} " + ("A B" if words[0] == "merge" else "NAME ALIAS"), 2)
    with _library(ctx, db) as library:
        profile = _run(library.entity_profile, " ".join(words))
    if as_json:
        _dump_json(entity_profile_record(profile))
        return
    _print_profile(profile, why)


def _print_profile(profile: dict[str, Any], why: bool) -> None:
    e = profile["entity"]
    out.print(Text(plain(e.name), style="bold") + Text(f"  {e.kind} · id {e.id} · {e.quotes} quotes · "
                                                       f"{e.mentions} mentions in {e.articles} articles", style="dim"))
    if e.external_ids:
        out.print(Text("ids: " + ", ".join(plain(i) for i in e.external_ids), style="dim"))
    for other in profile["others"]:
        out.print(Text(f"(the name also fits {plain(other.name)}, id {other.id}: ask for that id to see it)", style="dim"))
    aliases = [(a, r) for a, r in e.aliases if a != e.name]
    if aliases:
        out.print(Text("also written:", style="dim"))
        for alias, reason in aliases:
            out.print(Text(f"  {plain(alias)}") + (Text(f"  ({plain(reason)})", style="dim") if why else Text()))
    if why:
        kept = profile["kept_apart"]
        out.print(Text("kept apart:" if kept else "kept apart: no look-alikes in the library", style="dim"))
        for other, reason in kept:
            out.print(Text(f"  {plain(other.name)} (id {other.id}): {plain(reason)};"
                           f" `sayso entity merge {e.id} {other.id}` if they are one", style="dim"))
    if profile["roles"]:
        out.print(Text("roles:", style="dim"))
        for r in role_records(profile["roles"]):
            out.print(Text(f"  {r['published'] or 'undated'}  {plain(r['role'])}  [article {r['article']}]"))
    if profile["outlets"]:
        out.print(Text("outlets: ", style="dim") + Text(", ".join(
            f"{plain(o or 'unknown')} ({n} articles, {q} quotes)" for o, n, q in profile["outlets"])))
    if profile["co_mentions"]:
        out.print(Text("mentioned with: ", style="dim") + Text(", ".join(
            f"{plain(other.name)} ({n})" for other, n in profile["co_mentions"])))
    if profile["quotes"]:
        out.print(Text(f"quotes ({e.quotes}, latest first):", style="dim"))
        for q in profile["quotes"]:
            out.print(_quote_line(q))


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to FILE, not stdout.")
@click.pass_context
def export(ctx, db, fmt, output) -> None:
    """Export the library as records (DESIGN.md shapes)."""
    with _library(ctx, db) as library:
        if output:
            try:
                fh = open(output, "w", encoding="utf-8", newline="")
            except OSError as exc:
                _fail(f"cannot write {output}: {exc.strerror}", 2)
            with fh:
                count = _run(library.export, fh, fmt)
            err.print(Text(f"wrote {count} records to {output}"))
        else:
            _run(library.export, sys.stdout, fmt)


@cli.command()
@db_option
@json_option
@click.pass_context
def stats(ctx, db, as_json) -> None:
    """What is in the library: articles per outlet and the date range."""
    with _library(ctx, db) as library:
        data = _run(library.stats)
    if as_json:
        _dump_json(data)
        return
    out.print(Text(f"{data['articles']} articles ({data['duplicates']} near-duplicates), "
                   f"{data['dated']} dated, {data['first_published'] or '?'} to {data['last_published'] or '?'}"))
    table = Table(box=None, show_header=True, header_style="bold")
    table.add_column("outlet")
    table.add_column("articles", justify="right")
    for name, count in data["outlets"].items():
        table.add_row(plain(name), str(count))
    if data["without_outlet"]:
        table.add_row(Text("(no outlet known)", style="dim"), str(data["without_outlet"]))
    out.print(table)


def _listen(host: str, port: int) -> socket.socket:
    """Bind first, so a busy port or a bad host is one clear line before anything is announced."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        raise ConfigError(f"cannot listen on {host}: {exc.strerror}") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    return sock


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.pass_context
def serve(ctx, db, host, port) -> None:
    """Serve the web UI and the JSON API (read-only) over a library."""
    import uvicorn

    from .web import create_app

    with _exit_on_error():
        settings = load_settings(flags={"db": db})
        app = create_app(settings)
        sock = _listen(host, port)
    shown = f"[{host}]" if ":" in host else host
    out.print(Text(f"serving {settings.db} at http://{shown}:{port}/ (API docs at /docs); Ctrl-C stops"))
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(Text(f"warning: listening on {host}: anyone who can reach it can read this library", style="yellow"))
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[sock])


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except Exception as exc:  # a bug: one line, not a traceback
        _fail(f"internal error ({type(exc).__name__}: {exc}); please report it", 70)


if __name__ == "__main__":
    main()
