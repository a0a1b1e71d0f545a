"""Benchmarks for hrdoc: a generator of large stores and a runner. Never part of the test suite."""
