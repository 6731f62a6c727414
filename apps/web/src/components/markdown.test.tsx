import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const render = (text: string) => renderToStaticMarkup(<Markdown text={text} />);

/** Nothing in the output that a browser would run. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
}

describe("minutes rendered as markdown", () => {
  it("drops a script tag written in the minutes", () => {
    expectInert(render("議事録\n\n<script>alert(1)</script>"));
  });

  it("drops an img tag with an onerror handler", () => {
    const html = render("<img src=x onerror=alert(1)>\n\n本文");
    expectInert(html);
    expect(html).not.toMatch(/<img/i);
  });

  it("empties a markdown link to a javascript: URL but keeps its text", () => {
    const html = render("[x](javascript:alert(1))");
    expectInert(html);
    expect(html).toContain(">x</a>");
  });

  it("drops an HTML anchor with a javascript: href", () => {
    expectInert(render('<a href="javascript:alert(1)">click</a>'));
  });

  it("renders headings, lists and https links", () => {
    const html = render(
      "## 決まったこと\n\n- 共催を打診する\n- 次回は11月\n\n[サイト](https://example.jp/forum)",
    );
    expect(html).toContain("<h2>決まったこと</h2>");
    expect(html).toContain("<li>共催を打診する</li>");
    expect(html).toContain('<a href="https://example.jp/forum">サイト</a>');
  });
});
