import type { GuideCatalogue } from './catalogue.js';
import type { StepPicture } from './pictures.js';
import { GUIDE_PARTS, GUIDE_STEPS, type GuideStepId } from './steps.js';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The steps of one part, in order. */
function stepsOf(part: (typeof GUIDE_PARTS)[number]): GuideStepId[] {
  return GUIDE_STEPS.slice(GUIDE_STEPS.indexOf(part.first), GUIDE_STEPS.indexOf(part.last) + 1);
}

/**
 * The guide as one self-contained HTML page (pictures beside it in images/, linked relatively):
 * contents, then numbered steps, each a picture with its alt text and a one-line caption. The same
 * page prints to the PDF, so its styles are for paper too.
 */
export function guideHtml(words: GuideCatalogue, pictures: readonly StepPicture[]): string {
  const byId = new Map(pictures.map((shot) => [shot.id, shot]));
  const number = (id: GuideStepId): number => GUIDE_STEPS.indexOf(id) + 1;
  const contents = GUIDE_PARTS.map((part) => `<li><a href="#${part.id}">${escape(words.parts[part.id])}</a> (${number(part.first)}–${number(part.last)})</li>`).join('\n        ');
  const parts = GUIDE_PARTS.map((part) => {
    const steps = stepsOf(part).map((id) => {
      const shot = byId.get(id);
      if (shot === undefined) throw new Error(`No picture for step ${id}`);
      const { caption, alt } = words.steps[id];
      return `      <li class="step" id="step-${id}" data-step="${id}" value="${number(id)}">
        <figure>
          <img src="${shot.src}" width="${shot.width}" height="${shot.height}" alt="${escape(alt)}">
          <figcaption>${escape(caption)}</figcaption>
        </figure>
      </li>`;
    });
    return `    <section id="${part.id}">
      <h2>${escape(words.parts[part.id])}</h2>
      <ol class="steps">
${steps.join('\n')}
      </ol>
    </section>`;
  });
  return `<!doctype html>
<html lang="${words.lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(words.title)}</title>
  <style>
    body { font-family: Arial, Helvetica, sans-serif; color: #212b32; background: #fff; margin: 0 auto; max-width: 46rem; padding: 1.5rem; line-height: 1.5; }
    h1 { font-size: 2rem; margin: 0 0 1rem; }
    h2 { font-size: 1.5rem; margin: 2rem 0 1rem; border-bottom: 4px solid #005eb8; padding-bottom: .25rem; break-after: avoid; }
    a { color: #005eb8; }
    ol.steps { padding-left: 2.5rem; }
    .step { margin: 0 0 2rem; break-inside: avoid; }
    .step::marker { font-weight: bold; font-size: 1.25rem; color: #005eb8; }
    figure { margin: 0; }
    img { display: block; max-width: 100%; height: auto; border: 1px solid #d8dde0; }
    figcaption { font-size: 1.125rem; margin-top: .5rem; }
    .made-from { color: #4c6272; font-size: .875rem; border-top: 1px solid #d8dde0; padding-top: 1rem; }
    @page { size: A4; margin: 15mm; }
    /* On paper a tall picture (the phone) would take a page to itself. */
    @media print { body { padding: 0; max-width: none; } img { max-height: 105mm; width: auto; } }
  </style>
</head>
<body>
  <main>
    <h1>${escape(words.title)}</h1>
${words.intro.map((text) => `    <p>${escape(text)}</p>`).join('\n')}
    <nav aria-labelledby="contents">
      <h2 id="contents">${escape(words.contents)}</h2>
      <ol>
        ${contents}
      </ol>
    </nav>
${parts.join('\n')}
    <p class="made-from">${escape(words.madeFrom)}</p>
  </main>
</body>
</html>
`;
}
