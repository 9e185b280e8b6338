"""Policy: the validated masking policy and its loader."""

from datamask_sql.policy.loader import did_you_mean, load_policy, parse_policy
from datamask_sql.policy.model import Policy, PolicyDocument, RuleSpec

__all__ = ["Policy", "PolicyDocument", "RuleSpec", "did_you_mean", "load_policy", "parse_policy"]
