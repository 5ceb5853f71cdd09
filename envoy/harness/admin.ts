// Talking to Envoy's admin endpoint: readiness and stats.

/** Parses `/stats?format=json`: counters and gauges (numbers); histograms are left out. */
export function parseStatsJson(body: string): Record<string, number> {
  const parsed = JSON.parse(body) as { stats?: { name?: string; value?: unknown }[] };
  const out: Record<string, number> = {};
  for (const entry of parsed.stats ?? []) {
    if (typeof entry.name === 'string' && typeof entry.value === 'number') out[entry.name] = entry.value;
  }
  return out;
}

export async function fetchStats(adminUrl: string): Promise<Record<string, number>> {
  const res = await fetch(`${adminUrl}/stats?format=json`, { signal: AbortSignal.timeout(5_000) });
  if (!res.ok) throw new Error(`GET ${adminUrl}/stats answered ${res.status}`);
  return parseStatsJson(await res.text());
}

/** True when the admin endpoint reports the server LIVE (all listeners and clusters initialised). */
export async function isLive(adminUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${adminUrl}/ready`, { signal: AbortSignal.timeout(1_000) });
    return res.status === 200 && (await res.text()).trim() === 'LIVE';
  } catch {
    return false;
  }
}
