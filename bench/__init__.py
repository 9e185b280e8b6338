"""`make bench`: datamask-sql against the keyed-hash floor and the tools users would pick instead (python -m bench)."""
