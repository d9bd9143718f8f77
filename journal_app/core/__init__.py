"""The journal's domain: plain Python, no Qt. Dataclasses, typed errors and services."""
