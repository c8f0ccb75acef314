"""Pelatihan (training mode): the respondent walkthrough and the presentation for socialisation events."""
