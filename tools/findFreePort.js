// Free ports on this machine, for the servers the tests and `npm start` run. Probing is all it does: it loads no
// server, so a unit test can use it.
import net from 'node:net';

function listenOnce(port, host) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(port, host, () => {
      const { port: bound } = probe.address();
      probe.close(() => resolve(bound));
    });
  });
}

/**
 * A port on `host` that was just free: a server may listen on it, or (closed again) connecting is refused.
 * `preferred` is taken when it is free; otherwise, or when it is 0, the system picks one.
 */
export async function findFreePort({ preferred = 0, host = '127.0.0.1' } = {}) {
  if (preferred !== 0) {
    try {
      return await listenOnce(preferred, host);
    } catch {
      // Taken (or not ours to take): any free one will do.
    }
  }
  return listenOnce(0, host);
}
