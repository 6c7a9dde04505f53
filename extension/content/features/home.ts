/**
 * The portal home's panels in one chunk: the home page always needs the three, so they load as one
 * file (see ../start.ts).
 */
export { initEnrolment } from './enrolment/index.js';
export { initRecoveryWarning } from './recovery-warning/index.js';
export { initNotices } from './notices/index.js';
