"""The signed, append-only entry log, its entry kinds and the projections it feeds."""
