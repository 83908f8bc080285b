"""stancewatch: who signs the EU GPAI Code of Practice, with evidence."""

__version__ = "0.1.0"
