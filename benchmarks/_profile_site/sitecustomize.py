"""Loaded by every Python process the crawl benchmark's ``--profile`` starts (this directory is put
first on PYTHONPATH): starts ``benchmarks.cpuprofile``'s sampler when SW_CPU_PROFILE is set."""
import os

if os.environ.get("SW_CPU_PROFILE"):
    try:
        from benchmarks import cpuprofile

        cpuprofile.start()
    except Exception:  # never break the profiled process
        pass
