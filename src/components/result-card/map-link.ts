import type { ServiceRecord } from '../../data/record.js';

/** A maps search for the service's coordinates or address; '' when it has neither. */
export function mapLink(record: ServiceRecord): string {
  const where =
    record.latitude !== undefined && record.longitude !== undefined
      ? `${record.latitude},${record.longitude}`
      : record.address;
  return where === '' ? '' : `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(where)}`;
}
