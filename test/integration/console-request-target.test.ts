import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_PATHS, ConsoleError } from '../../helper/console/contract.js';
import { startConsoleTestServer, type ConsoleFixture } from '../support/console-fixture.js';

/**
 * HTTP/1.1 lets a request name its target in absolute form (`GET http://host/path`), as requests
 * to a proxy do. No browser sends one to a server directly, but any program on the computer can:
 * and the token is what keeps other programs (another user's, say) out of the console.
 */
let fx: ConsoleFixture;
beforeEach(async () => { fx = await startConsoleTestServer(); });
afterEach(async () => { await fx.stop(); });

/** One request written by hand on a socket, as curl --request-target or a few lines of any language would. */
function rawRequest(port: number, lines: string[], body = ''): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end(`${[...lines, 'Connection: close', `Content-Length: ${Buffer.byteLength(body)}`].join('\r\n')}\r\n\r\n${body}`);
    });
    let answer = '';
    socket.on('data', (chunk: Buffer) => { answer += chunk.toString('utf8'); });
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
      resolve({ status, body: answer.slice(answer.indexOf('\r\n\r\n') + 4) });
    });
    socket.on('error', reject);
  });
}

describe('a request target in absolute form (attacker\'s tests)', () => {
  it('still needs the token, for reading and for acting', async () => {
    const host = `Host: 127.0.0.1:${fx.consolePort}`;
    const targets = (path: string) => [`${fx.consoleOrigin}${path}`, `http://elsewhere.example${path}`, `HTTP://127.0.0.1:${fx.consolePort}${path.replace('/api/', '/%61pi/')}`];

    for (const target of targets(CONSOLE_PATHS.people)) {
      const read = await rawRequest(fx.consolePort, [`GET ${target} HTTP/1.1`, host]);
      expect(read.status, target).toBe(401);
      expect(ConsoleError.parse(JSON.parse(read.body)).error.code).toBe('token-required');
      expect(read.body).not.toContain('999AKHAN01');
    }
    for (const target of [...targets(CONSOLE_PATHS.advanceClock), ...targets(CONSOLE_PATHS.runScenario('amir-locked-out'))]) {
      const act = await rawRequest(fx.consolePort, [`POST ${target} HTTP/1.1`, host, 'Content-Type: application/json'], target.includes('clock') ? '{"seconds":86400}' : '{}');
      expect(act.status, target).toBe(401);
    }
    const wrong = await rawRequest(fx.consolePort, [`GET ${fx.consoleOrigin}${CONSOLE_PATHS.phone} HTTP/1.1`, host, 'Authorization: Bearer not-the-token']);
    expect(wrong.status).toBe(401);

    expect(fx.helper.clock.offsetMs()).toBe(0);
    expect(fx.helper.store.listAudit({ limit: 1000 }).filter((entry) => entry.event.startsWith('training-'))).toEqual([]);
  });

  it('works as ever with the token', async () => {
    const answer = await rawRequest(fx.consolePort, [`GET ${fx.consoleOrigin}${CONSOLE_PATHS.clock} HTTP/1.1`, `Host: 127.0.0.1:${fx.consolePort}`, `Authorization: Bearer ${fx.token}`]);
    expect(answer.status).toBe(200);
  });
});
