"""Beranda: the home screen."""
