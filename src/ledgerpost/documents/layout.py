"""The page every print copy shares: A4, a footer with the company and "page 2 of 3", a running
header on later pages, the DRAFT mark, and building blocks that mirror for right-to-left text.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, SimpleDocTemplate, Table, TableStyle

from ledgerpost.documents.fonts import BOLD, REGULAR, register_fonts
from ledgerpost.documents.pdfa import Archive, finisher
from ledgerpost.documents.text import direction_of, visual, width, wrap
from ledgerpost.domain.parties import Company
from ledgerpost.i18n.translate import Translator, translator

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP = 20 * mm
BOTTOM = 24 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5b6470")
RULE = colors.HexColor("#c9ced6")
SHADE = colors.HexColor("#eef1f5")

Side = Literal["start", "end", "center"]


@dataclass(frozen=True, slots=True)
class Letterhead:
    """What the company prints at the top of its documents; the logo is PNG or JPEG bytes."""

    company: Company
    logo: bytes | None = None


class TextLines(Flowable):  # type: ignore[misc]
    """Text wrapped to the width it is given, in logical order, then drawn visually."""

    def __init__(
        self,
        text: str,
        *,
        size: float = 9,
        bold: bool = False,
        side: Side = "start",
        rtl: bool = False,
        color: colors.Color = INK,
        lines: list[str] | None = None,
        shrink: bool = False,
        content: bool = False,
    ) -> None:
        super().__init__()
        self.shrink = shrink
        self.content = content
        self.width: float = 0
        self.height: float = 0
        self.text = text
        self.font = BOLD if bold else REGULAR
        self.size = size
        self.leading = size * 1.28
        self.side = side
        self.rtl = rtl
        self.color = color
        self._lines = lines

    def _copy(self, lines: list[str]) -> TextLines:
        return TextLines(
            "\n".join(lines),
            size=self.size,
            bold=self.font == BOLD,
            side=self.side,
            rtl=self.rtl,
            color=self.color,
            lines=lines,
            shrink=self.shrink,
            content=self.content,
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._lines is None or avail_width != self.width:
            if self.shrink:
                self._shrink_to(avail_width)
            self._lines = wrap(self.text, self.font, self.size, avail_width)
        self.width = avail_width
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def _shrink_to(self, room: float) -> None:
        """A word too wide for the cell (an amount, a heading) makes the text smaller rather
        than being cut in two."""
        words = self.text.replace("\n", " ").split(" ")  # not at no-break spaces
        widest = max(width(word, self.font, self.size) for word in words)
        if widest > room > 0:
            self.size = max(self.size * room / widest * 0.98, 4)
            self.leading = self.size * 1.28

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        assert self._lines is not None
        fits = int(avail_height // self.leading)
        if fits < 1 or fits >= len(self._lines):
            return []
        return [self._copy(self._lines[:fits]), self._copy(self._lines[fits:])]

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        canvas.setFillColor(self.color)
        align = _align(self.side, self.rtl)
        for i, line in enumerate(self._lines or ()):
            y = self.height - i * self.leading - self.size * 0.98
            # What users wrote (names, addresses, descriptions, letters) reads in its own
            # direction; our labels read in the page's.
            rtl = direction_of(line, self.rtl) if self.content else self.rtl
            drawn = visual(line, rtl)
            if align == "LEFT":
                canvas.drawString(0, y, drawn)
            elif align == "RIGHT":
                canvas.drawRightString(self.width, y, drawn)
            else:
                canvas.drawCentredString(self.width / 2, y, drawn)


def _align(side: Side, rtl: bool) -> str:
    if side == "center":
        return "CENTER"
    return "LEFT" if (side == "start") != rtl else "RIGHT"


class Sheet:
    """One print: its language and direction, and blocks that mirror when it reads right to left."""

    def __init__(self, language: str, letterhead: Letterhead) -> None:
        register_fonts()
        self.t: Translator = translator(language)
        self.rtl = self.t.right_to_left
        self.letterhead = letterhead
        self.company = letterhead.company

    def _(self, msgid: str) -> str:
        return self.t.gettext(msgid)

    def text(self, text: str, **options: Any) -> TextLines:
        return TextLines(text, rtl=self.rtl, **options)

    def align(self, side: Side) -> str:
        return _align(side, self.rtl)

    def ordered(self, cells: Sequence[Any]) -> list[Any]:
        """Cells from the reading start: reversed on a right-to-left page."""
        return list(reversed(cells)) if self.rtl else list(cells)

    def table(
        self,
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        header_rows: int = 0,
        style: Sequence[tuple[Any, ...]] = (),
        pad: float = 3,
    ) -> Table:
        """A table given in reading order; columns are mirrored here for right to left.

        ``style`` commands use reading-order column indexes too.
        """
        n = len(widths)
        mirrored = [self.ordered(row) for row in rows]
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), self.align("start")),
            # The cells are our own text; without this a cell still selects Helvetica, a font
            # a PDF/A copy may not name unembedded.
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.7),
        ]
        for command in style:
            name, (c0, r0), (c1, r1), *rest = command
            if self.rtl:
                c0, c1 = _mirror_col(c1, n), _mirror_col(c0, n)
            commands.append((name, (c0, r0), (c1, r1), *rest))
        table = Table(
            mirrored,
            colWidths=self.ordered(widths),
            repeatRows=header_rows,
            style=TableStyle(commands),
            hAlign=self.align("start"),
        )
        return table

    def logo(self, max_width: float = 45 * mm, max_height: float = 18 * mm) -> Image | None:
        if not self.letterhead.logo:
            return None
        reader = ImageReader(io.BytesIO(self.letterhead.logo))
        w, h = reader.getSize()
        scale = min(max_width / w, max_height / h)
        image = Image(io.BytesIO(self.letterhead.logo), width=w * scale, height=h * scale)
        image.hAlign = self.align("start")
        return image

    def footer_lines(self) -> list[str]:
        c = self.company
        first = " · ".join(p for p in (c.name, ", ".join(c.address.lines())) if p)
        facts = []
        if c.vat_number:
            facts.append(self._("VAT number: {number}").format(number=c.vat_number))
        if c.registration_number:
            facts.append(self._("Registration code: {number}").format(number=c.registration_number))
        if c.bank_account:
            facts.append(self._("Bank account: {account}").format(account=c.bank_account))
        return [first, " · ".join(facts)] if facts else [first]

    def build(
        self,
        story: list[Flowable],
        *,
        title: str,
        running_head: str,
        draft: bool,
        archival: bool = False,
        archive: Archive | None = None,
    ) -> bytes:
        """Lay out ``story`` on as many pages as it needs and return the PDF bytes;
        ``archival``: with the output intent of a PDF/A print copy and ``archive``'s embedded
        file and metadata (see :mod:`.pdfa`)."""
        buffer = io.BytesIO()
        template = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=title,
            author=self.company.name,
            creator="LedgerPost",
            invariant=1,
            lang=self.t.language,
        )

        def first_page(canvas: Canvas, _doc: Any) -> None:
            self._decorate(canvas, None, draft)

        def later_page(canvas: Canvas, _doc: Any) -> None:
            self._decorate(canvas, running_head, draft)

        template.build(
            story,
            onFirstPage=first_page,
            onLaterPages=later_page,
            canvasmaker=_numbered_canvas(self._page_number, finisher(archival, archive)),
        )
        return buffer.getvalue()

    def _draw(self, canvas: Canvas, x_start: float, y: float, text: str, side: Side) -> None:
        """Draw one line from the reading start (``side='start'``) or end of the body."""
        drawn = visual(text, self.rtl)
        if self.align(side) == "LEFT":
            canvas.drawString(x_start, y, drawn)
        else:
            canvas.drawRightString(PAGE_WIDTH - x_start, y, drawn)

    def _decorate(self, canvas: Canvas, running_head: str | None, draft: bool) -> None:
        canvas.saveState()
        if draft:
            canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.13))
            canvas.setFont(BOLD, 110)
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(40)
            canvas.drawCentredString(0, -40, visual(self._("DRAFT"), self.rtl))
            canvas.rotate(-40)
            canvas.translate(-PAGE_WIDTH / 2, -PAGE_HEIGHT / 2)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, BOTTOM - 6 * mm, PAGE_WIDTH - MARGIN, BOTTOM - 6 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7)
        for i, line in enumerate(self.footer_lines()):
            for j, part in enumerate(wrap(line, REGULAR, 7, BODY_WIDTH * 0.75)[:1]):
                self._draw(canvas, MARGIN, BOTTOM - 10 * mm - (i + j) * 9, part, "start")
        if running_head:
            canvas.setFont(BOLD, 8)
            self._draw(canvas, MARGIN, PAGE_HEIGHT - TOP + 5 * mm, running_head, "start")
            canvas.line(
                MARGIN, PAGE_HEIGHT - TOP + 3 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - TOP + 3 * mm
            )
        canvas.restoreState()

    def _page_number(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        text = self._("Page {page} of {pages}").format(page=page, pages=pages)
        self._draw(canvas, MARGIN, BOTTOM - 10 * mm, text, "end")
        canvas.restoreState()


def _mirror_col(col: int, n: int) -> int:
    index = col if col >= 0 else n + col
    return n - 1 - index


def _numbered_canvas(
    stamp: Callable[[Canvas, int, int], None], finish: Callable[[Canvas], None] | None = None
) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each can say "page x of y";
    ``finish`` adds to the document before it is written."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if finish is not None:  # PDF/A: no font that is not embedded, not even unused
                kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                stamp(self, number, pages)
                Canvas.showPage(self)
            if finish is not None:
                finish(self)
            Canvas.save(self)

    return NumberedCanvas
