"""JSON Schema of the policy file, from the policy model and every transform's parameter model."""

from __future__ import annotations

import json
from typing import Any

from datamask_sql.policy.model import PolicyDocument
from datamask_sql.transforms import TRANSFORMS


def _rule_schema() -> dict[str, Any]:
    variants: list[dict[str, Any]] = [
        {"type": "string", "enum": sorted(TRANSFORMS), "description": "Shorthand for {transform: NAME}."},
        {"type": "null", "description": "Shorthand for {transform: null}."},
    ]
    for name, transform in sorted(TRANSFORMS.items()):
        params = transform.Params.model_json_schema()
        properties = {
            "transform": {"const": name},
            "domain": {"type": "string", "description": "Consistency domain shared on purpose."},
            "reason": {
                "type": "string",
                "description": "Why this rule; on keep, acknowledges a column scan classifies as sensitive.",
            },
            "when": {
                "description": "Mask only rows where this SQL predicate is not false.",
                "anyOf": [
                    {"type": "string"},
                    {
                        "type": "object",
                        "required": ["sql"],
                        "additionalProperties": False,
                        "properties": {"sql": {"type": "string"}, "dialect": {"type": "string"}},
                    },
                ],
            },
        }
        properties.update(params.get("properties", {}))
        variants.append(
            {
                "type": "object",
                "description": transform.summary,
                "properties": properties,
                "required": ["transform", *params.get("required", [])],
                "additionalProperties": False,
            }
        )
    variants.append(
        {
            "type": "object",
            "description": "A sensitivity class from an included pack; other keys override its parameters.",
            "properties": {"class": {"type": "string"}, "domain": {"type": "string"}, "reason": {"type": "string"}},
            "required": ["class"],
            "not": {"required": ["transform"]},
        }
    )
    return {"anyOf": variants}


def policy_json_schema() -> dict[str, Any]:
    """The JSON Schema users point their editor at for policies/*.yml."""
    schema = PolicyDocument.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "datamask-sql policy"
    schema.setdefault("$defs", {})["ColumnRule"] = _rule_schema()
    # Nested parameter models (fake's `lookup`) are $refs into their own $defs; hoist them so the refs resolve.
    for transform in TRANSFORMS.values():
        schema["$defs"].update(transform.Params.model_json_schema().get("$defs", {}))
    table = schema["$defs"]["TablePolicy"]
    table["properties"]["columns"] = {"type": "object", "additionalProperties": {"$ref": "#/$defs/ColumnRule"}}
    return schema


def policy_json_schema_text() -> str:
    """The schema as stable, reviewable JSON text."""
    return json.dumps(policy_json_schema(), indent=2, sort_keys=True) + "\n"
