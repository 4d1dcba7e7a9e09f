"""Use cases that the GUI and the CLI both drive (no Qt here)."""
