"""datamask-sql: compile masking policies into deterministic, dialect-specific SQL."""

__version__ = "0.1.0"

# Bump when any masked output could change; see docs/determinism.md.
ALGORITHM_VERSION = "dm2"
