"""Turkish symptom words are read in English, so a red flag written in Turkish is caught.

The seed clinic is in Turkey; these messages are the kinds blind set v11 missed before
the glossary (docs/red_flags.md). A negation ("ateşim yok": no fever) stays a negation.
"""

from __future__ import annotations

import pytest

from bot.safety.learned import LearnedLayer
from bot.safety.screen import Screen, build_screen
from bot.safety.turkish import gloss


@pytest.fixture(scope="module")
def screen(learned_layer: LearnedLayer) -> Screen:
    return build_screen(learned_layer)


@pytest.mark.parametrize(
    ("text", "tier", "reason"),
    [
        ("göğsümden sırtıma yırtılır gibi ağrı birden başladı", "emergency", "aortic_dissection"),
        ("belim ağrıyor ve ateşim var, 2 gündür", "urgent", "spinal_infection"),
        ("gogsum agriyor ve sol koluma yayiliyor", "emergency", "chest_pain"),
        (
            "ishal ve kusma var, su içemiyorum, 10 saattir çiş yapmadım",
            "urgent",
            "severe_dehydration",
        ),
        ("dizim şişti, kırmızı ve sıcak, ateşim var", "urgent", "septic_joint"),
        ("her gece baldır krampıyla uyanıyorum", "soon", "night_cramps"),
        # Blind set v12's Turkish misses (2026-12-05), read through the glossary.
        ("idrarımı tutamıyorum, belim çok ağrıyor, dün başladı", "emergency", "cauda_equina"),
        ("babamın ağzı kaydı ve sol kolunu kaldıramıyor", "emergency", "stroke"),
        ("ateşim var, ensem kaskatı, ışığa bakamıyorum", "emergency", "meningitis"),
        (
            "abi yanlışlıkla 10 tane miyorel içtim, ne yapmam lazım",
            "emergency",
            "medication_overdose",
        ),
        ("hamileyim 32 hafta, suyum geldi", "emergency", "pregnancy_emergency"),
        ("gogsumde baski var, sirtima dogru vuruyor", "emergency", "chest_pain"),
        (
            "gece yatarken belim daha çok ağrıyor, kilo da verdim istemeden",
            "urgent",
            "cancer_back_pain",
        ),
        ("3 haftadır sırtımda spazm var geçmiyor", "soon", "persistent_spasms"),
        # Spoken forms as typed in chat ("-iyo" for "-iyor"), and "twice I fainted" is not
        # "I loved" (nineteenth session; blind v36, v37 and a Turkish development list).
        (
            "babam eliquis kullanıyo, düşüp kafasını çarpmış",
            "emergency",
            "head_injury_anticoagulant",
        ),
        ("bi gozum aniden gormuyo, agri yok ama cok korktum", "emergency", "sudden_vision_loss"),
        ("bugun iki kere bayildim, biri sabah biri aksam", "emergency", "fainting"),
        ("göğsümde baskı var yarım saattir geçmiyor sol kolum uyuşuyor", "emergency", "chest_pain"),
        # Twentieth session (blind v39): a motorbike fall at speed, an SSRI with a muscle
        # relaxant named in Turkish spelling, a toddler who cries standing up.
        ("motosikletten düştüm 80 km hızla, belim ağrıyor", "emergency", "major_trauma"),
        (
            "paroksetin kullanıyorum, siklobenzaprin başladım, bacaklarım seğiriyor, ter içindeyim",
            "emergency",
            "serotonin_syndrome",
        ),
        ("2 yaşındaki oğlum yere basınca ağlıyo, ateşli", "urgent", "child_limp_fever"),
        # Blind v40: a shadow over the eye, a swollen face after shrimp, "rather dead than
        # living", a Turkish brand of muscle relaxant above the doctor's count.
        (
            "gözüme sanki bi gölge indi aniden, yarısını göremiyorum",
            "emergency",
            "sudden_vision_loss",
        ),
        ("oğlumun yüzü ve gözleri şişti karides yedikten sonra", "emergency", "anaphylaxis"),
        ("bu spazmlarla yaşamaktansa ölmeyi tercih ederim, ciddiyim", "emergency", "self_harm"),
        (
            "babam muscoril'den 5 tane içmiş, doktor günde 2 demişti",
            "emergency",
            "medication_overdose",
        ),
        # Blind v41 (twenty-first session): a limb caught in a door, a fall from a horse,
        # weight lost without trying, a child who will not walk, hours without a wee.
        (
            "soguk hava deposunun kapisi kolumu sikistirdi, kol gergin parlak, agri artiyo",
            "emergency",
            "compartment_syndrome",
        ),
        ("hocam attan dustum, boynum cok agriyo", "emergency", "major_trauma"),
        (
            "Son 2 ayda istemeden 7 kilo verdim ve sırtım sürekli ağrıyor.",
            "urgent",
            "cancer_back_pain",
        ),
        ("Oğlum yürümeyi reddediyor, ateşi 38.5", "urgent", "child_limp_fever"),
        ("Oğlum 2 gündür kusuyor, en son 10 saat önce çiş yaptı", "urgent", "severe_dehydration"),
        ("baldirima kramp girdi 20 dakkadir gecmiyo, tas gibi", "urgent", "prolonged_cramp"),
        # Blind v42: German mixed in by Turkish-German patients; grey lips; a sledgehammer.
        (
            "Schwanger 31. Woche, hocam kanama var ve belim ağrıyor, Krankenhaus?",
            "emergency",
            "pregnancy_emergency",
        ),
        (
            "Gips am Bein, hocam ağrı sürekli artıyor, Zehen kalt und taub",
            "emergency",
            "compartment_syndrome",
        ),
        (
            "Opa sagt sein Gesicht fühlt sich komisch an, yüzünün bir tarafı düştü hocam",
            "emergency",
            "stroke",
        ),
        (
            "nefesim kesik kesik, simdi hic alamiyorum gibi, dudaklarim gri gri oldu",
            "emergency",
            "breathing_difficulty",
        ),
        (
            "şimdi bi anda başıma balyozla vurulmuş gibi oldu, dayanılmaz",
            "emergency",
            "thunderclap_headache",
        ),
        ("muscoril ictim sonra 3-4 beer, sorun olur mu bro", "emergency", "medication_overdose"),
        # Blind v43: words between "my eye" and "went blind".
        (
            "sag gozum 10 dakika once aniden gormez oldu, sol goz normal",
            "emergency",
            "sudden_vision_loss",
        ),
        # Blind v44: one side weakened with the mouth twisted; an eye that "görmüyormuş";
        # a flushed tetraplegic with a headache; hives on a new antibiotic; tablets
        # taken one after another and very drowsy; a neck nothing helps.
        ("babam birden sağ tarafı zayıfladı, ağzı eğildi, sözleri karışık", "emergency", "stroke"),
        (
            "anneannem sabah kalkti bir gozu birden hic gormuyomus",
            "emergency",
            "sudden_vision_loss",
        ),
        (
            "oglum tetraplejik, terlemis yuzu kizarmis, basi cok agriyor, tansiyonu 185",
            "emergency",
            "autonomic_dysreflexia",
        ),
        (
            "amoksisilin baslamistim, bugun kollarimda kurdesen cikti, kasiniyor",
            "urgent",
            "medication_reaction",
        ),
        (
            "12de muscoril ictim, 2de bir tane daha ictim, 4te iki tane daha. cok uyusuk ve sersem",
            "emergency",
            "medication_overdose",
        ),
        (
            "boynum hic kipirdatamiyom, agri kesici ictim hicbir sey yapmadi, sicak da yaramadi",
            "urgent",
            "uncontrolled_pain",
        ),
        # Blind v45: a sledgehammer with "suddenly" in between; a tearing pain "like a
        # knife"; a tractor that hit the patient; an epidural and pain "worse than before";
        # a thorn deep in the palm in soil; spasms spreading to the arms too.
        (
            "başıma birden balyozla vurulmuş gibi bir ağrı girdi, saniyeler içinde",
            "emergency",
            "thunderclap_headache",
        ),
        (
            "sirtimda aniden bicak saplanir gibi yirtici bir agri oldu, gogsume vuruyor",
            "emergency",
            "aortic_dissection",
        ),
        (
            "pamuk tarlasında traktör geri geri gelirken bana çarptı, sırtım çok ağrıyor",
            "emergency",
            "major_trauma",
        ),
        (
            "3 hafta önce belime epidural iğne yapıldı, şimdi bel ağrım eskisinden de beter oldu",
            "urgent",
            "spinal_infection",
        ),
        (
            "avucuma derin saplandi, topraktaydi, tetanoz asim var mi hatirlamiyorum",
            "urgent",
            "tetanus_risk_wound",
        ),
        (
            "kasilmalar once bacagimda basladi simdi kollarima da geciyor",
            "soon",
            "spreading_spasms",
        ),
        # Blind v46: after a parathyroid operation, tingling round the mouth and struggling
        # to breathe; a relaxant with a sleeping pill, hard to wake; a medicine for nausea,
        # then eyes rolling up; a head pain like an explosion.
        (
            "annem paratiroid ameliyatı oldu, ağzının etrafı uyuşuyor, nefes almakta zorlandı",
            "emergency",
            "severe_hypocalcemia",
        ),
        (
            "babam kas gevsetici ile uyku ilacini almis, doktoru bilmiyor, simdi cok uykulu",
            "emergency",
            "medication_overdose",
        ),
        (
            "mide bulantisi icin ilac verdiler dun, simdi gozlerim yukari kayiyor",
            "urgent",
            "acute_dystonia",
        ),
        (
            "kafamin arkasinda aniden patlama gibi bir agri oldu",
            "emergency",
            "thunderclap_headache",
        ),
    ],
)
def test_a_red_flag_written_in_turkish_is_found(
    screen: Screen, text: str, tier: str, reason: str
) -> None:
    result = screen.screen(text)
    assert result.tier == tier
    assert reason in {f.reason for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "ateşim yok, sadece sırtım ağrıyor. no fever, only my back is hurting after lifting",
        "göğüs ağrım yok, nefes darlığım yok, sadece sırtım kasılıyor öksürünce",
        "hocam bel spazmı için sıcak mı soğuk mu?",
        # "does not hurt": every "ağrı-" word had read as pain (blind v39).
        "göğsüm ağrımıyor, nefes darlığım da yok, sadece sırtımda kas tutulması var",
        # Taken as prescribed; a faint decades ago (blind v40).
        "doktorumun yazdığı gibi muscoril ve parol birlikte alıyom, uyku hali normal mi",
        "annem 90larda bir kere bayılmış, şimdi hiçbir şikayeti yok, yürüyüş yapabilir mi",
        "ekranda karakterim bayıldı oyunda, ben iyiyim ama bileklerim ağrıyo",
        # The day a father had a heart attack, remembered (blind v41).
        "babamin kalp krizi gecirdigi gunu hala hatirliyorum. sirtim biraz agriyor",
        # A man who fainted in a television series (blind v42).
        "Kızılcık Şerbeti'nde adam bayıldı, dizide kas spazmından dediler, öyle bir şey olur mu",
        # An oath ("may God take my life if I'm lying"), not a wish to die.
        "Allah canımı alsın ki yalan söylemiyorum, belim çok ağrıyor",
        # "My head feels like bursting": a bad headache, not a thunderclap.
        "başım patlar gibi ağrıyor, boynum da tutuk",
        # Collapsed with joy at a save; the workout "killed me", arms won't lift "in a good
        # way"; a swollen knee "but no fever" (blind v30).
        "Bu gol kurtarışından sonra ben de yere yığıldım sevinçten :) Kasığım biraz gergin",
        "Bugünkü antrenman beni öldürdü resmen, kollarım kalkmıyor, ama iyi anlamda",
        "Dizim biraz şiş ama ateşim yok, kızarıklık yok, üstüne rahat basabiliyorum",
        # A head rush on standing up fast; "I'll have a heart attack at this call centre"
        # (blind v43).
        "bayilmadim, sadece hizli ayaga kalkinca bir an gozum karardi, simdi iyiyim",
        "patron bugun beni oldurecek, kalp krizi gecirecegim bu cagri merkezinde :)",
        # A breath taken away by a girlfriend; a hot water bottle (blind v44).
        "Kız arkadaşım seni görünce nefesim kesiliyor diyor, çok romantik :)",
        "sicak su torbasi mi buz mu, dizimde spazm var",
        # Lips that had swollen in childhood (blind v45).
        "Çocukken penisiline alerjim vardı, dudaklarım şişmişti. Masaj yağlarında sorun olur mu?",
        # Neither fever nor other complaint; bleeding in a pregnancy years ago (blind v46).
        "Boynum akşamları ağrıyor, masajla rahatlıyor. Ateş ya da başka bir şikayetim yok.",
        "Eşim ilk hamileliğinde kanama yaşamıştı ama şimdi oğlumuz 2 yaşında.",
        # A noun that ends like the spoken present tense ("enjeksiyon") stays a noun.
        "bel için enjeksiyon mu fizik tedavi mi daha iyi?",
    ],
)
def test_a_turkish_negation_or_question_is_not_an_alarm(screen: Screen, text: str) -> None:
    result = screen.screen(text)
    assert result.tier not in ("emergency", "urgent")


