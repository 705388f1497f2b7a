"""Printable documents (ReportLab). Rendering is a pure function: data in, PDF bytes out.
Nothing here writes a file; callers save the bytes only where the user says."""
