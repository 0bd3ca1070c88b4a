/**
 * Captured strings (paths, signatures, evidence lines) come from files the user did not write
 * and may hold anything, including terminal escape sequences and line breaks that would break
 * a table row. They are shown, never dropped: control characters become visible `\xNN`.
 */

// C0 controls except tab, DEL, and C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g;

/** The text with every control character (but tab) written as `\xNN`. */
export function visibleText(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Like {@link visibleText}, for optional values: absent stays `null` (view-model convention). */
export function visibleOrNull(text: string | undefined): string | null {
  return text === undefined ? null : visibleText(text);
}
