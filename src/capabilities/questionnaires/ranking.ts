// The "Move up" / "Move down" buttons of a ranking question submit rank=<question>:<option>:<up|down>.
export function parseRankMove(body: unknown): { question: string; option: string; direction: 'up' | 'down' } | undefined {
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>).rank : undefined;
  if (typeof raw !== 'string') return undefined;
  const m = /^([a-z0-9-]{1,40}):([a-z0-9-]{1,60}):(up|down)$/.exec(raw);
  return m ? { question: m[1]!, option: m[2]!, direction: m[3] as 'up' | 'down' } : undefined;
}
