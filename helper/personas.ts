import type { Persona, TrainingSetup } from './core/training/index.js';

export type { Persona };

/**
 * The demo accounts every training portal starts with. One password for all, obeying ESR's rules,
 * so a trainer can say it once to a room.
 */
export const DEMO_PASSWORD = 'Training26';

/**
 * The password of every persona's demo mailbox, which stands for their own email account. It is
 * not the ESR password, and each account keeps its own hash of it, so that someone who has only
 * learnt a person's ESR password still cannot read the codes and notices ESR emails them.
 */
export const DEMO_MAILBOX_PASSWORD = 'Mailbox26';

export const PERSONAS: readonly Persona[] = [
  {
    username: '999JSMITH01', displayName: 'Jane Smith', jobTitle: 'Staff nurse', privilege: 'staff', employment: 'active',
    internetAccess: 'approved', email: 'jane.smith@example.nhs.uk', dateOfBirth: '1988-04-12', mfaOn: false, language: 'en',
    note: 'can set up MFA',
  },
  {
    username: '999AKHAN01', displayName: 'Amir Khan', jobTitle: 'Physiotherapist', privilege: 'staff', employment: 'active',
    internetAccess: 'approved', email: 'amir.khan@example.nhs.uk', dateOfBirth: '1979-11-03', mfaOn: true, language: 'en',
    note: 'MFA already on',
  },
  {
    username: '999PJONES01', displayName: 'Priya Jones', jobTitle: 'Healthcare assistant', privilege: 'staff', employment: 'left',
    internetAccess: 'approved', email: 'priya.jones@example.nhs.uk', dateOfBirth: '1992-07-21', mfaOn: false, language: 'en',
    note: 'has left the trust: cannot set up MFA',
  },
  {
    username: '999TBROWN01', displayName: 'Tom Brown', jobTitle: 'Porter', privilege: 'staff', employment: 'active',
    internetAccess: 'not-requested', email: 'tom.brown@example.nhs.uk', dateOfBirth: '1985-02-28', mfaOn: false, language: 'en',
    note: 'internet access not requested: cannot set up MFA',
  },
  {
    username: '999KOKAFOR01', displayName: 'Kemi Okafor', jobTitle: 'Pharmacy technician', privilege: 'staff', employment: 'active',
    internetAccess: 'requested', email: 'kemi.okafor@example.nhs.uk', dateOfBirth: '1990-03-17', mfaOn: false, language: 'en',
    note: 'internet access requested, not yet approved: cannot set up MFA yet',
  },
  {
    username: '999DEVANS01', displayName: 'Daniel Evans', jobTitle: 'Medical secretary', privilege: 'staff', employment: 'active',
    internetAccess: 'rejected', email: 'daniel.evans@example.nhs.uk', dateOfBirth: '1981-12-09', mfaOn: false, language: 'en',
    note: 'internet access request turned down: cannot set up MFA',
  },
  {
    username: '999SGREEN01', displayName: 'Sarah Green', jobTitle: 'Ward manager', privilege: 'manager', employment: 'active',
    internetAccess: 'approved', email: 'sarah.green@example.nhs.uk', dateOfBirth: '1975-09-14', mfaOn: false, language: 'en',
    note: 'manager: can set up MFA',
  },
  {
    username: '999RPATEL01', displayName: 'Ravi Patel', jobTitle: 'HR adviser', privilege: 'core-user', employment: 'active',
    internetAccess: 'approved', email: 'ravi.patel@example.nhs.uk', dateOfBirth: '1983-05-30', mfaOn: true, language: 'en',
    note: 'core user, MFA already on',
  },
  {
    username: '999GLLOYD01', displayName: 'Gwen Lloyd', jobTitle: 'Nyrs gymunedol', privilege: 'staff', employment: 'active',
    internetAccess: 'approved', email: 'gwen.lloyd@example.nhs.wales', dateOfBirth: '1986-08-19', mfaOn: false, language: 'cy',
    note: 'prefers Welsh: her pages once signed in and her emails are in Welsh; can set up MFA',
  },
];

/** The training room's seed state: what a reset returns each persona to. */
export const TRAINING_SETUP: TrainingSetup = { personas: PERSONAS, demoPassword: DEMO_PASSWORD, demoMailboxPassword: DEMO_MAILBOX_PASSWORD };
