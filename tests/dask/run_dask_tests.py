#!/usr/bin/env python3
"""Runs the test_* functions of test_dask_pipe.py and prints 'Dask: N passed, N failed'.

Exits 0 when all pass, 1 when one fails. When dask.distributed cannot be
imported it prints a skip message and exits 0. Debian's python3-distributed
installs into the system interpreter, so run it with /usr/bin/python3.

  /usr/bin/python3 tests/dask/run_dask_tests.py [--cli newsclean.dll] [--counts FILE.json]
"""
import argparse
import json
import os
import sys
import time
import traceback


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", help="the built newsclean.dll (default: NEWSCLEAN_CLI_DLL, else the Release build)")
    parser.add_argument("--counts", help="write {\"Passed\": n, \"Failed\": n, \"Skipped\": bool} here")
    args = parser.parse_args()
    if args.cli:
        os.environ["NEWSCLEAN_CLI_DLL"] = os.path.abspath(args.cli)

    try:
        import distributed  # noqa: F401  (only checked for)
    except ImportError as error:
        print(f"Dask: skipped: dask.distributed is not importable with {sys.executable} ({error}); "
              "install python3-distributed (apt) and run with /usr/bin/python3")
        write_counts(args.counts, 0, 0, skipped=True)
        return 0

    # No __pycache__ in the work tree.
    sys.dont_write_bytecode = True
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import test_dask_pipe

    passed = failed = 0
    for name in sorted(n for n in dir(test_dask_pipe) if n.startswith("test_")):
        started = time.monotonic()
        try:
            getattr(test_dask_pipe, name)()
        except Exception:  # a failing test, whatever it raised
            failed += 1
            print(f"FAIL {name} ({time.monotonic() - started:.1f}s)")
            traceback.print_exc(file=sys.stdout)
        else:
            passed += 1
            print(f"PASS {name} ({time.monotonic() - started:.1f}s)")
        sys.stdout.flush()

    print(f"Dask: {passed} passed, {failed} failed")
    write_counts(args.counts, passed, failed, skipped=False)
    return 1 if failed else 0


def write_counts(path, passed, failed, skipped):
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump({"Passed": passed, "Failed": failed, "Skipped": skipped}, handle)


if __name__ == "__main__":
    sys.exit(main())
