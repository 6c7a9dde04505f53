// Starts the NHS design system's own scripts on every portal page, the way the design system
// says to (initAll), so its components behave as they do on NHS services: above all the error
// summary, which takes the focus when a form is refused and whose links move the focus to the
// field in question (WCAG 2.4.3, 3.3.1). Served from the portal's own origin as a module, so the
// strict CSP (script-src 'self') allows it and what it imports, with no inline script.

// A name held in a constant, so the type checker does not go looking for a file at this URL path.
const NHSUK_FRONTEND = '/assets/nhsuk/nhsuk-frontend.min.js';

/** @param {{ initAll: () => void }} frontend the design system's module */
function start(frontend) {
  frontend.initAll();
}

void import(NHSUK_FRONTEND).then(start);
