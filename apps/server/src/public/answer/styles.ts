// The answer page's styles, on top of the public pages' (../styles.ts): large targets (≥ 44 px rows), one column
// from 320 px up, errors marked by a thick border and words, not colour alone. Contrast ≥ 4.5:1.

export const ANSWER_CSS = `
.period { color: var(--muted); margin: 0 0 1rem; }
.intro, .purpose { background: var(--tint); border: 1px solid var(--line); border-radius: 0.4rem; padding: 0.75rem 1rem;
  margin: 1rem 0; }
.intro p, .purpose p { margin: 0.4rem 0; }
.purpose h2 { margin: 0 0 0.5rem; font-size: 1.1rem; border: 0; padding: 0; }
.consent { margin-top: 0.75rem; padding: 0.5rem 0.75rem; background: var(--paper); border: 1px solid var(--line);
  border-radius: 0.4rem; }
.note { font-size: 0.95rem; }
.question { margin: 1.25rem 0; padding: 0.75rem 1rem 1rem; min-width: 0; border: 1px solid var(--line);
  border-radius: 0.4rem; background: var(--paper); }
.question > legend { float: left; width: 100%; padding: 0; margin-bottom: 0.25rem; }
.question > legend + * { clear: both; }
.invalid { border: 2px solid #b3261e; border-left-width: 6px; }
.q-heading { display: block; font-weight: 700; }
.q-number { display: block; font-size: 0.9rem; color: var(--muted); font-weight: 400; }
.required, .optional { display: inline-block; margin-left: 0.5rem; padding: 0 0.45rem; border-radius: 0.25rem;
  font-size: 0.8rem; font-weight: 700; vertical-align: 0.1em; }
.required { background: #b3261e; color: #fff; }
.optional { border: 1px solid var(--muted); color: var(--muted); }
.help { margin: 0.25rem 0; color: var(--muted); font-size: 0.95rem; }
.limit { margin: 0.25rem 0 0; color: var(--muted); font-size: 0.85rem; }
.error { margin: 0.35rem 0; color: #b3261e; font-weight: 700; }
.error::before { content: "! "; }
.choices { display: grid; gap: 0.25rem; }
.choice { display: flex; align-items: flex-start; gap: 0.6rem; min-height: 2.75rem; padding: 0.5rem 0.25rem;
  cursor: pointer; }
.choice input, .scale-point input { width: 1.35rem; height: 1.35rem; margin: 0.2rem 0 0; flex: none;
  accent-color: var(--accent); }
.choice.none { color: var(--muted); }
.scale { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 0.4rem; margin: 0.25rem 0; }
.scale-point { display: flex; flex-direction: column; align-items: center; gap: 0.2rem; padding: 0.5rem 0;
  border: 1px solid var(--line); border-radius: 0.4rem; cursor: pointer; min-height: 2.75rem; }
.scale-ends { display: flex; justify-content: space-between; gap: 1rem; margin: 0.25rem 0; font-size: 0.9rem;
  color: var(--muted); }
input[type="text"], textarea, select { display: block; width: 100%; margin-top: 0.35rem; padding: 0.55rem 0.6rem;
  font: inherit; border: 1px solid #6b7280; border-radius: 0.3rem; background: #fff; color: var(--ink); }
textarea { min-height: 8rem; resize: vertical; }
input:focus-visible, textarea:focus-visible, select:focus-visible, button:focus-visible {
  outline: 3px solid var(--accent); outline-offset: 2px; }
.submit { margin: 1.5rem 0 0; }
.submit button { width: 100%; min-height: 3rem; font: inherit; font-weight: 700; font-size: 1.05rem; color: #fff;
  background: var(--accent); border: 0; border-radius: 0.4rem; cursor: pointer; }
.submit button[aria-disabled="true"] { opacity: 0.75; cursor: progress; }
.error-summary { border: 3px solid #b3261e; border-radius: 0.4rem; padding: 0.75rem 1rem; margin: 1rem 0; }
.error-summary:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
.error-summary h2 { margin: 0 0 0.5rem; font-size: 1.1rem; border: 0; padding: 0; color: #b3261e; }
.error-summary ul { margin: 0; padding-left: 1.2rem; }
.error-summary a { color: #b3261e; font-weight: 700; }
.thanks { border: 2px solid var(--accent); border-radius: 0.4rem; padding: 0.75rem 1rem; margin: 1rem 0; }
.thanks h2 { margin: 0 0 0.5rem; border: 0; padding: 0; }
.receipt { display: flex; gap: 1rem; font-size: 1.2rem; }
.receipt dt { font-weight: 700; }
.receipt dd { margin: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
