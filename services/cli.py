"""The `eventline` command: run the services, migrate the store, run the extraction core."""
from __future__ import annotations

import json
import socket
import sys
from dataclasses import fields
from datetime import date

import click

from shared.config import DEFAULT_VAR_DIR, Settings


@click.group()
@click.pass_context
def main(ctx: click.Context) -> None:
    """Eventline: news articles in, a dated timeline of calls, meetings, visits and summits out."""
    ctx.obj = Settings.from_env()


@main.group()
def db() -> None:
    """Manage the store."""


@db.command("upgrade")
@click.argument("revision", default="head")
@click.pass_obj
def db_upgrade(settings: Settings, revision: str) -> None:
    """Migrate the store at DATABASE_URL to REVISION (default: the newest)."""
    from shared.db import Database

    database = Database(settings)
    database.upgrade(revision)
    database.dispose()
    where = database.engine.url.render_as_string(hide_password=True)
    click.echo(f"store at {where} is at {revision}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, envvar="PORT", show_default=True,
              help="Port to listen on (env PORT).")
@click.option("--workers", type=int, default=2, envvar="WEB_CONCURRENCY", show_default=True,
              help="Gunicorn worker processes (env WEB_CONCURRENCY).")
@click.option("--threads", type=int, default=4, show_default=True, help="Threads per worker.")
@click.pass_obj
def api(settings: Settings, host: str, port: int, workers: int, threads: int) -> None:
    """Serve the HTTP API with gunicorn."""
    from services.serve import gunicorn_options, serve

    serve(settings, gunicorn_options(host, port, workers, threads, settings.log_level))


def default_node_name() -> str:
    """The worker's Celery node name: one per host is the deployment's unit."""
    return f"eventline@{socket.gethostname()}"


@main.command()
@click.option("--beat", is_flag=True, help="Also run the schedule that sends the periodic sweep.")
@click.option("--concurrency", "-c", type=int, default=None,
              help="Pool processes (default: one per CPU).")
@click.option("--name", "-n", default=None, help="Celery node name (default: eventline@HOST).")
@click.option("--control/--no-control", default=True, show_default=True,
              help="Answer remote control (`eventline healthcheck worker` needs it).")
@click.pass_obj
def worker(settings: Settings, beat: bool, concurrency: int | None, name: str | None,
           control: bool) -> None:
    """Run a Celery worker on the settings' queue (with --beat, the sweep schedule too)."""
    from services.worker.app import create_worker_app, load_core

    click.echo(f"eventline: extraction core {load_core()} loaded", err=True)
    app = create_worker_app(settings)
    app.conf.worker_enable_remote_control = control
    argv = [
        "worker", "--queues", settings.queue, "--hostname", name or default_node_name(),
        "--loglevel", settings.log_level,
        # Mingle and gossip synchronise state between workers that this service never uses.
        "--without-mingle", "--without-gossip",
    ]
    if concurrency:
        argv += ["--concurrency", str(concurrency)]
    if beat:
        # The in-memory scheduler: the sweep needs no state kept on disk between runs.
        argv += ["--beat", "--scheduler", "celery.beat:Scheduler"]
    app.worker_main(argv)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address the API listens on.")
@click.option("--port", type=int, default=8000, envvar="PORT", show_default=True,
              help="Port the API listens on (env PORT).")
@click.option("--concurrency", "-c", type=int, default=None,
              help="Worker pool processes (default: one per CPU).")
@click.pass_obj
def run(settings: Settings, host: str, port: int, concurrency: int | None) -> None:
    """Migrate, then run the API, a worker and the sweep until Ctrl-C (what `make run` does).

    Uses the Redis at REDIS_URL if it answers, else starts a private one under the var
    directory; creates an API token there unless EVENTLINE_API_TOKENS is set."""
    from services.launcher import run as launch

    sys.exit(launch(settings, host=host, port=port, concurrency=concurrency,
                    var_dir=DEFAULT_VAR_DIR, say=lambda line: click.echo(line, err=True)))


@main.command()
@click.option("--all", "everything", is_flag=True,
              help="Re-run every processed article, not only those an older extractor read.")
@click.option("--dry-run", is_flag=True, help="Only count the articles that would be re-run.")
@click.pass_obj
def reprocess(settings: Settings, everything: bool, dry_run: bool) -> None:
    """Re-run, through the queue, the articles an older extractor version read (or --all).

    The workers replace each article's mentions with what the current extractor finds, so
    the timeline converges to it; articles still pending are on their way already."""
    from services.worker import tasks
    from services.worker.app import send_article
    from services.worker.extraction import extractor_version
    from shared.celery_app import make_celery
    from shared.db import Database

    version = extractor_version()
    database = Database(settings)
    try:
        ids = tasks.articles_to_reprocess(database, version=version, everything=everything)
        click.echo(f"{len(ids)} articles to re-run with extractor {version}", err=True)
        if dry_run or not ids:
            return
        app = make_celery(settings)
        batch, sent = 500, 0
        try:
            for at in range(0, len(ids), batch):
                chunk = ids[at:at + batch]
                # Marked pending before they are sent: if the broker fails, the sweep sends them.
                tasks.requeue(database, chunk)
                for article_id in chunk:
                    send_article(app, article_id)
                    sent += 1
        except tasks.TRANSIENT_ERRORS as exc:
            raise click.ClickException(
                f"the broker failed after {sent} of {len(ids)} articles ({exc}); those marked "
                "pending are sent by the sweep, run this again for the rest"
            ) from exc
        finally:
            app.close()
        click.echo(f"queued {len(ids)} articles on {settings.queue}", err=True)
    finally:
        database.dispose()


