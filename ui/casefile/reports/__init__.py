"""The Reports tab."""
