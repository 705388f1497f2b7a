"""The vault: a folder holding the key slot file and the SQLCipher data file."""
