"""The ``newscheck serve`` command; the ASGI stack is imported only when it runs."""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path

import click

EXIT_USAGE = 2


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Loopback unless you say.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--engines",
    type=click.IntRange(1),
    default=2,
    show_default=True,
    help="Articles checked at once; each has its own engine (memory grows with it).",
)
@click.option("--max-body-mb", type=click.FloatRange(0.001), default=4.0, show_default=True)
@click.option("--timeout", type=click.FloatRange(0.1), default=30.0, show_default=True)
def serve(
    host: str,
    port: int,
    config_path: Path | None,
    engines: int,
    max_body_mb: float,
    timeout: float,
) -> None:
    """Serve POST /check, POST /check/batch, GET /health, GET /rules and /openapi.json."""
    try:
        import uvicorn  # noqa: PLC0415 (an optional extra)

        from newscheck.serve.app import ServiceLimits, create_app  # noqa: PLC0415
    except ImportError as exc:
        click.echo(
            f"newscheck: serve needs the 'serve' extra (pip install 'newscheck[serve]'): {exc}",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    from newscheck.config import ConfigError, resolve_settings  # noqa: PLC0415

    try:
        settings = resolve_settings(config_path, None)
        limits = ServiceLimits(
            max_body_bytes=int(max_body_mb * 1024 * 1024), timeout_seconds=timeout, engines=engines
        )
        app = create_app(settings, limits)
    except ConfigError as exc:
        click.echo(f"newscheck: configuration error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if not _is_loopback(host):
        click.echo(
            f"newscheck: warning: listening on {host}, reachable from other machines; "
            "put it behind your CMS's network controls",
            err=True,
        )
    # The access log names method, path and status only; bodies are never logged.
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
