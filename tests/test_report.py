"""report: one self-contained HTML page from a build folder's manifest and runs, read back with a real HTML
parser; where Debian's chromium is installed, loaded headless, screenshotted, with no console error."""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.cli import app
from datamask_sql.secret import key_from_secret

pytestmark = pytest.mark.duckdb

ROOT = Path(__file__).resolve().parents[1]
SHOP = ROOT / "examples" / "shop"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class Page(HTMLParser):
    """Every element's tag and attributes, the text of each section (by id) and of each table row."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.sections: dict[str, str] = {}
        self.rows: list[list[str]] = []
        self._section: str | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "section":
            self._section = attrs.get("id")
            self.sections[self._section] = ""
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        if self._section:
            self.sections[self._section] += data
        if self._cell is not None:
            self._cell.append(data)


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Path:
    """The shop masked twice into one folder: manifest.json and two runs in runs.jsonl."""
    folder = tmp_path_factory.mktemp("report")
    db = folder / "shop.duckdb"
    conn = duckdb.connect(str(db))
    conn.execute((SHOP / "shop.sql").read_text())
    conn.close()
    key = key_from_secret("report-test-secret-7f3a9c1e2b")
    for _ in range(2):
        api.run_policy(SHOP / "policy.yml", f"duckdb:///{db}", key, out_dir=folder / "build")
    return folder / "build"


def parsed(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def test_report_shows_rules_checks_tables_versions_and_a_chart(build):
    result = CliRunner().invoke(app, ["report", "--out", str(build)])
    assert result.exit_code == 0, result.output
    page = parsed(build / "report.html")
    manifest = json.loads((build / "manifest.json").read_text())
    runs = [json.loads(line) for line in (build / "runs.jsonl").read_text().splitlines()]
    finished = [r for r in runs if r["outcome"] == "succeeded"]
    assert len(finished) == 2
    # Every column's rule and reason, as the manifest records them.
    rows = {r[0]: r for r in page.rows if r}
    for table in manifest["tables"]:
        for column in table["columns"]:
            row = rows[f"{table['table']}.{column['column']}"]
            assert row[2].startswith(column["transform"]) and row[4] == column["reason"]
    assert "10 of 27 column(s) masked" in page.sections["summary"]
    assert manifest["key_fingerprint"] in page.sections["summary"]
    assert manifest["algorithm"] in page.sections["summary"] and manifest["tool"]["sqlglot"] in page.sections["summary"]
    # Rows and time per table of the last run; every check.
    assert rows["customers"][1] == "200" and float(rows["payments"][2]) >= 0
    assert page.sections["checks"].count("ok") >= len(finished[-1]["checks"])
    # One bar per finished run, drawn inline; nothing loaded from anywhere else, no script.
    assert sum(1 for tag, _ in page.tags if tag == "rect") == 2
    assert not [tag for tag, _ in page.tags if tag in ("script", "link", "img", "iframe")]
    assert not [a for _, attrs in page.tags for k, a in attrs.items() if k in ("src", "href")]


def test_names_from_the_policy_are_escaped(tmp_path):
    manifest = {
        "target_schema": "<script>alert(1)</script>",
        "tables": [{"table": "t", "columns": [{"column": "<img src=x>", "transform": "keep", "reason": "&<>"}]}],
    }
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    page = parsed(api.write_report(tmp_path))
    assert [tag for tag, _ in page.tags if tag in ("script", "img")] == []
    assert any(r and r[0] == "t.<img src=x>" and r[4] == "&<>" for r in page.rows)
    assert "No finished run yet." in page.sections["history"]


def test_a_folder_without_manifest_is_a_user_error(tmp_path):
    result = CliRunner().invoke(app, ["report", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "no manifest.json here" in result.output


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium on this machine (Debian: apt-get install chromium); the page is still checked with "
    "html.parser above. Skipped, not failed, under CI too: CI runs on a clean machine of this kind, "
    "which has no browser unless the project installs one",
)
def test_chromium_loads_the_page_without_console_errors(build, tmp_path):
    page = api.write_report(build)
    shot = tmp_path / "report.png"
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            f"--screenshot={shot}",
            "--window-size=1200,1600",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console == [], console
