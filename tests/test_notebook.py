"""examples/batch.ipynb runs end to end (so the example cannot rot)."""

from __future__ import annotations

import pytest

from conftest import ROOT

NOTEBOOK = ROOT / "examples" / "batch.ipynb"


def test_example_notebook_runs() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('class="gn-notice"' in h for h in html)  # the Notice rendered itself
    assert any("胡明朗" in h for h in html)
    assert any('class="gn-frames"' in h for h in html)  # to_frames(...) showed its tables
    text = [o.get("text", "") for o in outputs if o.output_type == "stream"]
    assert any(t.startswith("<Notice id='notice_seed.txt'") and len(t) < 400 for t in text)


def test_example_notebook_is_stored_without_outputs() -> None:
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
