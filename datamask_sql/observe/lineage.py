"""OpenLineage run events (START, COMPLETE, FAIL) for a run, with column lineage that flags every masked column.

Events name tables, columns, types and rules only: never a value, a rule's parameters, the key or the secret,
and dataset namespaces are built from the engine, host and port alone (no user, password or query string)."""

from __future__ import annotations

import datetime as dt
import uuid
import warnings
from pathlib import Path
from urllib.parse import urlparse

from openlineage.client import OpenLineageClient
from openlineage.client.event_v2 import InputDataset, Job, OutputDataset, Run, RunEvent, RunState
from openlineage.client.facet_v2 import (
    column_lineage_dataset,
    error_message_run,
    job_type_job,
    output_statistics_output_dataset,
    schema_dataset,
)
from openlineage.client.transport.file import FileConfig, FileTransport
from openlineage.client.transport.http import HttpConfig, HttpTransport

from datamask_sql import __version__
from datamask_sql.compiled import Compiled
from datamask_sql.connection import duckdb_path
from datamask_sql.errors import DatamaskWarning
from datamask_sql.plan import TablePlan
from datamask_sql.runner import RunResult
from datamask_sql.secret import scrub

NAMESPACE = "datamask-sql"
PRODUCER = f"https://pypi.org/project/datamask-sql/{__version__}"
# OpenLineage's naming spec spells some engines' schemes differently from their URLs.
SCHEMES = {"postgresql": "postgres", "mariadb": "mysql"}
DEFAULT_PORTS = {"postgres": 5432, "mysql": 3306}
STATES = {"started": RunState.START, "succeeded": RunState.COMPLETE, "failed": RunState.FAIL}


def lineage_client(where: str) -> OpenLineageClient:
    """A client sending to an HTTP(S) endpoint (URL) or appending one JSON event per line to a file (PATH)."""
    if urlparse(where).scheme in ("http", "https"):
        return OpenLineageClient(transport=HttpTransport(HttpConfig(url=where)))
    Path(where).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return OpenLineageClient(transport=FileTransport(FileConfig(log_file_path=str(Path(where)), append=True)))


def namespace_of(source: str) -> tuple[str, str | None]:
    """The dataset namespace of a source URL (scheme://host:port, or the file of an embedded engine) and the
    database it names; user, password and query never enter it."""
    url = urlparse(source)
    scheme = SCHEMES.get(url.scheme.split("+")[0], url.scheme.split("+")[0]) or "file"
    if scheme == "duckdb":
        path = duckdb_path(source)
        return f"duckdb://{path if path == ':memory:' else Path(path).resolve()}", None
    if not url.hostname:
        return f"{scheme}://{url.path or source}", None
    port = url.port or DEFAULT_PORTS.get(scheme)
    database = url.path.strip("/") or None
    return f"{scheme}://{url.hostname}" + (f":{port}" if port else ""), database


def _name(database: str | None, schema: str, table: str) -> str:
    return ".".join(p for p in (database, schema, table) if p)


def _schema_facet(table: TablePlan) -> schema_dataset.SchemaDatasetFacet:
    fields = [
        schema_dataset.SchemaDatasetFacetFields(name=c.name, type=c.column.type_sql, ordinal_position=i)
        for i, c in enumerate(table.columns, 1)
    ]
    return schema_dataset.SchemaDatasetFacet(fields=fields)


def _lineage(table: TablePlan, namespace: str, source_name: str) -> column_lineage_dataset.ColumnLineageDatasetFacet:
    """Each target column from its source column: DIRECT, masking true and the rule as subtype, or IDENTITY."""
    fields = {}
    for c in table.columns:
        how = column_lineage_dataset.Transformation(
            type="DIRECT",
            subtype=c.transform.name if c.masked else "IDENTITY",
            description=f"masked by rule '{c.transform.name}'" if c.masked else "kept as is",
            masking=c.masked,
        )
        source = column_lineage_dataset.InputField(namespace, source_name, c.name, transformations=[how])
        fields[c.name] = column_lineage_dataset.Fields(inputFields=[source])
    return column_lineage_dataset.ColumnLineageDatasetFacet(fields=fields)


