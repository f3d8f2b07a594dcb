// Long checks over every built page yield to the event loop now and then: a test worker that stays busy for a minute
// misses vitest's RPC deadline ("Timeout calling onTaskUpdate") and the rest of the run silently stops.
export const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
