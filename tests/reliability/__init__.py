"""Reliability workloads (#5): exactly-once delivery under faults, a shared rate limit."""
