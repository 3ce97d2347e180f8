"""Extraction stages (actors, places, times, events, relations); calling the package runs `library.extract`."""

from newsevents._callable import make_callable

make_callable(__name__, "extract")
