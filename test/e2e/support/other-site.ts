import http from 'node:http';

/**
 * Another local website on another port: it even wears the portal's marker and a token-shaped
 * meta tag, to show that the extension acts on the configured portal address only.
 */
export const OTHER_SITE_HTML = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Another local site</title>
<meta name="esr-mfa-api-token" content="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"></head>
<body data-esr-portal="1" data-esr-page="home"><main><h1>Another local site</h1><p>Nothing to see here.</p></main></body></html>`;

export async function startOtherSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(OTHER_SITE_HTML);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  // A browser tab keeps its connection open; closing must not wait for the tab to let go.
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => { server.close(() => { resolve(); }); server.closeAllConnections(); }) };
}
