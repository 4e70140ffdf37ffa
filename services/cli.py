"""The `eventline` command: run the services, migrate the store, run the extraction core on files."""
from __future__ import annotations

import json
import sys
from datetime import date

import click

from shared.config import Settings


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
    click.echo(f"store at {database.engine.url.render_as_string(hide_password=True)} is at {revision}")


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
            raise click.ClickException(f"{infile.name}:{lineno}: not an article line ({exc})") from exc
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
