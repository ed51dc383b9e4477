"""Datasette over a snapshot, on a socket ``warta serve`` already listens on.

serve binds the port when it checks it and keeps it through the snapshot's writing, then
becomes this process with the socket: no other program can take the port in between, so
a busy port is only ever serve's own one-line refusal, never uvicorn's bind error.
What ``datasette serve --immutable FILE --metadata M --setting ...`` does, but on that socket.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import socket
from pathlib import Path

# Datasette settings of warta's web view: a slow query is stopped, pages stay short
SETTINGS = {"sql_time_limit_ms": 5000, "default_page_size": 50}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fd", type=int, required=True, help="The listening socket.")
    parser.add_argument("--metadata", type=Path, required=True, help="Datasette metadata.")
    parser.add_argument("snapshot", type=Path, help="The SQLite snapshot, served immutable.")
    args = parser.parse_args(argv)

    import uvicorn
    from datasette.app import Datasette

    # Datasette prints every exception it answers with rich, locals and all, when rich is
    # installed (Typer brings it): a 404 for a mistyped address was two screens of
    # traceback. Without rich a 4xx prints nothing and a 5xx still prints its traceback.
    # Looked up after datasette.app, which registers that module as a plugin: imported
    # before it, the module would be registered half-initialised, without its hook.
    importlib.import_module("datasette.handle_exception").rich = None

    listening = socket.socket(fileno=args.fd)
    metadata = json.loads(args.metadata.read_text(encoding="utf-8"))
    ds = Datasette(immutables=[str(args.snapshot)], metadata=metadata, settings=SETTINGS)
    asyncio.run(ds.invoke_startup())  # the plugins' startup hooks, as datasette serve runs
    config = uvicorn.Config(ds.app(), log_level="info", lifespan="on")
    try:
        uvicorn.Server(config).run(sockets=[listening])
    except KeyboardInterrupt:  # Ctrl-C: uvicorn has shut down and says so (as uvicorn.run)
        pass


if __name__ == "__main__":  # pragma: no cover
    main()
