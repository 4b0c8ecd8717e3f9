import json

from declump.model import Article, Block, BlockKind, Document, Page
from declump.render import (
    OutputFormat,
    article_markdown,
    article_text,
    document_dict,
    iter_article_files,
    iter_article_records,
    render_clean,
    render_document,
)


def make_document() -> Document:
    first = Article(
        headlines=["引题", "异地群众轻松办“跨省通办”架桥梁", "副题"],
        title_index=1,
        byline="本报讯（李钰 林嘉乐）",
        paragraphs=["本报讯（李钰 林嘉乐）家住漳州的赵先生……", "第二段。"],
        captions=["图为办事大厅。"],
        page=1,
        continues="第二版",
    )
    second = Article(headlines=["Fed raises rates"], paragraphs=["WASHINGTON - The Fed *said*."], page=2)
    pages = [
        Page(
            number=1,
            blocks=[Block(BlockKind.HEADLINE, "异地群众轻松办“跨省通办”架桥梁"), Block(BlockKind.PARAGRAPH, "第二段。")],
            articles=[first],
            other=[Block(BlockKind.SECTION, "要闻")],
        ),
        Page(number=2, blocks=[Block(BlockKind.PARAGRAPH, "Page two.")], articles=[second]),
    ]
    return Document(source="pages/2022-08-17.txt", pages=pages)


def test_render_clean_blocks_and_pages():
    assert render_clean(make_document()) == "异地群众轻松办“跨省通办”架桥梁\n\n第二段。\n\fPage two."


def test_render_clean_empty_document():
    assert render_clean(Document(source="x", pages=[Page(number=1)])) == ""


def test_document_dict_matches_schema_v1():
    data = document_dict(make_document())
    assert set(data) == {"declump", "source", "articles", "other"}
    assert data["declump"] == 1
    assert data["source"] == "pages/2022-08-17.txt"
    article = data["articles"][0]
    assert set(article) == {"headlines", "title", "byline", "paragraphs", "captions", "page", "continues"}
    assert article["title"] == "异地群众轻松办“跨省通办”架桥梁"
    assert article["continues"] == "第二版"
    assert data["other"] == [{"kind": "section", "text": "要闻", "page": 1}]


def test_json_output_is_utf8_not_escaped():
    out = render_document(make_document(), OutputFormat.JSON)
    assert "跨省通办" in out and "\\u" not in out
    assert json.loads(out) == document_dict(make_document())


def test_jsonl_records_one_per_article_with_stable_ids():
    out = render_document(make_document(), OutputFormat.JSONL)
    lines = out.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == ["2022-08-17-p1-a1", "2022-08-17-p2-a1"]
    assert records == list(iter_article_records(make_document()))
    assert set(records[0]) == {
        "id", "source", "page", "title", "headlines", "byline", "paragraphs", "captions", "continues", "text",
    }
    assert records[0]["text"] == article_text(make_document().pages[0].articles[0])


def test_article_text_does_not_repeat_a_byline_that_opens_the_first_paragraph():
    text = article_text(make_document().pages[0].articles[0])
    assert text.count("本报讯（李钰 林嘉乐）") == 1
    assert text.split("\n\n")[:3] == ["引题", "异地群众轻松办“跨省通办”架桥梁", "副题"]
    assert text.endswith("图为办事大厅。")


def test_article_text_keeps_a_separate_byline():
    article = Article(headlines=["T"], byline="By Jane Doe", paragraphs=["Body."])
    assert article_text(article) == "T\n\nBy Jane Doe\n\nBody."


def test_article_markdown():
    md = article_markdown(make_document().pages[0].articles[0])
    blocks = md.split("\n\n")
    assert blocks[0] == "引题"
    assert blocks[1] == "# 异地群众轻松办“跨省通办”架桥梁"
    assert blocks[2] == "## 副题"
    assert blocks[-1] == "*图为办事大厅。*"


def test_markdown_escapes_what_would_become_markup():
    md = article_markdown(Article(headlines=["T"], paragraphs=["# not a heading", "1. not a list", "a *b* c"]))
    assert "\\# not a heading" in md
    assert "1\\. not a list" in md
    assert "a \\*b\\* c" in md


def test_article_without_headline():
    article = Article(paragraphs=["Only a paragraph."])
    assert article_markdown(article) == "Only a paragraph."
    assert article_text(article) == "Only a paragraph."


def test_every_format_renders_and_files_match_articles():
    document = make_document()
    for fmt in OutputFormat:
        assert render_document(document, fmt).endswith("\n")
        files = list(iter_article_files(document, fmt))
        assert len(files) == 2
        assert all(content.endswith("\n") for _, content in files)
    assert render_document(Document(source="x"), OutputFormat.MD) == ""
