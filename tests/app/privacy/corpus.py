"""Personal data in the forms the published documents carried, and clean look-alikes that must stay.

Each flagged entry is (note text, the personal datum as written, its kind). The people in it are the
known people of the test workspace (chairs and people records); the numbers are valid test numbers
(Skatteverket's published examples and Luhn-checked made-up ones), the phone numbers fictional.
"""

from __future__ import annotations

CHAIR_DECOMPOSED = "O\u0308rjan Ekstro\u0308m"  # a chair whose name was typed with decomposed Ö
CHAIR = "Lena Wikström"
PERSON = "Greta Personsdotter"
OWNER = "Nils Holgersson"  # a person as a proposal's owner
DECIDER = "Erik Berg"  # who decided on a proposal
MARKED = ("Karin Sjöström", "Åsa Öhman")  # people records whose names are often typed without å, ä, ö
WORD_NAMES = ("Per Holm", "Inga Björk")  # names that are also ordinary words: per, holm, inga, björk

FLAGGED: list[tuple[str, str, str]] = [
    ("Ring mig på 811218-9876 om lokalen.", "811218-9876", "personnummer"),
    ("Hennes nummer är 19811218-9876.", "19811218-9876", "personnummer"),
    ("Anmälan med 198112189876 kom in sent.", "198112189876", "personnummer"),
    ("Pnr 8112189876 stod på lappen.", "8112189876", "personnummer"),
    ("Äldre deltagare 121212+1212 var med.", "121212+1212", "personnummer"),
    ("Samordningsnummer 701063-2391 behövs för bidraget.", "701063-2391", "samordningsnummer"),
    # Mistyped (the check digit fails) but written as only these numbers are: still someone's number.
    ("Numret 811218-9875 stod på lappen.", "811218-9875", "personnummer"),
    ("Kontakta oss, 19800101-1234, om lokalen.", "19800101-1234", "personnummer"),
    ("Samordningsnummer 800161-1237 behövs.", "800161-1237", "samordningsnummer"),
    ("Ring 070-123 45 67 efter fem.", "070-123 45 67", "phone"),
    ("Sms till 0701234567 fungerar.", "0701234567", "phone"),
    ("Växeln 08-123 456 78 svarar.", "08-123 456 78", "phone"),
    ("Föreningen har 031-12 34 56.", "031-12 34 56", "phone"),
    ("Från utlandet: +46 70 123 45 67.", "+46 70 123 45 67", "phone"),
    ("Eller +46 (0)8 123 456 78 på dagtid.", "+46 (0)8 123 456 78", "phone"),
    ("Vår kontakt i London, +44 20 7946 0958, vet mer.", "+44 20 7946 0958", "phone"),
    ("Norska kontoret 0047 22 12 34 56 hjälper.", "0047 22 12 34 56", "phone"),
    ("Mejla anna.lindqvist@example.se så ordnar det sig.", "anna.lindqvist@example.se", "email"),
    ("Skriv till kontakt(at)foreningen.se.", "kontakt(at)foreningen.se", "email"),
    ("Se https://www.facebook.com/anna.l.77 för bilder.", "https://www.facebook.com/anna.l.77", "url"),
    ("Hans sida www.example.se/~erik har listan.", "www.example.se/~erik", "url"),
    ("Profil: https://linkedin.com/in/greta-p-123, hör av er.", "https://linkedin.com/in/greta-p-123", "url"),
    ("Läs https://kommun.se/medarbetare/sara-k innan mötet.", "https://kommun.se/medarbetare/sara-k", "url"),
    ("Bloggen http://greta-personsdotter.blogg.se är bra.", "http://greta-personsdotter.blogg.se", "url"),
    (f"{PERSON} föreslog läxhjälp.", PERSON, "name"),
    ("GRETA PERSONSDOTTER höll med.", "GRETA PERSONSDOTTER", "name"),
    ("Gretas idé var bäst.", "Gretas", "name"),
    (f"Enligt {CHAIR}s anteckningar var det fullt.", f"{CHAIR}s", "name"),
    ("Wikströms bord tyckte annat.", "Wikströms", "name"),
    (f"{CHAIR_DECOMPOSED} ledde samtalet.", CHAIR_DECOMPOSED, "name"),
    ("Ör\u00adjan Ekström sammanfattade.", "Ör\u00adjan Ekström", "name"),
    ("Örjan Ek\u200bström var nöjd.", "Örjan Ek\u200bström", "name"),
    ("Ｌｅｎａ Wikström skrev.", "Ｌｅｎａ Wikström", "name"),
    ("Nils' förslag kom sist.", "Nils'", "name"),
    (f"Ansvarig blir {OWNER}.", OWNER, "name"),
    (f"Beslutat av {DECIDER} i mars.", DECIDER, "name"),
    # Typed without the marks on å, ä, ö, and in lower case: a first name or surname alone is still one.
    ("Karin Sjostrom tar kontakt med skolan.", "Karin Sjostrom", "name"),
    ("Asas förslag gällde lokalen.", "Asas", "name"),
    ("OHMAN skrev under.", "OHMAN", "name"),
    ("vi frågar karin om lokalen.", "karin", "name"),
    ("sjostroms förslag vann.", "sjostroms", "name"),
    ("Protokollet skrevs av Lena Wikstrom.", "Lena Wikstrom", "name"),
    ("orjan ekstrom sammanfattade.", "orjan ekstrom", "name"),
    ("Ekstrom höll med.", "Ekstrom", "name"),
    ("sen sa greta att det räcker.", "greta", "name"),
    ("enligt holgersson blir det bra.", "holgersson", "name"),
    ("åsa öhman ringer tillbaka.", "åsa öhman", "name"),
    ("Idén kom från per holm.", "per holm", "name"),  # a whole name: in any case
    ("Holms förslag fick stöd.", "Holms", "name"),  # a surname that is a word: with its capital
    # A known first name with a surname nobody listed: the whole name, not the known half.
    ("Kontakta Karin Ek om lokalen.", "Karin Ek", "name"),
]

