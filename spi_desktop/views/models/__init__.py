"""Qt item models fed with plain rows from services through ``set_rows``."""
