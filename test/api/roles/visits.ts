/** Role rules of visits/policy.ts. */
import { uuidv7 } from 'uuidv7';
import { get, type ListRule, people, type RoleRule, repCustomer, visitBy } from './world';

export const visitRules: RoleRule[] = [
  {
    rule: 'visits.canSeeVisit',
    says: 'a rep cannot open another rep’s visit; a manager can',
    refused: 404,
    prepare: async () => {
      const path = `/api/v1/visits/${await visitBy(people.rep, await repCustomer())}`;
      return { denied: get(people.otherRep, path), allowed: get(people.manager, path) };
    },
  },
  {
    rule: 'visits.canLogVisit',
    says: 'a PM cannot log a visit; a rep can',
    refused: 403,
    prepare: async () => {
      const body = { clientId: uuidv7(), customerId: await repCustomer(), kind: 'phone' };
      return {
        denied: { as: people.pm, method: 'POST', path: '/api/v1/visits', body },
        allowed: { as: people.rep, method: 'POST', path: '/api/v1/visits', body },
      };
    },
  },
  {
    rule: 'visits.canUpdateVisit',
    says: 'a manager cannot edit a rep’s visit; the rep can',
    refused: 403,
    prepare: async () => {
      const path = `/api/v1/visits/${await visitBy(people.rep, await repCustomer())}`;
      const body = { version: 1, notes: '补充纪要' };
      return {
        denied: { as: people.manager, method: 'PATCH', path, body },
        allowed: { as: people.rep, method: 'PATCH', path, body },
      };
    },
  },
  {
    rule: 'visits.canDeleteVisit',
    says: 'a manager cannot delete a rep’s visit; an admin can',
    refused: 403,
    prepare: async () => {
      const path = `/api/v1/visits/${await visitBy(people.rep, await repCustomer())}`;
      return {
        denied: { as: people.manager, method: 'DELETE', path },
        allowed: { as: people.admin, method: 'DELETE', path },
      };
    },
  },
];

export const visitLists: ListRule[] = [
  {
    rule: 'visits.visibleVisitsFor',
    says: 'a rep’s visit list leaves out another rep’s visits; a manager’s has them',
    prepare: async () => {
      const customerId = await repCustomer();
      const visitId = await visitBy(people.rep, customerId);
      return {
        path: `/api/v1/visits?customerId=${customerId}`,
        hiddenFrom: people.otherRep,
        shownTo: people.manager,
        shows: (body: { items: { id: string }[] }) => body.items.some((v) => v.id === visitId),
      };
    },
  },
  {
    rule: 'visits.canFilterByOwner',
    says: 'an implementer’s follow-ups are their own; a manager’s are the team’s',
    prepare: async () => {
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const visitId = await visitBy(people.rep, await repCustomer(), { kind: 'phone', followUpAt: tomorrow });
      return {
        path: '/api/v1/visits/follow-ups',
        hiddenFrom: people.implementer,
        shownTo: people.manager,
        shows: (body: { items: { visitId: string }[] }) => body.items.some((f) => f.visitId === visitId),
      };
    },
  },
  {
    rule: 'visits.canCheckIn',
    says: 'a manager is not offered checking in to a rep’s onsite visit; the rep is',
    prepare: async () => ({
      path: `/api/v1/visits/${await visitBy(people.rep, await repCustomer())}`,
      hiddenFrom: people.manager,
      shownTo: people.rep,
      shows: (body: { can: { checkIn: boolean } }) => body.can.checkIn,
    }),
  },
  {
    rule: 'visits.suggestedCustomerOwnerFor',
    says: 'a rep is not suggested another rep’s nearby customer; a manager is',
    prepare: async () => {
      const customerId = await repCustomer({ location: { lat: 31.2304, lng: 121.4737 } });
      return {
        path: '/api/v1/visits/customer-suggestions?lat=31.2305&lng=121.4738',
        hiddenFrom: people.otherRep,
        shownTo: people.manager,
        shows: (body: { nearby: { id: string }[] }) => body.nearby.some((c) => c.id === customerId),
      };
    },
  },
];
