"""scan: which columns are sensitive, from their names (several languages) and their values (measured in the
warehouse on a bounded sample), and the draft policy that masks them."""

from datamask_sql.scan.classify import DIRECT, Finding, classify, pack_of
from datamask_sql.scan.draft import draft_policy
from datamask_sql.scan.run import ScanResult, scan_tables, tables_in
from datamask_sql.scan.sample import SAMPLE_ROWS

__all__ = [
    "DIRECT",
    "SAMPLE_ROWS",
    "Finding",
    "ScanResult",
    "classify",
    "draft_policy",
    "pack_of",
    "scan_tables",
    "tables_in",
]
