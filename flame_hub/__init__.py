"""The FLAME Hub client under its earlier import name: ``import flame_hub`` is flamehub.

Programs written for ``flame-hub-client`` keep working unchanged; every name here is the
very object of :mod:`flamehub` (``flame_hub.CoreClient is flamehub.CoreClient``).
"""

import sys

import flamehub
from flamehub import *  # noqa: F403
from flamehub import (  # noqa: F401
    __all__,
    __version__,
    __version_info__,
    auth,
    models,
    types,
)

# Make the submodules importable under the old name too (``import flame_hub.models``) as the
# same module objects, not copies.
for _name in ("auth", "models", "types", "errors", "clients", "registry", "query"):
    sys.modules[f"{__name__}.{_name}"] = getattr(flamehub, _name, None) or __import__(
        f"flamehub.{_name}", fromlist=["_"]
    )
del _name, sys
