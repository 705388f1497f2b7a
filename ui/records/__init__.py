"""The record's end (issue 17): retention, disposal and the disposal register."""
