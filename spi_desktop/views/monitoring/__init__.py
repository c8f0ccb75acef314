"""Pemantauan: targets, progress snapshots, charts and chasing the OPD that lag behind."""
