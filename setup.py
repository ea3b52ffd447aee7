"""Build hook: compile translations/*.ts into the package's i18n/*.qm with Qt's lrelease, so the
translations ship compiled in every wheel (the .ts sources are what the repository keeps)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def compile_translations() -> None:
    import PySide6  # a build requirement (pyproject.toml), for its lrelease

    lrelease = Path(PySide6.__file__).resolve().parent / "lrelease"
    out = ROOT / "src" / "landscape_gui" / "i18n"
    out.mkdir(exist_ok=True)
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")],
                       check=True)  # fmt: skip


class BuildWithTranslations(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
