// The rate-limit service's configuration file (envoyproxy/ratelimit YAML): one domain, and per
// global limit a descriptor ("portcullis_limit" = name, optionally nested per-value key).
import { stringify } from 'yaml';

export type RatelimitUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface RatelimitDescriptor {
  key: string;
  value?: string;
  rate_limit?: { unit: RatelimitUnit; requests_per_unit: number };
  descriptors?: RatelimitDescriptor[];
}

/** One global limit: `requests` per `unit`, per distinct `per` value when `per` is set. */
export interface GlobalLimitSpec {
  name: string;
  requests: number;
  unit: RatelimitUnit;
  /** Descriptor key of the per-request value (the filter's GlobalLimit.descriptorKey). */
  per?: string;
}

export class RatelimitConfigError extends Error {
  override name = 'RatelimitConfigError';
}

const UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/** The descriptor tree the lease module's requests match: [portcullis_limit=name, (per=*)]. */
export function descriptorsForLimits(limits: readonly GlobalLimitSpec[]): RatelimitDescriptor[] {
  const seen = new Set<string>();
  return limits.map((l, i) => {
    if (!/^[A-Za-z0-9_.-]+$/.test(l.name)) throw new RatelimitConfigError(`global limit [${i}]: name "${l.name}" must match [A-Za-z0-9_.-]+`);
    if (seen.has(l.name)) throw new RatelimitConfigError(`global limit [${i}]: duplicate name "${l.name}"`);
    seen.add(l.name);
    if (!Number.isInteger(l.requests) || l.requests < 1 || l.requests > 0xffffffff) {
      throw new RatelimitConfigError(`global limit "${l.name}": requests must be an integer 1..4294967295, got ${l.requests}`);
    }
    if (!UNITS.has(l.unit)) throw new RatelimitConfigError(`global limit "${l.name}": unit must be one of ${[...UNITS].join(', ')}`);
    const rate_limit = { unit: l.unit, requests_per_unit: l.requests };
    if (l.per === undefined) return { key: 'portcullis_limit', value: l.name, rate_limit };
    return { key: 'portcullis_limit', value: l.name, descriptors: [{ key: l.per, rate_limit }] };
  });
}

/** The YAML text of a service config file. */
export function renderRatelimitConfig(domain: string, descriptors: readonly RatelimitDescriptor[]): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(domain)) throw new RatelimitConfigError(`domain "${domain}" must match [A-Za-z0-9_.-]+`);
  if (descriptors.length === 0) throw new RatelimitConfigError('a rate-limit config needs at least one descriptor');
  return stringify({ domain, descriptors });
}
