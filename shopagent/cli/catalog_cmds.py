"""`shopagent catalog import | update-prices | stats`: flags in, CatalogStore call, summary out."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from shopagent.cli.context import command_deps
from shopagent.cli.output import JsonOpt, emit_json, info

catalog_app = typer.Typer(
    no_args_is_help=True,
    help="Import a catalog, apply price and stock feeds, show catalog statistics.",
)

StrictOpt = Annotated[
    bool,
    typer.Option("--strict", help="List every bad row, then fail the whole run (nothing changes)."),
]


def _n(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


@contextlib.contextmanager
def _listing_bad_rows(source: Path) -> Iterator[None]:
    """Under --strict: every bad row on stderr, one line each, then the one-line failure."""
    from shopagent.catalog.store import BadRows
    from shopagent.errors import InvalidInput

    try:
        yield
    except BadRows as exc:
        if len(exc.rows) == 1:
            raise  # the message already names the row
        for problem in exc.rows:
            info(f"  row {problem.row}: {problem.reason}")
        raise InvalidInput(
            f"{source.name}: {len(exc.rows):,} bad rows (listed above); nothing was changed (--strict); "
            "fix them or drop --strict to skip them"
        ) from None


def _report_rows(errors: list[Any], truncated: bool, skipped: int) -> None:
    for problem in errors:
        info(f"  row {problem.row}: {problem.reason}")
    if truncated:
        info(f"  ... {skipped - len(errors)} more bad rows not listed")


@catalog_app.command("import")
def import_cmd(
    path: Annotated[
        Path, typer.Argument(help="A .jsonl, .json, .csv, .parquet or feed file (optionally .gz).")
    ],
    format: Annotated[  # noqa: A002
        str | None,
        typer.Option(
            "--format",
            help="jsonl, json, csv, parquet, shopify (products.json) or merchant (Merchant Center TSV/XML); "
            "default: from the extension, JSON shapes from the content.",
        ),
    ] = None,
    map_: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            metavar="FIELD=PATH",
            help="Read FIELD from another column or a nested path: price=pricing.amount, "
            "reviews.text=comment.",
        ),
    ] = None,
    replace: Annotated[
        bool,
        typer.Option("--replace", help="The file becomes the whole catalog (default: add/update products)."),
    ] = False,
    strict: StrictOpt = False,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", metavar="N", help="Embed on N Ray workers (pip install 'shopagent[distributed]')."
        ),
    ] = None,
    ray_address: Annotated[
        str | None,
        typer.Option("--ray-address", metavar="ADDR", help="Run the --workers on this Ray cluster."),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Import products (JSONL, JSON, CSV, Parquet, Shopify, Merchant Center); bad rows are reported by
    row number and skipped."""
    from shopagent.catalog.distributed import check_workers
    from shopagent.catalog.importer import detect_format, parse_mapping
    from shopagent.catalog.store import CatalogStore

    mapping = parse_mapping(map_)
    check_workers(workers, ray_address)
    if format is not None:
        detect_format(path, format)  # usage error before any work
    deps = command_deps()
    try:
        store = CatalogStore(deps, progress=deps.progress)
        with _listing_bad_rows(path):
            report = store.import_file(
                path,
                format=format,
                mapping=mapping,
                replace=replace,
                strict=strict,
                progress=not json_out,
                workers=workers,
                ray_address=ray_address,
            )
    finally:
        deps.close()
    _report_rows(report.errors, report.errors_truncated, report.skipped)
    skipped = _skipped_note(report.skipped)
    if report.excluded:
        reasons = ", ".join(f"{reason}: {n:,}" for reason, n in sorted(report.excluded_reasons.items()))
        skipped += f", left out {_n(report.excluded, 'product')} not for sale ({reasons})"
    info(
        f"Imported {report.imported:,} products from {path.name}{skipped}; the catalog now has "
        f"{report.products:,} products, {report.variants:,} SKUs "
        f"(embedded {report.embedded:,}, reused {report.reused_embeddings:,}; {report.seconds:.1f} s)."
    )
    if json_out:
        emit_json(report)


def _skipped_note(count: int) -> str:
    return f", skipped {count} bad row{'s' if count != 1 else ''}" if count else ""


@catalog_app.command("update-prices")
def update_prices_cmd(
    feed: Annotated[Path, typer.Argument(help="CSV or JSONL rows with `sku` and `price` and/or `stock`.")],
    format: Annotated[  # noqa: A002
        str | None, typer.Option("--format", help="jsonl or csv (default: from the extension).")
    ] = None,
    strict: StrictOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Change live prices and stock in one transaction (no re-embedding)."""
    deps = command_deps()
    try:
        with _listing_bad_rows(feed):
            report = deps.catalog.update_prices(feed, format=format, strict=strict)
    finally:
        deps.close()
    _report_rows(report.errors, report.errors_truncated, report.skipped)
    skipped = _skipped_note(report.skipped)
    info(
        f"Updated {report.updated:,} SKUs across {report.products_refreshed:,} products{skipped} "
        f"({report.seconds:.2f} s)."
    )
    if json_out:
        emit_json(report)


@catalog_app.command("stats")
def stats_cmd(json_out: JsonOpt = False) -> None:
    """Counts of products, SKUs, categories, brands and reviews in the current catalog."""
    deps = command_deps()
    try:
        stats = deps.catalog.stats()
    finally:
        deps.close()
    if json_out:
        emit_json(stats)
        return
    rows = [
        ("products", f"{stats['products']:,} ({stats['in_stock_products']:,} in stock)"),
        ("SKUs", f"{stats['variants']:,} ({stats['in_stock_variants']:,} in stock)"),
        ("categories", f"{stats['categories']:,} paths, {stats['top_level_categories']:,} top-level"),
        ("brands", f"{stats['brands']:,}"),
        ("reviews", f"{stats['reviews']:,}"),
        ("embedder", str(stats["embedder"])),
        (
            "indexes",
            "full-text"
            + (", vector" if stats["vector_index"] else "")
            + ", "
            + ", ".join(stats["scalar_indexes"]),
        ),
        ("version", str(stats["version"])),
        ("path", str(stats["path"])),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        typer.echo(f"{key:<{width}}  {value}")


def register(app: typer.Typer) -> None:
    app.add_typer(catalog_app, name="catalog")
