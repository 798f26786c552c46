"""An e-invoice checked with the official rules: the schema, the EN 16931 schematron (CEN/TC 434)
and, for XRechnung, KoSIT's schematron, run by Saxon (XSLT 3). The files are in ``rules/``
(see its README for versions, sources and licences).

Each stylesheet is compiled once per process (about a second for the CEN rules); a check then
takes some tens of milliseconds. Saxon's processor is shared, so checks take turns on a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from ledgerpost.domain.einvoice import Profile

if TYPE_CHECKING:
    from saxonche import PySaxonProcessor, PyXsltExecutable

RULES = Path(__file__).resolve().parent / "rules"
SCHEMA = RULES / "facturx-1.09-en16931" / "Factur-X_EN16931.xsd"
EN16931_CII = RULES / "en16931-cii-1.3.16" / "EN16931-CII-validation.xslt"
XRECHNUNG_CII = RULES / "xrechnung-cii-3.0.2" / "XRechnung-CII-validation.xsl"
UBL_SCHEMAS = {
    "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2": RULES
    / "ubl-2.1"
    / "maindoc"
    / "UBL-Invoice-2.1.xsd",
    "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2": RULES
    / "ubl-2.1"
    / "maindoc"
    / "UBL-CreditNote-2.1.xsd",
}
EN16931_UBL = RULES / "en16931-ubl-1.3.16" / "EN16931-UBL-validation.xslt"
XRECHNUNG_UBL = RULES / "xrechnung-ubl-3.0.2" / "XRechnung-UBL-validation.xsl"
PEPPOL_UBL = RULES / "peppol-bis-3.0.19" / "PEPPOL-EN16931-UBL.xsl"
SVRL = "http://purl.oclc.org/dsdl/svrl"


class RuleSet(StrEnum):
    SCHEMA = "xsd"
    EN16931 = "en16931"
    XRECHNUNG = "xrechnung"
    PEPPOL = "peppol"
    CIUSRO = "ciusro"
    """LedgerPost's own check of the BR-RO rules (``ciusro_rules``): no official file offline."""


@dataclass(frozen=True, slots=True)
class RuleFailure:
    """One rule the invoice breaks: its id (``BR-CO-10``, ``XSD``), ``fatal``/``warning``/
    ``information``, the rule's own text and where in the XML."""

    rule: str
    flag: str
    text: str
    location: str
    rules: RuleSet

    @property
    def fatal(self) -> bool:
        return self.flag == "fatal"


@dataclass(frozen=True, slots=True)
class Validation:
    """What the rules said; ``valid`` when no fatal rule failed (warnings may remain)."""

    failures: tuple[RuleFailure, ...] = ()

    @property
    def fatal(self) -> tuple[RuleFailure, ...]:
        return tuple(f for f in self.failures if f.fatal)

    @property
    def valid(self) -> bool:
        return not self.fatal


_lock = threading.Lock()


@cache
def _schema(path: Path = SCHEMA) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(path)))


@cache
def _saxon() -> PySaxonProcessor:
    from saxonche import PySaxonProcessor

    return PySaxonProcessor(license=False)


@cache
def _stylesheet(path: Path) -> PyXsltExecutable:
    return _saxon().new_xslt30_processor().compile_stylesheet(stylesheet_file=str(path))


def _schema_failures(document: etree._ElementTree, path: Path = SCHEMA) -> list[RuleFailure]:
    schema = _schema(path)
    if schema.validate(document):
        return []
    errors: Iterable[etree._LogEntry] = schema.error_log  # type: ignore[assignment]
    return [
        RuleFailure("XSD", "fatal", error.message, f"line {error.line}", RuleSet.SCHEMA)
        for error in errors
    ]


