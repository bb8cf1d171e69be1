"""Run the flamehub quickstart: ``python examples/quickstart.py``.

The walkthrough itself lives in :mod:`flamehub.quickstart` (read it there), so that installed
packages can run it too, as ``python -m flamehub quickstart``. It starts a Hub emulator unless
FLAMEHUB_AUTH_URL, FLAMEHUB_CORE_URL, FLAMEHUB_STORAGE_URL, FLAMEHUB_USERNAME and
FLAMEHUB_PASSWORD name a Hub to use.
"""

from flamehub.quickstart import main

if __name__ == "__main__":
    main()
