// After each test, let the worker's event loop turn once. Vitest's worker waits for the answers to
// its own calls (test progress) on that loop, and gives up after 60 s: a file of long synchronous
// tests (property tests, child processes) would otherwise hold the answers until the file ends,
// and the run would end with an unhandled '[vitest-worker]: Timeout calling "onTaskUpdate"'.
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((selesai) => setImmediate(selesai)));
