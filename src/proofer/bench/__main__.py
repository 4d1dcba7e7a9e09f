import importlib
import sys

NAMES = ("accuracy", "robustness", "speed", "batch", "gui")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in NAMES:
        print(f"usage: python -m proofer.bench {{{'|'.join(NAMES)}}} [args]", file=sys.stderr)
        return 2
    module = importlib.import_module(f"proofer.bench.{argv[0]}")
    return int(module.main(argv[1:]))


raise SystemExit(main(sys.argv[1:]))
