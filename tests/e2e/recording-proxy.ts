/**
 * An HTTP proxy that every request of a browser goes through (loopback included), for the privacy
 * test: it records each request, forwards those for the local test server, and refuses the rest
 * (HTTPS CONNECT included), so nothing leaves the machine and nothing goes unseen.
 */
import { createServer, request as forward, type Server } from 'node:http';

export interface RecordingProxy {
  url: string;
  /** `METHOD absolute-url` (or `CONNECT host:port`) for every request the browser made. */
  seen: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(allowedOrigin: string): Promise<RecordingProxy> {
  const allowed = new URL(allowedOrigin);
  const seen: string[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    const target = new URL(incoming.url ?? '/', allowedOrigin);
    seen.push(`${incoming.method} ${target.href}`);
    if (target.host !== allowed.host) {
      outgoing.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    const upstream = forward(
      { host: allowed.hostname, port: allowed.port, method: incoming.method, path: target.pathname + target.search, headers: incoming.headers },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Blocked\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
