"""The runtime: the mega-batch coordinator, scoring and answers."""
