// describe / graph: what a configuration does, as data, text, Mermaid or DOT.
export { DESCRIBE_RULES, describeConfig, type DescribeOptions } from './build.js';
export { describeText } from './text.js';
export { graphOf, toDot, toMermaid, type Graph } from './graph.js';
export type * from './model.js';
