"""The Plan tab."""
