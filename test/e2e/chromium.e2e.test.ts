import { registerJourneys } from './journeys.js';

// The other half is in chromium-using.e2e.test.ts.
registerJourneys('chromium', 'setting-up');
