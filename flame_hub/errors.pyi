# Generated from resources.yaml by `python -m flamehub.stubgen`; do not edit by hand.
# Regenerate after editing resources.yaml: tests/test_stubs.py fails while this is stale.

# flame_hub.errors is flamehub.errors (see flame_hub/__init__.py).
from flamehub.errors import *  # noqa: F403
from flamehub.errors import __all__ as __all__
