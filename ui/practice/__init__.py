"""The Practice dialog: members, passphrases, quick unlock, recovery, backup, verify."""
