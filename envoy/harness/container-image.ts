// Provides a container image that runs the same Envoy the local harness runs. Preference:
//   1. $PORTCULLIS_ENVOY_IMAGE, when set (pulled if missing);
//   2. the official envoyproxy/envoy:v<version>, when the engine already has it or can pull it;
//   3. portcullis/envoy:<version>-local, built FROM scratch around the given binary and its
//      shared libraries, and rebuilt only when the binary's SHA-256 (an image label) changes.
// Option 3 is what runs on machines with no registry access, which is why it exists at all.
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GenericContainer, ImageName, getContainerRuntimeClient } from 'testcontainers';
import { envoyVersion } from '../binary.ts';
import { repoRoot } from '../paths.ts';
import { writeEnvoyImageContext } from './container-rootfs.ts';

export const ENVOY_DIGEST_LABEL = 'org.portcullis.envoy.sha256';
export const ENVOY_VERSION_LABEL = 'org.portcullis.envoy.version';

const PULL_TIMEOUT_MS = Number(process.env.PORTCULLIS_ENVOY_PULL_TIMEOUT_MS ?? 20_000);
const BUILD_TIMEOUT_MS = 5 * 60_000;

export class EnvoyImageError extends Error {
  override name = 'EnvoyImageError';
}

export function officialEnvoyImage(version: string): string {
  return `docker.io/envoyproxy/envoy:v${version}`;
}

export function localEnvoyImage(version: string): string {
  return `portcullis/envoy:${version}-local`;
}

/** Returns the name of an image that runs `envoyBinaryPath`'s Envoy version as /usr/local/bin/envoy. */
export async function ensureEnvoyImage(envoyBinaryPath: string): Promise<string> {
  const client = await getContainerRuntimeClient();
  const forced = process.env.PORTCULLIS_ENVOY_IMAGE;
  if (forced) {
    if (await imagePresent(forced, PULL_TIMEOUT_MS * 6)) return forced;
    throw new EnvoyImageError(`PORTCULLIS_ENVOY_IMAGE=${forced}: the engine at ${client.info.containerRuntime.host} neither has nor can pull it`);
  }

  const version = envoyVersion(envoyBinaryPath);
  if (!version) throw new EnvoyImageError(`${envoyBinaryPath} --version did not report an Envoy version; is it an Envoy binary?`);
  const official = officialEnvoyImage(version);
  if (await client.image.exists(ImageName.fromString(official))) return official;

  const local = localEnvoyImage(version);
  const digest = await sha256File(envoyBinaryPath);
  if ((await labelOf(local, ENVOY_DIGEST_LABEL)) === digest) return local;

  if (await imagePresent(official, PULL_TIMEOUT_MS)) return official;

  await buildLocalImage(local, envoyBinaryPath, { [ENVOY_DIGEST_LABEL]: digest, [ENVOY_VERSION_LABEL]: version });
  const built = await labelOf(local, ENVOY_DIGEST_LABEL);
  if (built !== digest) {
    throw new EnvoyImageError(`built ${local} but its ${ENVOY_DIGEST_LABEL} label is ${built ?? 'missing'}, expected ${digest}`);
  }
  return local;
}

/** Whether the image is there, pulling it first if needed; a pull that fails or stalls is a "no". */
async function imagePresent(image: string, timeoutMs: number): Promise<boolean> {
  const client = await getContainerRuntimeClient();
  const name = ImageName.fromString(image);
  if (await client.image.exists(name)) return true;
  // testcontainers resolves a pull when the progress stream ends, error or not, and has no
  // deadline of its own: bound it, then ask the engine whether the image arrived.
  const pulled = await withDeadline(client.image.pull(name).then(() => true), timeoutMs).catch(() => false);
  return pulled === true && (await client.image.exists(name));
}

async function labelOf(image: string, label: string): Promise<string | undefined> {
  const client = await getContainerRuntimeClient();
  const name = ImageName.fromString(image);
  if (!(await client.image.exists(name))) return undefined;
  const info = await client.image.inspect(name);
  return info.Config?.Labels?.[label];
}

async function buildLocalImage(tag: string, binary: string, labels: Record<string, string>): Promise<void> {
  const base = join(repoRoot(), '.cache', 'envoy-image');
  mkdirSync(base, { recursive: true });
  const context = mkdtempSync(join(base, 'context-'));
  try {
    await writeEnvoyImageContext(context, binary, labels);
  } catch (err) {
    rmSync(context, { recursive: true, force: true });
    throw err;
  }
  process.stderr.write(`portcullis: building container image ${tag} from ${binary} ...\n`);
  const build = GenericContainer.fromDockerfile(context).build(tag, { deleteOnExit: false });
  const failure = await withDeadline(build, BUILD_TIMEOUT_MS).then(
    () => undefined,
    (err: unknown) => err as Error,
  );
  if (failure) {
    throw new EnvoyImageError(
      `building ${tag} from ${context} failed: ${failure.message}. The context is kept for inspection; ` +
        "DEBUG=testcontainers:build shows the engine's build output",
    );
  }
  rmSync(context, { recursive: true, force: true });
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', (err) => reject(new EnvoyImageError(`cannot read ${path}: ${err.message}`)));
  });
}

function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${ms} ms`)), ms);
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}
