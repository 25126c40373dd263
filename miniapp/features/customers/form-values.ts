/** What the customer form holds (text as typed) and how it becomes the body the shared schema checks. */
import { type CustomerFlag, customerFlags, type Segment, type Tier } from '@shared/domain/customers';
import type { Customer } from '@shared/schemas/customers';

export interface CustomerFormValues {
  name: string;
  industry: string;
  segment: Segment | undefined;
  tier: Tier | undefined;
  flags: CustomerFlag[];
  address: string;
  lat: string;
  lng: string;
  contractValue: string;
  tags: string;
}

export const blankCustomer: CustomerFormValues = {
  name: '',
  industry: '',
  segment: undefined,
  tier: undefined,
  flags: [],
  address: '',
  lat: '',
  lng: '',
  contractValue: '',
  tags: '',
};

export function formValuesOf(customer: Customer, tagJoiner: string): CustomerFormValues {
  return {
    name: customer.name,
    industry: customer.industry ?? '',
    segment: customer.segment,
    tier: customer.tier,
    flags: customerFlags.filter((flag) => customer.flags[flag]),
    address: customer.address ?? '',
    lat: customer.location ? String(customer.location.lat) : '',
    lng: customer.location ? String(customer.location.lng) : '',
    contractValue: customer.contractValue === null ? '' : String(customer.contractValue),
    tags: customer.tags.join(tagJoiner),
  };
}

/** Empty means "not given"; anything else is handed to the schema as a number, so "abc" is reported, not dropped. */
function numberOrUndefined(text: string): number | undefined {
  const trimmed = text.trim().replaceAll(',', '');
  return trimmed === '' ? undefined : Number(trimmed);
}

function locationOf(lat: string, lng: string) {
  if (lat.trim() === '' && lng.trim() === '') return null;
  return { lat: numberOrUndefined(lat), lng: numberOrUndefined(lng) };
}

/** Tags are typed as one line separated by Chinese or English commas. */
export function splitTags(text: string): string[] {
  const tags = text
    .split(/[,，、;；]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** The unvalidated request body; `customerCreate`/`customerUpdate` decide whether it is acceptable. */
export function rawBodyOf(values: CustomerFormValues) {
  return {
    name: values.name,
    industry: values.industry,
    segment: values.segment,
    tier: values.tier,
    flags: Object.fromEntries(customerFlags.map((flag) => [flag, values.flags.includes(flag)])),
    address: values.address,
    location: locationOf(values.lat, values.lng),
    contractValue: numberOrUndefined(values.contractValue) ?? null,
    tags: splitTags(values.tags),
  };
}

const plainFields = ['name', 'industry', 'segment', 'tier', 'flags', 'address', 'contractValue', 'tags'];

/** Which input shows a problem at a schema path: "location.lng" → lng, "tags.3" → tags, "ownerId" → none (toast). */
export function fieldForPath(path: string): string | undefined {
  const [head, child] = path.split('.');
  if (head === 'location') return child === 'lng' ? 'lng' : 'lat';
  return plainFields.find((field) => field === head);
}
