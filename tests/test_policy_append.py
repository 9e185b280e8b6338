"""Relations appended to a policy's text keep its comments and layout, and the result loads."""

from __future__ import annotations

import pytest
import yaml

from datamask_sql.errors import PolicyError
from datamask_sql.policy.append import with_relations

NEW = ["orders.customer_id -> customers.id", '"Order Lines"("Order Id") -> orders(id)']
BODY = "version: 1\n# keep me\ntables:\n  orders: {unlisted: keep}  # and me\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no relations yet: a new list at the end
        (
            BODY,
            BODY
            + 'relations:\n  - orders.customer_id -> customers.id\n  - \'"Order Lines"("Order Id") -> orders(id)\'\n',
        ),
        # a block list: after its last item, in its indentation, before a comment that follows it
        (
            "relations:\n- a.x -> b.y\n# end of relations\n" + BODY,
            "relations:\n- a.x -> b.y\n- orders.customer_id -> customers.id\n"
            '- \'"Order Lines"("Order Id") -> orders(id)\'\n# end of relations\n' + BODY,
        ),
        # an empty one, with its comment
        (
            "relations: []   # none yet\n" + BODY,
            "relations:  # none yet\n  - orders.customer_id -> customers.id\n"
            '  - \'"Order Lines"("Order Id") -> orders(id)\'\n' + BODY,
        ),
        (
            BODY + "relations:",
            BODY + "relations:\n  - orders.customer_id -> customers.id\n"
            '  - \'"Order Lines"("Order Id") -> orders(id)\'\n',
        ),
    ],
)
def test_appended_text_keeps_the_rest_and_reads_back(text, expected):
    out = with_relations(text, NEW, "p.yml")
    assert out == expected
    assert yaml.safe_load(out)["relations"][-2:] == NEW


def test_crlf_files_keep_their_line_ends():
    text = BODY.replace("\n", "\r\n")
    out = with_relations(text, NEW[:1], "p.yml")
    assert out == text + "relations:\r\n  - orders.customer_id -> customers.id\r\n"


def test_a_flow_list_with_entries_is_refused_at_its_line():
    with pytest.raises(PolicyError) as info:
        with_relations("version: 1\nrelations: [a.x -> b.y]\n", NEW, "p.yml")
    assert info.value.line == 2 and "block list" in info.value.hint