def _schematron_failures(xml: bytes, path: Path, rules: RuleSet) -> list[RuleFailure]:
    saxon = _saxon()
    executable = _stylesheet(path)
    node = saxon.parse_xml(xml_text=xml.decode("utf-8"))
    report = executable.transform_to_string(xdm_node=node)
    if report is None:
        raise RuntimeError(f"{path.name} gave no report")
    root = etree.fromstring(report.encode("utf-8"))
    found = []
    for element in root.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
        default = "fatal" if element.tag.endswith("failed-assert") else "warning"
        text = " ".join(element.findtext(f"{{{SVRL}}}text", "").split())
        found.append(
            RuleFailure(
                rule=element.get("id", ""),
                flag=element.get("flag", default),
                text=text,
                location=element.get("location", ""),
                rules=rules,
            )
        )
    return found


def _parse(xml: bytes) -> etree._ElementTree | Validation:
    """The document, or the one failure of XML that is not even well-formed."""
    try:
        return etree.ElementTree(
            etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
        )
    except etree.XMLSyntaxError as exc:
        return Validation((RuleFailure("XML", "fatal", str(exc), "", RuleSet.SCHEMA),))


def validate_cii(xml: bytes, profile: Profile = Profile.EN16931) -> Validation:
    """``xml`` against the schema and the EN 16931 rules, and XRechnung's for that profile.

    XML that is not even well-formed fails the schema with the parser's message.
    """
    document = _parse(xml)
    if isinstance(document, Validation):
        return document
    failures = _schema_failures(document)
    with _lock:
        failures += _schematron_failures(xml, EN16931_CII, RuleSet.EN16931)
        if profile is Profile.XRECHNUNG:
            failures += _schematron_failures(xml, XRECHNUNG_CII, RuleSet.XRECHNUNG)
    return Validation(tuple(failures))


def ubl_rules(xml: bytes) -> RuleSet:
    """The CIUS a UBL file claims in its customization id (BT-24): XRechnung, Peppol,
    CIUS-RO, or plain EN 16931."""
    head = xml[:4096]
    if b"urn:xeinkauf.de:kosit:xrechnung" in head:
        return RuleSet.XRECHNUNG
    if b"urn:efactura.mfinante.ro:CIUS-RO" in head:  # before Peppol: BT-23 names its process
        return RuleSet.CIUSRO
    if b"urn:fdc:peppol.eu:2017:poacc:billing" in head:
        return RuleSet.PEPPOL
    return RuleSet.EN16931


def is_ubl(xml: bytes) -> bool:
    return any(namespace.encode() in xml[:4096] for namespace in UBL_SCHEMAS)


def validate_ubl(xml: bytes, rules: RuleSet | None = None) -> Validation:
    """A UBL Invoice or CreditNote against the UBL 2.1 schema, CEN's EN 16931 rules and those
    of its CIUS (``rules``; by default the one its BT-24 names): KoSIT's XRechnung UBL rules,
    OpenPeppol's BIS Billing 3.0 rules, or our own check of CIUS-RO's BR-RO rules."""
    document = _parse(xml)
    if isinstance(document, Validation):
        return document
    namespace = etree.QName(document.getroot()).namespace or ""
    schema = UBL_SCHEMAS.get(namespace)
    if schema is None:
        message = f"the root element is not a UBL Invoice or CreditNote ({namespace})"
        return Validation((RuleFailure("XSD", "fatal", message, "/", RuleSet.SCHEMA),))
    failures = _schema_failures(document, schema)
    rules = rules or ubl_rules(xml)
    with _lock:
        failures += _schematron_failures(xml, EN16931_UBL, RuleSet.EN16931)
        if rules is RuleSet.XRECHNUNG:
            failures += _schematron_failures(xml, XRECHNUNG_UBL, RuleSet.XRECHNUNG)
        elif rules is RuleSet.PEPPOL:
            failures += _schematron_failures(xml, PEPPOL_UBL, RuleSet.PEPPOL)
    if rules is RuleSet.CIUSRO:
        from ledgerpost.einvoice.ciusro_rules import ciusro_failures

        failures += ciusro_failures(document)
    return Validation(tuple(failures))


def warm_up(profile: Profile = Profile.XRECHNUNG) -> None:
    """Compile the rules now (a second or two), e.g. in the background before a send."""
    with _lock:
        _schema()
        _stylesheet(EN16931_CII)
        if profile is Profile.XRECHNUNG:
            _stylesheet(XRECHNUNG_CII)
