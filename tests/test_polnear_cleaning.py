"""Quality gate on real news: cleaning never removes a line holding annotated speech (PolNeAR)."""
import importlib.util

import pytest

from .conftest import ROOT, SHARED_DATA

POLNEAR = SHARED_DATA / "polnear" / "data"
pytestmark = pytest.mark.skipif(not POLNEAR.exists(), reason=f"PolNeAR is not at {POLNEAR} (../shared/data is absent)")


def test_no_story_line_with_speech_is_removed():
    spec = importlib.util.spec_from_file_location("cleaning_bench", ROOT / "benchmarks" / "cleaning.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    articles, removed, wrong = bench.wrongly_removed(POLNEAR)
    assert articles == 1008
    assert wrong == []
    assert removed < articles * 0.2  # furniture in PolNeAR's clean texts is rare
