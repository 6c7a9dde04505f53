import { registerJourneys } from './journeys.js';
import { registerTrainerJourney } from './trainer.js';

registerJourneys('firefox');
registerTrainerJourney('firefox');
