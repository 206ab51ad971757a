"""The clinic assistant's own Python package: settings, database, NLU components, CLI."""
