"""Package: geo stage."""
