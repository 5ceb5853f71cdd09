// Runs once before every test file: installs what the real-Envoy suites need (the pinned Envoy
// binary; in container mode also the Podman engine and the Envoy image) so that no test file
// races another to install it, and so a missing prerequisite fails once with a clear message.
// Workers inherit the environment set here (ENVOY_BIN, DOCKER_HOST, …).
import { ensureEnvoyBinary } from '../../envoy/binary.ts';
import { gatewayModeFromEnv } from '../../envoy/harness/index.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const envoy = await ensureEnvoyBinary();
  process.env.ENVOY_BIN = envoy;
  if (gatewayModeFromEnv() !== 'container') return async () => {};

  const { ensurePodmanEngine } = await import('../../envoy/harness/podman.ts');
  const { ensureEnvoyImage } = await import('../../envoy/harness/container-image.ts');
  const engine = await ensurePodmanEngine();
  process.env.PORTCULLIS_ENVOY_IMAGE = await ensureEnvoyImage(envoy);
  return async () => {
    await engine.stop();
  };
}
