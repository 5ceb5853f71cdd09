// Lays out a FROM-scratch image build context for an Envoy binary: the binary, every shared
// library `ldd` resolves for it (and the dynamic loader) at the same paths as on this host, and a
// world-writable /tmp. No shell, no package manager, no /etc/passwd: nothing Envoy does not use.
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runChecked } from './container-command.ts';

export const ENVOY_PATH_IN_IMAGE = '/usr/local/bin/envoy';

/** Absolute host paths of the shared objects `ldd` says `binary` loads, loader included. */
export async function sharedLibraries(binary: string): Promise<string[]> {
  const out = await runChecked('ldd', [binary], { timeoutMs: 15_000 });
  const libs = new Set<string>();
  for (const line of out.split('\n')) {
    if (/not found/.test(line)) throw new Error(`ldd ${binary}: a library is missing on this host: ${line.trim()}`);
    // "libm.so.6 => /lib/x86_64-linux-gnu/libm.so.6 (0x...)" or "/lib64/ld-linux-x86-64.so.2 (0x...)";
    // linux-vdso has no path: the kernel maps it.
    const m = /(?:=>\s*)?(\/\S+)\s+\(0x[0-9a-f]+\)/.exec(line);
    if (m) libs.add(m[1]);
  }
  if (libs.size === 0) throw new Error(`ldd ${binary} listed no libraries; is it a dynamically linked ELF binary?\n${out}`);
  return [...libs];
}

/**
 * Writes `<dir>/Dockerfile` and `<dir>/rootfs/`. Symlinks are copied as the files they point to,
 * so the image needs neither /lib -> usr/lib nor the loader's symlink chain.
 */
export async function writeEnvoyImageContext(dir: string, binary: string, labels: Record<string, string>): Promise<void> {
  const rootfs = join(dir, 'rootfs');
  const libs = await sharedLibraries(binary);
  place(binary, join(rootfs, ENVOY_PATH_IN_IMAGE));
  for (const lib of libs) place(lib, join(rootfs, lib));
  mkdirSync(join(rootfs, 'tmp'), { recursive: true });
  chmodSync(join(rootfs, 'tmp'), 0o1777);

  // The loader's built-in search path differs between distributions (Debian adds its multiarch
  // dirs, others do not) and there is no ld.so.cache in the image: name the dirs outright.
  const libDirs = [...new Set(libs.map((l) => dirname(l)))].join(':');
  const labelLines = Object.entries(labels).map(([k, v]) => `LABEL ${JSON.stringify(k)}=${JSON.stringify(v)}`);
  writeFileSync(
    join(dir, 'Dockerfile'),
    [
      'FROM scratch',
      'COPY rootfs/ /',
      `ENV LD_LIBRARY_PATH=${libDirs}`,
      ...labelLines,
      `ENTRYPOINT ["${ENVOY_PATH_IN_IMAGE}"]`,
      '',
    ].join('\n'),
  );
}

function place(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
