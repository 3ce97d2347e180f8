"""Package: ingest stage."""
