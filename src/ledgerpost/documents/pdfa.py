"""What a PDF/A-3 print copy needs beyond reportlab's output: an output intent with the sRGB
ICC profile (``resources/colour``). Fonts are embedded already (TrueType subsets), the copy uses
no transparency (only a draft's mark does, and drafts are never archived), and the XMP
metadata is written when the e-invoice is embedded (:mod:`ledgerpost.einvoice.facturx`)."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfbase.pdfdoc import PDFZCompress as _FLATE

from ledgerpost.platform.resources import resource_path

ICC_FILE = "sRGB2014.icc"
ICC_NAME = "sRGB IEC61966-2.1"
PRODUCER = "pypdf"
"""The final file is written by pypdf (``einvoice.facturx``), whose XMP names it; PDF/A asks
the document information and the XMP to agree."""


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
