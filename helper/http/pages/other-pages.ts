import { html } from './html.js';
import { layout } from './layout.js';
import type { PortalWords } from './words/index.js';

/** A page that says something went wrong; `code` is the typed error behind it, for tests and tools. */
export function problemPage(words: PortalWords, input: { title: string; message: string; code?: string | undefined }): string {
  return layout(words, {
    title: input.title,
    page: 'problem',
    bodyAttributes: input.code === undefined ? undefined : html`data-esr-error-code="${input.code}"`,
    body: html`<h1>${input.title}</h1><p>${input.message}</p><p><a href="/">${words.problems.goToPortal}</a></p>`,
  });
}
