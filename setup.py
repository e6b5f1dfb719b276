"""The build: everything is in pyproject.toml but the compiled core.

The extraction core (the rules of the people, organisations and directives steps, the layer they
share, and the segmenter's wrapper) is compiled to C with mypyc when the package is built, wheel or
editable install alike.  The compiled modules are the same source, type-checked: results are
identical (``scripts/snapshot_outputs.py`` compares them), about 1.35x faster.  The .py files stay
beside them (tracebacks, docs, ``GOV_NOTICE_PURE``).

``GOV_NOTICE_PURE=1 pip install -e .`` builds pure Python instead, and so does a machine where no
C compiler works (the modules under ``gov_notice/`` then run as written, same results).  In an
editable install the compiled modules sit beside their sources and are imported instead of them:
after editing a compiled module, run ``pip install -e .`` again (``tests/test_build.py`` fails
while one is older than its source).
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

# the modules compiled: the rule steps and the document layer they read (the hot path)
_COMPILED = (
    "gov_notice/people/*.py",
    "gov_notice/orgs/*.py",
    "gov_notice/directives/*.py",
    "gov_notice/doc.py",
    "gov_notice/terms.py",
    "gov_notice/spans.py",
    "gov_notice/grammar.py",
    "gov_notice/references.py",
    "gov_notice/link.py",
    "gov_notice/resolve.py",
    "gov_notice/header.py",
    "gov_notice/meeting.py",
    "gov_notice/segment.py",
)
# left as Python: the public surface and the outer layers (results, batch, frames, CLI, Dask, NER),
# whose own argument checks and errors users read; pipeline (it checks the input's type itself,
# where a compiled signature would raise mypyc's own TypeError first); normalize (its per-thread
# OpenCC converters subclass threading.local, whose attributes a compiled class keeps in C, not per
# thread: it crashed; compiled with a plain threading.local it measured no faster); and lexicon
# and _offsets (mypyc 2.4 internal errors on a surrogate in a pattern and on cls.__new__)


def _can_compile() -> bool:
    """Whether a C extension can be built here: a trivial one against the Python headers, with
    the compiler setuptools would use (none on many Windows and macOS machines)."""
    import sysconfig
    import tempfile

    from setuptools._distutils.ccompiler import new_compiler
    from setuptools._distutils.sysconfig import customize_compiler

    try:
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "probe.c")
            with open(src, "w") as fh:
                fh.write("#include <Python.h>\nint probe(void) { return 0; }\n")
            cc = new_compiler()
            customize_compiler(cc)
            cc.compile([src], output_dir=tmp, include_dirs=[sysconfig.get_paths()["include"]])
    except Exception as err:  # (CompileError, a missing compiler, …)
        print(f"gov_notice: no working C compiler ({err}); building pure Python", file=sys.stderr)
        return False
    return True


def _ext_modules() -> list:
    if os.environ.get("GOV_NOTICE_PURE", "") not in ("", "0") or not _can_compile():
        return []
    from glob import glob

    from mypyc.build import mypycify

    paths = sorted(p for pattern in _COMPILED for p in glob(pattern))
    # (third-party packages missing from the isolated build environment are typed Any)
    # (group_name: the shared library is gov_notice__mypyc, not a hash, beside the package)
    return mypycify(["--ignore-missing-imports", *paths], opt_level="3", debug_level="0",
                    group_name="gov_notice")


setup(ext_modules=_ext_modules())
