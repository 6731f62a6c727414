import type { Page } from "playwright-core";

/**
 * What is wrong with the tables on a phone (≤480 px): wider than the viewport, scrolling inside their own box,
 * rows still laid out as a grid instead of cards, text squeezed to a character or two per line. On a wider
 * screen a wide table (the milestone matrix) may scroll in its own box, so nothing is said there.
 */
export const tableFaults = (page: Page) =>
  page.evaluate<string[]>(`(() => {
    const width = document.documentElement.clientWidth;
    const faults = [];
    if (width > 480) return faults;
    for (const table of document.querySelectorAll('table, [role="table"], [role="grid"]')) {
      if (table.getClientRects().length === 0 || table.closest(".visually-hidden")) continue;
      const name = (table.querySelector("caption")?.textContent || table.getAttribute("aria-label") ||
        [...table.querySelectorAll("th")].slice(0, 3).map((th) => th.textContent).join("|")).trim();
      const box = table.getBoundingClientRect();
      if (box.left < -0.5 || box.right > width + 0.5) faults.push(name + ": " + Math.round(box.width) + " px wide");
      for (let el = table.parentElement; el && el !== document.body; el = el.parentElement) {
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible") {
          faults.push(name + ": scrolls sideways inside ." + el.className);
          break;
        }
      }
      for (const cell of table.querySelectorAll("caption, th, td")) {
        const text = (cell.textContent || "").trim();
        const cellBox = cell.getBoundingClientRect();
        const em = parseFloat(getComputedStyle(cell).fontSize);
        if (text.length >= 4 && cellBox.width > 0 && cellBox.width < 3 * em && cellBox.height > 3 * em)
          faults.push(name + ": " + JSON.stringify(text.slice(0, 20)) + " wraps a character or two per line");
      }
      const row = table.tagName === "TABLE" ? table.querySelector("tbody tr") : table.querySelector('[role="row"]');
      if (row && getComputedStyle(row).display === "table-row")
        faults.push(name + ": rows laid out as a table grid, not cards");
    }
    return faults;
  })()`);

/** Texts (tile names on the overview's map) that run out of the box they sit in, as long English names do. */
export const spilledNames = (page: Page, selector: string) =>
  page.evaluate<string[]>(`[...document.querySelectorAll(${JSON.stringify(selector)})]
    .filter((el) => {
      const box = el.getBoundingClientRect();
      const outer = el.parentElement.getBoundingClientRect();
      return box.width > 0 && (box.left < outer.left - 0.5 || box.right > outer.right + 0.5);
    })
    .map((el) => el.textContent.trim())`);
