"""Populasi: population lists per respondent group, their import wizard and export."""
