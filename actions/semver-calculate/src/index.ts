import { startEarlyQueries } from './early.js';

// git's first two queries run while the rest of the bundle (@actions/core, core) is loaded.
const early = startEarlyQueries();
const { main } = await import('./main.js');
await main(early);
