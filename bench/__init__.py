"""Benchmarks (`make bench`): throughput of the extraction core on real articles."""
