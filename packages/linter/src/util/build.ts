/** Build features: what the target binary was compiled with (see @hacfg/model DEFAULT_FEATURES). */
import { buildFlag, type BuildCategory } from '@hacfg/catalog';
import { DEFAULT_FEATURES } from '@hacfg/model';

/** The `USE_*` flag a keyword needs when the default build lacks it, else undefined. */
export function missingFeature(category: BuildCategory, name: string, features: readonly string[] = DEFAULT_FEATURES): string | undefined {
  const flag = buildFlag(category, name);
  if (flag === undefined) return undefined;
  return features.includes(flag.replace(/^USE_/, '')) ? undefined : flag;
}
