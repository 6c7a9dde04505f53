import type { PersonState } from '../../helper/console/contract.js';
import type { TestHelper } from './helper.js';

/** The demo accounts' usernames (helper/personas.ts), by first name. */
export const USERNAMES = {
  jane: '999JSMITH01',
  amir: '999AKHAN01',
  priya: '999PJONES01',
  tom: '999TBROWN01',
  kemi: '999KOKAFOR01',
  daniel: '999DEVANS01',
  sarah: '999SGREEN01',
  ravi: '999RPATEL01',
  gwen: '999GLLOYD01',
} as const;
export type PersonaName = keyof typeof USERNAMES;

/** What a test needs to act as a persona, as the helper holds them now. */
export interface KitPersona {
  username: string;
  displayName: string;
  mfaOn: boolean;
  /** The authenticator key a phone may hold (Amir, Ravi, Jane after `jane-mfa-on`); null otherwise. */
  demoKey: string | null;
  /** The unused recovery codes the console knows (the demo set); codes a person made are never known. */
  recoveryCodes: string[];
  /** Everything else the console says about them. */
  state: PersonState;
}

function fromState(state: PersonState): KitPersona {
  return { username: state.username, displayName: state.displayName, mfaOn: state.mfa.on, demoKey: state.demoKey, recoveryCodes: state.recoveryCodes.knownUnused, state };
}

/** Every persona, read from the trainer console's API (never from the helper's printed output). */
export async function personas(helper: TestHelper): Promise<KitPersona[]> {
  return (await helper.console.people()).map(fromState);
}

/** One persona, by first name (`'amir'`) or username (`'999AKHAN01'`), read from the console's API. */
export async function persona(helper: TestHelper, who: string): Promise<KitPersona> {
  const username = Object.hasOwn(USERNAMES, who) ? USERNAMES[who as PersonaName] : who;
  return fromState(await helper.console.person(username));
}
