"""The desktop interface. The only package that imports PySide6."""

from journal_app.ui.refcounts import protect_singletons

# Before the first Qt call: PySide6 6.12 on Python 3.11 would otherwise use up None and True.
protect_singletons()
