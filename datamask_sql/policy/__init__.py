"""Policy: the validated masking policy and its loader."""

from datamask_sql.policy.append import append_relations
from datamask_sql.policy.hints import did_you_mean, first_error, model_keys, unknown_key_hint
from datamask_sql.policy.loader import load_policy, parse_policy
from datamask_sql.policy.model import Policy, PolicyDocument, RuleSpec

__all__ = [
    "Policy",
    "PolicyDocument",
    "RuleSpec",
    "append_relations",
    "did_you_mean",
    "first_error",
    "load_policy",
    "model_keys",
    "parse_policy",
    "unknown_key_hint",
]
