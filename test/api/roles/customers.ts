/** Role rules of customers/policy.ts. */
import { uuidv7 } from 'uuidv7';
import { get, type ListRule, newCustomer, people, type RoleRule, repCustomer } from './world';

export const customerRules: RoleRule[] = [
  {
    rule: 'customers.canSeeCustomer',
    says: 'a rep cannot open another rep’s customer; a manager can',
    refused: 404,
    prepare: async () => {
      const path = `/api/v1/customers/${await repCustomer()}`;
      return { denied: get(people.otherRep, path), allowed: get(people.manager, path) };
    },
  },
  {
    rule: 'customers.canCreateCustomer',
    says: 'a PM cannot add a customer; a rep can',
    refused: 403,
    prepare: async () => {
      const body = newCustomer();
      return {
        denied: { as: people.pm, method: 'POST', path: '/api/v1/customers', body },
        allowed: { as: people.rep, method: 'POST', path: '/api/v1/customers', body },
      };
    },
  },
  {
    rule: 'customers.canUpdateCustomer',
    says: 'an implementer cannot edit a customer; its rep can',
    refused: 403,
    prepare: async () => {
      const path = `/api/v1/customers/${await repCustomer()}`;
      const body = { name: `改名${uuidv7()}` };
      return {
        denied: { as: people.implementer, method: 'PATCH', path, body },
        allowed: { as: people.rep, method: 'PATCH', path, body },
      };
    },
  },
  {
    rule: 'customers.canArchiveCustomer',
    says: 'a rep cannot archive even their own customer; a manager can',
    refused: 403,
    prepare: async () => {
      const path = `/api/v1/customers/${await repCustomer()}/archive`;
      return {
        denied: { as: people.rep, method: 'POST', path },
        allowed: { as: people.manager, method: 'POST', path },
      };
    },
  },
  {
    rule: 'customers.canAssignOwner',
    says: 'a rep cannot add a customer for another rep; a manager can',
    refused: 403,
    prepare: async () => {
      const body = newCustomer({ ownerId: people.otherRep.id });
      return {
        denied: { as: people.rep, method: 'POST', path: '/api/v1/customers', body },
        allowed: { as: people.manager, method: 'POST', path: '/api/v1/customers', body },
      };
    },
  },
  {
    rule: 'customers.canImportCustomers',
    says: 'a rep cannot import a spreadsheet of customers; a manager can',
    refused: 403,
    prepare: async () => {
      const sheet = () => {
        const form = new FormData();
        form.append(
          'file',
          new Blob([`客户名称,负责人\r\n导入${uuidv7()},${people.rep.name}`]),
          'customers.csv',
        );
        return form;
      };
      const path = '/api/v1/imports/customers';
      return {
        denied: { as: people.rep, method: 'POST', path, body: sheet() },
        allowed: { as: people.manager, method: 'POST', path, body: sheet() },
      };
    },
  },
  {
    rule: 'customers.ownerRoles',
    says: 'a PM cannot own a customer; a rep can',
    refused: 422,
    prepare: async () => ({
      denied: {
        as: people.manager,
        method: 'POST',
        path: '/api/v1/customers',
        body: newCustomer({ ownerId: people.pm.id }),
      },
      allowed: {
        as: people.manager,
        method: 'POST',
        path: '/api/v1/customers',
        body: newCustomer({ ownerId: people.rep.id }),
      },
    }),
  },
];

export const customerLists: ListRule[] = [
  {
    rule: 'customers.visibleOwnerFor',
    says: 'a rep’s customer list leaves out another rep’s customers; a manager’s has them',
    prepare: async () => {
      const name = `名单${uuidv7()}`;
      await repCustomer({ name });
      return {
        path: `/api/v1/customers?q=${encodeURIComponent(name)}`,
        hiddenFrom: people.otherRep,
        shownTo: people.manager,
        shows: (body: { items: { name: string }[] }) => body.items.some((c) => c.name === name),
      };
    },
  },
];
