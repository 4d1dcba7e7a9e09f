"""Benchmarks that print figures: ``python -m proofer.bench NAME [args]``.

Each benchmark is a module of this package with a ``main(argv) -> int``: accuracy, speed,
batch, gui. They are scripts that measure, never tests that time.
"""
