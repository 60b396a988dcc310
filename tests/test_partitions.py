"""Partitioned batch jobs: local and Dask engines give the same partitions, bad lines go to
an errors file, a rerun resumes, and a worker killed mid-job loses and doubles nothing."""

from __future__ import annotations

import gzip
import json
import os
import signal
import threading

import pytest
from helpers import shared_or_skip

from briefing.evaluation.partitions import Job, find_partitions, run_job


def _real_rows(count: int) -> list[dict]:
    rows = [json.loads(line) for line in shared_or_skip("cnndm_test.dev.jsonl").open()][:count]
    return [{"id": r["id"], "text": r["text"]} for r in rows]


def _write_parts(folder, rows: list[dict], parts: int, bad: bool = False):
    folder.mkdir()
    size = -(-len(rows) // parts)
    for k in range(parts):
        lines = [json.dumps(r) for r in rows[k * size : (k + 1) * size]]
        if bad and k == 1:
            lines[2:2] = ["{not json", json.dumps({"id": "no-text"})]
        data = ("\n".join(lines) + "\n").encode()
        if k % 2:
            (folder / f"part-{k}.jsonl.gz").write_bytes(gzip.compress(data))
        else:
            (folder / f"part-{k}.jsonl").write_bytes(data)
    return folder


def _outputs(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != "manifest.json"}


def test_local_engine_writes_partitions_errors_and_a_manifest(tmp_path):
    src = _write_parts(tmp_path / "in", _real_rows(12), 3, bad=True)
    out = tmp_path / "out"
    manifest = run_job(str(src), out, Job("summarize"))
    assert sorted(manifest["partitions"]) == ["part-0.jsonl", "part-1.jsonl", "part-2.jsonl"]
    assert manifest["partitions"]["part-1.jsonl"]["errors"] == 2
    errors = [json.loads(x) for x in (out / "part-1.errors.jsonl").read_text().splitlines()]
    assert [e["line"] for e in errors] == [3, 4] and "invalid JSON" in errors[0]["error"]
    lines = [json.loads(x) for x in (out / "part-1.jsonl").read_text().splitlines()]
    assert len(lines) == 4 and all(line["summary"] for line in lines)


def test_a_rerun_redoes_only_a_deleted_partition(tmp_path):
    src = _write_parts(tmp_path / "in", _real_rows(9), 3)
    out = tmp_path / "out"
    run_job(str(src), out, Job("summarize"))
    before = _outputs(out)
    (out / "part-2.jsonl").unlink()
    redone = []
    run_job(str(src), out, Job("summarize"), on_done=lambda name, entry: redone.append(name))
    assert redone == ["part-2.jsonl"] and _outputs(out) == before


def test_partitions_by_file_glob_or_folder(tmp_path):
    src = _write_parts(tmp_path / "in", _real_rows(4), 2)
    assert find_partitions(str(src)) == find_partitions(str(src / "part-*"))
    assert len(find_partitions(str(src / "part-0.jsonl"))) == 1


@pytest.mark.slow
@pytest.mark.parametrize("task", ["summarize", "commitments"])
def test_dask_gives_the_local_engines_partitions(tmp_path, task):
    src = _write_parts(tmp_path / "in", _real_rows(200 if task == "summarize" else 60), 4, True)
    run_job(str(src), tmp_path / "local", Job(task))
    run_job(str(src), tmp_path / "dask", Job(task), engine="dask", workers=2)
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")


@pytest.mark.slow
def test_a_worker_killed_mid_job_loses_and_doubles_nothing(tmp_path):
    from distributed import Client, LocalCluster

    src = _write_parts(tmp_path / "in", _real_rows(120), 8)
    run_job(str(src), tmp_path / "local", Job("commitments"))
    first_done = threading.Event()
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        pids = list(client.run(os.getpid).values())
        killer = threading.Thread(
            target=lambda: first_done.wait(300) and os.kill(pids[0], signal.SIGKILL)
        )
        killer.start()
        manifest = run_job(
            str(src),
            tmp_path / "dask",
            Job("commitments"),
            engine="dask",
            scheduler=cluster.scheduler_address,
            on_done=lambda name, entry: first_done.set(),
        )
        killer.join()
    assert len(manifest["partitions"]) == 8
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")


def test_the_cli_runs_a_folder_of_partitions(run_cli, tmp_path):
    src = _write_parts(tmp_path / "in", _real_rows(6), 2, bad=True)
    proc = run_cli("summarize", "--jsonl", src, "--output", tmp_path / "out", "--sentences", "2")
    assert proc.returncode == 0, proc.err
    assert "part-1.jsonl: 3 line(s), 2 bad line(s) in the errors file" in proc.err
    assert (tmp_path / "out" / "manifest.json").exists()
    proc = run_cli("commitments", "--jsonl", src, "--output", "-")
    assert proc.returncode == 1 and "--output must be a folder" in proc.err


def test_paths_with_a_protocol_go_through_fsspec(tmp_path):
    # memory:// stands in for s3:// or gs://: the same code reads and writes both
    import fsspec

    src = _write_parts(tmp_path / "in", _real_rows(6), 2, bad=True)
    fs = fsspec.filesystem("memory")
    for path in src.iterdir():
        fs.pipe_file(f"/bucket/parts/{path.name}", path.read_bytes())
    run_job(str(src), tmp_path / "local", Job("summarize"))
    manifest = run_job("memory://bucket/parts/*", "memory://bucket/out", Job("summarize"))
    assert sorted(manifest["partitions"]) == ["part-0.jsonl", "part-1.jsonl"]
    for name, data in _outputs(tmp_path / "local").items():
        stored = fs.cat_file(f"/bucket/out/{name}")
        if name.endswith(".errors.jsonl"):  # the messages name the input path
            stored, data = (
                [json.loads(x)["line"] for x in d.decode().splitlines()] for d in (stored, data)
            )
        assert stored == data, name
    redone = []
    run_job("memory://bucket/parts", "memory://bucket/out", Job("summarize"), on_done=redone.append)
    assert redone == []  # the manifest is read back from the store: nothing to do


def test_an_unreadable_partition_is_recorded_and_the_job_goes_on(run_cli, tmp_path):
    src = _write_parts(tmp_path / "in", _real_rows(4), 2)
    (src / "part-9.jsonl.gz").write_bytes(b"not gzip at all")
    proc = run_cli("summarize", "--jsonl", src, "--output", tmp_path / "out")
    assert proc.returncode == 0, proc.err
    (error,) = [
        json.loads(x) for x in (tmp_path / "out" / "part-9.errors.jsonl").read_text().splitlines()
    ]
    assert "part-9.jsonl.gz: cannot read" in error["error"]
    assert (tmp_path / "out" / "part-0.jsonl").read_text().count("\n") == 2


def test_no_partitions_or_a_bad_manifest_is_a_one_line_error(run_cli, tmp_path):
    proc = run_cli(
        "summarize", "--jsonl", tmp_path / "none" / "*.jsonl", "--output", tmp_path / "o"
    )
    assert proc.returncode == 1 and "no .jsonl or .jsonl.gz partitions found" in proc.err
    src = _write_parts(tmp_path / "in", _real_rows(2), 1)
    (tmp_path / "o").mkdir()
    (tmp_path / "o" / "manifest.json").write_text("{")
    proc = run_cli("summarize", "--jsonl", src, "--output", tmp_path / "o")
    assert proc.returncode == 1 and "manifest.json: unreadable manifest" in proc.err
    assert len(proc.err.strip().splitlines()) == 1
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["manifest.json"]
