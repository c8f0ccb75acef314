"""Pengaturan: workspace institution, survey years, language."""
