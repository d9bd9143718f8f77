"""Tamper evidence: canonical encoding, the history chain and signing. No Qt."""
