"""proofer: proofreading and correction of OCR / PDF-extracted Chinese newspaper pages."""

__version__ = "0.1.0"
