"""A minimal dbt context for rendering the generated macros with plain jinja2 (no dbt, no warehouse)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import jinja2
from sqlglot import exp

from datamask_sql.dbt import render_macros
from datamask_sql.dbt.spec import ADAPTERS
from datamask_sql.dialects import get_dialect
from datamask_sql.emit.sql import to_sql


class CompilerError(Exception):
    """What dbt's exceptions.raise_compiler_error raises."""


def _raise(message: str) -> None:
    raise CompilerError(message)


@dataclass
class State:
    """What dbt knows about the model being compiled: the adapter, the model and its schema."""

    dialect: str = "duckdb"
    adapter_type: str = "duckdb"
    identifier: str = "t"
    schema: str = "masked"


class Adapter:
    """adapter.dispatch as dbt does it: <adapter>__name, else default__name."""

    def __init__(self, state: State, namespace: Namespace) -> None:
        self.state, self.namespace = state, namespace

    def dispatch(self, name: str, namespace: str):
        assert namespace == "datamask_sql"
        found = getattr(self.namespace.module, f"{self.state.adapter_type}__{name}", None)
        return found if found is not None else getattr(self.namespace.module, f"default__{name}")

    def type(self) -> str:
        return self.state.adapter_type


class This:
    """`this`: the model's relation."""

    def __init__(self, state: State) -> None:
        self.state = state

    @property
    def identifier(self) -> str:
        return self.state.identifier


class Namespace:
    """datamask_sql.<macro>: filled once the template module exists (macros call each other through it)."""

    module: object = None

    def __getattr__(self, name: str):
        return getattr(self.module, name)


def _relation(state: State, schema: str, name: str) -> str:
    table = exp.table_(exp.to_identifier(name), db=exp.to_identifier(schema))
    return to_sql(get_dialect(state.dialect), table)


@functools.cache
def _environment() -> tuple[jinja2.Environment, State]:
    # Compiling the macros takes seconds: one environment, switched between dialects and models.
    env = jinja2.Environment(extensions=["jinja2.ext.do"], undefined=jinja2.StrictUndefined)
    state, namespace = State(), Namespace()
    env.globals.update(
        datamask_sql=namespace,
        adapter=Adapter(state, namespace),
        exceptions={"raise_compiler_error": _raise},
        this=This(state),
        ref=lambda name: _relation(state, state.schema, name),
        source=lambda source, name: _relation(state, source, name),
        config=lambda **_: "",
    )
    namespace.module = env.from_string("\n".join(render_macros().values())).module
    return env, state


def environment(dialect: str, model: str = "t", schema: str = "masked", adapter_type: str | None = None):
    """The shared environment, set up for a model `model` built in `schema` on `dialect`'s adapter."""
    env, state = _environment()
    state.dialect, state.identifier, state.schema = dialect, model, schema
    state.adapter_type = adapter_type or ADAPTERS[dialect][0]
    return env


def call(dialect: str, name: str, *args, model: str = "t", **kwargs) -> str:
    """Render datamask_sql.<name>(*args, **kwargs) for `dialect`."""
    env = environment(dialect, model)
    return str(getattr(env.globals["datamask_sql"], name)(*args, **kwargs)).strip()


def render_model(dialect: str, text: str, schema: str) -> str:
    """A generated model's SQL as dbt compiles it (refs to seeds in `schema`)."""
    return environment(dialect, schema=schema).from_string(text).render()
