"""newsclean as a step of a Dask pipeline.

A generated JSONL dump is split into partitions; a LocalCluster with two worker
processes runs the built `newsclean clean` on each partition (stdin -> stdout,
as a subprocess inside the worker); the gathered output must equal one
single-process run record for record, and the errors must be the same.

Run through run_dask_tests.py (it skips when dask.distributed is missing).
The CLI is NEWSCLEAN_CLI_DLL, or src/NewsClean.Cli/bin/Release/net10.0/newsclean.dll.
"""
import glob
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
FIXTURES = os.path.join(ROOT, "tests", "NewsClean.Cli.Tests", "Fixtures")
PARTITIONS = 6
RECORDS = 150


def newsclean_command():
    dll = os.environ.get("NEWSCLEAN_CLI_DLL") or os.path.join(
        ROOT, "src", "NewsClean.Cli", "bin", "Release", "net10.0", "newsclean.dll")
    if not os.path.isfile(dll):
        raise FileNotFoundError(f"newsclean is not built: {dll}")
    # One thread per process: the parallelism is Dask's here.
    return ["dotnet", dll, "clean", "--threads", "1"]


def make_dump(count):
    """JSONL lines from the project's own Arabic fixtures, with varied ids, dates and fields (two without text when long enough)."""
    texts = []
    for path in sorted(glob.glob(os.path.join(FIXTURES, "*.txt"))):
        with open(path, encoding="utf-8") as handle:
            texts.append(handle.read())
    with open(os.path.join(FIXTURES, "museum-page.html"), encoding="utf-8") as handle:
        page = handle.read()
    lines = []
    for i in range(count):
        record = {"id": f"doc-{i:04d}", "date": f"2025-0{1 + i % 9}-{1 + i % 28:02d}"}
        if i % 10 == 9:
            record["html"] = page
        else:
            record["content"] = texts[i % len(texts)]
        if i % 4 == 0:
            record["title"] = f"title {i}"
        lines.append(json.dumps(record, ensure_ascii=False))
    if count > 101:
        lines[37] = json.dumps({"id": "doc-0037", "title": "no text field"})
        lines[101] = json.dumps({"id": "doc-0101", "content": "   "})
    return lines


def run_newsclean(lines, command):
    """Runs inside a Dask worker: one partition through newsclean, returning what it wrote."""
    completed = subprocess.run(
        command, input=("\n".join(lines) + "\n").encode("utf-8"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600, check=False)
    return {
        "pid": os.getpid(),
        "exit": completed.returncode,
        "records": completed.stdout.decode("utf-8").splitlines(),
        "errors": [json.loads(line) for line in completed.stderr.decode("utf-8").splitlines() if line.startswith("{")],
    }


def split(lines, parts):
    size = -(-len(lines) // parts)
    return [lines[i:i + size] for i in range(0, len(lines), size)]


def test_partitions_through_two_workers_equal_one_run():
    from distributed import Client, LocalCluster

    command = newsclean_command()
    lines = make_dump(RECORDS)
    single = run_newsclean(lines, command)
    assert single["exit"] == 1, f"two records have no text, so exit 1 is expected, not {single['exit']}"
    assert len(single["records"]) == RECORDS - 2, len(single["records"])

    partitions = split(lines, PARTITIONS)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        futures = client.map(run_newsclean, partitions, command=command, pure=False)
        results = client.gather(futures)

    combined = [record for result in results for record in result["records"]]
    assert len(combined) == len(single["records"]), (len(combined), len(single["records"]))
    for index, (got, expected) in enumerate(zip(combined, single["records"])):
        assert got == expected, f"record {index} differs:\n{got[:300]}\n{expected[:300]}"

    # The same failures, in the same order; line numbers are per partition, so they map back by offset.
    offsets = [sum(len(p) for p in partitions[:i]) for i in range(len(partitions))]
    gathered = [(e["error"], e["line"] + offset) for result, offset in zip(results, offsets) for e in result["errors"]]
    assert gathered == [(e["error"], e["line"]) for e in single["errors"]], gathered
    assert [e["error"] for e in single["errors"]] == ["EmptyDocument", "EmptyDocument"]

    pids = {result["pid"] for result in results}
    assert os.getpid() not in pids, "the partitions must run in the worker processes"
    assert len(pids) == 2, f"both workers should have taken partitions, got {len(pids)}"


def test_each_output_line_is_one_article_with_the_record_id():
    command = newsclean_command()
    lines = make_dump(20)
    result = run_newsclean(lines, command)
    assert result["exit"] == 0, result["errors"]
    ids = [json.loads(line)["SourceId"] for line in result["records"]]
    assert ids == [f"doc-{i:04d}" for i in range(20)], ids
