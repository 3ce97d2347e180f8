"""Package: clean stage."""
