"""Make a stage package callable, so `newsevents.extract(...)` and `newsevents.ingest(...)` are the API.

Python sets an attribute on a package for every subpackage it imports, so `newsevents.extract` (the
function of the Python API) and `newsevents.extract` (the extraction package) cannot be two objects.
The package's module class is swapped for one whose call runs the API function in `library`.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any


class _CallableModule(types.ModuleType):
    _api_function: str

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        library = importlib.import_module("newsevents.library")
        return getattr(library, self._api_function)(*args, **kwargs)


def make_callable(module_name: str, api_function: str) -> None:
    module = sys.modules[module_name]
    module.__class__ = _CallableModule
    module._api_function = api_function  # type: ignore[attr-defined]
