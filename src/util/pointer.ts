/** JSON pointers (RFC 6901): the one way a place in a file is named. */
export function escapeSegment(s: string | number): string {
  if (typeof s === 'number') return String(s);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

export function pointer(...segments: (string | number)[]): string {
  let out = '';
  for (const s of segments) out += '/' + escapeSegment(s);
  return out;
}

export function join(base: string, ...segments: (string | number)[]): string {
  return base + pointer(...segments);
}

/** The pointer and each one above it, up to the whole document: «/a/0», «/a», «». */
export function* pointerAndAbove(p: string): Generator<string> {
  for (;;) {
    yield p;
    if (p === '') return;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

export function parsePointer(p: string): string[] {
  if (p === '') return [];
  const segments = p.slice(1).split('/');
  return p.includes('~') ? segments.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : segments;
}
