/**
 * An opt-in trace of the free-text readers, for developers (scripts/trace-miss.mjs, issue #12, session 30): with
 * ROPA_TRACE=1 in the environment (read once, when the module loads) a reader says at which stage a clause stopped
 * (`trace?.('receiver', { why: 'negated', … })`); the script prints the events. Off (the default), `trace` is undefined:
 * each site is one test of undefined, and its arguments are not even built (an optional call skips them).
 */
export interface TraceEvent {
  readonly reader: string;
  readonly [key: string]: unknown;
}
const events: TraceEvent[] = [];
export const trace: ((reader: string, detail: Record<string, unknown>) => void) | undefined =
  process.env.ROPA_TRACE === '1'
    ? (reader, detail) => {
        events.push({ reader, ...detail });
      }
    : undefined;
/** The events since the last `clearTrace()` (always empty when the trace is off). */
export const tracedEvents = (): readonly TraceEvent[] => events;
export const clearTrace = (): void => {
  events.length = 0;
};
