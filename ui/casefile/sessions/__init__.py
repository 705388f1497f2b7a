"""The Sessions & debriefs tab."""
