"""PostgreSQL introspection from pg_catalog: ordinary and partitioned tables, keys (partitions' too), indexes."""

from __future__ import annotations

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import SqlglotError
from sqlglot.tokens import TokenType

from datamask_sql.catalog.partitions import Hierarchy, attribute, describe
from datamask_sql.connection import Connection

_USER_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%%'"

# Partitions are not tables to mask: their rows are read through the partitioned table.
COLUMNS = f"""
SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND {_USER_SCHEMAS}
  AND NOT c.relispartition
ORDER BY n.nspname, c.relname, a.attnum
"""

# Constraints a partitioned table's own declaration cloned onto its partitions (conparentid) are left out:
# the declaration on the parent is read instead.
CONSTRAINTS = """
SELECT n.nspname, c.relname,
       CASE con.contype WHEN 'p' THEN 'PRIMARY KEY' WHEN 'u' THEN 'UNIQUE' ELSE 'FOREIGN KEY' END,
       ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),
       rc.relname,
       ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),
       con.conname, rn.nspname
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype IN ('p', 'u', 'f') AND con.conparentid = 0
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY n.nspname, c.relname, con.conname
"""

# Partition and inheritance links, and how each partitioned table is partitioned.
INHERITS = f"""
SELECT n.nspname, c.relname, pn.nspname, p.relname, c.relispartition
FROM pg_inherits i
JOIN pg_class c ON c.oid = i.inhrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class p ON p.oid = i.inhparent
JOIN pg_namespace pn ON pn.oid = p.relnamespace
WHERE c.relkind IN ('r', 'p') AND {_USER_SCHEMAS}
ORDER BY n.nspname, c.relname, i.inhseqno
"""
PARTITIONED = f"""
SELECT n.nspname, c.relname, pg_get_partkeydef(c.oid),
       ARRAY(SELECT a.attname FROM unnest(pt.partattrs::int2[]) WITH ORDINALITY AS k(num, ord)
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.num ORDER BY k.ord),
       pt.partexprs IS NOT NULL OR 0 = ANY(pt.partattrs::int2[])
FROM pg_partitioned_table pt
JOIN pg_class c ON c.oid = pt.partrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE {_USER_SCHEMAS}
ORDER BY n.nspname, c.relname
"""

# Indexes no constraint owns, with their whole definition (method, operator classes, expressions, predicate).
# A partition's indexes are left out: the partitioned table's own index is re-created on its one target.
INDEXES = f"""
SELECT n.nspname, t.relname, i.relname, ix.indisunique,
       CASE WHEN ix.indexprs IS NULL THEN
         ARRAY(SELECT a.attname FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(num, ord)
               JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.num
               WHERE k.ord <= ix.indnkeyatts ORDER BY k.ord)
       ELSE '{{}}'::name[] END,
       ix.indpred IS NOT NULL, pg_get_indexdef(ix.indexrelid)
FROM pg_index ix
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_class t ON t.oid = ix.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid)
  AND NOT t.relispartition AND {_USER_SCHEMAS}
ORDER BY n.nspname, t.relname, i.relname
"""


def index_params(definition: str) -> exp.IndexParameters | None:
    """The USING/keys/INCLUDE/WITH/WHERE part of pg_get_indexdef() as a sqlglot node; None if sqlglot cannot
    parse it (then only plain-column indexes are re-created, on their columns)."""
    dialect = Dialect.get_or_raise("postgres")
    try:
        tokens = dialect.tokenize(definition)
        # "ON ONLY parent" (an index of a partitioned table) says nothing the plain target needs.
        on = next(i for i, t in enumerate(tokens) if t.token_type == TokenType.ON)
        if on + 1 < len(tokens) and tokens[on + 1].token_type == TokenType.ONLY:
            del tokens[on + 1]
        parsed = dialect.parser().parse(tokens, definition)
    except (SqlglotError, StopIteration):
        return None
    create = parsed[0] if parsed else None
    if not isinstance(create, exp.Create) or not isinstance(create.this, exp.Index):
        return None
    params = create.this.args.get("params")
    return params if isinstance(params, exp.IndexParameters) else None


def read(conn: Connection) -> tuple[list[tuple], list[tuple], list[tuple], dict]:
    """Column, constraint and index rows in the shape catalog.live assembles, and what partitions each table."""
    tree = Hierarchy.of(conn.query(INHERITS), conn.query(PARTITIONED))
    constraints = attribute(conn.query(CONSTRAINTS), tree)
    indexes = [
        (schema, table, name, unique, cols, partial, index_params(definition), "postgres")
        for schema, table, name, unique, cols, partial, definition in conn.query(INDEXES)
    ]
    return conn.query(COLUMNS), constraints, indexes, describe(tree)