def run_event(compiled: Compiled, record: RunResult, source: str, job_name: str) -> RunEvent:
    """The OpenLineage event for one run record: its state, the job, every source table and its masked copy."""
    namespace, database = namespace_of(source)
    state = STATES[record.outcome]
    inputs, outputs = [], []
    for t in compiled.plan.tables:
        source_name = _name(t.source_database or database, t.source_schema, t.source.name)
        inputs.append(InputDataset(namespace, source_name, facets={"schema": _schema_facet(t)}))
        facets = {"schema": _schema_facet(t), "columnLineage": _lineage(t, namespace, source_name)}
        rows = (record.merged.get(t.name) or {}).get("rows", record.rows.get(t.name))
        out = {}
        if state is RunState.COMPLETE and rows is not None:
            out = {
                "outputStatistics": output_statistics_output_dataset.OutputStatisticsOutputDatasetFacet(rowCount=rows)
            }
        target_name = _name(t.target_database or database, t.target_schema, t.source.name)
        outputs.append(OutputDataset(namespace, target_name, facets=facets, outputFacets=out))
    run_facets = {}
    if state is RunState.FAIL:
        message = scrub(record.error or "the run failed")
        run_facets["errorMessage"] = error_message_run.ErrorMessageRunFacet(
            message=message, programmingLanguage="python"
        )
    job_facets = {
        "jobType": job_type_job.JobTypeJobFacet(processingType="BATCH", integration="DATAMASK_SQL", jobType="JOB")
    }
    return RunEvent(
        eventType=state,
        eventTime=dt.datetime.now(dt.timezone.utc).isoformat(),
        run=Run(runId=str(uuid.UUID(record.run_id)), facets=run_facets),
        job=Job(namespace=NAMESPACE, name=job_name, facets=job_facets),
        producer=PRODUCER,
        inputs=inputs,
        outputs=outputs,
    )


def refused_event(message: str, job_name: str) -> RunEvent:
    """The FAIL event of a run refused before it started: no datasets (nothing was planned), the error."""
    facet = error_message_run.ErrorMessageRunFacet(message=scrub(message), programmingLanguage="python")
    job_facets = {
        "jobType": job_type_job.JobTypeJobFacet(processingType="BATCH", integration="DATAMASK_SQL", jobType="JOB")
    }
    return RunEvent(
        eventType=RunState.FAIL,
        eventTime=dt.datetime.now(dt.timezone.utc).isoformat(),
        run=Run(runId=str(uuid.uuid4()), facets={"errorMessage": facet}),
        job=Job(namespace=NAMESPACE, name=job_name, facets=job_facets),
        producer=PRODUCER,
        inputs=[],
        outputs=[],
    )


class LineageObserver:
    """Sends an OpenLineage event for each run record (an Execution observer)."""

    def __init__(self, where: str, source: str | None, job_name: str) -> None:
        self.client, self.source, self.job_name = lineage_client(where), source, job_name
        self.where = where

    def __call__(self, compiled: Compiled, record: RunResult) -> None:
        """Emit the event; a lineage backend that cannot be reached warns, it never fails the masking run."""
        source = self.source or f"file://{Path(compiled.manifest['schema']['source']).resolve()}"
        self._emit(run_event(compiled, record, source, self.job_name))

    def refused(self, message: str) -> None:
        """Emit the FAIL event of a run refused before it started."""
        self._emit(refused_event(message, self.job_name))

    def _emit(self, event: RunEvent) -> None:
        try:
            self.client.emit(event)
        except (OSError, RuntimeError, ValueError) as exc:
            warnings.warn(
                DatamaskWarning(f"OpenLineage event not sent: {scrub(str(exc))}", option="openlineage"), stacklevel=2
            )
