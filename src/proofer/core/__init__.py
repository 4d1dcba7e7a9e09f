"""The Qt-free core: page model, text rules, analysis engine, reconstruction, formats."""
