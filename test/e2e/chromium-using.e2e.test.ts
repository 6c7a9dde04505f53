import { registerJourneys } from './journeys.js';

// The other half is in chromium.e2e.test.ts.
registerJourneys('chromium', 'using');
