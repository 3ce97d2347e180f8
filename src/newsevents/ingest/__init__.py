"""Readers (files, folders, stdin, tables, dictionaries); calling the package runs `library.ingest`."""

from newsevents._callable import make_callable

make_callable(__name__, "ingest")
