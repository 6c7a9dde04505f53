import type { TimeUnit, Words } from './catalogue.js';

const UNITS: Record<TimeUnit, string> = { second: 'eiliad', minute: 'munud', hour: 'awr', day: 'diwrnod' };

/**
 * The Welsh catalogue. Technical terms follow TermCymru, the Welsh Government's term bank (the
 * terms chosen are listed in docs/welsh.md): "dilysu aml-ffactor" (multi-factor authentication),
 * "diogelwch ychwanegol" (extra security), "ap dilysu" (authenticator app), "cod adfer" (recovery
 * code), "mewngofnodi" / "allgofnodi" (sign in / out), "cyfrinair" (password), "porwr" (browser).
 * A Welsh noun after a number stays singular ("15 munud", "30 diwrnod"); after a figure it is not
 * mutated, as in the Welsh Government's own online services.
 */
export const cy: Words = {
  locale: 'cy-GB',
  duration: (count, unit) => `${count} ${UNITS[unit]}`,
  aFewMinutes: 'ychydig funudau',

  errors: {
    'bad-request': 'Nid oedd y cais ar y ffurf ddisgwyliedig.',
    'unsupported-media-type': 'Anfonwch gorff y cais fel JSON.',
    'payload-too-large': 'Roedd y cais yn rhy fawr.',
    'not-found': 'Does dim byd yn y cyfeiriad hwn.',
    'method-not-allowed': 'Nid yw’r cyfeiriad hwn yn derbyn y dull hwnnw.',
    'forbidden-host': 'Dim ond ceisiadau sy’n defnyddio enw’r gweinydd hwn y mae’n eu hateb.',
    'forbidden-origin': 'Dim ond ceisiadau gan borth ESR ac estyniad ESR MFA sy’n cael eu derbyn.',
    'rate-limited': 'Gormod o geisiadau. Arhoswch ennyd a rhowch gynnig arall arni.',
    internal: 'Aeth rhywbeth o’i le ar ein hochr ni. Rhowch gynnig arall arni.',
    'invalid-credentials': 'Nid yw’r enw defnyddiwr na’r cyfrinair yn gywir.',
    'account-locked': 'Gormod o ymdrechion aflwyddiannus i fewngofnodi. Arhoswch, yna rhowch gynnig arall arni.',
    'password-rules': 'Nid yw’r cyfrinair yn bodloni rheolau cyfrineiriau ESR.',
    'reset-details-mismatch': 'Nid yw’r manylion a roesoch yn cyfateb i’n cofnodion.',
    'reset-expired': 'Mae’r broses ailosod cyfrinair hon wedi dod i ben. Dechreuwch eto.',
    'second-factor-needed': 'Rhowch god o’ch ap dilysu, neu god adfer, yn gyntaf.',
    'not-privileged': 'Dim ond rheolwyr a defnyddwyr craidd sy’n gallu agor yr ardal rheolwyr.',
    'step-up-code-expired': 'Mae’r cod hwnnw wedi dod i ben neu wedi’i ddefnyddio. Gofynnwch am god newydd.',
    'step-up-required': 'Cadarnhewch mai chi sydd yma eto cyn gwneud hyn.',
    'not-signed-in': 'Nid ydych wedi mewngofnodi, neu mae eich sesiwn wedi dod i ben. Mewngofnodwch eto.',
    'session-expired': 'Cawsoch eich allgofnodi am nad oeddech yn weithredol. Mewngofnodwch eto.',
    'not-eligible': 'Ni allwch sefydlu diogelwch ychwanegol ar y cyfrif hwn.',
    'enrolment-not-started': 'Dechreuwch y broses sefydlu eto i gael cod QR newydd.',
    'mfa-not-on': 'Nid yw diogelwch ychwanegol ymlaen ar gyfer y cyfrif hwn.',
    'invalid-code': 'Nid yw’r cod hwnnw’n gywir. Gwiriwch eich ap dilysu a rhowch gynnig arall arni.',
    'code-already-used': 'Mae’r cod hwnnw wedi’i ddefnyddio’n barod. Arhoswch am y cod nesaf yn eich ap.',
    'mfa-locked': 'Gormod o godau anghywir. Arhoswch, yna rhowch gynnig arall arni.',
    'challenge-not-found': 'Nid yw’r cam mewngofnodi hwn yn ddilys mwyach. Mewngofnodwch eto.',
    'challenge-expired': 'Mae’r cam mewngofnodi hwn wedi dod i ben. Mewngofnodwch eto.',
  },

  refusals: {
    wrongCode: (attemptsLeft) =>
      attemptsLeft === undefined
        ? 'Nid yw’r cod hwnnw’n gywir. Gwiriwch y cod yn eich ap a rhowch gynnig arall arni.'
        : `Nid yw’r cod hwnnw’n gywir. Cynigion ar ôl: ${attemptsLeft}.`,
    noTriesLeft: 'Nid yw’r cod hwnnw’n gywir, a does dim cynigion ar ôl. Gofynnwch am god newydd.',
    codeAlreadyUsed: 'Mae’r cod hwnnw wedi’i ddefnyddio’n barod. Arhoswch i’r cod nesaf ymddangos yn eich ap, yna rhowch hwnnw.',
    tooManyWrongCodes: (wait) => `Gormod o godau anghywir. Rhowch gynnig arall arni ymhen ${wait}.`,
    tooManyFailedAttempts: (wait) => `Gormod o ymdrechion aflwyddiannus. Rhowch gynnig arall arni ymhen ${wait}.`,
    tooManyFromThisComputer: (wait) => `Gormod o ymdrechion o’r cyfrifiadur hwn. Rhowch gynnig arall arni ymhen ${wait}.`,
    signInTimedOut: 'Mae’r mewngofnodi hwn wedi dod i ben. Mewngofnodwch eto.',
    signedOut: 'Rydych wedi cael eich allgofnodi. Mewngofnodwch eto.',
    setUpExpired: 'Mae’r broses sefydlu wedi dod i ben. Ewch yn ôl i gam y cod QR i ddechrau eto.',
  },

  sessionEnded: {
    'mfa-enabled': 'Cawsoch eich allgofnodi am fod diogelwch ychwanegol (MFA) wedi’i droi ymlaen ar gyfer y cyfrif hwn mewn porwr arall. Mewngofnodwch eto.',
    'authenticator-replaced': 'Cawsoch eich allgofnodi am fod ap dilysu newydd wedi’i sefydlu ar gyfer y cyfrif hwn mewn porwr arall. Mewngofnodwch eto.',
    'authenticator-reset': 'Cawsoch eich allgofnodi am fod ap dilysu’r cyfrif hwn wedi’i ailosod. Mewngofnodwch eto.',
    'password-reset': 'Cawsoch eich allgofnodi am fod cyfrinair y cyfrif hwn wedi newid. Mewngofnodwch gyda’r cyfrinair newydd.',
    'signed-out-elsewhere': 'Cawsoch eich allgofnodi am fod y cyfrif hwn wedi’i allgofnodi ym mhobman o borwr arall. Mewngofnodwch eto.',
  },

  sessionTimeout: {
    heading: 'Rydych ar fin cael eich allgofnodi',
    signOutIn: 'Er eich diogelwch, byddwn yn eich allgofnodi ymhen',
    explanation: 'Bydd unrhyw wybodaeth nad ydych wedi’i chadw yn cael ei cholli.',
    staySignedIn: 'Aros wedi mewngofnodi',
    signOut: 'Allgofnodi',
    signedOutHeading: 'Rydych wedi cael eich allgofnodi',
    signedOutBecauseInactive: (idle) =>
      `Cawsoch eich allgofnodi am nad oeddech yn weithredol am ${idle}. Rydym yn gwneud hyn i gadw eich gwybodaeth yn ddiogel. Mewngofnodwch eto i barhau.`,
  },

  trainingClock: {
    banner: (ahead, portalTime) =>
      `Cloc hyfforddi: mae amser y porth ${ahead} o flaen yr amser go iawn (${portalTime}). Ni fydd codau ar ffôn go iawn yn cyfateb; defnyddiwch y ffôn hyfforddi.`,
  },

  devices: {
    browserOn: (browser, system) => `${browser} ar ${system}`,
    aBrowser: 'Porwr',
    anUnknownSystem: 'system anhysbys',
    trainerConsole: 'Consol yr hyfforddwr',
  },

  emails: {
    'mfa-enabled': ({ when }) => ({
      subject: 'Mae diogelwch ychwanegol bellach ymlaen ar gyfer eich cyfrif ESR',
      body: `Cafodd diogelwch ychwanegol ei droi ymlaen ar gyfer eich cyfrif ESR ar ${when}. O hyn ymlaen bydd angen cod o Microsoft Authenticator arnoch i fewngofnodi. Os nad chi oedd hyn, cysylltwch â gweinyddwr ESR nawr.`,
    }),
    'recovery-code-used': ({ when, left }) => ({
      subject: 'Cafodd cod adfer ei ddefnyddio ar eich cyfrif ESR',
      body: `Cafodd cod adfer ei ddefnyddio i fewngofnodi i’ch cyfrif ESR ar ${when}. Codau adfer ar ôl: ${left}. Os nad chi oedd hyn, cysylltwch â gweinyddwr ESR nawr.`,
    }),
    'recovery-codes-renewed': ({ when }) => ({
      subject: 'Mae gennych godau adfer ESR newydd',
      body: `Cafodd codau adfer newydd eu gwneud ar gyfer eich cyfrif ESR ar ${when}. Nid yw eich hen godau’n gweithio mwyach.`,
    }),
    'password-reset': ({ when }) => ({
      subject: 'Cafodd eich cyfrinair ESR ei newid',
      body: `Cafodd y cyfrinair ar gyfer eich cyfrif ESR ei ailosod ar ${when}, a chawsoch eich allgofnodi ym mhobman. Os nad chi oedd hyn, cysylltwch â gweinyddwr ESR nawr.`,
    }),
    'password-lockout': ({ when }) => ({
      subject: 'Cafodd mewngofnodi i’ch cyfrif ESR ei oedi',
      body: `Rhoddodd rhywun y cyfrinair anghywir ar gyfer eich cyfrif ESR sawl gwaith, felly gwnaethom oedi mewngofnodi ar ${when}. Os nad chi oedd hyn, efallai fod rhywun yn ceisio mynd i mewn i’ch cyfrif.`,
    }),
    'mfa-lockout': ({ when }) => ({
      subject: 'Gormod o godau anghywir ar eich cyfrif ESR',
      body: `Rhoddodd rhywun eich cyfrinair yn gywir ond yna sawl cod diogelwch anghywir ar ${when}, felly gwnaethom oedi mewngofnodi. Os nad chi oedd hyn, newidiwch eich cyfrinair nawr.`,
    }),
    'code-replayed': ({ when }) => ({
      subject: 'Cafodd cod diogelwch ei ddefnyddio ddwywaith ar eich cyfrif ESR',
      body: `Cafodd cod diogelwch a oedd wedi’i ddefnyddio’n barod ei roi eto ar ${when}. Cafodd ei wrthod. Os nad chi wnaeth hyn, newidiwch eich cyfrinair nawr.`,
    }),
    'new-sign-in': ({ when, reason, device, location, mfaOn }) => ({
      subject: reason === 'unusual-location' ? 'Mewngofnodi i ESR o le anarferol' : 'Mewngofnodi i ESR o ddyfais newydd',
      body: `Cafodd rhywun fewngofnodi i’ch cyfrif ESR ar ${when} o ${device} yn ${location}. Os chi oedd hyn, does dim angen i chi wneud dim. Os nad chi oedd hyn, newidiwch eich cyfrinair nawr${mfaOn ? '' : ' a throwch ddiogelwch ychwanegol ymlaen'}.`,
    }),
    'authenticator-reset': ({ when, route, setupCodeLasts }) => ({
      subject: 'Cafodd eich ap dilysu ESR ei ailosod',
      body:
        route === 'helpdesk'
          ? `Gwnaeth gweinyddwr ESR ailosod yr ap dilysu ar gyfer eich cyfrif ESR ar ${when}. Nid yw eich hen ffôn yn gweithio ar gyfer ESR mwyach a chawsoch eich allgofnodi ym mhobman. Rydym wedi anfon cod gosod untro atoch mewn e-bost ar wahân. O fewn ${setupCodeLasts}, mewngofnodwch gyda’ch cyfrinair a’r cod hwnnw, yna sefydlwch Microsoft Authenticator eto. Os nad chi oedd hyn, cysylltwch â gweinyddwr ESR nawr.`
          : `Cafodd cod adfer ei ddefnyddio i ailosod yr ap dilysu ar gyfer eich cyfrif ESR ar ${when}. Nid yw eich hen ffôn yn gweithio ar gyfer ESR mwyach a chawsoch eich allgofnodi ym mhobman. Mewngofnodwch a sefydlwch Microsoft Authenticator eto. Os nad chi oedd hyn, cysylltwch â gweinyddwr ESR nawr.`,
    }),
    'authenticator-replaced': ({ when }) => ({
      subject: 'Mae eich ffôn newydd wedi’i sefydlu ar gyfer ESR',
      body: `Cafodd ap dilysu newydd ei sefydlu ar gyfer eich cyfrif ESR ar ${when}, gyda set newydd o godau adfer. Os nad chi oedd hyn, cysylltwch â gweinyddwr ESR nawr.`,
    }),
    'password-reset-started': ({ when, code, lasts }) => ({
      subject: 'Eich cod ailosod cyfrinair ESR',
      body: `Dechreuodd rhywun ailosod y cyfrinair ar gyfer eich cyfrif ESR ar ${when}. Os chi oedd hyn, eich cod yw ${code}. Mae’n gweithio unwaith ac yn para ${lasts}. Peidiwch â’i rannu. Os nad chi oedd hyn, does dim angen i chi wneud dim: nid yw eich cyfrinair wedi newid.`,
    }),
    'setup-code': ({ code, lasts }) => ({
      subject: 'Eich cod gosod ESR',
      body: `Eich cod gosod untro yw ${code}. Mewngofnodwch i ESR gyda’ch cyfrinair, rhowch y cod hwn pan ofynnir i chi, yna sefydlwch Microsoft Authenticator ar eich ffôn newydd. Mae’n gweithio unwaith, o fewn ${lasts}. Peidiwch â’i rannu.`,
    }),
    'device-remembered': ({ when, device, lasts }) => ({
      subject: 'Bydd porwr yn cael ei gofio ar gyfer eich cyfrif ESR',
      body: `Cafodd ${device} ei osod i gael ei gofio ar gyfer eich cyfrif ESR ar ${when}. Ni fydd yn gofyn am god am ${lasts}. Os nad chi oedd hyn, agorwch Gweithgarwch y cyfrif, dewiswch "Peidio â chofio", a newidiwch eich cyfrinair.`,
    }),
    'signed-out-elsewhere': ({ when }) => ({
      subject: 'Cawsoch eich allgofnodi o ESR ym mhob man arall',
      body: `Cafodd pob porwr arall a oedd wedi mewngofnodi i’ch cyfrif ESR ei allgofnodi ar ${when}, pan wnaed codau adfer newydd. Os nad chi oedd hyn, newidiwch eich cyfrinair nawr.`,
    }),
    'step-up-code': ({ code, lasts }) => ({
      subject: 'Eich cod cadarnhau ESR',
      body: `Eich cod i agor ardal rheolwyr ESR yw ${code}. Mae’n gweithio unwaith ac yn para ${lasts}. Peidiwch â’i rannu.`,
    }),
  },
};
