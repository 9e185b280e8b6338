"""Keys declared on partitions and inheritance children, attributed to the table a query reads them through.

A PostgreSQL partitioned table may carry no keys of its own: `ALTER TABLE payment_p2022 ADD FOREIGN KEY ...`
on each partition is common (pg_dump of older schemas, pagila). Partitions are not tables to mask (their rows
are the parent's), so what they declare belongs to the parent: a foreign key always (masking must follow it,
or joins through the parent break), re-created on the target only when every partition declares it; a primary
or unique key only when every partition declares it and it holds the partition key of every level (then no two
partitions can hold the same key). An inheritance child is a table of its own, but a query on its parent
returns its rows too: its foreign keys are followed on the parent as well, never re-created there.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

Ref = tuple[str, str]
FOREIGN = "FOREIGN KEY"


@dataclass
class Hierarchy:
    """Partition and inheritance links between tables, as the source records them."""

    # child -> parent, for partitions (one parent each)
    partition_of: dict[Ref, Ref] = field(default_factory=dict)
    # child -> parents, for plain inheritance (INHERITS may name several)
    inherits: dict[Ref, list[Ref]] = field(default_factory=lambda: defaultdict(list))
    # partitioned table -> its partition key columns (None when the key has an expression), and its definition
    partition_keys: dict[Ref, tuple[str, ...] | None] = field(default_factory=dict)
    partition_defs: dict[Ref, str] = field(default_factory=dict)

    @classmethod
    def of(cls, links: list[tuple], partitioned: list[tuple]) -> Hierarchy:
        """From (child schema, child, parent schema, parent, is partition) and
        (schema, table, definition, key columns, has expressions) rows."""
        out = cls()
        for schema, table, parent_schema, parent, is_partition in links:
            if is_partition:
                out.partition_of[(schema, table)] = (parent_schema, parent)
            else:
                out.inherits[(schema, table)].append((parent_schema, parent))
        for schema, table, definition, columns, has_expressions in partitioned:
            out.partition_keys[(schema, table)] = None if has_expressions else tuple(columns or ())
            out.partition_defs[(schema, table)] = definition
        return out

    def root(self, ref: Ref) -> Ref:
        """The table whose target holds a partition's rows (the table itself when it is no partition)."""
        seen = set()
        while ref in self.partition_of and ref not in seen:
            seen.add(ref)
            ref = self.partition_of[ref]
        return ref

    def partitioned_below(self, ref: Ref) -> list[Ref]:
        """`ref` and every partitioned table under it."""
        children = [c for c, p in self.partition_of.items() if p == ref]
        out = [ref] if ref in self.partition_keys else []
        return out + [t for c in children for t in self.partitioned_below(c)]

    def leaves(self, ref: Ref) -> frozenset[Ref]:
        """The partitions holding rows under `ref` (`ref` itself when it is not partitioned)."""
        if ref not in self.partition_keys:
            return frozenset({ref})
        children = [c for c, p in self.partition_of.items() if p == ref]
        return frozenset(leaf for c in children for leaf in self.leaves(c))

    def ancestors(self, ref: Ref) -> list[Ref]:
        """Inheritance parents of `ref`, transitively (not partition parents)."""
        out: list[Ref] = []
        for parent in self.inherits.get(ref, []):
            if parent not in out:
                out += [parent] + [a for a in self.ancestors(parent) if a not in out]
        return out

    def holds_partition_keys(self, root: Ref, columns: tuple[str, ...]) -> bool:
        """Whether a key on every partition includes the partition key of every level, so it is unique overall."""
        for table in self.partitioned_below(root):
            key = self.partition_keys[table]
            if key is None or not set(key) <= set(columns):
                return False
        return True


