"""Put an assembled pipeline into the package: sayso/models/en_sayso_news.

    python training/bundle.py training/output/en_sayso_news

Re-applies the package's news tokenizer rules (sayso/nlp/tokenizer.py), so a
fix there reaches the shipped model without retraining, and checks the size
budget (<= 80 MB) before replacing the bundled copy.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from sayso.nlp.load import BUNDLED_NAME  # noqa: E402
from sayso.nlp.tokenizer import customize_tokenizer  # noqa: E402

TARGET = ROOT / "sayso" / "models" / BUNDLED_NAME
MAX_MB = 80


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "training" / "output" / BUNDLED_NAME
    nlp = customize_tokenizer(spacy.load(source))
    staging = TARGET.with_name(TARGET.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    nlp.to_disk(staging)
    size = sum(f.stat().st_size for f in staging.rglob("*") if f.is_file()) / 1e6
    if size > MAX_MB:
        shutil.rmtree(staging)
        print(f"refused: {size:.1f} MB is over the {MAX_MB} MB budget", file=sys.stderr)
        return 1
    shutil.rmtree(TARGET, ignore_errors=True)
    staging.rename(TARGET)
    print(f"bundled {source} -> {TARGET.relative_to(ROOT)} ({size:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
