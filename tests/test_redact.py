from recruitwatch.model import Claim, Entity
from recruitwatch.redact import MASK, redact_private
from conftest import make_document

BODY = "Rustam Nazarov said he was told to sign. Dmitry Peskov denied it."


def test_private_names_are_masked_and_spans_stay_valid():
    doc = make_document(body=BODY)
    doc.entities = [Entity("Rustam Nazarov", "PERSON", [(0, 14)]),
                    Entity("Dmitry Peskov", "PERSON", [(41, 54)])]
    doc.claims = [Claim("Rustam Nazarov", [], "assert", False, (0, 40)),
                  Claim("Dmitry Peskov", [], "deny", False, (41, len(BODY)))]
    out = redact_private(doc)
    assert out.body[:14] == MASK * 6 + " " + MASK * 7
    assert len(out.body) == len(BODY) and "Peskov" in out.body and "Nazarov" not in out.body
    assert [e.name for e in out.entities] == ["[private person 1]", "Dmitry Peskov"]
    assert out.claims[0].speaker == "[private person 1]" and out.claims[1].speaker == "Dmitry Peskov"
    assert doc.body == BODY  # the stored document is untouched


def test_document_without_private_people_is_unchanged():
    doc = make_document(body=BODY)
    doc.entities = [Entity("Dmitry Peskov", "PERSON", [(41, 54)])]
    assert redact_private(doc) is doc
