"""Command line: ``proofer convert``, ``proofer batch``, ``proofer gui``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .app.pages import FORMATS, open_page, render
from .core.formats.atomic import write_atomic
from .core.formats.rawpage import PageError
from .core.formats.sidecar import SidecarError

EXIT_BAD_INPUT = 2


def _convert(args: argparse.Namespace) -> int:
    try:
        opened = open_page(args.page)
        out = render(opened.page, args.format)
    except (PageError, SidecarError) as exc:
        print(f"proofer: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.output is None:
        sys.stdout.write(out)
        return 0
    try:
        write_atomic(args.output, out)
    except OSError as exc:
        print(f"proofer: {args.output}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="proofer", description="Proofread OCR/PDF text of Chinese newspaper pages.")
    sub = parser.add_subparsers(dest="command")
    conv = sub.add_parser("convert", help="reconstruct the articles of one page")
    conv.add_argument("page", type=Path)
    conv.add_argument("-o", "--output", type=Path, help="output file (default: standard output)")
    conv.add_argument("--format", choices=FORMATS, default="json")
    conv.set_defaults(func=_convert)
    gui = sub.add_parser("gui", help="open the editor window (a page file or an issue folder)")
    gui.add_argument("path", nargs="?", type=Path, help="page or issue folder (default: the bundled sample)")
    gui.add_argument("--review", type=Path, metavar="QUEUE",
                     help="open the pages of a batch's review.csv (or its output folder), most doubtful first; "
                          "with PATH, only that issue's")
    gui.set_defaults(func=_gui)
    batch = sub.add_parser("batch", help="clean whole issues unattended")
    _add_batch_arguments(batch)
    batch.set_defaults(func=_batch)
    return parser


def _gui(args: argparse.Namespace) -> int:
    from .gui.main import run  # Qt is imported only when the window is wanted

    return run(args.path, getattr(args, "review", None))


def _add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    from .app.batch import add_arguments

    add_arguments(parser)


def _batch(args: argparse.Namespace) -> int:
    from .app.batch import run_cli

    return run_cli(args)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _gui(argparse.Namespace(path=None, review=None))
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
