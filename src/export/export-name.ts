/** A file name that says what the export shows: eastern-flank-EE-2022, eastern-flank-all-years. */
export function exportName(country: string | null, years: readonly number[] | null): string {
  const parts = ['eastern-flank'];
  if (country) parts.push(country.replace(/[^A-Za-z0-9]/g, ''));
  parts.push(years && years.length > 0 ? years.join('-') : 'all-years');
  return parts.join('-');
}
