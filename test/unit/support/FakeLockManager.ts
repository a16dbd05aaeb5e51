// A stand-in for the Web Locks API with its real semantics, shared by several simulated tabs: exclusive locks by
// name, requests granted in order, `ifAvailable` answered with null when the lock is held or asked for, `signal`
// cancelling a request still waiting, and every lock of a tab released when the tab unloads.

type LockCallback = (lock: { name: string; mode: 'exclusive' } | null) => unknown;

interface Waiting {
  client: number;
  name: string;
  callback: LockCallback;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

interface Held {
  client: number;
  // Ends the hold as if the callback's promise had settled.
  end: () => void;
}

/** The browser profile's lock manager; `client()` gives each simulated tab its own `navigator.locks`. */
export class FakeLockManager {
  private readonly held = new Map<string, Held>();
  private readonly waiting: Waiting[] = [];
  private nextClient = 1;

  /** `beforeGrant` runs before a waiting request gets a lock (a simulation delivers what arrives meanwhile). */
  constructor(private readonly beforeGrant: () => void = () => {}) {}

  /** A new tab's `navigator.locks`, and the function that unloads it (releasing its locks, dropping its requests). */
  client(): { locks: { request: FakeLockManager['request'] }; unload: () => void } {
    const client = this.nextClient++;
    return {
      locks: {
        request: (name, options, callback) => this.requestFor(client, name, options, callback),
      } as { request: FakeLockManager['request'] },
      unload: () => this.unload(client),
    };
  }

  /** Whether some tab holds the lock `name`. */
  isHeld(name: string): boolean {
    return this.held.has(name);
  }

  /** Requests waiting for the lock `name`. */
  waitingFor(name: string): number {
    return this.waiting.filter((request) => request.name === name).length;
  }

  request(
    _name: string,
    _options: { ifAvailable?: boolean; signal?: AbortSignal },
    _callback: LockCallback,
  ): Promise<unknown> {
    throw new Error('Use client().locks.request');
  }

  private requestFor(
    client: number,
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: LockCallback,
  ): Promise<unknown> {
    if (options.ifAvailable && options.signal) {
      return Promise.reject(new DOMException('ifAvailable and signal together', 'NotSupportedError'));
    }
    if (options.signal?.aborted) return Promise.reject(new DOMException('Aborted', 'AbortError'));
    return new Promise((resolve, reject) => {
      const busy = this.held.has(name) || this.waiting.some((request) => request.name === name);
      if (options.ifAvailable && busy) {
        // The browser calls back with null, asynchronously.
        queueMicrotask(() => {
          try {
            Promise.resolve(callback(null)).then(resolve, reject);
          } catch (error) {
            reject(error);
          }
        });
        return;
      }
      const request: Waiting = { client, name, callback, resolve, reject };
      this.waiting.push(request);
      options.signal?.addEventListener('abort', () => {
        const index = this.waiting.indexOf(request);
        if (index === -1) return;
        this.waiting.splice(index, 1);
        reject(new DOMException('Aborted', 'AbortError'));
      });
      queueMicrotask(() => this.grant(name));
    });
  }

  private grant(name: string): void {
    if (this.held.has(name)) return;
    const index = this.waiting.findIndex((request) => request.name === name);
    if (index === -1) return;
    this.beforeGrant();
    if (this.held.has(name)) return;
    const [request] = this.waiting.splice(
      this.waiting.findIndex((entry) => entry.name === name),
      1,
    );
    if (!request) return;
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      if (this.held.get(name) === hold) this.held.delete(name);
      queueMicrotask(() => this.grant(name));
    };
    const hold: Held = { client: request.client, end };
    this.held.set(name, hold);
    let result: unknown;
    try {
      result = request.callback({ name, mode: 'exclusive' });
    } catch (error) {
      end();
      request.reject(error);
      return;
    }
    Promise.resolve(result).then(
      (value) => {
        end();
        request.resolve(value);
      },
      (error) => {
        end();
        request.reject(error);
      },
    );
  }

  private unload(client: number): void {
    for (let index = this.waiting.length - 1; index >= 0; index--) {
      if (this.waiting[index]?.client === client) this.waiting.splice(index, 1);
    }
    for (const [, hold] of [...this.held]) if (hold.client === client) hold.end();
  }
}
