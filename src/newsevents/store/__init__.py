"""Package: store stage."""
