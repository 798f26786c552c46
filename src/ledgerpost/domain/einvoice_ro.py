"""CIUS-RO, Romania's use of EN 16931 (RO e-Factura, UBL): the county of a Romanian address
(ISO 3166-2:RO, BT-39/BT-54) told from its postal code, Bucharest's city as its sector
(SECTOR1..6, BR-RO-100), and what an invoice lacks for the BR-RO rules.

Romanian postal codes have six digits, the first two naming the county (Poșta Română's
coding), Bucharest's 01-06 its sector: no card field is needed for the county.
"""

from __future__ import annotations

from ledgerpost.domain.einvoice import EInvoice, TradeParty
from ledgerpost.domain.problems import Problem

CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1"
"""BT-24 of CIUS-RO 1.0.1 (BR-RO-001)."""

BUCHAREST = "RO-B"
COUNTIES: dict[str, str] = {
    "07": "RO-IF", "08": "RO-GR", "10": "RO-PH", "11": "RO-AG", "12": "RO-BZ", "13": "RO-DB",
    "14": "RO-TR", "20": "RO-DJ", "21": "RO-GJ", "22": "RO-MH", "23": "RO-OT", "24": "RO-VL",
    "30": "RO-TM", "31": "RO-AR", "32": "RO-CS", "33": "RO-HD", "40": "RO-CJ", "41": "RO-BH",
    "42": "RO-BN", "43": "RO-MM", "44": "RO-SM", "45": "RO-SJ", "50": "RO-BV", "51": "RO-AB",
    "52": "RO-CV", "53": "RO-HR", "54": "RO-MS", "55": "RO-SB", "60": "RO-BC", "61": "RO-NT",
    "62": "RO-VN", "70": "RO-IS", "71": "RO-BT", "72": "RO-SV", "73": "RO-VS", "80": "RO-GL",
    "81": "RO-BR", "82": "RO-TL", "90": "RO-CT", "91": "RO-CL", "92": "RO-IL",
}  # fmt: skip
"""The first two digits of a postal code and their county's ISO 3166-2:RO code."""
SECTORS = frozenset(f"SECTOR{n}" for n in range(1, 7))


def _digits(postal_code: str) -> str:
    code = "".join(postal_code.split())
    return code if len(code) == 6 and code.isdigit() else ""


def county(party: TradeParty) -> str:
    """The ISO 3166-2:RO code of a Romanian party's county; "" when not told (or not RO)."""
    if party.country_code.upper() != "RO":
        return ""
    code = _digits(party.postal_code)
    if not code:
        return ""
    if "01" <= code[:2] <= "06":
        return BUCHAREST
    return COUNTIES.get(code[:2], "")


def city(party: TradeParty) -> str:
    """The city as CIUS-RO writes it: a Bucharest address by its sector (BR-RO-100)."""
    if county(party) != BUCHAREST:
        return party.city
    named = "".join(party.city.split()).upper()
    return named if named in SECTORS else f"SECTOR{int(_digits(party.postal_code)[:2])}"


def ciusro_problems(invoice: EInvoice) -> list[Problem]:
    """What ``invoice`` lacks for the BR-RO rules LedgerPost's writer cannot fill itself."""
    found = []
    for party, street, city_of, county_of in (
        (
            invoice.seller,
            Problem.of("einvoice-ro-seller-street", "BT-35"),
            Problem.of("einvoice-seller-city", "BT-37"),
            Problem.of("einvoice-ro-seller-county", "BT-39"),
        ),
        (
            invoice.buyer,
            Problem.of("einvoice-ro-buyer-street", "BT-50"),
            Problem.of("einvoice-buyer-city", "BT-52"),
            Problem.of("einvoice-ro-buyer-county", "BT-54"),
        ),
    ):
        if not party.street.strip():
            found.append(street)
        if not party.city.strip():
            found.append(city_of)
        if party.country_code.upper() == "RO" and not county(party):
            found.append(county_of)
    if not (invoice.buyer.vat_id.strip() or invoice.buyer.legal_id.strip()):
        found.append(Problem.of("einvoice-ro-buyer-id", "BT-48"))
    if invoice.currency != "RON":
        found.append(Problem.of("einvoice-ro-currency", "BT-5", currency=invoice.currency))
    return found
