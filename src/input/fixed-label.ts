/**
 * A label that is a fixed text, declared as data: the text eseutil prints (`lGeneration`,
 * `Checkpoint at log creation time`), then maybe blanks, then maybe a colon (ese-format.md §0:
 * ESE97 prints `lGeneration (4815)`, ESE98+ `lGeneration: 4815`; eseutil right-aligns its labels,
 * so blanks may come before the colon). From that data alone come
 * - the label's pattern (`fixedLabelPattern`): the segmenter's and the lexer's;
 * - the character every match starts with: the text's first character;
 * - where the label ends in a line that the pattern matched (`fixedLabelLength`): counted, not
 *   matched again (a label is cut from each line of each of 100,000 log dumps, SPEC §9).
 * It lives in the input layer because the segmenter's boundary labels (src/input/boundary-labels.ts)
 * are declared this way too; grammar/tokens.ts builds line tokens from it.
 */

/** Whether blanks (spaces, tabs) or a colon follow the text: none, any number / one, or some. */
export type FixedLabelPart = 'none' | 'optional' | 'required';

export interface FixedLabel {
  /** The label as eseutil prints it and as line records name it: no blank at either end, no colon. */
  readonly text: string;
  /** `optional`: `[ \t]*` after the text; `required`: `[ \t]+` (`Env SystemPath`); `none`: nothing. */
  readonly blanks: FixedLabelPart;
  /** `optional`: `:?` after the blanks; `required`: `:`; `none`: nothing. */
  readonly colon: FixedLabelPart;
}

/** Characters a fixed text may hold: what eseutil's labels are made of (letters, digits, spaces, parentheses…). */
const LABEL_TEXT = /^[^ \t\r\n:][^\t\r\n:]*$/;

/**
 * A fixed label: `fixed('Checkpoint at log creation time', { blanks: 'optional', colon: 'optional' })`
 * is `Checkpoint at log creation time[ \t]*:?`. Throws on a text no label can be (empty, a blank at
 * either end, a colon or a line break inside): the catalogue is built at start-up, so a typo fails
 * every test.
 */
export function fixed(text: string, options: { readonly blanks?: FixedLabelPart; readonly colon?: FixedLabelPart } = {}): FixedLabel {
  if (!LABEL_TEXT.test(text) || text.endsWith(' ')) throw new Error(`not a fixed label text: ${JSON.stringify(text)}`);
  return { text, blanks: options.blanks ?? 'none', colon: options.colon ?? 'none' };
}

/** Whether a label is declared as a fixed text (the other kind is a RegExp). */
export function isFixedLabel(label: FixedLabel | RegExp): label is FixedLabel {
  return !(label instanceof RegExp);
}

const REGEXP_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
const BLANKS: Record<FixedLabelPart, string> = { none: '', optional: '[ \\t]*', required: '[ \\t]+' };
const COLON: Record<FixedLabelPart, string> = { none: '', optional: ':?', required: ':' };

/** The pattern of a fixed label: its text (regexp syntax escaped), its blanks, its colon. No flags. */
export function fixedLabelPattern(label: FixedLabel): RegExp {
  return new RegExp(label.text.replace(REGEXP_SYNTAX, '\\$&') + BLANKS[label.blanks] + COLON[label.colon]);
}

/**
 * Where a fixed label ends in `image`, a line whose start its pattern matched: the text's length,
 * the blanks after it, the colon if it is there. The match guarantees the text is there, so it is
 * not compared again.
 */
export function fixedLabelLength(label: FixedLabel, image: string): number {
  let end = label.text.length;
  if (label.blanks !== 'none') {
    let c = image.charCodeAt(end);
    while (c === 32 || c === 9) c = image.charCodeAt(++end);
  }
  if (label.colon !== 'none' && image.charCodeAt(end) === 58 /* : */) end++;
  return end;
}
