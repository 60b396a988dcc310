from __future__ import annotations

import os
import subprocess

import pytest
from helpers import briefing_exe


@pytest.fixture
def run_cli():
    """Run the installed ``briefing`` entry point, as a user would."""

    def run(*args, input=None, cwd=None, check=False):
        proc = subprocess.run(
            [briefing_exe(), *map(str, args)],
            input=input,
            capture_output=True,
            cwd=cwd,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
        proc.out = proc.stdout.decode("utf-8", "replace")
        proc.err = proc.stderr.decode("utf-8", "replace")
        if check:
            assert proc.returncode == 0, proc.err
        return proc

    return run
