"""Benchmarks for journal_app (issue 6). Run with `python -m bench --help`.

Benchmarks print figures beside a baseline measured in the same run; they assert nothing.
"""
