"""What a command needs of the host it starts on, checked before anything starts: the
numeric settings of a run's processes, the Prefect server or the home of Prefect's temporary
one, ``$WARTA_STORAGE``, the fan-out's deployment, and the address ``serve`` listens on.

The checks of the command line's own values and files are in flows/inputs.py; both raise
``InputError`` with one line naming the problem, which the CLI prints before exiting 2.
"""

from __future__ import annotations

import socket
from pathlib import Path

from flows.inputs import InputError, can_create_in


def run_settings() -> None:
    """The numeric settings a run's processes read from the environment (WARTA_DOWNLOAD_*,
    WARTA_RETRY_AFTER_MAX, WARTA_DUCKDB_*, WARTA_LOCK_WAIT, WARTA_LOAD_MEMORY_MB, the health
    floors WARTA_MIN_* and WARTA_HEALTH_MIN_SAMPLE, the fan-out's attempts, timings and
    slots, the backfill and sitemap bounds), checked once before anything starts: a
    malformed one would otherwise kill every crawl or load process in turn, or the run at
    its end. Nothing here loads Prefect, Scrapy or the extraction code: a refused setting
    is answered at once."""
    from flows import fanout, politeness
    from flows.health import Floors
    from spiders.settings import backfill_pages_per_day, crawl_settings, sitemap_bounds
    from warehouse.db import lock_wait, memory_limit, writer_threads
    from warehouse.load_process import load_memory_mb

    try:
        crawl_settings(outlet_delay=0.0, replay=None, out_dir="", warc_dir="", run_id="",
                       outlet="")
        memory_limit()
        writer_threads()
        lock_wait()
        load_memory_mb()
        Floors.from_env()
        fanout.timings()
        politeness.slots_per_host()
        politeness.lease_seconds()
        backfill_pages_per_day()
        sitemap_bounds()
    except ValueError as exc:
        raise InputError(str(exc)) from None


def prefect_server(api_url: str | None, timeout: float = 10) -> None:
    """The Prefect server a flow run reports to (PREFECT_API_URL) answers its health check;
    without one set, Prefect starts a temporary server of its own and nothing is asked."""
    if not api_url:
        return
    import httpx

    try:
        httpx.get(f"{api_url.rstrip('/')}/health", timeout=timeout).raise_for_status()
    except httpx.HTTPError as exc:
        why = (str(exc).splitlines() or ["-"])[0]
        raise InputError(f"PREFECT_API_URL={api_url}: the Prefect server does not answer "
                         f"({type(exc).__name__}: {why})") from None


def prefect_home(api_url: str | None) -> None:
    """Without PREFECT_API_URL a run starts Prefect's temporary server, which keeps its
    database in PREFECT_HOME (~/.prefect): a home that cannot be written (HOME read-only or
    missing, as for some service accounts) made the server fail its start, and the command
    waited out the start timeout (two minutes) before one line that did not say why."""
    if api_url:
        return
    from prefect.settings import get_current_settings

    settings = get_current_settings()
    if not settings.server.ephemeral.enabled:
        return
    home = Path(settings.home).expanduser()
    try:
        home.mkdir(parents=True, exist_ok=True)
        writable = can_create_in(home)
    except OSError:
        writable = False
    if not writable:
        raise InputError(f"PREFECT_HOME {home} cannot be written (Prefect's temporary server "
                         "keeps its database there): set PREFECT_HOME to a writable folder, "
                         "or PREFECT_API_URL to a running Prefect server")


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket listening on ``--host``/``--port`` (SO_REUSEADDR, IPv6 for an address with a
    colon, as uvicorn binds), for serve to hand to the server: a port another server holds is
    one line before the snapshot is written, and none can take it after this check."""
    import errno

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)  # uvicorn's backlog; connections wait here until it serves them
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise InputError(f"--port {port}: {host}:{port} is in use (another server "
                             "listens there)") from None
        raise InputError(f"--host {host} --port {port}: cannot listen there "
                         f"({exc.strerror or exc})") from None
    return sock


def storage_setting(url: str | None) -> str | None:
    """``$WARTA_STORAGE``: a storage fsspec can open here (its package installed, a known
    protocol); nothing is read or written yet."""
    if not url:
        return None
    from warehouse.storage import STORAGE_ENV, open_storage

    # What several hosts can share: a mount (a path, file://) or S3. Another fsspec protocol
    # was opened as it was: ftp:// connected at once (a traceback when it did not answer),
    # memory:// kept every published batch in the process, lost when it ended.
    scheme, sep, rest = url.partition("://")
    if sep and scheme.lower() not in ("file", "s3", "s3a"):
        raise InputError(f"{STORAGE_ENV}={url}: expected a path, file://... or "
                         "s3://bucket/prefix")
    if sep and scheme.lower() in ("s3", "s3a") and not rest.strip("/"):
        raise InputError(f"{STORAGE_ENV}={url}: name the bucket (s3://bucket/prefix)")
    try:
        open_storage(url)
    except (ImportError, ValueError) as exc:
        raise InputError(f"{STORAGE_ENV}={url}: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - any backend, any way: one line
        why = (str(exc).splitlines() or [""])[0]
        raise InputError(f"{STORAGE_ENV}={url}: cannot be opened ({type(exc).__name__}: "
                         f"{why})") from None
    return url


def fan_out_target(api_url: str | None, deployment: str, timeout: float = 10) -> str:
    """The work pool of the ``crawl-outlet`` deployment on the configured Prefect server.

    Without PREFECT_API_URL, Prefect would start a temporary server of its own, which has
    no workers: the fanned-out runs would wait forever. One request to the server tells a
    missing deployment or a server that does not answer."""
    if not api_url:
        raise InputError("--fan-out needs a Prefect server with workers: set "
                         "PREFECT_API_URL (README \"Scaling out\")")
    flow_name, _, name = deployment.partition("/")
    if not flow_name or not name or "/" in name:
        raise InputError(f"WARTA_CRAWL_DEPLOYMENT={deployment!r}: expected <flow>/<deployment>"
                         " (default crawl-outlet/crawl-outlet)")
    import httpx
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound
    from prefect.settings import PREFECT_API_REQUEST_TIMEOUT, temporary_settings

    try:
        with temporary_settings({PREFECT_API_REQUEST_TIMEOUT: timeout}), \
                get_client(sync_client=True) as client:
            return client.read_deployment_by_name(deployment).work_pool_name or "-"
    except ObjectNotFound:
        raise InputError(f"--fan-out: no deployment {deployment} on {api_url} (deploy it: "
                         "`prefect deploy --all`)") from None
    except httpx.HTTPError as exc:
        why = (str(exc).splitlines() or ["-"])[0]
        raise InputError(f"--fan-out: the Prefect server at {api_url} does not answer "
                         f"({type(exc).__name__}: {why})") from None


__all__ = ["fan_out_target", "listening_socket", "prefect_home", "prefect_server",
           "run_settings", "storage_setting"]
