"""Typeset new Chinese newspaper pages from gold articles, to test declump on unseen layouts.

A development tool, not part of the product: nothing in src/ or tests/ imports it.

    python tools/typeset.py GOLD_DIR OUT_DIR --pages 20 --seed 1 [--columns 2-7] [--width 7-26]
        [--articles 2-6] [--font-size 8.5-11] [--inject] [--hard 0.05] [--pdftotext=-raw]

Takes the articles of GOLD_DIR/*.gold.json (declump's gold format: `articles` with
`headlines`, `paragraphs`, `captions`; `other` entries of kind `section`), shuffles them
(seeded) and sets new pages the way the dev pages were made: ReportLab, fixed-pitch CJK body
text (UMingCN) in columns N characters wide, paragraphs indented two ems, every line but a
paragraph's last justified (a line pushed short by the line-breaking rules -- no 。，、 at a
line start, no “（《 at a line end -- is letter-spaced, which pdftotext shows as spaces where
the line changes font subset or follows a Latin run), Latin runs a quarter em from CJK text,
headlines in WenQuanYiZenHei wrapped to the rectangle's width, the title fake-bold (drawn
twice a fraction of an em apart, whole or cut at its punctuation), captions in UKaiCN beside
or under a grey photo rectangle. Per page (seeded) it varies the column count and width, the
font size, the rectangles (an article over one or more columns, sometimes in fewer wider
columns, its photo over some of them) and sometimes continues an article in a rectangle
further down. Headlines drawn after the body and captions drawn before it change the
content-stream order (what `pdftotext -raw` follows); the default mode orders by position.
Each page is written as OUT/NNN.pdf, OUT/NNN.txt (`pdftotext NNN.pdf NNN.txt`, default mode
unless --pdftotext) and OUT/NNN.gold.json holding exactly the text placed on that page.

`--inject` adds the two defects that the benchmark injected after pdftotext: blank lines
before many paragraph starts, and fake-bold titles doubled run by run on one line
(`AA““BB””`) instead of the pieces on separate lines that poppler prints. `--hard` sets a
share of pages whose closing punctuation hangs into gutters under an em wide, so pdftotext
runs neighbouring columns together line by line (the benchmark's deliberately hard pages).

Never write the output inside the repository: the article text belongs to its publisher.

Needs `pip install 'declump[tools]'` (ReportLab) and, on Debian/Ubuntu,
`apt-get install -y fonts-arphic-uming fonts-wqy-zenhei fonts-arphic-ukai poppler-utils`.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = {  # ReportLab name -> (file, index in the .ttc): the three faces of the dev pages
    "UMingCN": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "WenQuanYiZenHei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "UKaiCN": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
}
BODY, HEAD, CAPTION = "UMingCN", "WenQuanYiZenHei", "UKaiCN"

NO_LINE_START = set("。，、；：？！）》」』”’…—％%·．.,;:!?)]}〉】〕")
NO_LINE_END = set("（《「『“‘〈【〔([{")
# Latin runs are set at their own width and not broken inside
LATIN = re.compile(r"[0-9A-Za-z.,%:/+\-_'&#@~]+")
GLUE = "\u2005"  # a quarter em between a Latin run and CJK text (dev: `自 2014 年`); never drawn
BLANK = {" ", GLUE}
IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")
MARGIN = 36.0
# Shares measured on the dev pages: about half the titles are fake-bold (of the 25 dev PDFs'
# large-type lines, 19 are drawn twice, 68 once, kickers and subtitles included). Comparing
# pdftotext's own output of those PDFs with the dev text files: 7 of the 17 fake-bold lines
# printed in pieces were joined into one line run by run, none of the 23 printed as two
# copies; blank lines were added before 132 of 370 paragraph starts that had none (0.36)
# and before 49 other body lines (about 1 in 100).
FAKE_BOLD = 0.5
ONE_LINE_BOLD = 0.4
BLANK_BEFORE = 0.36
BLANK_ELSEWHERE = 0.01
LEADING = 1.408  # line pitch in ems (dev pages: 13.375 pt at 9.5 pt)
# below the last headline line, in ems (dev: 1.31-1.42 between bounding boxes)
HEAD_GAP = (1.22, 1.36)
# extra space before a paragraph, in ems (dev: 15.24 pt from line to line instead of 13.375)
PARA_GAP = 0.196


def register_fonts() -> None:
    for name, (path, index) in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))


def width(text: str, font: str, size: float) -> float:
    if text == GLUE:
        return size / 4
    return pdfmetrics.stringWidth(text, font, size)


# ---------------------------------------------------------------- line breaking


@dataclass
class Line:
    units: list[str]  # CJK characters, Latin tokens, spaces
    indent: float = 0.0
    justify: bool = True
    para_start: bool = False


def tokens(text: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(text):
        m = LATIN.match(text, i)
        if m:
            if out and IDEOGRAPH.match(out[-1]):
                out.append(GLUE)
            out.append(m.group())
            i = m.end()
            if i < len(text) and IDEOGRAPH.match(text[i]):
                out.append(GLUE)
        else:
            out.append(text[i])
            i += 1
    return out


def is_punct(unit: str) -> bool:
    return unit in NO_LINE_START or unit in NO_LINE_END


def opening(units: list[str], i: int) -> str:
    """The unit a line starting at units[i] shows first (blanks at a line start vanish)."""
    while i < len(units) and units[i] in BLANK:
        i += 1
    return units[i] if i < len(units) else ""


def break_lines(
    text: str, measure: float, font: str, size: float, indent: float, hang: bool = False
) -> list[Line]:
    """Greedy lines of at most `measure` points; a line that would start with a closing
    mark or end with an opening one gives its last unit to the next line (so it is short
    and gets stretched). With `hang`, a closing mark stays on the full line instead,
    hanging into the gutter."""
    units = []
    for tok in tokens(text):
        if len(tok) > 1 and width(tok, font, size) > measure - indent:
            units.extend(tok)  # a Latin run longer than the column is cut anywhere
        else:
            units.append(tok)
    lines: list[Line] = []
    cur: list[str] = []
    used = indent
    first = True
    i = 0
    while i < len(units):
        u = units[i]
        w = width(u, font, size)
        if not cur and u in BLANK:
            i += 1
            continue
        if used + w <= measure + 0.01 or not cur:
            cur.append(u)
            used += w
            i += 1
            continue
        # the line is full: u opens the next one
        if hang and u in NO_LINE_START and opening(units, i + 1) not in NO_LINE_START:
            cur.append(u)  # (of `。”` neither hangs: the line gives way as usual)
            i += 1
        back = 0
        while len(cur) - back > 1 and (
            opening(units, i - back) in NO_LINE_START or cur[-1 - back] in NO_LINE_END
        ):
            back += 1
        if back:
            i -= back
            cur = cur[: len(cur) - back]
        while cur and cur[-1] in BLANK:
            cur.pop()
        lines.append(Line(cur, indent if first else 0.0, True, first))
        first, cur, used = False, [], 0.0
    while cur and cur[-1] in BLANK:
        cur.pop()
    if cur or first:
        lines.append(Line(cur, indent if first else 0.0, False, first))
    return lines


# ---------------------------------------------------------------- drawing primitives


class Page:
    """Collects drawing operations, so their order can be chosen, and renders them."""

    def __init__(self) -> None:
        self.ops: list[tuple[str, tuple]] = []

    def text_line(
        self, line: Line, x: float, y: float, measure: float, font: str, size: float
    ):
        """One body line at baseline y: CJK runs with letter-spacing, Latin tokens alone."""
        units = line.units
        natural = sum(width(u, font, size) for u in units)
        gaps = len(units) - 1
        extra = 0.0
        if line.justify and gaps > 0:
            extra = max(0.0, (measure - line.indent - natural) / gaps)
        ops = []
        cx = x + line.indent
        run, run_x = "", cx
        for u in units:
            w = width(u, font, size)
            if len(u) == 1 and u not in BLANK:
                if not run:
                    run_x = cx
                run += u
            else:
                if run:
                    ops.append(("text", (run_x, y, run, font, size, extra)))
                    run = ""
                if u not in BLANK:
                    ops.append(("text", (cx, y, u, font, size, 0.0)))
            cx += w + extra
        if run:
            ops.append(("text", (run_x, y, run, font, size, extra)))
        return ops

    def render(self, path: Path, w: float, h: float) -> None:
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        c.setTitle("declump synthetic page")
        c.setAuthor("anonymous")
        for kind, args in self.ops:
            if kind == "text":
                x, y, s, font, size, cs = args
                t = c.beginText(x, h - y)
                t.setFont(font, size, size * 1.2)
                t.setCharSpace(cs)
                t.textOut(s)
                c.drawText(t)
            elif kind == "rect":
                x, y, rw, rh, grey = args
                c.setFillGray(grey)
                c.rect(x, h - y - rh, rw, rh, stroke=0, fill=1)
                c.setFillGray(0)
            elif kind == "rule":
                x, y, rw = args
                c.setLineWidth(0.6)
                c.line(x, h - y, x + rw, h - y)
        c.showPage()
        c.save()


# ---------------------------------------------------------------- articles and blocks


@dataclass
class Story:
    headlines: list[str]
    paragraphs: list[str]
    captions: list[str]


def load_pool(gold_dir: Path) -> tuple[list[Story], list[str]]:
    stories, sections = [], []
    for path in sorted(gold_dir.glob("*.gold.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for art in doc.get("articles", []):
            heads = art.get("headlines")
            if heads is None:
                heads = [art[k] for k in ("kicker", "title", "subtitle") if art.get(k)]
            paras = [p for p in art.get("paragraphs", []) if p.strip()]
            if paras:
                stories.append(Story(list(heads), paras, list(art.get("captions", []))))
        for other in doc.get("other", []):
            if other.get("kind") == "section":
                sections.append(other["text"])
    return stories, sections


# ---------------------------------------------------------------- one page


@dataclass
class Item:
    """What goes into one rectangle of the page: an article, or the rest of one."""

    story: int
    lines: list[Line]  # set at the page's column width, or empty: set when placed
    paragraphs: list[str]
    heads: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    wrap: bool = True  # its headline lines may wrap; else they shrink to fit

    @property
    def weight(self) -> int:
        """Its text in characters."""
        if self.lines:
            return sum(len(u) for line in self.lines for u in line.units)
        return sum(len(p) for p in self.paragraphs)


class Setter:
    """Sets one page: bands of rectangles, each an article over one or more columns."""

    def __init__(self, rng: random.Random, args: argparse.Namespace):
        self.r = rng
        self.a = args
        r = rng
        self.hard = r.random() < args.hard
        # dev pages are 390-970 pt wide: many columns go with narrow ones
        for _ in range(100):
            self.cols = r.randint(*args.columns)
            self.chars = r.randint(*args.width)
            self.size = round(r.uniform(*args.font_size), 1)
            self.gutter = round(self.size * r.uniform(1.1, 1.6), 2)
            if self.hard:  # punctuation hangs into a gutter too narrow to keep it apart
                self.gutter = round(self.size * r.uniform(0.8, 1.1), 2)
            if (
                args.page_width[0]
                <= self.cols * (self.chars * self.size + self.gutter) + 2 * MARGIN
                <= args.page_width[1]
            ):
                break
        self.colw = self.chars * self.size
        self.center_heads = r.random() < 0.3
        # rectangles side by side stand further apart than the columns of one rectangle,
        # or poppler runs a headline into the neighbouring column's line
        self.block_gap = self.gutter + self.size * r.uniform(0.6, 1.5)
        self.bold_dx = r.uniform(0.12, 0.2)
        self.page = Page()
        self.bold_lines: list[list[str]] = []  # runs of each fake-bold headline line
        self.para_starts: list[str] = []  # text of each paragraph's first line
        self.body_texts: list[str] = []  # text of every body line

    @property
    def width(self) -> float:
        return 2 * MARGIN + self.cols * self.colw + (self.cols - 1) * self.block_gap

    def body_lines(self, paragraphs: list[str], measure: float) -> list[Line]:
        out = []
        for para in paragraphs:
            out.extend(
                break_lines(para, measure, BODY, self.size, 2 * self.size, self.hard)
            )
        return out

    # -- headlines
    def roles(self, heads: list[str]) -> list[tuple[str, str]]:
        if len(heads) == 1:
            return [("title", heads[0])]
        if len(heads) == 2:
            a, b = heads
            if (
                a.endswith(("——", "："))
                or ("（" in b and "（" not in a)
                or len(a) < 0.6 * len(b)
            ):
                return [("kicker", a), ("title", b)]
            return [("title", a), ("subtitle", b)]
        return [("kicker", heads[0]), ("title", heads[1])] + [
            ("subtitle", h) for h in heads[2:]
        ]

    def headline(
        self, heads: list[str], x: float, y: float, span: float, wrap: bool
    ) -> tuple[list, float]:
        ops = []
        for role, text in self.roles(heads):
            if role == "title":
                size = self.size * self.r.uniform(1.7, 2.8)
            elif role == "kicker":
                size = self.size * self.r.uniform(1.1, 1.3)
            else:
                size = self.size * self.r.uniform(1.3, 1.6)
            if wrap and role == "title":  # wrapped, but a long title on 2-4 lines
                size = max(min(size, span / min(len(text), 10)), self.size * 1.3)
            elif wrap:
                size = max(min(size, span / min(len(text), 14)), self.size)
            else:  # dev pages shrink every headline line to fit, down to 4.5 pt
                size = min(size, span / len(text))
            bold = role == "title" and self.r.random() < FAKE_BOLD
            whole = self.r.random() < 0.5
            for line in break_lines(text, span, HEAD, size, 0.0):
                y += size * 1.1
                natural = sum(width(u, HEAD, size) for u in line.units)
                cx = x + ((span - natural) / 2 if self.center_heads else 0.0)
                runs = self.runs(line.units, bold and not whole)
                drawn = []
                for run, skip in runs:
                    cx += skip * size
                    ops.append(("text", (cx, y, run, HEAD, size, 0.0)))
                    if bold:
                        ops.append(
                            (
                                "text",
                                (cx + self.bold_dx * size, y, run, HEAD, size, 0.0),
                            )
                        )
                        drawn.append(run)
                    cx += width(run, HEAD, size)
                if bold:
                    self.bold_lines.append(drawn)
                y += size * 0.25
        return ops, y + self.size * self.r.uniform(*HEAD_GAP)

    def runs(self, units: list[str], split: bool) -> list[tuple[str, float]]:
        """The pieces a headline line is drawn in, each with the gap before it in ems: a
        space is a gap; a fake-bold line on the dev pages is either drawn whole, twice,
        or cut where punctuation starts or ends (`让|“|好人好报|”|得到保障|（|民生观|）`)
        and each piece drawn twice."""
        out: list[tuple[str, float]] = []
        cur, skip = "", 0.0
        for u in units:
            if u in BLANK:
                if cur:
                    out.append((cur, skip))
                    cur, skip = "", 0.0
                skip += 1.0 if u == " " else 0.25
                continue
            if cur and split and is_punct(u) != is_punct(cur[-1]):
                out.append((cur, skip))
                cur, skip = "", 0.0
            cur += u
        if cur:
            out.append((cur, skip))
        return out

    # -- captions and photos
    def caption_ops(
        self, captions: list[str], x: float, y: float, measure: float
    ) -> tuple[list, float]:
        size = round(self.size * self.r.uniform(0.85, 0.95), 2)
        ops = []
        for cap in captions:
            m = re.match(r"^(.*\S)\s+(\S{2,4} ?摄)$", cap)
            if (
                m and self.r.random() < 0.5
            ):  # the credit on a line of its own, set right
                lines = break_lines(m.group(1), measure, CAPTION, size, 0.0)
                credit = m.group(2)
                lines.append(
                    Line(list(credit), measure - width(credit, CAPTION, size), False)
                )
            else:
                lines = break_lines(cap, measure, CAPTION, size, 0.0)
            lines[-1].justify = False
            for line in lines:
                y += size * 1.25
                ops.extend(self.page.text_line(line, x, y, measure, CAPTION, size))
            y += size * 0.5
        return ops, y + self.size * 0.5

    # -- a rectangle
    def place(
        self, item: Item, x: float, y: float, k: int
    ) -> tuple[list, list, list, float]:
        """Lays item out over k columns from (x, y): returns (heads, captions+photo, body)
        drawing operations and the bottom of the rectangle."""
        r = self.r
        span = k * self.colw + (k - 1) * self.gutter
        head_ops: list = []
        if item.heads:
            head_ops, y = self.headline(item.heads, x, y, span, item.wrap)
        # internal columns: usually the page's, sometimes fewer and wider
        ncol, measure, gap = k, self.colw, self.gutter
        if not item.lines and k >= 2 and r.random() < self.a.wide:
            ncol = k - 1
            chars = int((span - (ncol - 1) * self.gutter) / ncol // self.size)
            measure = chars * self.size
            gap = (span - ncol * measure) / (ncol - 1) if ncol > 1 else 0.0
        lines = item.lines or self.body_lines(item.paragraphs, measure)
        xs = [x + i * (measure + gap) for i in range(ncol)]
        tops = [y] * ncol
        cap_ops: list = []
        bottom = y
        if item.captions:
            # a grey photo over m of the columns, its caption under it or in a narrow
            # column beside it; the other columns start at the top of the rectangle
            m = r.randint(1, min(ncol, 3))
            first = 0 if r.random() < 0.6 else ncol - m
            pw = m * measure + (m - 1) * gap
            px = xs[first]
            ratio = r.uniform(0.5, 0.8)
            beside = r.random() < 0.4 and pw >= 12 * self.size
            if beside:
                cw = min(r.randint(6, 9) * self.size * 0.9, pw * 0.4)
                ph = min((pw - cw - gap * 0.6) * ratio, 18 * self.size)
                cap_ops, cy = self.caption_ops(item.captions, px + pw - cw, y, cw)
                cap_ops.append(("rect", (px, y, pw - cw - gap * 0.6, ph, 0.82)))
                cy = max(cy, y + ph + self.size)
            else:
                ph = min(pw * ratio, 18 * self.size)
                cw = pw if r.random() < 0.7 or m == 1 else measure
                cap_ops, cy = self.caption_ops(
                    item.captions, px, y + ph + self.size * 0.3, cw
                )
                cap_ops.append(("rect", (px, y, pw, ph, 0.82)))
            for i in range(first, first + m):
                tops[i] = cy + self.size * 0.5
            bottom = max(bottom, max(tops))
        body_ops, end = self.flow(lines, xs, tops, measure)
        return head_ops, cap_ops, body_ops, max(bottom, end)

    def flow(
        self, lines: list[Line], xs: list[float], tops: list[float], measure: float
    ):
        """Fills the columns in turn to the lowest common bottom that takes every line."""
        pitch = self.size * LEADING
        lo, hi = max(tops), max(tops) + pitch * (len(lines) + 2)
        while hi - lo > 0.5:
            mid = (lo + hi) / 2
            if self.fits(lines, tops, mid) is None:
                lo = mid
            else:
                hi = mid
        placed = self.fits(lines, tops, hi)
        assert placed is not None
        ops, end = [], max(tops)
        for line, (col, y) in zip(lines, placed):
            ops.extend(self.page.text_line(line, xs[col], y, measure, BODY, self.size))
            if line.para_start:
                self.para_starts.append("".join(line.units))
            self.body_texts.append("".join(line.units))
            end = max(end, y + self.size * 0.3)
        return ops, end

    def fits(self, lines: list[Line], tops: list[float], bottom: float):
        pitch = self.size * LEADING
        col, y = 0, tops[0]
        out = []
        for line in lines:
            step = pitch + (
                PARA_GAP * self.size if line.para_start and y > tops[col] else 0.0
            )
            while y + step > bottom + 0.01:
                col += 1
                if col >= len(tops):
                    return None
                y = tops[col]
                step = pitch
            y += step
            out.append((col, y - pitch + self.size * 0.88))
        return out


def take(
    stories: list[Story],
    order: list[int],
    pos: int,
    budget: int,
    r: random.Random,
    args: argparse.Namespace,
) -> tuple[list[Item], int]:
    """Stories for one page: 2-6 of them (--articles), until about `budget` characters,
    each cut after a paragraph to its share."""
    items: list[Item] = []
    most = r.randint(*args.articles)
    total = 0
    while len(items) < most and (total < budget or len(items) < args.articles[0]):
        if pos >= len(order):
            r.shuffle(order)
            pos = 0
        st = stories[order[pos]]
        pos += 1
        share = max(budget - total, budget / most) * r.uniform(0.6, 1.0)
        paras: list[str] = []
        size = 0
        for p in st.paragraphs:
            if paras and size + len(p) > share:
                break
            paras.append(p)
            size += len(p)
        total += size
        heads = list(st.headlines)
        if heads and r.random() < args.no_headline:
            heads = []
        elif (
            heads and r.random() < args.extra_heads
        ):  # 3-4 headline lines: borrow a kicker
            kickers = [
                s.headlines[0]
                for s in stories
                if len(s.headlines) == 2 and s.headlines[0].endswith("——")
            ]
            kicker = r.choice(kickers) if kickers else None
            if kicker and kicker not in heads:
                heads = [kicker] + heads
        caps = list(st.captions) if r.random() < args.keep_captions else []
        wrap = r.random() < args.wrap
        items.append(Item(order[pos - 1], [], paras, heads, caps, wrap=wrap))
    return items, pos


def set_page(
    stories: list[Story],
    sections: list[str],
    order: list[int],
    pos: int,
    r: random.Random,
    args: argparse.Namespace,
    out: Path,
    name: str,
) -> int:
    s = Setter(r, args)
    items, pos = take(stories, order, pos, int(r.uniform(*args.chars)), r, args)
    gold_articles = [
        {"headlines": it.heads, "paragraphs": it.paragraphs, "captions": it.captions}
        for it in items
    ]
    other = []
    y = MARGIN
    top_ops: list = []
    label = r.choice(sections) if sections and r.random() < args.section else None
    label_band = (
        0 if r.random() < 0.5 else r.randint(1, 3)
    )  # dev: at the top or further down
    if r.random() < args.furniture:
        date = f"2019年{r.randint(1, 12)}月{r.randint(1, 28)}日 星期{r.choice('一二三四五六日')}"
        size = s.size * 0.9
        top_ops.append(
            (
                "text",
                (
                    s.width - MARGIN - width(date, BODY, size),
                    MARGIN - size * 0.6,
                    date,
                    BODY,
                    size,
                    0.0,
                ),
            )
        )
        other.append({"kind": "furniture", "text": date})
    # an article continued in another rectangle of the page
    if len(items) >= 2 and r.random() < args.jump:
        cand = [i for i, it in enumerate(items[:-1])]
        i = r.choice(cand)
        lines = s.body_lines(items[i].paragraphs, s.colw)
        if len(lines) >= 12:
            cut = int(len(lines) * r.uniform(0.55, 0.8))
            items[i].lines = lines[:cut]
            rest = Item(items[i].story, lines[cut:], [])  # no headline: a continuation
            items.insert(r.randint(i + 2, len(items)), rest)
    ops_all: list = list(top_ops)
    depth = r.uniform(*args.depth)  # the usual height of a column of text, in lines
    band_no = 0
    while items:
        if label and band_no >= label_band:  # a section label over this band
            size = s.size * 1.4
            ops_all.append(("text", (MARGIN, y + size, label, HEAD, size, 0.0)))
            ops_all.append(("rule", (MARGIN, y + size * 1.4, s.width - 2 * MARGIN)))
            other.append({"kind": "section", "text": label})
            y += size * 2.2
            label = None
        band_no += 1
        band, need = [], 0
        while items:  # as many rectangles as the columns take at about that height
            lines = len(items[0].lines) or len(
                s.body_lines(items[0].paragraphs, s.colw)
            )
            k = min(s.cols, max(1, round(lines / depth)))
            if band and need + k > s.cols:
                break
            band.append(items.pop(0))
            need += k
            if len(band) == 3:
                break
        ks = split_columns([it.weight for it in band], s.cols)
        x = MARGIN
        bottom = y
        blocks = []
        for it, k in zip(band, ks):
            heads, caps, body, end = s.place(it, x, y, k)
            blocks.append((heads, caps, body))
            bottom = max(bottom, end)
            x += k * (s.colw + s.gutter) - s.gutter + s.block_gap
        if r.random() < 0.3:
            r.shuffle(blocks)
        for heads, caps, body in blocks:
            parts = [body]
            parts.insert(0 if r.random() < args.captions_first else 1, caps)
            if r.random() < args.heads_after:
                parts.append(heads)
            else:
                parts.insert(0, heads)
            for p in parts:
                ops_all.extend(p)
        y = bottom + s.size * 1.6
        if items:
            ops_all.append(("rule", (MARGIN, y - s.size * 0.8, s.width - 2 * MARGIN)))
    s.page.ops = ops_all
    pdf = out / f"{name}.pdf"
    s.page.render(pdf, s.width, y + MARGIN)
    txt = out / f"{name}.txt"
    subprocess.run(
        ["pdftotext", *args.pdftotext.split(), str(pdf), str(txt)], check=True
    )
    if args.inject:
        inject(txt, s, r)
    gold = {"declump": 1, "articles": gold_articles, "other": other}
    (out / f"{name}.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return pos


def split_columns(weights: list[int], cols: int) -> list[int]:
    """Columns for each rectangle of a band, in proportion to its text, at least one each."""
    total = sum(weights) or 1
    ks = [max(1, int(cols * w / total)) for w in weights]
    while sum(ks) > cols:
        ks[ks.index(max(ks))] -= 1
    while sum(ks) < cols:
        best = max(range(len(ks)), key=lambda i: weights[i] / ks[i])
        ks[best] += 1
    return ks


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def inject(txt: Path, s: Setter, r: random.Random) -> None:
    """The two defects added to the dev pages after pdftotext (see the module docstring)."""
    lines = txt.read_text(encoding="utf-8").split("\n")
    # poppler prints a fake-bold line drawn whole as its two copies on two lines, and one
    # drawn in runs as pieces `A / AB / BC / C` (the copy of a run touches the next run);
    # the pieces, joined, are every run twice, the form injected on dev pages (which
    # left the two-copies form alone)
    doubled = {}
    for runs in s.bold_lines:
        if len(runs) > 1:
            form = "".join(run + run for run in runs)
            doubled[form] = form
    out: list[str] = []
    i = 0
    while i < len(lines):
        done = False
        if squash(lines[i]):
            joined = ""
            for j in range(i, min(len(lines), i + 12)):
                joined += squash(lines[j])
                if j > i and joined in doubled and r.random() < ONE_LINE_BOLD:
                    out.append(doubled[joined])
                    i, done = j + 1, True
                    break
                if not any(key.startswith(joined) for key in doubled):
                    break
        if not done:
            out.append(lines[i])
            i += 1
    starts = {squash(t) for t in s.para_starts if len(t) >= 4}
    body = {squash(t) for t in s.body_texts}
    final: list[str] = []
    for line in out:
        key = squash(line)
        share = (
            BLANK_BEFORE if key in starts else BLANK_ELSEWHERE if key in body else 0.0
        )
        if final and final[-1].strip() and r.random() < share:
            final.append("")
        final.append(line)
    txt.write_text("\n".join(final), encoding="utf-8")


def span(text: str) -> tuple[int, int]:
    lo, _, hi = text.partition("-")
    return int(lo), int(hi or lo)


def fspan(text: str) -> tuple[float, float]:
    lo, _, hi = text.partition("-")
    return float(lo), float(hi or lo)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--columns", type=span, default=(2, 7), help="columns per page, e.g. 5-7"
    )
    ap.add_argument(
        "--width", type=span, default=(7, 26), help="characters per column line"
    )
    ap.add_argument("--articles", type=span, default=(2, 6), help="articles per page")
    ap.add_argument(
        "--font-size", type=fspan, default=(8.5, 11.0), help="body size in points"
    )
    ap.add_argument(
        "--chars",
        type=fspan,
        default=(900, 4000),
        help="text per page, in characters (dev: 890-3770)",
    )
    ap.add_argument(
        "--page-width",
        type=fspan,
        default=(380, 1000),
        help="page width in points, when the columns allow",
    )
    ap.add_argument(
        "--depth", type=fspan, default=(20, 45), help="usual column height, in lines"
    )
    ap.add_argument(
        "--captions-first",
        type=float,
        default=0.5,
        help="share of captions drawn before the body",
    )
    ap.add_argument(
        "--heads-after",
        type=float,
        default=0.2,
        help="share of headlines drawn after the body",
    )
    ap.add_argument(
        "--keep-captions",
        type=float,
        default=0.9,
        help="share of captioned articles set with their photo",
    )
    ap.add_argument(
        "--no-headline",
        type=float,
        default=0.0,
        help="share of articles set without their headline (dev's own: 11 of 144 have none)",
    )
    ap.add_argument(
        "--extra-heads",
        type=float,
        default=0.05,
        help="share of articles given a borrowed kicker",
    )
    ap.add_argument(
        "--jump",
        type=float,
        default=0.35,
        help="share of pages with an article continued elsewhere",
    )
    ap.add_argument(
        "--wide",
        type=float,
        default=0.2,
        help="share of rectangles set in fewer, wider columns",
    )
    ap.add_argument(
        "--section", type=float, default=0.3, help="share of pages with a section label"
    )
    ap.add_argument(
        "--furniture", type=float, default=0.3, help="share of pages with a date line"
    )
    ap.add_argument(
        "--wrap",
        type=float,
        default=0.5,
        help="share of headlines set large enough to wrap (the others shrink to one line each, as on dev pages)",
    )
    ap.add_argument(
        "--inject", action="store_true", help="add the dev pages' injected defects"
    )
    ap.add_argument(
        "--hard",
        type=float,
        default=0.0,
        help="share of pages with punctuation hanging into narrow gutters (columns run together)",
    )
    ap.add_argument(
        "--pdftotext",
        default="",
        help="pdftotext options, e.g. --pdftotext=-raw (default mode when empty)",
    )
    args = ap.parse_args()
    register_fonts()
    stories, sections = load_pool(args.gold_dir)
    if not stories:
        raise SystemExit(f"no articles in {args.gold_dir}/*.gold.json")
    rng = random.Random(args.seed)
    order = list(range(len(stories)))
    rng.shuffle(order)
    repo = Path(__file__).resolve().parents[1]
    if args.out_dir.resolve().is_relative_to(repo):
        raise SystemExit(
            f"write the pages outside {repo}: their text is not ours to commit"
        )
    args.out_dir.mkdir(parents=True, exist_ok=True)
    pos = 0
    for n in range(1, args.pages + 1):
        pos = set_page(
            stories, sections, order, pos, rng, args, args.out_dir, f"{n:03d}"
        )


if __name__ == "__main__":
    main()