def test_english_text_is_left_as_it_is() -> None:
    text = "My calf has been cramping at night, is magnesium worth a try?"
    assert gloss(text) == text


def test_the_quick_any_entry_check_agrees_with_the_table() -> None:
    """The grouped pattern that says "some entry may match" must never say no where an
    entry matches: a Turkish message would then be read untranslated."""
    from bot.safety import turkish

    for forms, _ in turkish._PHRASES + turkish._WORDS:
        for option in turkish._alternatives(forms):
            if "\\" in option or "(" in option or "[" in option or "?" in option:
                continue  # a literal sample is only taken from plain alternatives
            sample = option.replace("*", "")
            if sample.isascii() and sample.strip():
                assert turkish._ANY.search(sample), option


def test_the_quick_any_entry_check_says_what_one_pattern_of_every_entry_says() -> None:
    """The check tries at each word start only the entries that can begin with its first
    character; it must agree with one pattern of every entry, including entries that begin
    with a number, a group of words or an optional word."""
    import re

    from bot.safety import turkish

    options = [
        o for forms, _ in turkish._PHRASES + turkish._WORDS for o in turkish._alternatives(forms)
    ]
    every_entry = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{o})" for o in options) + r")(?!\w)")
    texts = [
        "atesim 40 in ustunde",
        "her 5 dakikada bir kasiliyor",
        "vucut isim cok yuksek",
        "arka arkaya ictim hepsini",
        "my calf cramps every night, what can I do",
        "12 hours on the boat and my back locked",
        "boynum bi yana kasildi",
        "",
        "x",
    ]
    for text in texts:
        assert turkish._ANY.search(text) == bool(every_entry.search(text)), text
