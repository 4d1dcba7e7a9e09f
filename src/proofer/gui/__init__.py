"""The Qt editor window. Holds no text logic: it asks the core and shows the answer."""
