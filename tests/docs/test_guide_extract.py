"""The extractor of the earlier client's guide, on a made-up page shaped like it."""

from __future__ import annotations

import pytest

from .guide_extract import Output, extract_examples, matches_shape, output_items

# A page in the flattened shape of the guide: prose lines, code without indentation, an
# inline call inside prose, printed output with an elided JSON object.
PAGE = """\
Some heading
A paragraph that mentions
client.list_things()
as an inline call, which is not an example.
import somepackage
client = somepackage.Client(
url="http://example.invalid/"
)
More prose between the blocks.
print(client.thing().dump(indent=2))
{
"kind": "thing",
"id": "0d7ab3a6-66c6-4f62-b8a4-5a6b1d1b2c3e",
...
}
items = client.list_things(page={"limit": 2})
assert len(items) == 2
The next part
import somepackage
try:
client.break_it(reason="test")
except somepackage.Error as e:
print(e)
print(e.body)
it broke: for a reason
{
"code": 7
}
A closing sentence.
"""


def test_blocks_start_at_statements_and_skip_inline_calls():
    examples = extract_examples(PAGE)
    assert [example.line for example in examples] == [5, 10, 16, 19]
    assert examples[0].code.splitlines() == [
        "import somepackage",
        "client = somepackage.Client(",
        'url="http://example.invalid/"',
        ")",
    ]
    assert [example.starts_namespace for example in examples] == [False] * 4


def test_compound_statements_get_their_indentation_back():
    code = extract_examples(PAGE)[3].code
    compile(code, "<example>", "exec")
    assert code.splitlines()[2:] == [
        '    client.break_it(reason="test")',
        "except somepackage.Error as e:",
        "    print(e)",
        "    print(e.body)",
    ]


def test_outputs_follow_the_prints():
    examples = extract_examples(PAGE)
    first = examples[1].outputs
    assert len(first) == 1 and first[0].elided
    assert first[0].json == {"kind": "thing", "id": "0d7ab3a6-66c6-4f62-b8a4-5a6b1d1b2c3e"}
    assert examples[2].outputs == []
    last = examples[3].outputs
    assert [item.text for item in last][0] == "it broke: for a reason"
    assert last[1].json == {"code": 7} and not last[1].elided


def test_namespace_starts_at_the_package_import():
    page = "Text\nimport flame_hub\nx = 1\nText\nfrom flame_hub import y\n"
    assert [e.starts_namespace for e in extract_examples(page)] == [True, False]


def test_output_items_split_objects_and_lines():
    expected = [Output("a line"), Output("{}", {"a": 1})]
    assert output_items('x\n{\n  "a": 2\n}\n', expected) == ["x", '{\n  "a": 2\n}']
    with pytest.raises(AssertionError, match="fewer"):
        output_items("x\n", expected)
    with pytest.raises(AssertionError, match="more"):
        output_items('x\n{"a": 1}\nextra\n', expected)


@pytest.mark.parametrize(
    ("printed", "expected", "ok"),
    [
        ('{"id": "6f1c2b9e-0000-4000-8000-000000000001", "n": 3}', {"id": "x", "n": 1}, False),
        (
            '{"id": "6f1c2b9e-0000-4000-8000-000000000001", "n": 3}',
            {"id": "0d7ab3a6-66c6-4f62-b8a4-5a6b1d1b2c3e", "n": 1},
            True,
        ),
        ('{"n": 3, "extra": 1}', {"n": 1}, False),
        ('{"when": "2025-01-02T03:04:05.678Z"}', {"when": "2024-12-31T00:00:00.000000Z"}, True),
        ('{"flag": false}', {"flag": True}, False),
        ('{"name": "a"}', {"name": "b"}, False),
    ],
)
def test_objects_compare_by_shape(printed, expected, ok):
    assert (matches_shape(printed, Output("", expected)) is None) is ok


def test_elided_objects_need_only_the_shown_keys():
    want = Output("", {"name": "n"}, elided=True)
    assert matches_shape('{"name": "n", "other": 1}', want) is None
    assert matches_shape('{"other": 1}', want) is not None


def test_lines_compare_exactly_except_ids_and_hashes():
    assert matches_shape("same words", Output("same words")) is None
    assert matches_shape("other words", Output("same words")) is not None
    uuid_a, uuid_b = "6f1c2b9e-0000-4000-8000-000000000001", "0d7ab3a6-66c6-4f62-b8a4-5a6b1d1b2c3e"
    assert matches_shape(uuid_a, Output(uuid_b)) is None
    assert matches_shape("$2b$10$abcdefghijk", Output("$2y$10$zyxwvutsrqp")) is None
