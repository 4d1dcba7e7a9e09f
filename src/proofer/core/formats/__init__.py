"""Reading and writing: raw pages, article JSON, the sidecar, and the exporters."""
