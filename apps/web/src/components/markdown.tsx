import ReactMarkdown, { defaultUrlTransform } from "react-markdown";

/**
 * Minutes are written by committee members and read by others: markdown only, never raw HTML (no
 * rehype-raw, so tags in the text are shown as text), and every link or image URL passes react-markdown's
 * sanitiser, which empties javascript: and other unsafe protocols.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown skipHtml urlTransform={defaultUrlTransform}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
