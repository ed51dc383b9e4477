"""Prefect flows of warta. Defaults for Prefect's serverless mode are set before it loads."""

import os
import warnings

# Prefect without a server starts a temporary one per process; these make that quiet
# and patient (its analytics cause "database is locked" noise; startup takes ~13 s).
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_UI_ENABLED", "false")

# A Prefect home that cannot be created is one line of ours (flows/environment.py prefect_home)
# before a run starts, not Prefect's warning with its source line at import.
warnings.filterwarnings("ignore", message="Failed to create the Prefect home directory",
                        category=UserWarning)
