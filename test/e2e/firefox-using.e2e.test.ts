import { registerJourneys } from './journeys.js';

// The other half is in firefox.e2e.test.ts.
registerJourneys('firefox', 'using');
