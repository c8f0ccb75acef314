"""Use cases shared by the GUI and the CLI. Each opens one short session and returns plain data."""
