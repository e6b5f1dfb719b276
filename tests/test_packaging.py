"""Packaging: one OpenCC distribution, typed package with its data, a small public surface."""

from __future__ import annotations

import importlib.metadata as md
from importlib import resources

import gov_notice


def test_exactly_one_opencc_distribution() -> None:
    # several PyPI projects install the import name `opencc`; we depend on the official binding
    providers = md.packages_distributions().get("opencc", [])
    assert sorted({p.lower() for p in providers}) == ["opencc"], providers


def test_package_data_is_shipped() -> None:
    root = resources.files("gov_notice")
    assert root.joinpath("py.typed").is_file()
    assert any(p.name.endswith(".tsv") for p in root.joinpath("lexicons").iterdir())


def test_public_surface() -> None:
    public = set(gov_notice.__all__)
    assert {"extract", "extract_many", "Extractor", "Notice", "Official", "Organization", "Directive",
            "Mention", "__version__"} <= public
    for name in public:
        assert getattr(gov_notice, name) is not None
    assert gov_notice.__version__ == md.version("gov-notice")


def test_result_classes_are_frozen_and_slotted() -> None:
    for cls in (gov_notice.Notice, gov_notice.Official, gov_notice.Organization, gov_notice.Directive,
                gov_notice.Mention):
        assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
        assert hasattr(cls, "__slots__")
