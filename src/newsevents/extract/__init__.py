"""Package: extract stage."""
