"""The start window: first run, unlock, recovery."""
