import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../shared/words/index.js';
import { ROOT } from '../project-root.js';

/** Where the portal serves the generated guide and video (docs/guide.md), read only. */
export const GUIDE_PREFIX = '/help/guide/';

/** From the project folder, not this module's: npm start runs it bundled in dist/helper/. */
export const GUIDE_FOLDER = path.join(ROOT, 'docs/guide');

/**
 * The only names served from GUIDE_FOLDER: what `npm run guide` writes (scripts/guide/steps.ts,
 * fileName), in English and with a `.cy` before the extension in Welsh. A name is checked whole,
 * after the router has decoded it, so no `..`, `/`, `%2e` or backslash can reach the folder above:
 * only letters, digits and hyphens, and one folder, images/.
 */
const ALLOWED = /^\/(?:mfa-step-by-step(?:\.cy)?\.(?:html|pdf)|mfa-setup-video(?:\.cy)?\.(?:webm|vtt)|images\/\d{2}-[a-z0-9-]+(?:\.cy)?\.png)$/;

export const isGuideFile = (pathname: string): boolean => ALLOWED.test(pathname);

/** One part of the guide as the help page links it: its files' addresses and their language. */
export interface GuidePart<Names extends string> {
  language: Language;
  urls: Record<Names, string>;
}

export interface GuideLinks {
  document: GuidePart<'html' | 'pdf'>;
  video: GuidePart<'webm' | 'vtt'>;
}

/**
 * The guide in the reader's language where it has been made, else the English one. The document
 * (HTML and PDF) and the video are made separately (`--no-video`), so each falls back on its own.
 * Asked on each visit: a Welsh guide made while the helper runs is linked at once.
 */
export function guideLinks(language: Language, folder = GUIDE_FOLDER): GuideLinks {
  const part = <Names extends string>(base: string, extensions: readonly Names[]): GuidePart<Names> => {
    const name = (lang: Language, extension: string) => (lang === 'en' ? `${base}.${extension}` : `${base}.${lang}.${extension}`);
    const made = extensions.every((extension) => existsSync(path.join(folder, name(language, extension))));
    const chosen: Language = made ? language : 'en';
    const urls = Object.fromEntries(extensions.map((extension) => [extension, GUIDE_PREFIX + name(chosen, extension)])) as Record<Names, string>;
    return { language: chosen, urls };
  };
  return { document: part('mfa-step-by-step', ['html', 'pdf']), video: part('mfa-setup-video', ['webm', 'vtt']) };
}

/**
 * The guide's HTML styles itself with a <style> of its own, which the portal's policy (styles
 * from files only) would block: this page is given a policy that allows exactly those styles, by
 * their hashes, and nothing else (no script, no frame, no form).
 */
export function guidePagePolicy(file: string): string {
  const styles = [...readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1] ?? '').digest('base64')}'`,
  );
  return [
    "default-src 'none'",
    "img-src 'self'",
    `style-src ${styles.length === 0 ? "'none'" : styles.join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
