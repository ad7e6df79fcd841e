"""Server-side SVG charts: no script, no CDN, and every label escaped."""
from __future__ import annotations

import datetime as dt
from collections import Counter

from markupsafe import Markup, escape

__all__ = ["bar_chart", "timeline_chart", "bucket_dates", "outlet_timeline_chart"]

PALETTE = ("#3b6ea5", "#c0504d", "#9bbb59", "#8064a2", "#4bacc6", "#f79646", "#2c4d75", "#772c2a")


def bar_chart(items: list[tuple[str, int]], *, width: int = 520, bar: int = 20, label_width: int = 190,
              title: str = "") -> Markup:
    """Horizontal bars, one per (label, value)."""
    if not items:
        return Markup("")
    top = max(value for _, value in items) or 1
    height = len(items) * (bar + 6) + 4
    span = width - label_width - 50
    rows = []
    for i, (label, value) in enumerate(items):
        y = 2 + i * (bar + 6)
        length = max(1, round(span * value / top))
        rows.append(
            f'<g><title>{escape(label)}: {value}</title>'
            f'<text x="{label_width - 8}" y="{y + bar * 0.72:.1f}" text-anchor="end">{escape(_clip(label, 26))}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar}" fill="{PALETTE[i % len(PALETTE)]}"/>'
            f'<text x="{label_width + length + 6}" y="{y + bar * 0.72:.1f}">{value}</text></g>'
        )
    return Markup(
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">{"".join(rows)}</svg>'
    )


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def bucket_dates(counts: list[tuple[str, int]]) -> tuple[str, list[tuple[str, int]]]:
    """Group (YYYY-MM-DD, n) into days, weeks or months, whichever gives a readable chart."""
    if not counts:
        return "day", []
    dates = [(dt.date.fromisoformat(d), n) for d, n in counts]
    span = (dates[-1][0] - dates[0][0]).days
    if span <= 62:
        unit, key = "day", lambda d: d.isoformat()
    elif span <= 3 * 365:
        unit, key = "week", lambda d: (d - dt.timedelta(days=d.weekday())).isoformat()
    else:
        unit, key = "month", lambda d: d.strftime("%Y-%m")
    totals: Counter[str] = Counter()
    day = dates[0][0]
    while day <= dates[-1][0]:  # every bucket in the range, so quiet days show as gaps
        totals[key(day)] += 0
        day += dt.timedelta(days=1)
    for date, n in dates:
        totals[key(date)] += n
    return unit, sorted(totals.items())


def timeline_chart(counts: list[tuple[str, int]], *, width: int = 720, height: int = 140, title: str = "") -> Markup:
    """Vertical bars over time, bucketed by day, week or month."""
    unit, buckets = bucket_dates(counts)
    if not buckets:
        return Markup("")
    top = max(n for _, n in buckets) or 1
    plot = height - 24
    step = width / len(buckets)
    bars = []
    for i, (label, n) in enumerate(buckets):
        if not n:
            continue
        h = max(1, round(plot * n / top))
        bars.append(
            f'<rect x="{i * step + 1:.1f}" y="{plot - h}" width="{max(1.0, step - 2):.1f}" height="{h}"'
            f' fill="{PALETTE[0]}"><title>{escape(label)}: {n}</title></rect>'
        )
    first, last = escape(buckets[0][0]), escape(buckets[-1][0])
    axis = (
        f'<text x="0" y="{height - 6}">{first}</text>'
        f'<text x="{width}" y="{height - 6}" text-anchor="end">{last}</text>'
        f'<text x="{width / 2:.0f}" y="{height - 6}" text-anchor="middle">articles per {unit}</text>'
    )
    return Markup(
        f'<svg class="chart timeline" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">{"".join(bars)}{axis}</svg>'
    )


def outlet_timeline_chart(points: list[tuple[str, str, int]], *, width: int = 720, height: int = 180, title: str = "",
                          unit_label: str = "statements", most_outlets: int = len(PALETTE) - 1) -> Markup:
    """Stacked bars over time, one colour per outlet, from (YYYY-MM-DD, outlet, n); a legend below the plot.

    The most frequent outlets get their own colour; the rest share one bar segment as "other outlets".
    """
    if not points:
        return Markup("")
    totals: Counter[str] = Counter()
    for _, outlet, n in points:
        totals[outlet] += n
    ranked = [o for o, _ in sorted(totals.items(), key=lambda item: (-item[1], item[0]))]
    shown = ranked if len(ranked) <= most_outlets + 1 else ranked[:most_outlets]
    other = "other outlets"
    series = shown + ([other] if len(shown) < len(ranked) else [])
    colour = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(series)}
    per_day: Counter[str] = Counter()
    for date, _, n in points:
        per_day[date] += n
    unit, buckets = bucket_dates(sorted(per_day.items()))
    bucket_of = {}  # every day's bucket label, found by bucketing the day alone against the same range
    labels = [label for label, _ in buckets]
    for date in per_day:
        bucket_of[date] = next((label for label in reversed(labels) if label <= date[: len(label)]), labels[0])
    stacks: dict[str, Counter[str]] = {label: Counter() for label in labels}
    for date, outlet, n in points:
        stacks[bucket_of[date]][outlet if outlet in colour else other] += n
    legend_rows = (len(series) + 2) // 3
    plot = height - 24
    full = height + legend_rows * 18 + 6
    top = max(sum(c.values()) for c in stacks.values()) or 1
    step = width / len(labels)
    bars = []
    for i, label in enumerate(labels):
        y = plot
        for name in series:
            n = stacks[label][name]
            if not n:
                continue
            h = max(1, round(plot * n / top))
            y -= h
            bars.append(
                f'<rect class="segment" x="{i * step + 1:.1f}" y="{y}" width="{max(1.0, step - 2):.1f}" height="{h}"'
                f' fill="{colour[name]}"><title>{escape(label)} · {escape(name)}: {n}</title></rect>'
            )
    first, last = escape(labels[0]), escape(labels[-1])
    axis = (
        f'<text x="0" y="{height - 6}">{first}</text>'
        f'<text x="{width}" y="{height - 6}" text-anchor="end">{last}</text>'
        f'<text x="{width / 2:.0f}" y="{height - 6}" text-anchor="middle">{escape(unit_label)} per {unit}</text>'
    )
    legend = []
    for i, name in enumerate(series):
        x, y = (i % 3) * (width / 3), height + 6 + (i // 3) * 18
        n = totals[name] if name in shown else sum(totals[o] for o in ranked[len(shown):])
        legend.append(
            f'<g class="legend-item"><rect x="{x:.0f}" y="{y}" width="12" height="12" fill="{colour[name]}"/>'
            f'<text x="{x + 18:.0f}" y="{y + 10}">{escape(_clip(name, 34))} ({n})</text></g>'
        )
    return Markup(
        f'<svg class="chart timeline by-outlet" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {full}"'
        f' width="{width}" height="{full}" xmlns="http://www.w3.org/2000/svg">{"".join(bars)}{axis}{"".join(legend)}</svg>'
    )
