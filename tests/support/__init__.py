"""Scaffolding the tests and benchmarks share: seeded databases and generated news sites."""
