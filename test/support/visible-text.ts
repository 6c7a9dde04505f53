/**
 * The texts a person reads on a portal page, one per element's run of text: the page's title and
 * everything between tags, with scripts, styles and the NHS logo's drawing left out, entities
 * decoded, and every element marked `lang="en"` (the "English" switch) left out, as it is English
 * on purpose. Enough for the portal's own markup, which the `html` tag writes; not a general parser.
 */
export function visibleTexts(page: string): string[] {
  const withoutEnglish = page
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // Not <html lang="en-GB">, which is the whole page.
    .replace(/<(?!html\b)(\w+)\b[^>]*\slang="en(-[A-Z]+)?"[^>]*>[\s\S]*?<\/\1>/g, ' ');
  return withoutEnglish
    .split(/<[^>]*>/)
    .map((text) => decodeEntities(text).replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
}

/** The words a screen reader also reads from attributes: labels and alternative text. */
export function labelTexts(page: string): string[] {
  return [...page.matchAll(/\s(?:aria-label|alt|title)="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ''));
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');
}
