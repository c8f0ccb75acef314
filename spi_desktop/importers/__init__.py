"""Readers for the spreadsheets users bring (CSV, Excel, ODS) and the mapping of their columns."""
