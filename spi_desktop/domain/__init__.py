"""Pure-Python domain rules: score bands, validators, Indonesian formatting. No I/O, no Qt."""
