// Chooses the container engine testcontainers talks to:
//   - DOCKER_HOST set by the user (not our own Podman socket): that engine, as is;
//   - else a Docker daemon answering on /var/run/docker.sock (unless PORTCULLIS_CONTAINER_ENGINE=podman);
//   - else our private rootful Podman engine (envoy/harness/podman.ts), started on demand.
// Each acquire is paired with one release, so a Podman engine started here stops with its last user.
import { pingDockerSocket } from './podman-socket.ts';
import { ensurePodmanEngine, podmanEnginePaths } from './podman.ts';

export interface EngineLease {
  /** `docker` for an engine we found, `podman` for ours. */
  kind: 'docker' | 'podman';
  release(): Promise<void>;
}

const DOCKER_SOCKET = '/var/run/docker.sock';

export async function acquireContainerEngine(): Promise<EngineLease> {
  const choice = process.env.PORTCULLIS_CONTAINER_ENGINE;
  if (choice !== undefined && choice !== 'docker' && choice !== 'podman') {
    throw new Error(`PORTCULLIS_CONTAINER_ENGINE=${choice}: expected "docker" or "podman"`);
  }
  if (choice !== 'podman') {
    const ours = `unix://${podmanEnginePaths().socket}`;
    const userHost = process.env.DOCKER_HOST;
    if (userHost && userHost !== ours) return { kind: 'docker', release: async () => {} };
    if (!userHost && (choice === 'docker' || (await pingDockerSocket(DOCKER_SOCKET, 2_000)))) {
      return { kind: 'docker', release: async () => {} };
    }
  }
  const engine = await ensurePodmanEngine();
  return { kind: 'podman', release: () => engine.stop() };
}
