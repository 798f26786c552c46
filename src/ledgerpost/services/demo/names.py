"""Names for the demo company, in the scripts our users write: Latin, Cyrillic and Arabic.

Each language has people (given name, family name, ASCII spelling for the mailbox) and
companies (name, ASCII spelling).
"""

from __future__ import annotations

PEOPLE: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (
        ("Emily", "Carter", "emily.carter"),
        ("James", "Whitfield", "james.whitfield"),
        ("Olivia", "Hughes", "olivia.hughes"),
        ("Thomas", "Reed", "thomas.reed"),
        ("Grace", "Bennett", "grace.bennett"),
        ("Henry", "Walsh", "henry.walsh"),
    ),
    "et": (
        ("Mari", "Tamm", "mari.tamm"),
        ("Jüri", "Õunapuu", "jyri.ounapuu"),
        ("Kadri", "Kask", "kadri.kask"),
        ("Tõnu", "Mägi", "tonu.magi"),
        ("Liis", "Saar", "liis.saar"),
        ("Märt", "Pärn", "mart.parn"),
    ),
    "de": (
        ("Jörg", "Müller", "joerg.mueller"),
        ("Anna", "Schäfer", "anna.schaefer"),
        ("Lukas", "Weiß", "lukas.weiss"),
        ("Sophie", "Köhler", "sophie.koehler"),
        ("Jürgen", "Groß", "juergen.gross"),
        ("Lena", "Böhm", "lena.boehm"),
    ),
    "ru": (
        ("Иван", "Петров", "ivan.petrov"),
        ("Ольга", "Смирнова", "olga.smirnova"),
        ("Дмитрий", "Кузнецов", "dmitri.kuznetsov"),
        ("Наталья", "Попова", "natalia.popova"),
        ("Сергей", "Волков", "sergei.volkov"),
        ("Елена", "Соколова", "elena.sokolova"),
    ),
    "ro": (
        ("Ștefan", "Țurcanu", "stefan.turcanu"),
        ("Ioana", "Popescu", "ioana.popescu"),
        ("Andrei", "Mureșan", "andrei.muresan"),
        ("Mădălina", "Stănescu", "madalina.stanescu"),
        ("Răzvan", "Ionescu", "razvan.ionescu"),
        ("Bianca", "Dumitrașcu", "bianca.dumitrascu"),
    ),
    "ar": (
        ("محمد", "العلي", "mohammed.alali"),
        ("فاطمة", "الزهراء", "fatima.alzahra"),
        ("أحمد", "الحسن", "ahmed.alhassan"),
        ("ليلى", "المنصور", "layla.almansour"),
        ("خالد", "الرشيد", "khaled.alrashid"),
        ("نور", "الهدى", "nour.alhuda"),
    ),
}

COMPANIES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("Northwind Traders Ltd", "northwind"),
        ("Blue Harbour Supplies Ltd", "blueharbour"),
        ("Oakfield Joinery Ltd", "oakfield"),
        ("Kestrel Print & Design", "kestrel"),
    ),
    "et": (
        ("Põhja Puit OÜ", "pohjapuit"),
        ("Kõrvemaa Mööbel OÜ", "korvemaa"),
        ("Läänemere Kala AS", "laanemerekala"),
        ("Tähe Raamatupidamine OÜ", "tahe"),
    ),
    "de": (
        ("Bäckerei Schäfer GmbH", "baeckerei-schaefer"),
        ("Müller & Söhne KG", "mueller-soehne"),
        ("Grünwald Technik GmbH", "gruenwald"),
        ("Weißbach Logistik AG", "weissbach"),
    ),
    "ru": (
        ("ООО «Северный ветер»", "severny-veter"),
        ("АО «Уральские Самоцветы»", "samotsvety"),
        ("ООО «Балтийская Торговля»", "baltorg"),
        ("ИП Кузнецова", "kuznetsova"),
    ),
    "ro": (
        ("Mărgăritar SRL", "margaritar"),
        ("Țesătoria Brașov SA", "tesatoria"),
        ("Pâine și Sare SRL", "painesisare"),
        ("Cărți Vechi SRL", "cartivechi"),
    ),
    "ar": (
        ("شركة النور للتجارة", "alnoor"),
        ("مؤسسة الأفق للمقاولات", "alofoq"),
        ("مكتبة الرشيد", "alrashid-books"),
        ("شركة الواحة للأغذية", "alwaha"),
    ),
}

STREETS: dict[str, tuple[str, str, str]] = {
    "en": ("12 Harbour Road", "Bristol", "United Kingdom"),
    "et": ("Pärnu mnt 15", "Tallinn", "Eesti"),
    "de": ("Hauptstraße 7", "München", "Deutschland"),
    "ru": ("ул. Ленина, д. 5", "Санкт-Петербург", "Россия"),
    "ro": ("Strada Mihai Eminescu 3", "București", "România"),
    "ar": ("شارع الملك فهد 21", "الرياض", "السعودية"),
}

COUNTRY_CODES: dict[str, str] = {
    "en": "GB",
    "et": "EE",
    "de": "DE",
    "ru": "RU",
    "ro": "RO",
    "ar": "SA",
}
"""ISO 3166 codes of the STREETS' countries, for e-invoices."""

PRODUCTS: tuple[tuple[str, str, str], ...] = (
    ("Bookkeeping, monthly", "150.00", "22"),
    ("Consulting hour", "65.00", "22"),
    ("Printing paper A4, box", "24.90", "22"),
    ("Training day", "480.00", "22"),
    ("Books and publications", "18.50", "9"),
    ("Export delivery", "320.00", "0"),
    ("Software licence, annual", "199.00", "22"),
    ("Office chair", "139.00", "22"),
)

DOMAINS: tuple[str, ...] = ("example.com", "example.org", "example.net")
