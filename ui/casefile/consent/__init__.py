"""The Consent tab."""
