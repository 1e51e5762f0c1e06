"""Benchmarks (#5): each figure beside a baseline measured in the same run."""
