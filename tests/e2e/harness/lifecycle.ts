/**
 * The setup every e2e file shares: a local server and one browser session with the extension for
 * the enclosing describe block, started before its tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { BrowserName } from './browsers.ts';
import { launch } from './launch.ts';
import { startServer, type StaticServer } from './server.ts';
import type { ExtensionSession } from './session.ts';

export interface BrowserFixture {
  readonly server: StaticServer;
  readonly session: ExtensionSession;
}

export function useBrowser(name: BrowserName, options: Parameters<typeof launch>[1] = {}): BrowserFixture {
  let server: StaticServer | undefined;
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    server = await startServer();
    session = await launch(name, options);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started (use it inside a test)`);
    return value;
  };
  return {
    get server() {
      return started(server, 'the server');
    },
    get session() {
      return started(session, 'the browser session');
    },
  };
}
