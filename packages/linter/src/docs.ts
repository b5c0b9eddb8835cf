/** Where a rule's documentation page lives (shipped with the package under docs/rules/). */
export function ruleDocFile(id: string): URL {
  return new URL(`../docs/rules/${id}.md`, import.meta.url);
}

/** Public URL of a rule's page in the repository. */
export function ruleDocUrl(id: string): string {
  return `https://github.com/hacfg/hacfg/blob/main/packages/linter/docs/rules/${id}.md`;
}
