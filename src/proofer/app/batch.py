"""Batch cleaning of pages, issues and shelves of issues (to be built: issue 4)."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("-o", "--output", required=True)


def run_cli(args: argparse.Namespace) -> int:
    raise SystemExit("proofer batch: not built yet")
