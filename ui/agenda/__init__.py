"""The Agenda (issue 16): the practice's week across every case the member may see."""