@main.command("settings")
@click.option("--env-file", is_flag=True,
              help="Print as a commented .env file of the defaults (see .env.example).")
@click.pass_obj
def show_settings(settings: Settings, env_file: bool) -> None:
    """Print every setting: its environment variable, value, default and meaning."""
    default = Settings()
    described = zip(fields(Settings), settings.describe(), strict=True)
    for f, (env, default_text, help_text) in described:
        if env_file:
            click.echo(f"# {help_text}")
            click.echo(f"# {env}={'' if default_text == '(unset)' else default_text}\n")
            continue
        value = getattr(settings, f.name)
        is_default = value == getattr(default, f.name)
        origin = "[default]" if is_default else f"[set; default {default_text}]"
        click.echo(f"{env}={_shown(f.name, value)}   {origin}")
        click.echo(f"    {help_text}")


def _shown(name: str, value) -> str:
    """A setting's value as safe to print: tokens counted, passwords hidden."""
    if name == "api_tokens":
        return f"<{len(value)} token{'s' if len(value) != 1 else ''}>" if value else "(unset)"
    if name.endswith("_url") and "://" in str(value):
        from sqlalchemy.engine import make_url

        try:
            return make_url(value).render_as_string(hide_password=True)
        except Exception:  # not a URL SQLAlchemy reads: show nothing secret
            return "<unreadable URL>"
    if isinstance(value, tuple):
        return ",".join(value) or "(unset)"
    return str(value) if value != "" else "(unset)"


@main.group()
def healthcheck() -> None:
    """Exit 0 if a service on this host is healthy, 1 if not (for container health checks)."""


@healthcheck.command("api")
@click.option("--url", default=None, help="URL to GET (default: http://127.0.0.1:$PORT/readyz).")
@click.option("--port", type=int, default=8000, envvar="PORT")
@click.option("--timeout", type=float, default=5.0, show_default=True)
def healthcheck_api(url: str | None, port: int, timeout: float) -> None:
    """The API answers /readyz with 200 (database and broker reachable)."""
    import urllib.error
    import urllib.request

    url = url or f"http://127.0.0.1:{port}/readyz"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            click.echo(f"{url}: {response.status}")
    except (urllib.error.URLError, OSError) as exc:
        raise click.ClickException(f"{url}: {exc}") from exc


@healthcheck.command("worker")
@click.option("--name", "-n", default=None, help="Node name (default: eventline@HOST).")
@click.option("--timeout", type=float, default=5.0, show_default=True)
@click.pass_obj
def healthcheck_worker(settings: Settings, name: str | None, timeout: float) -> None:
    """The worker node answers a remote-control ping through the broker."""
    from shared.celery_app import make_celery

    name = name or default_node_name()
    app = make_celery(settings)
    try:
        replies = app.control.ping(destination=[name], timeout=timeout)
    except Exception as exc:  # the broker itself is away
        raise click.ClickException(f"{name}: broker unreachable ({exc})") from exc
    finally:
        app.close()
    if not any(name in reply for reply in replies):
        raise click.ClickException(f"{name}: no answer within {timeout} s")
    click.echo(f"{name}: pong")


@main.command()
@click.argument("infile", type=click.File("r", encoding="utf-8"), default="-")
@click.argument("outfile", type=click.File("w", encoding="utf-8"), default="-")
def extract(infile, outfile) -> None:
    """Run the extraction core on INFILE (JSONL of {id, published_at, title, text}); write
    {id, events} lines to OUTFILE. '-' (the default) is standard input / output."""
    from services.worker.extraction import extract as extract_events

    for lineno, line in enumerate(infile, 1):
        if not line.strip():
            continue
        try:
            article = json.loads(line)
            published = date.fromisoformat(str(article["published_at"])[:10])
            text = article["text"]
        except (ValueError, KeyError, TypeError) as exc:
            raise click.ClickException(
                f"{infile.name}:{lineno}: not an article line ({exc})"
            ) from exc
        events = extract_events(text, published, title=article.get("title"))
        record = {"id": article.get("id"), "events": [e.to_dict() for e in events]}
        outfile.write(json.dumps(record, ensure_ascii=False) + "\n")


@main.command()
@click.argument("in_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("out_dir", type=click.Path(file_okay=False))
def timeml(in_dir: str, out_dir: str) -> None:
    """Tag the TimeML files of IN_DIR (DCT and plain TEXT) with TIMEX3 and write them to OUT_DIR."""
    from services.worker.extraction.timeml import tag_directory

    count = tag_directory(in_dir, out_dir)
    click.echo(f"tagged {count} documents into {out_dir}", err=True)


if __name__ == "__main__":
    sys.exit(main())
