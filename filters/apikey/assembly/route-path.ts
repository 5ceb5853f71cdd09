// The path rules are matched against: the request path without its query, normalized the way
// an upstream may interpret it (RFC 3986 section 6.2.2: unreserved percent-escapes decoded, dot
// segments removed; repeated slashes merged). Without this, "/%61dmin" or "/x/../admin" would
// miss an "/admin" rule and fall through to a laxer one while the upstream serves /admin.
// Escaped slashes and backslashes (%2F, %5C) stay encoded: decoding them would change the
// path structure, so they never satisfy a rule written with real slashes.

function isUnreserved(c: i32): bool {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c == 0x2d || c == 0x2e || c == 0x5f || c == 0x7e;
}

function hexDigit(c: i32): i32 {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

function decodeUnreserved(path: string): string {
  if (path.indexOf("%") < 0) return path;
  const parts = new Array<string>();
  let runStart = 0;
  for (let i = 0; i + 2 < path.length; i++) {
    if (path.charCodeAt(i) != 0x25) continue;
    const hi = hexDigit(path.charCodeAt(i + 1));
    const lo = hexDigit(path.charCodeAt(i + 2));
    if (hi < 0 || lo < 0) continue;
    const c = (hi << 4) | lo;
    if (!isUnreserved(c)) continue;
    parts.push(path.substring(runStart, i));
    parts.push(String.fromCharCode(c));
    runStart = i + 3;
    i += 2;
  }
  parts.push(path.substring(runStart));
  return parts.join("");
}

/** Normalized path of `rawPath` (which may carry a query string) for rule matching. */
export function routePath(rawPath: string): string {
  const q = rawPath.indexOf("?");
  const path = decodeUnreserved(q < 0 ? rawPath : rawPath.substring(0, q));
  const segments = path.split("/");
  const out = new Array<string>();
  for (let i = 0; i < segments.length; i++) {
    const segment = unchecked(segments[i]);
    if (segment.length == 0 || segment == ".") continue;
    if (segment == "..") {
      if (out.length > 0) out.pop();
      continue;
    }
    out.push(segment);
  }
  const trailingSlash = path.length > 1 && (path.endsWith("/") || path.endsWith("/.") || path.endsWith("/.."));
  const joined = "/" + out.join("/");
  return trailingSlash && out.length > 0 ? joined + "/" : joined;
}
