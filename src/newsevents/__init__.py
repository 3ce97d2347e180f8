"""newsevents: news reports about political violence into a source-linked event database."""
__version__ = "0.1.0"
