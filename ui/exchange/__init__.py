"""The Exchange dialog: identity cards, contacts, case packets, inbox and outbox folders."""
