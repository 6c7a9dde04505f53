import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from './html.js';
import { layout, NHSUK_INIT_PATH, textField } from './layout.js';
import { loginPage } from './sign-in-pages.js';
import { portalWordsFor } from './words/index.js';

const words = portalWordsFor('en');

// What an attacker would put where a page shows their words: a username typed at sign-in, a device
// label or a place. Each must come out as text, never as markup or a new attribute.
const USERNAME = '999X<script>alert(1)</script>';
const DEVICE_LABEL = `Firefox" onmouseover="alert('x')`;
const PLACE = `Leeds & <img src=x onerror=alert(1)> 'UK'`;

/** Every script element in a page, by its source: only the portal's own may be there. */
const scriptsIn = (page: string): string[] => Array.from(page.matchAll(/<script\b[^>]*>/g), (tag) => tag[0]);
const PORTAL_SCRIPTS = [`<script type="module" src="${NHSUK_INIT_PATH}">`];

describe('the html template tag', () => {
  it('escapes the five characters that matter, in one pass, so an entity typed as text stays text', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('renders a username with a script in it as text', () => {
    const out = html`<span class="user">${USERNAME}</span>`.value;
    expect(out).toBe('<span class="user">999X&lt;script&gt;alert(1)&lt;/script&gt;</span>');
    expect(out).not.toContain('<script');
  });

  it('keeps a device label with quotes inside its attribute, double- or single-quoted', () => {
    expect(html`<input value="${DEVICE_LABEL}">`.value).toBe('<input value="Firefox&quot; onmouseover=&quot;alert(&#39;x&#39;)">');
    expect(html`<input value='${DEVICE_LABEL}'>`.value).toBe(`<input value='Firefox&quot; onmouseover=&quot;alert(&#39;x&#39;)'>`);
  });

  it('escapes a place with an ampersand, markup and apostrophes', () => {
    expect(html`<td>${PLACE}</td>`.value).toBe('<td>Leeds &amp; &lt;img src=x onerror=alert(1)&gt; &#39;UK&#39;</td>');
  });

  it('escapes every item of a list, but not markup made by html itself', () => {
    const rows = [USERNAME, PLACE].map((text) => html`<li>${text}</li>`);
    expect(html`<ul>${rows}</ul>`.value).toBe('<ul><li>999X&lt;script&gt;alert(1)&lt;/script&gt;</li><li>Leeds &amp; &lt;img src=x onerror=alert(1)&gt; &#39;UK&#39;</li></ul>');
    expect(html`<p>${['<b>', html`<b>`]}</p>`.value).toBe('<p>&lt;b&gt;<b></p>');
  });

  it('renders nothing for null, undefined and false, and numbers as they are', () => {
    expect(html`[${null}${undefined}${false}${0}${3}]`.value).toBe('[03]');
  });
});

describe('portal pages built with it', () => {
  it('show the signed-in username in the header as text', () => {
    const page = layout(words, { title: 'Portal home', page: 'home', body: html`<h1>Home</h1>`, signedInAs: USERNAME });
    expect(page).toContain('999X&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(scriptsIn(page)).toEqual(PORTAL_SCRIPTS);
  });

  it('echo a typed username back into the sign-in form without leaving the value attribute', () => {
    const page = loginPage(words, { username: `"><script>alert(1)</script>`, demoUsernames: [], deviceNonce: 'n' });
    expect(page).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(scriptsIn(page)).toEqual(PORTAL_SCRIPTS);
  });

  it('keep a field value with a quote in one attribute', () => {
    const field = textField({ words, id: 'username', label: 'Username', autocomplete: 'username', value: DEVICE_LABEL }).value;
    expect(field).toContain('value="Firefox&quot; onmouseover=&quot;alert(&#39;x&#39;)"');
    // With every quoted value emptied, no handler is left standing as an attribute of its own.
    expect(field.replace(/"[^"]*"/g, '""')).not.toContain('onmouseover');
  });
});
