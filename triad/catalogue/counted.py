"""The catalogue's sentences that count something: one :class:`~triad.catalogue.Plural` pair
each (the English sentence for one and for many), since "{packets} packet(s)" is wrong in
English and cannot be right in German. :func:`triad.messages.plural` picks and translates."""

from __future__ import annotations

from triad.catalogue import NN_, Plural

COUNTED: dict[str, Plural] = {
    # a contact's packet acknowledges packets this vault has no record of sending (by packets)
    "vault-older-peer": NN_(
        "This vault is older than the one this contact last heard from: their packet "
        "acknowledges {packets} packet this vault has no record of sending and holds {entries} "
        "of your own entries it no longer has. It may have been put back from a copy, and a "
        "member's removal or a consent withdrawal may have been undone. The packet itself is "
        "genuine and was imported. Check that this is the right folder, or restore your newest "
        "backup file.",
        "This vault is older than the one this contact last heard from: their packet "
        "acknowledges {packets} packets this vault has no record of sending and holds {entries} "
        "of your own entries it no longer has. It may have been put back from a copy, and a "
        "member's removal or a consent withdrawal may have been undone. The packet itself is "
        "genuine and was imported. Check that this is the right folder, or restore your newest "
        "backup file."),
}
