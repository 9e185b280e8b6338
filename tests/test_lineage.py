"""OpenLineage events of a run validate against the OpenLineage JSON schema, flag every masked column with its
rule, and carry no secret, key, password or source value; a failing run sends START then FAIL."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import duckdb
import jsonschema
import pytest
import yaml
from referencing import Registry, Resource

from datamask_sql import api
from datamask_sql.connection import connect, duckdb_path
from datamask_sql.errors import DatamaskError, DatamaskWarning, RunError
from datamask_sql.observe import lineage as observe_lineage
from datamask_sql.observe.lineage import namespace_of
from datamask_sql.secret import key_from_secret

SECRET = "lineage-test-secret-4b1e9d7c20"
KEY = key_from_secret(SECRET)
SPEC = Path(__file__).parent / "fixtures" / "openlineage"
# Each facet the events carry, by where it sits and its key, to the schema that defines it; any other fails.
FACETS = {
    "run": {"errorMessage": "ErrorMessageRunFacet", "tags": "TagsRunFacet"},
    "job": {"jobType": "JobTypeJobFacet", "tags": "TagsJobFacet"},
    "dataset": {"schema": "SchemaDatasetFacet", "columnLineage": "ColumnLineageDatasetFacet"},
    "output": {"outputStatistics": "OutputStatisticsOutputDatasetFacet"},
}
EMAILS = ["ada.lovelace@example.org", "grace.hopper@example.net"]
RULES = {"id": "keep", "email": "email", "name": {"transform": "hash", "length": 12}, "city": "keep"}


def _schemas() -> tuple[dict, Registry]:
    docs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in SPEC.glob("*.json")}
    registry = Registry().with_resources((d["$id"], Resource.from_contents(d)) for d in docs.values())
    return docs, registry


def validate(event: dict) -> None:
    """The event against OpenLineage.json, each facet against its own facet schema."""
    docs, registry = _schemas()
    jsonschema.Draft202012Validator(docs["OpenLineage"], registry=registry).validate(event)
    groups = [("run", event["run"].get("facets", {})), ("job", event["job"].get("facets", {}))]
    for ds in event["inputs"] + event["outputs"]:
        groups += [("dataset", ds.get("facets", {})), ("output", ds.get("outputFacets", {}))]
    for kind, group in groups:
        for name, facet in group.items():
            defined = FACETS[kind][name]
            ref = {"$ref": f"{docs[defined]['$id']}#/$defs/{defined}"}
            jsonschema.Draft202012Validator(ref, registry=registry).validate(facet)


def _policy(tmp_path: Path, source: str, target: str) -> Path:
    doc = {
        "version": 1,
        "source": {"schema": source},
        "target": {"schema": target},
        "tables": {"person": {"columns": RULES}},
    }
    path = tmp_path / "crm.yml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


def _fill(url: str, schema: str) -> None:
    if url.startswith("duckdb:"):
        duckdb.connect(duckdb_path(url)).close()
    conn = connect(url)
    conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")  # fixed test-only names
    conn.execute(f"CREATE SCHEMA {schema}")
    conn.execute(f"CREATE TABLE {schema}.person (id INT PRIMARY KEY, email VARCHAR(80), name VARCHAR(40), city TEXT)")
    rows = f"(1, '{EMAILS[0]}', 'Ada Lovelace', 'Paris'), (2, '{EMAILS[1]}', 'Grace Hopper', 'Rome')"
    conn.execute(f"INSERT INTO {schema}.person VALUES {rows}")
    conn.close()


def _events(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _check_clean(text: str) -> None:
    for secret in (SECRET, KEY.value, *EMAILS, "Ada Lovelace", "Grace Hopper"):
        assert secret not in text


def test_duckdb_run_events_validate_and_flag_masking(tmp_path):
    url = f"duckdb:///{tmp_path / 'shop.duckdb'}"
    _fill(url, "crm")
    events = tmp_path / "lineage" / "events.jsonl"
    result = api.run_policy(
        _policy(tmp_path, "crm", "crm_masked"), url, KEY, out_dir=tmp_path / "build", openlineage=str(events)
    )
    start, complete = _events(events)
    assert [start["eventType"], complete["eventType"]] == ["START", "COMPLETE"]
    assert start["run"]["runId"].replace("-", "") == complete["run"]["runId"].replace("-", "") == result.run_id
    for event in (start, complete):
        validate(event)
        assert event["job"] == {**event["job"], "namespace": "datamask-sql", "name": "crm"}
    (source,), (target,) = complete["inputs"], complete["outputs"]
    assert source["name"] == "crm.person" and target["name"] == "crm_masked.person"
    assert source["namespace"] == target["namespace"] == f"duckdb://{tmp_path / 'shop.duckdb'}"
    assert [f["name"] for f in target["facets"]["schema"]["fields"]] == list(RULES)
    lineage = target["facets"]["columnLineage"]["fields"]
    for column, rule in RULES.items():
        (field,) = lineage[column]["inputFields"]
        assert (field["name"], field["field"]) == ("crm.person", column)
        (how,) = field["transformations"]
        name = rule if isinstance(rule, str) else rule["transform"]
        assert how["type"] == "DIRECT"
        assert how["masking"] is (name != "keep")
        assert how["subtype"] == ("IDENTITY" if name == "keep" else name)
    assert target["outputFacets"]["outputStatistics"]["rowCount"] == 2
    # The validation can fail: a masking flag that is not a boolean, an event type the spec does not know.
    lineage["email"]["inputFields"][0]["transformations"][0]["masking"] = "yes"
    with pytest.raises(jsonschema.ValidationError):
        validate(complete)
    with pytest.raises(jsonschema.ValidationError):
        validate({**start, "eventType": "DONE"})
    _check_clean(events.read_text(encoding="utf-8"))


def test_failing_run_sends_start_then_fail_with_scrubbed_message(tmp_path, monkeypatch):
    url = f"duckdb:///{tmp_path / 'shop.duckdb'}"
    _fill(url, "crm")
    events = tmp_path / "events.jsonl"

    def broken(*args, **kwargs):
        raise RunError(f"verification failed near {SECRET} and {KEY.value}")

    monkeypatch.setattr("datamask_sql.runner.verify", broken)
    with pytest.raises(RunError):
        api.run_policy(
            _policy(tmp_path, "crm", "crm_masked"), url, KEY, out_dir=tmp_path / "build", openlineage=str(events)
        )
    start, fail = _events(events)
    assert [start["eventType"], fail["eventType"]] == ["START", "FAIL"]
    validate(fail)
    assert "verification failed" in fail["run"]["facets"]["errorMessage"]["message"]
    _check_clean(events.read_text(encoding="utf-8"))


def test_namespace_never_holds_credentials():
    assert namespace_of("postgresql://alice:hunter2@db.example:6543/shop?sslmode=require") == (
        "postgres://db.example:6543",
        "shop",
    )
    assert namespace_of("mysql://root:pw@127.0.0.1/test") == ("mysql://127.0.0.1:3306", "test")


def test_postgres_run_events_validate(postgres_url, tmp_path):
    _fill(postgres_url, "i17obs_crm")
    events = tmp_path / "events.jsonl"
    policy = _policy(tmp_path, "i17obs_crm", "i17obs_crm_masked")
    api.run_policy(policy, postgres_url, KEY, out_dir=tmp_path / "build", openlineage=str(events))
    start, complete = _events(events)
    for event in (start, complete):
        validate(event)
    database = postgres_url.rsplit("/", 1)[1]
    assert complete["outputs"][0]["namespace"] == "postgres://127.0.0.1:5432"
    assert complete["outputs"][0]["name"] == f"{database}.i17obs_crm_masked.person"
    lineage = complete["outputs"][0]["facets"]["columnLineage"]["fields"]
    assert lineage["email"]["inputFields"][0]["transformations"][0] == {
        "type": "DIRECT",
        "subtype": "email",
        "description": "masked by rule 'email'",
        "masking": True,
    }
    _check_clean(events.read_text(encoding="utf-8"))


def test_unreachable_lineage_server_warns_and_the_run_succeeds(tmp_path, monkeypatch):
    # The client retries with backoff (about 9 s an event); once is enough to see the warning.
    monkeypatch.setattr(
        observe_lineage, "HttpConfig", functools.partial(observe_lineage.HttpConfig, retry={"total": 0})
    )
    url = f"duckdb:///{tmp_path / 'shop.duckdb'}"
    _fill(url, "crm")
    with pytest.warns(DatamaskWarning, match="OpenLineage event not sent"):
        result = api.run_policy(
            _policy(tmp_path, "crm", "crm_masked"),
            url,
            KEY,
            out_dir=tmp_path / "build",
            openlineage="http://127.0.0.1:9",
        )
    assert result.outcome == "succeeded"


@pytest.mark.parametrize("defect", ["unknown column", "malformed yaml"])
def test_a_run_refused_before_it_starts_sends_one_fail(tmp_path, defect):
    url = f"duckdb:///{tmp_path / 'shop.duckdb'}"
    _fill(url, "crm")
    policy = _policy(tmp_path, "crm", "crm_masked")
    text = policy.read_text(encoding="utf-8")
    broken = text.replace("city: keep", "cty: keep") if defect == "unknown column" else text + "tables: [\n"
    policy.write_text(broken, encoding="utf-8")
    events = tmp_path / "events.jsonl"
    with pytest.raises(DatamaskError) as refused:
        api.run_policy(policy, url, KEY, out_dir=tmp_path / "build", openlineage=str(events))
    (fail,) = _events(events)
    validate(fail)
    assert fail["eventType"] == "FAIL" and fail["job"]["name"] == "crm"
    assert fail["inputs"] == fail["outputs"] == []
    assert fail["run"]["facets"]["errorMessage"]["message"] == refused.value.render()
    _check_clean(events.read_text(encoding="utf-8"))


def test_a_file_run_refused_before_it_starts_sends_one_fail(tmp_path):
    policy = tmp_path / "files.yml"
    policy.write_text("version: 1\nsource: {path: nowhere/*.csv}\ntarget: {path: out}\ntables: {}\n", encoding="utf-8")
    events = tmp_path / "events.jsonl"
    with pytest.raises(DatamaskError, match="nowhere"):
        api.run_files(policy, None, KEY, out_dir=tmp_path / "build", openlineage=str(events))
    (fail,) = _events(events)
    validate(fail)
    assert fail["eventType"] == "FAIL" and "nowhere" in fail["run"]["facets"]["errorMessage"]["message"]
