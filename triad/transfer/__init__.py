"""Whole cases as signed JSON files: export, import, schema and ordering."""
