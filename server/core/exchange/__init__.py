"""Contacts in and out: CSV in Segue's, Google's and Outlook's layouts, vCard, LinkedIn's export.

Pure functions over plain data; the store feeds them rows and writes what they read.
"""

from .reader import ParsedFile, ParsedRow, UnreadableFile, read_contacts
from .writer import CSV_FORMATS, csv_chunks, vcard_chunks

__all__ = [
    "CSV_FORMATS",
    "ParsedFile",
    "ParsedRow",
    "UnreadableFile",
    "csv_chunks",
    "read_contacts",
    "vcard_chunks",
]
