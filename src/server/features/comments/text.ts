// Comment text is plain text. It becomes HTML here and only here: everything is escaped, line
// breaks are kept, and http(s) links are made clickable with rel="nofollow ugc". Nothing the
// reader typed can become markup, and no other scheme (javascript:, data:) ever becomes a link.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

// Bidirectional overrides and isolates can make text read backwards (a "txt.exe" trick) or spill
// direction into the page around it; zero-width characters hide words from the spam filter.
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/g;

/** Drops direction overrides and zero-width characters; keeps every other character. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

const URL_RE = /https?:\/\/[^\s<>"'`]+/gi;
// Punctuation that closes a sentence rather than the address.
const TRAILING = /[.,;:!?)\]}]+$/;

function linkHtml(url: string): string {
  const safe = escapeHtml(url);
  return `<a href="${safe}" rel="nofollow ugc">${safe}</a>`;
}

function lineHtml(line: string): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(URL_RE)) {
    const start = m.index ?? 0;
    const trail = m[0].match(TRAILING)?.[0] ?? '';
    const url = m[0].slice(0, m[0].length - trail.length);
    out += escapeHtml(line.slice(last, start));
    out += /^https?:\/\/[^/?#]+/i.test(url) ? linkHtml(url) : escapeHtml(url);
    last = start + url.length;
  }
  return out + escapeHtml(line.slice(last));
}

/** A comment's text as safe HTML: paragraphs on blank lines, <br> on single line breaks. */
export function commentHtml(text: string): string {
  const clean = stripInvisible(text.replace(/\r\n?/g, '\n')).trim();
  return clean
    .split(/\n{2,}/)
    .map((para) => `<p>${para.split('\n').map(lineHtml).join('<br>')}</p>`)
    .join('');
}

/** A commenter's website as a link target, or null when it is not a plain http(s) address. */
export function safeWebsite(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
