import type { GuideCatalogue } from './catalogue.js';

/**
 * The Welsh words of the guide, with the terms of docs/welsh.md (TermCymru). A first draft for a
 * Welsh speaker to check before the Welsh guide is published; the pictures come from the product
 * in Welsh once its translation is on main (npm run guide -- --language cy).
 */
export const WELSH: GuideCatalogue = {
  lang: 'cy',
  title: 'Diogelwch ychwanegol i ESR: cam wrth gam',
  intro: [
    'Mae diogelwch ychwanegol (dilysu aml-ffactor, MFA) yn golygu eich bod yn mewngofnodi i ESR gyda’ch cyfrinair ac yna cod 6 digid o’r ap Microsoft Authenticator ar eich ffôn.',
    'Mae’r canllaw hwn yn dilyn Jane Smith, nyrs staff, wrth iddi ei droi ymlaen, mewngofnodi gyda chod, ac yna defnyddio cod adfer pan fydd hi’n colli ei ffôn. Daw lluniau’r ffôn o’r ffôn hyfforddi yng nghonsol yr hyfforddwr: mae eich ffôn chi’n dangos yr un pethau yn Microsoft Authenticator.',
  ],
  contents: 'Cynnwys',
  parts: {
    'turn-on': 'Troi diogelwch ychwanegol ymlaen',
    'sign-in-with-code': 'Mewngofnodi gyda chod',
    recovery: 'Codau adfer a ffôn coll',
  },
  steps: {
    'sign-in': { caption: 'Mewngofnodwch i ESR gyda’ch enw defnyddiwr a’ch cyfrinair.', alt: 'Tudalen fewngofnodi ESR gyda’r enw defnyddiwr 999JSMITH01 a chyfrinair cudd, a’r botwm mewngofnodi wedi’i amlinellu.' },
    invitation: { caption: 'Ar eich tudalen gartref ESR, dewiswch y botwm i’w osod nawr.', alt: 'Y gwahoddiad i osod diogelwch ychwanegol, gyda’r botwm wedi’i amlinellu.' },
    why: { caption: 'Darllenwch beth mae diogelwch ychwanegol yn ei wneud, ticiwch eich bod yn deall na allwch ei droi i ffwrdd, a pharhau.', alt: 'Cam 1 o 6, gyda’r blwch ticio wedi’i amlinellu.' },
    'get-app': { caption: 'Gosodwch Microsoft Authenticator ar eich ffôn os nad yw gennych, a pharhau.', alt: 'Cam 2 o 6, dolenni i gael Microsoft Authenticator, gyda’r botwm parhau wedi’i amlinellu.' },
    'qr-code': { caption: 'Mae ESR yn dangos cod QR y dylai eich ap yn unig ei weld.', alt: 'Cam 3 o 6, cod QR gyda’r allwedd oddi tano, wedi’i amlinellu.' },
    'phone-scan': { caption: 'Yn Microsoft Authenticator, dewiswch + ac yna cyfrif arall, a sganiwch y cod QR.', alt: 'Y ffôn hyfforddi, fel Microsoft Authenticator, gyda’r botwm sganio wedi’i amlinellu.' },
    'phone-code': { caption: 'Mae’r ap nawr yn dangos ESR gyda chod 6 digid sy’n newid bob 30 eiliad.', alt: 'Y ffôn hyfforddi yn dangos y cyfrif ESR, 999JSMITH01, gyda’i god 6 digid wedi’i amlinellu.' },
    'enter-code': { caption: 'Yn ôl yn ESR, teipiwch y cod o’r ap a throi diogelwch ychwanegol ymlaen.', alt: 'Cam 4 o 6 gyda’r cod 6 digid yn y maes cod, sydd wedi’i amlinellu.' },
    'save-recovery-codes': { caption: 'Cadwch eich 10 cod adfer yn rhywle diogel nad yw’n eich ffôn, a thiciwch eich bod wedi gwneud hynny.', alt: 'Cam 5 o 6, deg cod adfer, gyda’r blwch ticio wedi’i amlinellu.' },
    done: { caption: 'Mae diogelwch ychwanegol ymlaen. Dewiswch orffen.', alt: 'Cam 6 o 6, diogelwch ychwanegol ymlaen, gyda’r botwm gorffen wedi’i amlinellu.' },
    'mfa-on': { caption: 'Mae eich tudalen gartref ESR nawr yn dweud bod diogelwch ychwanegol ymlaen.', alt: 'Crynodeb y dudalen gartref gyda diogelwch ychwanegol (MFA) ymlaen wedi’i amlinellu.' },
    'sign-in-again': { caption: 'Y tro nesaf, mewngofnodwch gyda’ch enw defnyddiwr a’ch cyfrinair fel o’r blaen.', alt: 'Tudalen fewngofnodi ESR gyda’r botwm mewngofnodi wedi’i amlinellu.' },
    'phone-next-code': { caption: 'Agorwch Microsoft Authenticator a darllenwch y cod i ESR.', alt: 'Y ffôn hyfforddi yn dangos cod 6 digid newydd i ESR, wedi’i amlinellu.' },
    'enter-sign-in-code': { caption: 'Teipiwch y cod a pharhau. Rydych wedi mewngofnodi.', alt: 'Y cam cod diogelwch gyda’r cod 6 digid wedi’i deipio, wedi’i amlinellu.' },
    'recovery-codes-left': { caption: 'Mae gweithgarwch y cyfrif yn dangos faint o godau adfer sydd ar ôl, a gall wneud rhai newydd.', alt: 'Adran codau adfer gweithgarwch y cyfrif, gyda’r botwm i wneud codau newydd wedi’i amlinellu.' },
    'use-recovery-code': { caption: 'Dim ffôn? Wrth y cam cod, dewiswch ddefnyddio cod adfer yn lle hynny.', alt: 'Y cam cod wrth fewngofnodi, gyda’r ddolen i ddefnyddio cod adfer wedi’i hamlinellu.' },
    'lost-phone': { caption: 'Teipiwch un cod adfer, ticiwch eich bod wedi colli eich ffôn, a pharhau.', alt: 'Y maes cod adfer gyda chod wedi’i deipio, a’r blwch ticio ffôn coll wedi’i amlinellu.' },
    'set-up-new-phone': { caption: 'Mae eich hen ffôn yn stopio gweithio i ESR. Gosodwch yr ap ar eich ffôn newydd fel yng nghamau 5 i 10.', alt: 'Y panel i osod eich ffôn newydd, gyda’r botwm parhau wedi’i amlinellu.' },
  },
  madeFrom: 'Wedi’i wneud o borth hyfforddi ESR MFA gyda chyfrif demo Jane Smith (999JSMITH01), amser hyfforddi sefydlog ac allweddi demo sefydlog. Nid yw’r codau a ddangosir yn gweithio yn unman arall.',
  videoStart: 'Gosod diogelwch ychwanegol i ESR, cam wrth gam.',
  videoEnd: 'Dyna’r cyfan: mae diogelwch ychwanegol ymlaen, ac rydych yn gwybod beth i’w wneud os byddwch yn colli eich ffôn.',
};
