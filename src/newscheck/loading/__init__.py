"""Internals of `newscheck.loaders`, one module per concern; import from `newscheck.loaders`."""
