import type { GuideLinks } from '../guide-files.js';
import { html } from './html.js';
import { layout } from './layout.js';
import type { PortalWords } from './words/index.js';


/** A language's name in that language, for the captions menu (docs/welsh.md: names of languages). */
const LANGUAGE_NAMES = { en: 'English', cy: 'Cymraeg' } as const;
const LANG_ATTRIBUTE = { en: 'en', cy: 'cy' } as const;

export interface HelpPageInput {
  links: GuideLinks;
  signedInAs?: string | undefined;
}

/**
 * The video with its captions on, then the step-by-step guide as a page and as a PDF. A part that
 * is not yet made in the reader's language is the English one, marked as English, with a note.
 */
export function helpPage(words: PortalWords, input: HelpPageInput): string {
  const w = words.help;
  const { document, video } = input.links;
  const inEnglish = document.language !== words.language || video.language !== words.language;
  // The fallback is the page's own words; the video and its captions may be in another language.
  const ownLang = words.htmlLang;
  return layout(words, {
    title: w.title,
    page: 'help',
    signedInAs: input.signedInAs,
    body: html`<h1>${w.title}</h1>
      <p>${w.intro}</p>
      <p>${w.choice}</p>
      ${inEnglish && w.inEnglish !== '' ? html`<div class="nhsuk-inset-text" data-esr-guide-in-english><p>${w.inEnglish}</p></div>` : ''}
      <h2 id="esr-help-video">${w.videoHeading}</h2>
      <p>${w.videoIntro}</p>
      <video class="esr-help-video" controls preload="metadata" lang="${LANG_ATTRIBUTE[video.language]}" aria-labelledby="esr-help-video">
        <source src="${video.urls.webm}" type="video/webm">
        <!-- The captions are drawn into the picture already; the track (off until chosen) is for players and readers that use text. -->
        <track kind="captions" src="${video.urls.vtt}" srclang="${LANG_ATTRIBUTE[video.language]}" label="${LANGUAGE_NAMES[video.language]}">
        <p lang="${ownLang}">${w.videoFallback}</p>
      </video>
      <h2>${w.guideHeading}</h2>
      <p>${w.guideIntro}</p>
      <ul class="nhsuk-list">
        <li><a href="${document.urls.html}" hreflang="${LANG_ATTRIBUTE[document.language]}">${w.guideLink}</a></li>
        <li><a href="${document.urls.pdf}" hreflang="${LANG_ATTRIBUTE[document.language]}" type="application/pdf">${w.pdfLink}</a></li>
      </ul>`,
  });
}
