"""The first-start assistant: a new workspace's institution, survey year and OPD list."""
