import type { AcledPrecision, PloverPrecision } from '../../model/annotation.js';

/**
 * ACLED (1 town, 2 small region, 3 large region or country) and PLOVER (1 exact point … 5 country
 * or larger) precision of a GeoNames feature.
 *
 * @example precisionOf('P', 'PPL') // { acled: 1, plover: 2 }
 */
export function precisionOf(fclass: string, fcode: string): { acled: AcledPrecision; plover: PloverPrecision } {
  if (fcode.startsWith('PCL') || fclass === 'H' || fcode === 'CONT' || fcode === 'RGN' || fcode === 'ZN' || fcode === 'OCN') return { acled: 3, plover: 5 };
  if (fcode === 'ADM1') return { acled: 3, plover: 4 };
  if (fcode === 'ADM2' || fcode === 'ADMD' || fcode === 'ADM3') return { acled: 2, plover: 3 };
  if (fclass === 'P') return { acled: 1, plover: 2 };
  if (fclass === 'S') return { acled: 1, plover: 1 };
  return { acled: 2, plover: 3 };
}
