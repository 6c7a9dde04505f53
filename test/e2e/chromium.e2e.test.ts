import { registerJourneys } from './journeys.js';

registerJourneys('chromium');
