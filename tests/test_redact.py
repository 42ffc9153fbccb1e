from recruitwatch.model import Claim, Entity
from recruitwatch.redact import MASK, redact_private
from conftest import make_document

BODY = ("Rustam Nazarov said he was told to sign. Dmitry Peskov denied it. "
        "\"I had no choice,\" Nazarov said.")


def doc_with(body, entities, claims=()):
    doc = make_document(body=body)
    doc.entities, doc.claims = list(entities), list(claims)
    return doc


def test_private_names_are_masked_everywhere_and_spans_stay_valid():
    doc = doc_with(BODY, [Entity("Rustam Nazarov", "PERSON", [(0, 14)]),
                          Entity("Dmitry Peskov", "PERSON", [(41, 54)])],
                   [Claim("Rustam Nazarov", [], "assert", False, (0, 40)),
                    Claim("Dmitry Peskov", [], "deny", False, (41, 65))])
    out = redact_private(doc)
    assert out.body[:14] == MASK * 6 + " " + MASK * 7
    assert len(out.body) == len(BODY) and "Peskov" in out.body
    assert "Nazarov" not in out.body  # the surname alone, later on, is masked too
    assert [e.name for e in out.entities] == ["[private person 1]", "Dmitry Peskov"]
    assert out.claims[0].speaker == "[private person 1]" and out.claims[1].speaker == "Dmitry Peskov"
    assert doc.body == BODY  # the stored document is untouched


def test_a_person_named_with_a_role_is_public():
    body = "Vice Admiral Igor Tsimlyansky said the drive would go on. Governor Radiy Khabirov agreed."
    doc = doc_with(body, [Entity("Igor Tsimlyansky", "PERSON", [(13, 29)]),
                          Entity("Radiy Khabirov", "PERSON", [(67, 81)])])
    assert redact_private(doc) is doc


def test_russian_role_words_count_too():
    body = "Глава Башкирии Радий Хабиров заявил об этом. Мигрант Рустам рассказал о вербовке."
    doc = doc_with(body, [Entity("Radiy Khabirov", "PERSON", [(15, 28)]),
                          Entity("Rustam", "PERSON", [(53, 59)])])
    out = redact_private(doc)
    assert "Хабиров" in out.body and "Рустам" not in out.body


def test_document_without_private_people_is_unchanged():
    doc = doc_with(BODY, [Entity("Dmitry Peskov", "PERSON", [(41, 54)])])
    assert redact_private(doc) is doc
