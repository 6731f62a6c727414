// The public page's only stylesheet, inlined: one request, readable on a phone, no script. Colours keep a contrast
// of at least 4.5:1 (WCAG 2.2 AA) on their backgrounds.

export const PUBLIC_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --accent: #0b4f8a; --line: #d6dbe1;
  --paper: #ffffff; --tint: #f3f6f9; --notice: #fff3e0; --notice-ink: #5c2d00; --notice-line: #e0a050; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); line-height: 1.8;
  font-family: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Noto Sans JP", "Noto Sans CJK JP", Meiryo, sans-serif;
  font-size: 1rem; overflow-wrap: anywhere; }
a { color: var(--accent); text-underline-offset: 0.2em; }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 1rem; background: var(--accent);
  color: #fff; z-index: 1; border-radius: 0 0 0.25rem 0.25rem; }
.skip:focus { top: 0; }
.wrap { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
.site { border-bottom: 1px solid var(--line); background: var(--tint); }
.site p { margin: 0; padding: 0.6rem 0; font-size: 0.9rem; color: var(--muted); }
.hero, .plain-page { padding: 1.5rem 0 0.5rem; }
.eyebrow { margin: 0; color: var(--muted); font-size: 0.95rem; }
h1 { font-size: clamp(1.35rem, 4.5vw, 1.9rem); line-height: 1.45; margin: 0.25rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2.25rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 3px solid var(--accent); }
h3 { font-size: 1.08rem; line-height: 1.6; margin: 0 0 0.25rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; margin: 0 0 1rem; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.notice { border: 2px solid var(--notice-line); background: var(--notice); color: var(--notice-ink);
  border-radius: 0.4rem; padding: 0.75rem 1rem; margin: 1rem 0; }
.notice p { margin: 0; }
.notice strong { display: block; font-size: 1.05rem; }
.done { background: var(--tint); border-radius: 0.4rem; padding: 0.75rem 1rem; margin: 1rem 0; }
ol.plain { list-style: none; margin: 0; padding: 0; }
ol.plain > li { border-top: 1px solid var(--line); padding: 1rem 0; }
ol.plain > li:first-child { border-top: 0; }
.date { margin: 0 0 0.25rem; color: var(--muted); font-size: 0.92rem; }
.body p { margin: 0.4rem 0 0; }
.kind { display: inline-block; margin: 0 0.5rem 0 0; padding: 0 0.6rem; border-radius: 999px;
  background: var(--accent); color: #fff; font-size: 0.85rem; font-weight: 700; }
.session-head { margin: 0 0 0.2rem; }
.time { color: var(--muted); font-size: 0.92rem; }
.subtitle { margin: 0; color: var(--muted); }
.speakers { margin: 0.5rem 0 0; padding-left: 1.2rem; list-style: disc; }
.speaker-name { font-weight: 700; }
.empty { color: var(--muted); }
footer { margin-top: 2.5rem; border-top: 1px solid var(--line); background: var(--tint); padding: 1rem 0 2rem;
  font-size: 0.92rem; }
footer ul { margin: 0.25rem 0 0; padding-left: 1.2rem; }
.address { display: block; }
.register { margin: 1rem 0; }
.button { display: inline-block; padding: 0.6rem 1.2rem; border-radius: 0.4rem; background: var(--accent);
  color: #fff; font-weight: 700; text-decoration: none; }
.button:hover { text-decoration: underline; }
ul.names, ul.links { margin: 0; padding-left: 1.2rem; }
.markdown p { margin: 0.5rem 0; }
.attendance { margin: 0 0 0.5rem; }
@media (min-width: 40rem) { .wrap { padding: 0 1.5rem; } .hero { padding-top: 2.25rem; } }
`;
