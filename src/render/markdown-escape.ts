/**
 * Escaping captured strings for GitHub-flavoured Markdown (the Markdown template compiles with
 * `noEscape`, so every captured string goes through one of these). The goal is text that reads
 * the same rendered (GitHub, Jira, ServiceNow) and raw: escape only what Markdown would act on.
 */

/** Line breaks would end a table row or a list item: they become spaces. */
function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}

/**
 * Inline text, in a paragraph, a list item or a table cell: backslashes before punctuation,
 * backticks, `*`, `[`, `]`, `|` and word-boundary `_` are backslash-escaped; `<` and entity
 * look-alikes become entities, so `<script>` in a path renders as text.
 * `JET_errFileNotFound` and `d:\MDBDATA\PRIV.EDB` stay as they are.
 */
export function markdownText(text: string): string {
  return oneLine(text)
    .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
    .replace(/[`*[\]|]/g, (c) => `\\${c}`)
    .replace(/(^|[^A-Za-z0-9])_|_(?=[^A-Za-z0-9]|$)/g, (m) => m.replace('_', '\\_'))
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // A leading `#`, `-`, `+` or `1.` would start a heading or a list.
    .replace(/^(\s*)(#{1,6}|[+-]|\d+[.)])(?=\s|$)/, (_m, space: string, mark: string) =>
      `${space}${mark.replace(/[#+\-.)]/, (c) => `\\${c}`)}`,
    );
}

/** A code span whose fence is longer than any backtick run inside (CommonMark §6.1). */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Inline code outside tables (file names, paths, commands in paragraphs and lists). */
export function markdownCode(text: string): string {
  const line = oneLine(text);
  return line === '' ? '' : codeSpan(line);
}

/**
 * Inline code inside a GFM table cell: the table splits cells on `|` before it reads code
 * spans, so a pipe must be `\|` even inside backticks (GFM spec, tables, example 200).
 */
export function markdownCellCode(text: string): string {
  const line = oneLine(text);
  return line === '' ? '' : codeSpan(line).replace(/\|/g, '\\|');
}

/** A fenced code block (evidence lines); the fence outgrows any backtick run inside. */
export function markdownFence(text: string, indent = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = text
    .split('\n')
    .map((line) => `${indent}${line}`)
    .join('\n');
  return `${indent}${fence}text\n${body}\n${indent}${fence}`;
}

/** A link destination (batch index): characters that would end or break it are percent-encoded. */
export function markdownUrl(href: string): string {
  return oneLine(href).replace(/[\s()<>|\\`[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
