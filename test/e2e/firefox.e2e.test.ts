import { registerJourneys } from './journeys.js';

registerJourneys('firefox');
