"""Benchmarks: `python -m benchmarks NAME [options]`; `python -m benchmarks` lists them."""
