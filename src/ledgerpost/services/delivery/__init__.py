"""The delivery engine: the worker, its processes, print copies rendered ahead."""
