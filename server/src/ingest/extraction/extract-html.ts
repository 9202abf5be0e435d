import { convert } from 'html-to-text';
import type { FormatCallback, HtmlToTextOptions, SelectorDefinition } from 'html-to-text';
import { normalizeLayoutText } from './normalize-text';
import { cleanTitle, firstLineTitle } from './title';

const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;

/** Renders <h1>…<h6> as Markdown headings ("## Titel") so section detection treats HTML like Markdown. */
const markdownHeading: FormatCallback = (elem, walk, builder, formatOptions) => {
  const level = typeof formatOptions['level'] === 'number' ? formatOptions['level'] : 1;
  builder.openBlock({ leadingLineBreaks: formatOptions.leadingLineBreaks ?? 2 });
  builder.addInline(`${'#'.repeat(level)} `);
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: formatOptions.trailingLineBreaks ?? 2 });
};

const headingSelectors: SelectorDefinition[] = HEADING_LEVELS.map((level) => ({
  selector: `h${level}`,
  format: 'markdownHeading',
  options: { level, uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 },
}));

const skipped = ['script', 'style', 'nav', 'noscript', 'template', 'img', 'svg', 'iframe', 'head'];

const HTML_OPTIONS: HtmlToTextOptions = {
  wordwrap: false, // hard wrapping would put fake line breaks into chunks
  formatters: { markdownHeading },
  selectors: [
    ...headingSelectors,
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    { selector: 'table', options: { uppercaseHeaderCells: false } },
    ...skipped.map((selector) => ({ selector, format: 'skip' })),
  ],
};

const TITLE_ELEMENT = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i;
const MARKDOWN_H1_LINE = /^# (.+)$/m;

/** Text of an HTML document: headings as Markdown lines, links without URLs, no script/style/nav. */
export function htmlToPlainText(html: string): string {
  return normalizeLayoutText(convert(html, HTML_OPTIONS));
}

/**
 * Title of an HTML document: <title>, else the first <h1> (already "# " in `text`), else the first line.
 * @param text output of {@link htmlToPlainText} for the same HTML
 */
export function htmlTitle(html: string, text: string): string | null {
  const rawTitle = TITLE_ELEMENT.exec(html)?.[1];
  // The <title> content may hold entities (&amp;, &uuml;); html-to-text decodes them.
  const fromTitle = rawTitle === undefined ? null : cleanTitle(convert(rawTitle, { wordwrap: false }));
  return fromTitle ?? cleanTitle(MARKDOWN_H1_LINE.exec(text)?.[1]) ?? firstLineTitle(text);
}
