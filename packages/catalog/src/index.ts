export * from './versions.js';
export * from './sections.js';
