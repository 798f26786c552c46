"""Factur-X / ZUGFeRD 2: a PDF/A-3 print copy with its CII XML (EN 16931 profile) inside.

The renderer embeds it while it writes the pages, in one pass (``documents.pdfa.Archive``, put
together by ``services.einvoice_copies``): ``factur-x.xml`` as an associated file
(``/AFRelationship /Alternative``: the XML is the same invoice as the visible pages) and the
XMP metadata PDF/A-3 B and Factur-X ask for (``pdfaid:part 3``, ``conformance B``,
``fx:DocumentType INVOICE``, ``fx:DocumentFileName factur-x.xml``, ``fx:Version 1.0``,
``fx:ConformanceLevel EN 16931``): :func:`xmp`, made by the ``factur-x`` library (Akretion,
BSD). :func:`embed` is the library's own embedding (a second pass through pypdf, about as slow
as the rendering itself), for a PDF made elsewhere; :func:`library_check` is the library's
reader and XSD check.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

FILE_NAME = "factur-x.xml"
LEVEL = "en16931"
KEYWORDS = "Factur-X, Invoice"
CREATOR = "LedgerPost"
"""The creator the renderer names (``documents.layout``), in the XMP as the creator tool."""


@dataclass(frozen=True, slots=True)
class PdfInfo:
    """The document information the PDF and its XMP both carry."""

    title: str
    author: str
    subject: str
    language: str = ""


def xmp(info: PdfInfo, created: str, producer: str) -> bytes:
    """The Factur-X XMP packet of a PDF made at ``created`` (ISO 8601) by ``producer``; its
    title, author, subject, keywords and dates are the document information's too (PDF/A)."""
    from facturx.facturx import FACTURX_LEVEL2xmp, generate_xmp_object
    from lxml import etree

    root = generate_xmp_object(
        {
            "pdfa3_flavor": "B",
            "title": info.title,
            "author": info.author,
            "subject": info.subject,
            "producer": producer,
            "creator_tool": CREATOR,
            "timestamp": created,
            "version": "1.0",
            "documenttype": "INVOICE",
            "xml_filename": FILE_NAME,
            "xmp_level": FACTURX_LEVEL2xmp[LEVEL],
            "urn": "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#",
        }
    )
    body = etree.tostring(root, encoding="unicode", pretty_print=True).strip()
    said = f"<pdf:Producer>{producer}</pdf:Producer>"
    more = f"<pdf:Keywords>{KEYWORDS}</pdf:Keywords><pdf:Trapped>False</pdf:Trapped>"
    body = body.replace(said, said + more, 1)  # the document information has them too
    head = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    return "\n".join([head, body, '<?xpacket end="w"?>']).encode("utf-8")


def embed(pdf: bytes, xml: bytes, info: PdfInfo) -> bytes:
    """``pdf`` as a Factur-X PDF with ``xml`` (already validated) embedded."""
    from facturx import generate_from_binary

    _quiet()
    return bytes(
        generate_from_binary(
            pdf,
            xml,
            flavor="factur-x",
            level=LEVEL,
            check_xsd=False,
            pdf_metadata={
                "author": info.author,
                "keywords": KEYWORDS,
                "title": info.title,
                "subject": info.subject,
            },
            lang=info.language or None,
            afrelationship="alternative",
        )
    )


def embedded_xml(pdf: bytes) -> bytes | None:
    """The ``factur-x.xml`` (or ZUGFeRD 2 ``zugferd-invoice.xml``) a PDF carries, else None.

    Unlike the library's own reader it does not drop an XML that fails the schema: the caller
    validates what it finds and says why it fails.
    """
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(pdf))
        attachments = reader.attachments
    except (PyPdfError, ValueError, KeyError) as exc:
        raise NotAFacturX(str(exc)) from exc
    for name in (FILE_NAME, "zugferd-invoice.xml", "xrechnung.xml"):
        contents = attachments.get(name)
        if contents:
            return bytes(contents[0])
    return None


def library_check(pdf: bytes) -> tuple[str, bytes]:
    """What the ``factur-x`` library itself finds in ``pdf``: the XML's file name and bytes,
    checked by it against the Factur-X XSD of the level the XML names (``("", b"")`` when it
    finds none that passes). It does not check the schematron nor PDF/A."""
    from facturx import get_facturx_xml_from_pdf

    _quiet()
    name, xml = get_facturx_xml_from_pdf(pdf, check_xsd=True)
    return (name or "", xml or b"")


class NotAFacturX(ValueError):
    """The bytes are not a PDF that can be read."""


def is_pdf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"%PDF-"


def _quiet() -> None:
    """The library logs each step at INFO; LedgerPost reports outcomes itself."""
    logging.getLogger("factur-x").setLevel(logging.WARNING)
