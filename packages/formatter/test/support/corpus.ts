/** The shared corpus helpers (test/support/corpus.ts), re-exported for the formatter tests. */
export { corpusAvailable, corpusDir, decodeBytes, loadCorpus as corpusFiles, manifestByPath, repoRoot, type CorpusFile } from '../../../../test/support/corpus.js';
