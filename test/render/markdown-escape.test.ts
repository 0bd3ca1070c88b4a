import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import {
  markdownCellCode,
  markdownCode,
  markdownFence,
  markdownText,
} from '../../src/render/markdown-escape.js';

/** The text a Markdown snippet renders to, without tags (entities decoded). */
function rendered(markdown: string): string {
  return (marked.parse(markdown, { async: false }) as string)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

describe('markdownText', () => {
  it('leaves Windows paths and JET error names as they are written', () => {
    expect(markdownText('d:\\MDBDATA\\PRIV.EDB')).toBe('d:\\MDBDATA\\PRIV.EDB');
    expect(markdownText('JET_errFileNotFound')).toBe('JET_errFileNotFound');
  });

  it('turns <script> into entities so it renders as text', () => {
    expect(markdownText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(rendered(markdownText('<script>alert(1)</script>'))).toBe('<script>alert(1)</script>');
  });

  it('escapes pipes, backticks, emphasis and link brackets so they render literally', () => {
    for (const text of ['a | b', '`x`', '*bold*', '_under_', '[link](http://x)', 'E:\\_data\\', '&lt; stays', '# not a heading', '1. not a list']) {
      expect(rendered(markdownText(text))).toBe(text);
    }
  });

  it('puts a capture with line breaks on one line', () => {
    expect(markdownText('a\nb\r\nc')).toBe('a b c');
  });
});

describe('markdown code spans and fences', () => {
  it('fences a code span longer than the backticks inside it', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(rendered(markdownCode('a`b'))).toBe('a`b');
  });

  it('escapes pipes in a code span only inside table cells', () => {
    expect(markdownCode('a|b')).toBe('`a|b`');
    expect(markdownCellCode('a|b')).toBe('`a\\|b`');
  });

  it('fences evidence with more backticks than any run inside it', () => {
    expect(markdownFence('x ``` y', '  ')).toBe('  ````text\n  x ``` y\n  ````');
  });
});
