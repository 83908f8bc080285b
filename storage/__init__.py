"""Persistence: SQLAlchemy Core schema, Alembic migrations, and the Store facade."""
