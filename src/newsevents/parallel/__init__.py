"""Code documents on many processes or a dask cluster, giving the same records as one process."""

from newsevents.parallel.ordered import coded_stream

__all__ = ["coded_stream"]
