/** English texts of importing customers from a spreadsheet: the screen, the field names and each row problem. */
import type { Catalogue } from './zh-CN';

export const enCustomerImportUi: Pick<Catalogue['ui'], 'customerImport'> = {
  customerImport: {
    title: 'Import customers',
    intro:
      'Upload an Excel (.xlsx) or CSV file with a header row. Several contacts of one customer may take several rows.',
    pick: 'Choose a file',
    pickAgain: 'Choose another file',
    reading: 'Reading…',
    keyNote:
      'Matched by customer name: a customer with the same name is updated, never duplicated; blank cells keep what is there.',
    mappingTitle: 'Columns',
    mappingHint:
      'Headers were recognised automatically; change any that are wrong and the file is checked again.',
    headerLabel: 'Column {{column}} “{{header}}” imports as',
    ignore: 'Leave out',
    counts: '{{rows}} rows: {{create}} new customers, {{update}} updated, {{contacts}} contacts',
    errorsTitle: '{{count}} problems to fix before importing (nothing is written)',
    errorsMore: 'Only the first {{shown}} are listed',
    errorAt: 'Row {{row}}',
    errorColumn: 'column {{column}} “{{header}}”',
    sampleTitle: 'Preview (first {{count}} customers)',
    isNew: 'New',
    isUpdate: 'Update',
    contactsOf: 'Contacts: {{names}}',
    import: 'Import {{count}} customers',
    done: 'Imported: {{created}} new customers, {{updated}} updated',
    toList: 'See the customers',
    another: 'Import another file',
    fields: {
      name: 'Customer name',
      industry: 'Industry',
      tier: 'Value tier',
      segment: 'Size',
      owner: 'Owner',
      address: 'Address',
      contractValue: 'Contract value',
      tags: 'Tags',
      coCreation: 'Co-creation',
      angel: 'Angel',
      benchmark: 'Benchmark',
      contactName: 'Contact',
      contactPhone: 'Contact phone',
      contactTitle: 'Contact title',
      contactRole: 'Contact role',
      contactEmail: 'Contact email',
    },
    errors: {
      empty: 'The file is empty: its first row should be the header',
      noNameColumn: 'No customer name column was found; choose which column holds the customer name',
      mappedTwice: '“{{field}}” is already imported from an earlier column; a field takes one column',
      nameRequired: 'The customer name is required',
      contactNameRequired: 'Contact details without the contact’s name',
      unknownWord: '“{{text}}” is not recognised; use one of: {{examples}}',
      notAnAmount: '“{{text}}” is not an amount, e.g. 120000 or 12万',
      unknownOwner:
        'No owner “{{text}}”: give the name, mobile or email of an active sales rep, sales manager or admin of this company',
      ambiguousOwner: 'Several colleagues are called “{{text}}”; give a mobile or email instead',
      conflict: 'Differs from row {{row}} for the same customer',
      ambiguousCustomer:
        'Several customers are called “{{name}}”, so which to update is unclear; rename one in the customer list first',
    },
  },
};
