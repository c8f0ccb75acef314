"""PDF and spreadsheet reports drawn with reportlab (scorecards and lists arrive with their issues)."""
