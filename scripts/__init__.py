"""Repository tools run by make (generate, docs, breaking-change gate); not shipped."""
