"""What a PDF/A-3 print copy needs beyond reportlab's output: an output intent with the sRGB
ICC profile (``resources/colour``). Fonts are embedded already (TrueType subsets), the copy uses
no transparency (only a draft's mark does, and drafts are never archived), and the XMP
metadata and the embedded file come with an :class:`Archive` (:mod:`ledgerpost.einvoice.facturx`
makes the Factur-X one), written in the same pass as the pages."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDate,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
)
from reportlab.pdfbase.pdfdoc import PDFZCompress as _FLATE

from ledgerpost.platform.resources import resource_path

ICC_FILE = "sRGB2014.icc"
ICC_NAME = "sRGB IEC61966-2.1"
PRODUCER = "LedgerPost (ReportLab)"
"""Named in the document information and in the XMP alike, as PDF/A asks."""


@cache
def srgb_profile() -> bytes:
    """The ICC's sRGB v2 profile (free to embed; see ``resources/colour/LICENSE-ICC.txt``)."""
    return resource_path("colour", ICC_FILE).read_bytes()


def add_output_intent(canvas: Any) -> None:
    """Give the document being written on ``canvas`` the sRGB output intent PDF/A asks for."""
    canvas.setProducer(PRODUCER)
    document = canvas._doc
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile(), filters=[_FLATE])
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(ICC_NAME),
            "Info": PDFString(ICC_NAME),
            "DestOutputProfile": document.Reference(profile),
        }
    )
    catalog = document.Catalog
    catalog.OutputIntents = PDFArray([intent])
    if "OutputIntents" not in catalog.__NoDefault__:
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]


@dataclass(frozen=True, slots=True)
class Archive:
    """What makes an archival copy a hybrid e-invoice: a file embedded as an associated file
    (``relationship``: ``Alternative`` when it is the same document) and the XMP metadata,
    made for the moment the PDF says it was created (``xmp(timestamp)``, ISO 8601)."""

    file_name: str
    data: bytes
    description: str
    xmp: Callable[[str], bytes]
    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: str = ""
    relationship: str = "Alternative"
    mime_type: str = "text/xml"


def add_archive(canvas: Any, archive: Archive) -> None:
    """Embed ``archive``'s file and metadata in the document being written on ``canvas``."""
    canvas.setTitle(archive.title)  # the XMP says the same (PDF/A)
    canvas.setAuthor(archive.author)
    canvas.setSubject(archive.subject)
    canvas.setKeywords(archive.keywords)
    document = canvas._doc
    stamp = TimeStamp(invariant=0)
    document._timeStamp = stamp  # the information dictionary's dates, as the XMP says them
    year, month, day, hour, minute, second = stamp.YMDhms
    offset = f"{stamp.dhh:+03d}:{stamp.dmm:02d}"
    created = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{offset}"
    pdf_date = PDFDate(ts=stamp)
    params = PDFDictionary(
        {
            "Size": len(archive.data),
            "ModDate": pdf_date,
            "CheckSum": PDFString(hashlib.md5(archive.data).digest(), enc="raw"),
        }
    )
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                "Subtype": _mime_name(archive.mime_type),
                "Params": params,
            }
        ),
        archive.data,
        filters=[_FLATE],
    )
    stream_ref = document.Reference(stream)
    spec = PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(archive.file_name),
            "UF": PDFString(archive.file_name),
            "Desc": PDFString(archive.description),
            "AFRelationship": PDFName(archive.relationship),
            "EF": PDFDictionary({"F": stream_ref, "UF": stream_ref}),
        }
    )
    spec_ref = document.Reference(spec)
    metadata = PDFStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        archive.xmp(created),
        filters=[],
    )
    catalog = document.Catalog
    catalog.AF = PDFArray([spec_ref])
    catalog.Names = PDFDictionary(
        {
            "EmbeddedFiles": PDFDictionary(
                {"Names": PDFArray([PDFString(archive.file_name), spec_ref])}
            )
        }
    )
    catalog.Metadata = metadata
    catalog.PageMode = PDFName("UseAttachments")
    if "AF" not in catalog.__NoDefault__:
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "AF"]


def _mime_name(mime_type: str) -> str:
    """A MIME type as a PDF name: ``/text#2Fxml`` (reportlab leaves the slash unescaped)."""
    return "/" + "".join(c if c.isalnum() or c in "-.+" else f"#{ord(c):02X}" for c in mime_type)


def finisher(archival: bool, archive: Archive | None) -> Callable[[Any], None] | None:
    """What to add to the document before it is written, if anything."""
    if not archival:
        return None

    def finish(canvas: Any) -> None:
        add_output_intent(canvas)
        if archive is not None:
            add_archive(canvas, archive)

    return finish
