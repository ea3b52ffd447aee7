"""Compiled translations (*.qm), built from translations/*.ts by setup.py or
scripts/build-translations."""
