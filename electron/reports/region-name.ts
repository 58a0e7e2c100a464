/** District display names from the shipped GB/T 2260 list (falls back to the code). */
import { lookupRegion } from '../../shared/domain/region';

export function lookupRegionName(code: string): string {
  return lookupRegion(code)?.name ?? code;
}
