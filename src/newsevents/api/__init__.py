"""Package: api stage."""
