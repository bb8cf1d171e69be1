# Generated from resources.yaml by `python -m flamehub.stubgen`; do not edit by hand.
# Regenerate after editing resources.yaml: tests/test_stubs.py fails while this is stale.

# flame_hub.registry is flamehub.registry (see flame_hub/__init__.py).
from flamehub.registry import *  # noqa: F403
from flamehub.registry import __all__ as __all__
