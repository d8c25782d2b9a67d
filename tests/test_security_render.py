"""Catalog text on the terminal: Rich markup is shown literally, escape sequences never reach stdout.

A title such as "\\x1b[31mRED\\x1b[0m Rain Jacket \\x1b]0;pwned\\x07" could recolour the terminal, set its
title or (with other sequences) hide text; "[link=file:///etc/passwd]" would become a live link if Rich
read it as markup. Human-readable output escapes catalog text before Rich sees it (render.safe).
"""

from __future__ import annotations

import pytest
from security_fixtures import shared_template, use_fake_embedder
from typer.testing import CliRunner

from shopagent.cli.main import app
from shopagent.testing.harness import copy_home

ESCAPES = ("\x1b", "\x07", "\x9b", "\x9d", "\x08", "\x7f")
BIDI = ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")


@pytest.fixture
def home(tmp_path_factory, tmp_path, monkeypatch):
    h = copy_home(shared_template(tmp_path_factory), tmp_path / "home")
    monkeypatch.setenv("SHOPAGENT_HOME", str(h))
    use_fake_embedder(monkeypatch)
    return h


def _out(args):
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout + result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["product", "H009"],
        ["product", "H032"],
        ["product", "H010"],
        ["reviews", "H004"],
        ["compare", "H009", "H010"],
        ["search", "red rain jacket"],
        ["search", "rich rain jacket markup"],
    ],
)
def test_terminal_output_has_no_escape_sequences(home, args):
    out = _out(args)
    assert not [e for e in ESCAPES if e in out], repr(out[:300])


def test_rich_markup_in_titles_is_printed_literally(home):
    out = _out(["product", "H010"])
    assert "[bold red]Rich[/bold red]" in out
    assert "[link=file:///etc/passwd]" in out


def test_cart_with_hostile_titles_renders_safely(home):
    runner = CliRunner()
    for sku in ("H009", "H010", "H032"):
        assert runner.invoke(app, ["cart", "add", sku]).exit_code == 0
    out = _out(["cart", "show"])
    assert not [e for e in ESCAPES if e in out]
    assert "[bold red]Rich[/bold red]" in out


def test_json_output_keeps_catalog_text_exact(home):
    """--json is data: the text is returned as stored (JSON-escaped), for programs to handle."""
    import json

    data = json.loads(CliRunner().invoke(app, ["product", "H009", "--json"]).stdout)
    assert "\x1b[31mRED" in data["title"]


def test_bidi_overrides_are_not_printed(home):
    out = _out(["product", "H014"])
    assert not [b for b in BIDI if b in out]
