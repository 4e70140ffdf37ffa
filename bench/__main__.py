"""`python -m bench`: run every benchmark and print one line each."""
import sys

print("no benchmarks yet", file=sys.stderr)
