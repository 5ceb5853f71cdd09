import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENVOY_VERSION, EnvoyBinaryError, ensureEnvoyBinary, envoyVersion } from '../../envoy/binary.ts';

const saved = process.env.ENVOY_BIN;
afterEach(() => {
  if (saved === undefined) delete process.env.ENVOY_BIN;
  else process.env.ENVOY_BIN = saved;
});

describe('ensureEnvoyBinary', () => {
  it('finds (or installs) Envoy 1.40.0', async () => {
    delete process.env.ENVOY_BIN;
    expect(envoyVersion(await ensureEnvoyBinary())).toBe(ENVOY_VERSION);
  });

  it('honours ENVOY_BIN, and says what is wrong with a bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-bin-'));
    try {
      process.env.ENVOY_BIN = join(dir, 'missing');
      await expect(ensureEnvoyBinary()).rejects.toThrow(new EnvoyBinaryError(`ENVOY_BIN=${join(dir, 'missing')}: no such file`));
      const plain = join(dir, 'envoy');
      writeFileSync(plain, '#!/bin/sh\n');
      chmodSync(plain, 0o644);
      process.env.ENVOY_BIN = plain;
      await expect(ensureEnvoyBinary()).rejects.toThrow('not executable');
      chmodSync(plain, 0o755);
      await expect(ensureEnvoyBinary()).resolves.toBe(plain);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
