"""The built wheel carries the templates: install it in a clean venv and render."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from helpers import ROOT, SAMPLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(dist),
            str(ROOT),
        ],
        check=True,
    )
    (path,) = dist.glob("briefing-*.whl")
    return path


def test_wheel_lists_the_templates(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "briefing/templates/briefing.md.j2" in names
    assert "briefing/templates/briefing.html.j2" in names
    assert "briefing/briefing.schema.json" in names


def test_installed_wheel_renders_outside_the_repo(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run(
        [py, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)], check=True
    )
    # Dependencies come from the test venv (no downloads at test time); a plain path
    # line in a .pth does not pull in that venv's editable install of briefing.
    site = subprocess.run(
        [py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = tmp_path / "elsewhere"
    work.mkdir()
    script = (
        "import briefing, briefing.rendering.templating as r\n"
        f"assert briefing.__file__.startswith({str(venv)!r}), briefing.__file__\n"
        f"assert str(r.builtin_template_dir()).startswith({str(venv)!r})\n"
        "from briefing.models import Briefing\n"
        "b = Briefing(title='T', date='2026-01-01', summary=[], actors=[], sources=[])\n"
        "print(r.render(b, 'md')); print(r.render(b, 'html'))\n"
    )
    proc = subprocess.run([py, "-c", script], cwd=work, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# T\n") and "<h1>T</h1>" in proc.stdout
    build = subprocess.run(
        [venv / "bin" / "briefing", "build", SAMPLES / "port-strike.txt", "--format", "md,html"],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr
    assert sorted(p.suffix for p in (work / "out").iterdir()) == [".html", ".md", ".sqlite"]
