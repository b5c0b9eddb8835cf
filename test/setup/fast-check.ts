// Property tests explore new random inputs on every local run; in CI they replay one fixed seed so
// that a landing is reproducible (HACFG_FC_SEED picks another seed, e.g. to replay a local failure).
import fc from 'fast-check';

const fromEnv = process.env.HACFG_FC_SEED;
const seed = fromEnv !== undefined ? Number(fromEnv) : process.env.CI === 'true' ? 20261121 : undefined;
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ seed });
