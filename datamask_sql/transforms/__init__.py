"""Transforms: one module per family; this registry is how the planner finds them by name."""

from __future__ import annotations

from datamask_sql.transforms.base import BuildContext, Params, RefContext, Transform
from datamask_sql.transforms.basic import Constant, Keep, Null
from datamask_sql.transforms.dates import DateShift
from datamask_sql.transforms.digits import Digits
from datamask_sql.transforms.email import Email
from datamask_sql.transforms.expression import Expression
from datamask_sql.transforms.fake import Fake
from datamask_sql.transforms.generalize import Generalize
from datamask_sql.transforms.hashing import Hash
from datamask_sql.transforms.numbers import HashInt, Noise
from datamask_sql.transforms.partial import Partial
from datamask_sql.transforms.text import RedactText
from datamask_sql.transforms.uuid import Uuid

TRANSFORMS: dict[str, Transform] = {
    t.name: t
    for t in (
        Keep(),
        Null(),
        Constant(),
        Hash(),
        Partial(),
        Email(),
        Fake(),
        Digits(),
        HashInt(),
        Uuid(),
        DateShift(),
        Noise(),
        Generalize(),
        Expression(),
        RedactText(),
    )
}


def get_transform(name: str) -> Transform | None:
    """The transform called `name`, or None."""
    return TRANSFORMS.get(name)


__all__ = ["TRANSFORMS", "BuildContext", "Params", "RefContext", "Transform", "get_transform"]
