"""The same migrations build the same schema on SQLite and PostgreSQL, and match the models."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from shared.models import Base


def test_migrations_build_the_models_schema(database):
    with database.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert {"articles", "events", "mentions", "entities", "entity_aliases"} <= tables
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"
