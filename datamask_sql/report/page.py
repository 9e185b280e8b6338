"""The audit report page: one self-contained HTML file (inline CSS and SVG, no script, no external asset),
rendered with jinja2 with autoescape on, since every name and reason in it comes from a policy or a schema.
A key an older manifest lacks renders empty (ChainableUndefined) rather than failing the page."""

from __future__ import annotations

from typing import Any

import jinja2

from datamask_sql.report.chart import HEIGHT, PAD, WIDTH, bars, duration
from datamask_sql.report.load import Audit

TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>datamask-sql audit report: {{ target_schema }}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:72rem}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}
th{background:#f2f2f2}.ok{color:#176f2c}.failed{color:#b00020;font-weight:bold}
code{font-size:.85rem}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}
dt{font-weight:bold}.masked{background:#eef6ee}
</style></head><body>
<h1>Audit report: masked copy in schema <code>{{ target_schema }}</code></h1>
<section id="summary"><h2>Summary</h2><dl>
<dt>Coverage</dt><dd id="coverage">{{ masked }} of {{ columns }} column(s) masked ({{ coverage }}); datamask-sql check
 measures it against the columns scan finds sensitive</dd>
<dt>Source</dt><dd><code>{{ schema.source }}</code>, schema <code>{{ schema.schema }}</code></dd>
<dt>Policy</dt><dd><code>{{ policy.file }}</code> (sha256 <code>{{ policy.sha256 }}</code>)</dd>
<dt>Schema fingerprint</dt><dd><code>{{ schema.sha256 }}</code></dd>
<dt>Key fingerprint</dt><dd id="key">
<code>{{ key_fingerprint or "not recorded (compiled without a secret)" }}</code></dd>
<dt>Algorithm</dt><dd id="algorithm"><code>{{ algorithm }}</code></dd>
<dt>Tool</dt>
<dd id="tool">{{ tool.name }} {{ tool.version }}, sqlglot {{ tool.sqlglot }}; dialect {{ dialect }}</dd>
<dt>Runs</dt><dd>{{ runs|length }} finished run(s) in runs.jsonl</dd>
</dl></section>
<section id="rules"><h2>Rules: every column, its rule and why</h2>
<table><thead><tr><th>table.column</th><th>type</th><th>rule</th><th>domain</th><th>why</th></tr></thead><tbody>
{% for t in tables %}{% for c in t.columns %}<tr class="{{ 'masked' if c.transform != 'keep' else '' }}">
<td>{{ t.table }}.{{ c.column }}</td><td>{{ c.type }}</td>
<td>{{ c.transform }}{% if c.params_text %} ({{ c.params_text }}){% endif %}</td>
<td>{{ c.domain }}</td><td>{{ c.reason }}</td></tr>
{% endfor %}{% endfor %}</tbody></table></section>
<section id="tables"><h2>Rows and time per table (last run)</h2>
{% if last %}<table><thead><tr><th>table</th><th>rows</th><th>seconds</th></tr></thead><tbody>
{% for name, rows in last.rows.items() %}<tr><td>{{ name }}</td><td>{{ "{:,}".format(rows) }}</td>
<td>{{ last.seconds.get(name, "") if last.seconds else "" }}</td></tr>
{% endfor %}</tbody></table>{% else %}<p>No finished run yet.</p>{% endif %}</section>
<section id="checks"><h2>Checks (last run)</h2>
{% if last and last.checks %}<table><thead><tr><th>check</th><th>where</th><th>result</th><th>detail</th>
</tr></thead><tbody>
{% for c in last.checks %}<tr><td>{{ c.name }}</td><td>{{ c.table }}</td>
<td class="{{ 'ok' if c.ok else 'failed' }}">{{ "ok" if c.ok else "FAILED" }}</td><td>{{ c.detail }}</td></tr>
{% endfor %}</tbody></table>{% else %}<p>No checks recorded.</p>{% endif %}</section>
<section id="history"><h2>Run durations over time</h2>
{% if chart %}<svg xmlns="http://www.w3.org/2000/svg" width="{{ width }}" height="{{ height }}" role="img"
 aria-label="run durations, longest {{ '%.1f'|format(longest) }} s">
<line x1="{{ pad }}" y1="{{ height - pad }}" x2="{{ width - pad }}" y2="{{ height - pad }}" stroke="#888"/>
<line x1="{{ pad }}" y1="{{ pad }}" x2="{{ pad }}" y2="{{ height - pad }}" stroke="#888"/>
<text x="2" y="{{ pad }}" font-size="11">{{ '%.1f'|format(longest) }} s</text>
<text x="2" y="{{ height - pad }}" font-size="11">0 s</text>
{% for b in chart %}
<rect x="{{ '%.1f'|format(b.x) }}" y="{{ '%.1f'|format(b.y) }}" width="{{ '%.1f'|format(b.width) }}"
 height="{{ '%.1f'|format(b.height) }}" fill="{{ '#b00020' if b.failed else '#3a7bd5' }}">
<title>{{ b.label }}</title></rect>
{% endfor %}</svg>
<table><thead><tr><th>started</th><th>outcome</th><th>seconds</th><th>rows</th><th>key fingerprint</th></tr>
</thead><tbody>
{% for r in runs|reverse %}<tr><td>{{ r.started_at }}</td>
<td class="{{ 'ok' if r.outcome == 'succeeded' else 'failed' }}">{{ r.outcome }}</td>
<td>{{ r.duration }}</td><td>{{ "{:,}".format(r.total_rows) }}</td><td><code>{{ r.key_fingerprint }}</code>
</td></tr>
{% endfor %}</tbody></table>{% else %}<p>No finished run yet.</p>{% endif %}</section>
</body></html>
"""


def _params(params: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in params.items() if v is not None)


def render_page(audit: Audit) -> str:
    """The report page's HTML for one build folder's manifest and runs."""
    env = jinja2.Environment(autoescape=True, undefined=jinja2.ChainableUndefined, keep_trailing_newline=True)
    m = audit.manifest
    tables = [
        {**t, "columns": [{**c, "params_text": _params(c.get("params") or {})} for c in t.get("columns", [])]}
        for t in m.get("tables", [])
    ]
    columns = sum(len(t["columns"]) for t in tables)
    masked = sum(1 for t in tables for c in t["columns"] if c.get("transform") != "keep")
    runs = []
    for r in audit.runs:
        seconds = duration(r)
        runs.append(
            {
                **r,
                "duration": "" if seconds is None else f"{seconds:.1f}",
                "total_rows": sum((r.get("rows") or {}).values()),
                "seconds": r.get("seconds") or {},
            }
        )
    chart, longest = bars(audit.runs)
    return env.from_string(TEMPLATE).render(
        target_schema=m.get("target_schema", ""),
        masked=masked,
        columns=columns,
        coverage=f"{masked / columns:.0%}" if columns else "n/a",
        schema=m.get("schema") or {},
        policy=m.get("policy") or {},
        key_fingerprint=m.get("key_fingerprint"),
        algorithm=m.get("algorithm", ""),
        tool=m.get("tool") or {},
        dialect=m.get("dialect", ""),
        tables=tables,
        runs=runs,
        last=runs[-1] if runs else None,
        chart=chart,
        longest=longest,
        width=WIDTH,
        height=HEIGHT,
        pad=PAD,
    )
