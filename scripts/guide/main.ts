import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateGuide } from './generate.js';
import { LANGUAGES, type Language } from './steps.js';

/**
 * `npm run guide [-- --language cy] [--no-video] [--out DIR]`: draws docs/guide from the real
 * extension and helper (needs `npm run build` first, as the test kit does). docs/guide.md explains.
 */
const { values } = parseArgs({
  options: {
    language: { type: 'string', default: 'en' },
    out: { type: 'string', default: path.resolve(import.meta.dirname, '../../docs/guide') },
    'no-video': { type: 'boolean', default: false },
  },
  strict: true,
});
const language = values.language as Language;
if (!LANGUAGES.includes(language)) {
  console.error(`--language must be one of ${LANGUAGES.join(', ')}, not "${values.language}"`);
  process.exit(2);
}
const started = Date.now();
const output = await generateGuide({ language, folder: path.resolve(values.out), video: !values['no-video'] });
console.log(`Wrote ${path.relative(process.cwd(), output.html)}, ${path.relative(process.cwd(), output.pdf)} and ${output.pictures.length} pictures.`);
if (output.video !== undefined) console.log(`Wrote ${path.relative(process.cwd(), output.video.file)} (${output.video.seconds.toFixed(1)} s) and ${path.relative(process.cwd(), output.video.captions)}.`);
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
