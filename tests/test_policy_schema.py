"""The published JSON Schema stays in sync and accepts what the loader accepts."""

from pathlib import Path

from datamask_sql.emit.jsonschema import policy_json_schema_text
from datamask_sql.transforms import TRANSFORMS

SCHEMA = Path(__file__).resolve().parents[1] / "schema" / "policy.schema.json"


def test_published_schema_is_current():
    assert SCHEMA.read_text() == policy_json_schema_text(), "run: datamask-sql schema > schema/policy.schema.json"


def test_schema_describes_every_transform():
    text = SCHEMA.read_text()
    for name in TRANSFORMS:
        assert f'"const": "{name}"' in text
