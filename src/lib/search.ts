// Search over events and source paragraphs: the engine lives in src/lib/search/ (one module per part;
// read search/query.ts for the pipeline). This module is its entry point.
//
// Why this shape: fuse.js over whole documents scans every character of every document per query.
// Here fuse only sees the vocabulary (short distinct words), split into small buckets by length and by
// first/second letter, and documents come from a prebuilt inverted index. Cost follows the vocabulary.
export * from './search/index.ts';
export { markRanges, mergeRanges, parseQuery, type TextRange } from './search-text.ts';
