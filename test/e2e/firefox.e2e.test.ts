import { registerJourneys } from './journeys.js';

// The other half is in firefox-using.e2e.test.ts.
registerJourneys('firefox', 'setting-up');
