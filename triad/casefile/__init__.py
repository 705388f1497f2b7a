"""The case file: members, cases, consent, plans, sessions, measures, amendments."""
