"""Instansi & OPD: the OPD registry."""
