/** Listening on 127.0.0.1 at a free port, and closing without waiting for idle keep-alive connections: the local servers the CRM tests answer from. */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function listenLocal(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A failure a test tells a local server to answer with. */
export interface Fault {
  /** Matched against the path (without the query). */
  path: RegExp;
  /**
   * An HTTP status; 'drop' to destroy the connection without an answer; 'cut' to send a 200
   * head and half of the body (`body`, else the fallback's), then destroy the connection.
   */
  status: number | 'drop' | 'cut';
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** How many matching requests get through before the fault starts (default 0): a failure mid-way. */
  skip?: number;
  /** The body as it is, not as JSON (a proxy's HTML page, a body cut off), with `headers`' content-type else text/html. */
  raw?: string;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Answers the request with the first fault matching its path that has times left (its
 * body, else `fallback(status)`), or drops the connection; records the status. False
 * when no fault applies.
 */
export function fireFault(
  faults: Fault[],
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
  record: { status: number | 'drop' | 'cut' },
  fallback: (status: number) => unknown,
): boolean {
  const fault = faults.find((f) => f.path.test(path) && (f.times ?? 1) > 0);
  if (!fault) return false;
  if ((fault.skip ?? 0) > 0) {
    fault.skip = (fault.skip ?? 0) - 1;
    return false;
  }
  fault.times = (fault.times ?? 1) - 1;
  record.status = fault.status;
  if (fault.status === 'drop') req.socket.destroy();
  else if (fault.status === 'cut') {
    const text = Buffer.from(JSON.stringify(fault.body ?? fallback(200)));
    res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8', 'content-length': String(text.length) });
    res.write(text.subarray(0, text.length >> 1), () => req.socket.destroy());
  } else if (fault.raw !== undefined) {
    res.writeHead(fault.status, { 'content-type': 'text/html; charset=utf-8', ...fault.headers });
    res.end(fault.raw);
  } else sendJson(res, fault.status, fault.body ?? fallback(fault.status), fault.headers);
  return true;
}
