from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import warnings
from types import SimpleNamespace

import pytest
from helpers import briefing_exe

from briefing.cli import main


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives Debian's Chromium through Playwright")
    config.addinivalue_line("markers", "slow: takes more than a few seconds (real data, training)")
    config.addinivalue_line("markers", "process: runs the installed entry point as a process")


@pytest.fixture
def run_cli(monkeypatch):
    """Run ``briefing.cli.main`` in this process, as the entry point does, capturing what it
    prints. ``env`` replaces the environment for the call."""

    def run(*args, input=None, cwd=None, check=False, env=None):
        out, err = io.StringIO(), io.StringIO()
        stdin = io.TextIOWrapper(io.BytesIO(input or b""), encoding="utf-8")
        sigterm, sigint = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
        with monkeypatch.context() as patch, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # as PYTHONWARNINGS=ignore for a process
            if cwd is not None:
                patch.chdir(cwd)
            if env is not None:
                for name in list(os.environ):
                    patch.delenv(name)
                for name, value in env.items():
                    patch.setenv(name, value)
            patch.setattr(sys, "stdin", stdin)
            patch.setattr(sys, "stdout", out)
            patch.setattr(sys, "stderr", err)
            try:
                code = main([str(a) for a in args])
            except SystemExit as exc:  # argparse's usage errors, --help, --version
                code = exc.code if isinstance(exc.code, int) else 1
            finally:
                signal.signal(signal.SIGTERM, sigterm)
                signal.signal(signal.SIGINT, sigint)
        proc = SimpleNamespace(returncode=code, out=out.getvalue(), err=err.getvalue())
        proc.stdout, proc.stderr = proc.out.encode(), proc.err.encode()
        if check:
            assert proc.returncode == 0, proc.err
        return proc

    return run


@pytest.fixture
def run_exe():
    """Run the installed ``briefing`` entry point as a separate process, as a user would."""

    def run(*args, input=None, cwd=None, check=False, env=None):
        proc = subprocess.run(
            [briefing_exe(), *map(str, args)],
            input=input,
            capture_output=True,
            cwd=cwd,
            env={**(os.environ if env is None else env), "PYTHONWARNINGS": "ignore"},
        )
        proc.out = proc.stdout.decode("utf-8", "replace")
        proc.err = proc.stderr.decode("utf-8", "replace")
        if check:
            assert proc.returncode == 0, proc.err
        return proc

    return run
