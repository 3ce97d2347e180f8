"""Package: incidents stage."""
