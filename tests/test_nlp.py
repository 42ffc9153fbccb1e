"""Loading the models: the spaCy pipeline keeps only what entity recognition uses."""

import pytest

spacy = pytest.importorskip("spacy")

from recruitwatch.extract.nlp import get_spacy, without_idle_embedders  # noqa: E402
from recruitwatch.options import Options  # noqa: E402


def test_a_shared_embedder_nobody_listens_to_is_removed():
    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("sentencizer")
    assert without_idle_embedders(nlp).pipe_names == ["sentencizer"]


def test_a_shared_embedder_a_component_listens_to_stays():
    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec")
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"}
    nlp.add_pipe("tagger", config={"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": listener}})
    nlp._link_components()  # what loading a trained pipeline does: listeners find their source
    assert without_idle_embedders(nlp).pipe_names == ["tok2vec", "tagger"]


@pytest.mark.models
def test_the_loaded_pipeline_finds_the_same_entities_without_the_idle_embedder():
    text = ("Vladimir Putin met Sergei Shoigu in Moscow on Tuesday, the Kremlin said; "
            "the Defence Ministry in Kyiv and Reuters reported 30,000 recruits.")
    full = spacy.load(Options().spacy_model, enable=["tok2vec", "ner"])
    assert "tok2vec" in full.pipe_names
    ours = get_spacy(Options().spacy_model)
    assert ours.pipe_names == ["ner"]
    ents = lambda doc: [(e.start_char, e.end_char, e.label_) for e in doc.ents]  # noqa: E731
    assert ents(ours(text)) == ents(full(text)) != []
