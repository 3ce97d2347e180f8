"""Package: web stage."""
