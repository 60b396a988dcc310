"""The Dask engine for partitioned batch jobs (``pip install briefing[dask]``).

Each partition is one task; dask.distributed schedules them over the workers of a running
scheduler (``--scheduler tcp://host:8786``) or of a LocalCluster using every core. A worker
loads the spaCy model once (``load_model`` is cached per process) and keeps it for every
task it runs. A task whose worker dies is run again elsewhere by the scheduler; partitions
are written whole, so the retry replaces, never doubles.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from briefing.errors import BriefingError


def map_partitions(
    task: Callable[..., dict],
    paths: list[str],
    done: Callable[[str, dict], object],
    scheduler: str | None = None,
    workers: int | None = None,
    **options,
) -> None:
    """Run ``task(path, **options)`` for each path on the cluster, calling ``done`` with
    the path and its result as each ends."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise BriefingError(
            "the dask engine needs dask and distributed: pip install 'briefing[dask]'"
        ) from None
    if not paths:
        return
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,  # spaCy's parse is not shared between threads
            processes=True,
            dashboard_address=None,
        )
    try:
        with Client(scheduler or cluster) as client:
            futures = client.map(task, [str(p) for p in paths], pure=False, **options)
            by_key = {f.key: p for f, p in zip(futures, paths, strict=True)}
            for future in as_completed(futures):
                done(by_key[future.key], future.result())
    finally:
        if cluster is not None:
            cluster.close()
