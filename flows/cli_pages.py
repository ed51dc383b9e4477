"""``warta`` commands that read one page or the outlet registry and start no flow: extract
(one saved page), canary (each outlet's newest article, live) and outlets (the registry).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from flows.cli_common import Outlets, app, checked, outlet_choice


def _page_bytes(page: Path, url: str) -> bytes:
    """A saved page's bytes, read up to the crawl's size limit: a larger page is the reject
    a crawl records (exit 1), a file that cannot be read one error line (exit 1)."""
    from spiders.settings import download_maxsize, size_limit_reason

    try:
        limit = download_maxsize()
    except ValueError as exc:  # a malformed WARTA_DOWNLOAD_MAXSIZE
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    try:
        with page.open("rb") as handle:
            body = handle.read(limit + 1)
    except OSError as exc:
        typer.echo(f"error: page {page}: {exc.strerror or exc}", err=True)
        raise typer.Exit(1) from None
    if len(body) > limit:
        typer.echo(json.dumps({"url": url, "rejected": size_limit_reason(limit)}))
        raise typer.Exit(1)
    return body


@app.command()
def extract(
    page: Annotated[Path, typer.Argument(help="Saved HTML page.")],
    url: Annotated[str, typer.Option(help="The http(s) URL the page was fetched from.")],
    outlet: Annotated[str | None, typer.Option(
        help="Outlet slug; default: by URL host, a site outside the registry as other:<host>.")]
    = None,
    timezone: Annotated[str | None, typer.Option(
        help="IANA zone of times the page prints without one; default: the outlet's, "
             "Asia/Jakarta for a site outside the registry.")] = None,
    fetched_at: Annotated[str | None, typer.Option(
        help="When the page was saved (ISO time; UTC unless it has an offset): a publication "
             "date after it is not taken, as in a crawl. Default: now.")] = None,
) -> None:
    """Print the article and its events extracted from one saved page, as JSON."""
    from dataclasses import replace
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from flows import inputs
    from spiders.registry import RegistryError, context_for_url, get
    from transforms.extract.article import ExtractError
    from transforms.extract.decoding import decode_html
    from transforms.page import read_page

    checked(inputs.readable_file, page, "page")
    url = checked(inputs.page_url, url)
    # the crawl's fetch time: the reference of "2 jam lalu" and the bound of publication
    reference = checked(inputs.fetch_time, fetched_at, datetime.now(UTC))
    if outlet is not None:
        outlet = outlet_choice([outlet])[0]  # type: ignore[index]
    try:
        ctx = get(outlet).context() if outlet else context_for_url(url)
        if timezone is not None:
            ZoneInfo(timezone)
            ctx = replace(ctx, timezone=timezone)
        ctx = replace(ctx, fetched_at=reference)
    except RegistryError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    except (ZoneInfoNotFoundError, ValueError):
        typer.echo(f"error: unknown time zone {timezone!r} (an IANA name such as "
                   "Asia/Makassar)", err=True)
        raise typer.Exit(2) from None
    html = decode_html(_page_bytes(page, url), None)
    try:
        row = read_page(html, url, ctx)
    except ExtractError as exc:
        typer.echo(json.dumps({"url": url, "rejected": exc.reason}, ensure_ascii=False))
        raise typer.Exit(1) from None
    events = row.pop("events")
    row["fetched_at"] = reference.isoformat()  # as a staged row says it
    out = {"article": row, "events": events}
    typer.echo(json.dumps(out, ensure_ascii=False, indent=2))


@app.command()
def canary(
    outlet: Outlets = None,
    base_url: Annotated[list[str] | None, typer.Option(
        help="OUTLET=URL: fetch that outlet from another base URL; repeatable.")] = None,
    timeout: Annotated[float, typer.Option(help="Seconds per outlet.")] = 300,
) -> None:
    """Fetch each outlet's newest article live and report the fields found; exit 1 if broken."""
    from flows import inputs
    from spiders.registry import registry

    outlet = outlet_choice(outlet)  # checked before the (slow) imports below
    bases = checked(inputs.base_urls, base_url, registry())
    checked(inputs.seconds, timeout, "--timeout")
    from flows.canary import check_outlet, table
    from flows.run import resolve_outlets

    results = [check_outlet(slug, bases.get(slug), timeout=timeout)
               for slug in resolve_outlets(outlet)]
    typer.echo(table(results))
    if not all(r.ok for r in results):
        raise typer.Exit(1)


@app.command()
def outlets() -> None:
    """List the outlet registry."""
    from spiders.registry import permission_variable, registry, terms_status

    typer.echo(f"{'slug':<14}{'enabled':<9}{'tz':<15}{'cms':<11}{'hosts':>6}  {'terms':<11}"
               "first source")
    notes = []
    for o in registry().values():
        status = terms_status(o)
        typer.echo(f"{o.slug:<14}{'yes' if o.enabled else 'no':<9}{o.timezone:<15}"
                   f"{o.cms:<11}{len(o.hosts):>6}  {status:<11}{o.sources[0].url}")
        if o.restricts_collection:
            notes.append(f"{o.slug}: {o.terms_note}; live crawls need "
                         f"{permission_variable(o.slug)} ({status})")
    for note in notes:
        typer.echo(f"terms: {note}")
