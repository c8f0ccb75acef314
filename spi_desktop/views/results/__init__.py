"""Hasil & Rencana Aksi: official results, estimates and the action-plan board."""
