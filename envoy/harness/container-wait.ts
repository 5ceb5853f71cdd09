// testcontainers' Wait.forHttp resolves the port through the container's port mappings, and a
// host-network container has none, so it would poll a port that does not exist until it times
// out. This strategy asks Envoy's admin /ready at its host address directly, then checks the
// listener accepts connections, and gives up at once, with the exit code, if Envoy exits (a bad
// bootstrap exits within a second).
import { connect } from 'node:net';
import { getContainerRuntimeClient, type WaitStrategy } from 'testcontainers';

type WaitContainer = Parameters<WaitStrategy['waitUntilReady']>[0];

const POLL_INTERVAL_MS = 100;
const REQUEST_TIMEOUT_MS = 1_000;
const EXIT_LOG_LINES = 40;
const EXIT_LOG_TIMEOUT_MS = 3_000;

/** Envoy exited during startup; `logTail` is its last output, read before the container is removed. */
export class EnvoyExitedError extends Error {
  override name = 'EnvoyExitedError';
  constructor(message: string, readonly logTail: string) {
    super(message);
  }
}

export class EnvoyReadyWait implements WaitStrategy {
  private timeoutMs = 60_000;
  private timeoutSet = false;

  constructor(
    private readonly adminUrl: string,
    private readonly listenerHost: string,
    private readonly listenerPort: number,
  ) {}

  withStartupTimeout(ms: number): this {
    this.timeoutMs = ms;
    this.timeoutSet = true;
    return this;
  }

  isStartupTimeoutSet(): boolean {
    return this.timeoutSet;
  }

  getStartupTimeout(): number {
    return this.timeoutMs;
  }

  async waitUntilReady(container: WaitContainer): Promise<void> {
    const url = `${this.adminUrl}/ready`;
    const deadline = Date.now() + this.timeoutMs;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      const status = await readyStatus(url);
      if (status === 'LIVE') {
        if (await accepts(this.listenerHost, this.listenerPort)) return;
        last = `LIVE, but the listener ${this.listenerHost}:${this.listenerPort} refuses connections`;
      } else {
        last = status;
      }
      const state = (await container.inspect()).State;
      if (!state.Running) {
        throw new EnvoyExitedError(`Envoy exited with code ${state.ExitCode} before ${url} answered LIVE`, await lastLogs(container));
      }
      await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
    }
    throw new Error(`Envoy did not become ready within ${this.timeoutMs} ms: ${url}: ${last}`);
  }
}

/**
 * The container's last log lines. The gateway's own log stream cannot be relied on here: it is
 * attached after start, and testcontainers removes a container that failed its wait strategy, so
 * for an Envoy that dies at once the stream may deliver nothing.
 */
async function lastLogs(container: WaitContainer): Promise<string> {
  const lines: string[] = [];
  try {
    const client = await getContainerRuntimeClient();
    const stream = await client.container.logs(container, { tail: EXIT_LOG_LINES });
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        stream.destroy();
        resolve();
      }, EXIT_LOG_TIMEOUT_MS);
      const finish = () => {
        clearTimeout(timer);
        resolve();
      };
      stream.on('data', (d: string) => lines.push(d)).on('end', finish).on('error', finish);
    });
  } catch (err) {
    return `(could not read the container's logs: ${(err as Error).message})`;
  }
  return lines.join('').trimEnd();
}

/** "LIVE" when ready, otherwise a description of what came back. */
async function readyStatus(url: string): Promise<string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body = (await res.text()).trim();
    return res.status === 200 && body === 'LIVE' ? 'LIVE' : `${res.status} ${body}`;
  } catch (err) {
    const cause = (err as Error).cause;
    return cause ? String(cause) : (err as Error).message;
  }
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(REQUEST_TIMEOUT_MS, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
