"""Which outlet published a document: Telegram channels from the URL or a signature."""

from recruitwatch.detect.outlet import infer_outlet, telegram_channel
from recruitwatch.model import Removed


def test_a_known_channel_resolves_to_its_outlet():
    assert telegram_channel("https://t.me/mash/58580") == "Mash"
    assert telegram_channel("https://t.me/s/bbcrussian/72873") == "BBC Russian Service"


def test_an_unknown_channel_is_its_own_outlet():
    assert telegram_channel("https://t.me/moscowach/28169") == "@moscowach"


def test_invite_links_and_other_hosts_name_no_channel():
    assert telegram_channel("https://t.me/+mBgDVq0QTftmY2Ji") is None
    assert telegram_channel("https://example.org/mash/1") is None


def test_the_url_wins_over_a_signature_and_a_signature_serves_without_url():
    signature = [Removed("@ChiefUkrDIU", "furniture", 9)]
    assert infer_outlet(None, "https://t.me/shot_shot/1", signature) == "SHOT"
    assert infer_outlet(None, None, signature) == "Main Directorate of Intelligence (Ukraine)"
    assert infer_outlet(None, None, [Removed("@someone_new", "furniture", 3)]) == "@someone_new"