CLEAN: list[str] = [
    "Mötet hölls 2024-05-12 och nästa gång 2025-03-01.",
    "Budgeten är 1 250 000 kr, varav 25 000 kronor till lokaler.",
    "Adressen är Storgatan 5, 123 45 Exempelstad.",
    "Målet ska nås år 2030; uppföljning 2019–2023 visade framsteg.",
    "Föreningen har organisationsnummer 556677-8899.",
    "Ordern 8112189870 klarar inte kontrollsiffran.",  # ten digits in a row: only with the check digit
    "Vi ses kl. 09.30–11.00 den 12/5.",
    "Läs mer på https://www.region.se/utveckling/landsbygd.",
    "Bergsåkra skola och ett berg av ansökningar.",
    "Hälften, 0,5 procent mer än i fjol: 3 av 10 bord nämnde det.",
    "Stödet är 20 000–30 000 kr per förening och år.",
    "Bord 12 och bord 7 var överens om 50 procent.",
    "Lokalen rymmer 120 personer, 2 400 kvadratmeter.",
    "Datumet 01-02-2024 står på inbjudan.",
    "Mötet 2024-10-03 kl 13 i sal 4.",
    "Räkna med 0 kr i avgift för unga 13–19 år.",
    # Names of known people that are also words, written as words: never flagged.
    "Det kostar 100 kr per person och inga avgifter tillkommer.",
    "Vi fikade under en björk på en holm i sjön.",
    "Räknat per capita och per år blir det inga stora summor.",
    # Look-alikes of the names with and without their marks, inside other words.
    "Sjöströmmen var stark vid bryggan, och basaren i Åsarna lockade många.",
    "Klarinettspelaren och en ohmmätare kom med i inventeringen.",
]
