"""Write name / version / license / data sources into an assembled pipeline's meta.json."""
import json
import sys
from pathlib import Path

META = {
    "name": "sayso_news",
    "version": "0.0.1",
    "description": "sayso English news pipeline: news tokenizer, tagger, morphologizer, "
                   "parser (+ sentences), rule lemmatizer, NER (PERSON/ORG/LOC/MISC). "
                   "Trained from scratch, no pretrained weights.",
    "license": "Apache-2.0 code; weights: see training/README.md (NER trained on "
               "CoNLL-2003 / Reuters text: research use only)",
    "author": "sayso",
    "sources": [
        {"name": "UD English-EWT", "url": "https://github.com/UniversalDependencies/UD_English-EWT",
         "license": "CC BY-SA 4.0", "used_for": "tagger, morphologizer, parser"},
        {"name": "GUM (genres: see training/README.md, GUM_LICENSE)", "url": "https://github.com/amir-zeldes/gum",
         "license": "CC BY 4.0 annotations; text CC BY / CC BY-SA (+ genres not listed in LICENSE.txt)", "used_for": "tagger, morphologizer, parser, ner"},
        {"name": "CoNLL-2003 English", "url": "https://www.clips.uantwerpen.be/conll2003/ner/",
         "license": "annotations free; Reuters RCV1 text research-only", "used_for": "ner"},
        {"name": "spacy-lookups-data", "url": "https://github.com/explosion/spacy-lookups-data",
         "license": "MIT", "used_for": "lemmatizer tables"},
    ],
}

path = Path(sys.argv[1]) / "meta.json"
meta = json.loads(path.read_text())
meta.update(META)
path.write_text(json.dumps(meta, indent=2))
print(f"updated {path}")
