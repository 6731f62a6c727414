import { micromark } from "micromark";
import { Html } from "./html";

/**
 * Markdown (CommonMark) as HTML for the public pages. micromark's defaults are the safe ones: raw HTML in the
 * text is escaped (never passed through) and javascript: and other unsafe link protocols are dropped, so
 * text the committee writes can only ever appear as text, headings, lists and links.
 */
export function markdown(text: string | null): Html {
  if (!text) return new Html("");
  return new Html(micromark(text.replace(/\r\n?/g, "\n")));
}
