"""report: the audit report, one self-contained HTML page rendered from a build folder's manifest and runs."""

from datamask_sql.report.load import Audit, load_audit
from datamask_sql.report.page import render_page

__all__ = ["Audit", "load_audit", "render_page"]
