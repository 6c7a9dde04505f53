import { html } from './html.js';
import { layout } from './layout.js';

export function problemPage(input: { title: string; message: string }): string {
  return layout({
    title: input.title,
    page: 'problem',
    body: html`<h1>${input.title}</h1><p>${input.message}</p><p><a href="/">Go to the ESR training portal</a></p>`,
  });
}
