"""journal_app: an offline, passphrase-encrypted journal for keeping a private record."""

__version__ = "0.1.0"