def attribute(rows: list[tuple], tree: Hierarchy) -> list[tuple]:
    """Constraint rows (schema, table, kind, columns, ref table, ref columns, name, ref schema) with the keys of
    partitions moved to their root and inheritance children's foreign keys copied to their parents; a ninth
    field says whether the source enforces the key on every row of the table it now belongs to."""
    out: list[tuple] = []
    # (root, columns, referenced root, referenced columns) -> (partitions declaring it, a name)
    partition_fks: dict[tuple, tuple[set[Ref], str]] = {}
    partition_keys: dict[tuple, set[Ref]] = defaultdict(set)
    for schema, table, kind, cols, ref_table, ref_cols, name, ref_schema in rows:
        ref = (schema, table)
        cols, ref_cols = tuple(cols or ()), tuple(ref_cols or ())
        parent = tree.root((ref_schema or schema, ref_table)) if kind == FOREIGN else (None, None)
        if ref in tree.partition_of:
            root = tree.root(ref)
            if kind == FOREIGN:
                covered, first = partition_fks.setdefault((root, cols, parent, ref_cols), (set(), name))
                covered |= tree.leaves(ref)
            else:
                partition_keys[(root, kind, cols)] |= tree.leaves(ref)
            continue
        out.append((schema, table, kind, cols, parent[1], ref_cols, name, parent[0], True))
        if kind == FOREIGN:
            for ancestor in tree.ancestors(ref):
                out.append((*ancestor, kind, cols, parent[1], ref_cols, name, parent[0], False))
    signatures = {(r[0], r[1], r[3], (r[7], r[4]), r[5]) for r in out if r[2] == FOREIGN and r[8]}
    for (root, cols, parent, ref_cols), (covered, name) in sorted(partition_fks.items(), key=repr):
        if (*root, cols, parent, ref_cols) not in signatures:
            enforced = covered == set(tree.leaves(root))
            out.append((*root, FOREIGN, cols, parent[1], ref_cols, name, parent[0], enforced))
    out = _distinct_foreign_keys(out)
    primary = {(r[0], r[1]): r[3] for r in out if r[2] == "PRIMARY KEY"}
    unique = {(r[0], r[1], r[3]) for r in out if r[2] == "UNIQUE"}
    for (root, kind, cols), covered in sorted(partition_keys.items(), key=repr):
        if covered != set(tree.leaves(root)) or not tree.holds_partition_keys(root, cols):
            continue
        if kind == "PRIMARY KEY" and root not in primary:
            primary[root] = cols
            out.append((*root, kind, cols, None, (), None, None, True))
        elif primary.get(root) != cols and (*root, cols) not in unique:
            unique.add((*root, cols))
            out.append((*root, "UNIQUE", cols, None, (), None, None, True))
    return out


def _distinct_foreign_keys(rows: list[tuple]) -> list[tuple]:
    """One row per foreign key of a table (an inherited copy gives way to the table's own declaration)."""
    best: dict[tuple, int] = {}
    for i, r in enumerate(rows):
        if r[2] == FOREIGN:
            signature = (r[0], r[1], r[3], r[7], r[4], r[5])
            if signature not in best or (r[8] and not rows[best[signature]][8]):
                best[signature] = i
    keep = set(best.values())
    return [r for i, r in enumerate(rows) if r[2] != FOREIGN or i in keep]


def describe(tree: Hierarchy) -> dict[Ref, tuple[str | None, tuple[str, ...]]]:
    """(partitioning text, inheritance children) of every table that has either."""
    out: dict[Ref, tuple[str | None, tuple[str, ...]]] = {}
    for ref, definition in tree.partition_defs.items():
        if ref not in tree.partition_of:
            count = len(tree.leaves(ref))
            out[ref] = (f"{definition}, {count} partition{'s' if count != 1 else ''}", ())
    children: dict[Ref, list[str]] = defaultdict(list)
    for child, parents in tree.inherits.items():
        for parent in parents:
            children[parent].append(child[1] if child[0] == parent[0] else f"{child[0]}.{child[1]}")
    for ref, names in children.items():
        out[ref] = (out.get(ref, (None, ()))[0], tuple(sorted(names)))
    return out
