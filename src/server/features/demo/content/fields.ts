import type { Field } from '../../../../shared/vocabulary.ts';

/**
 * "Nice to have" items per field. Each opening shows two of its field's items, so openings in
 * one field still read differently from each other.
 */
export const NICE_TO_HAVE: Record<Field, readonly string[]> = {
  Administration: [
    'Experience minuting board or committee meetings',
    'Comfort with Microsoft 365 beyond the basics: shared mailboxes, SharePoint, Forms',
    'A second language',
    'Some bookkeeping, such as matching invoices to purchase orders',
  ],
  'Customer service': [
    'Experience with Zendesk, Intercom or Gorgias',
    'French or Spanish at a working level',
    'A background in hospitality or retail',
    'You have written help-centre articles before',
  ],
  Education: [
    'Experience teaching students with dyslexia, ADHD or other learning differences',
    'A second language, especially one spoken by the families you would teach',
    'Familiarity with online whiteboards such as Miro or Ziteboard',
    'Experience writing assessments or report cards',
  ],
  Engineering: [
    'Experience with Revit, Civil 3D or Tekla',
    'Exposure to embodied-carbon or life-cycle assessment tools',
    'Site supervision experience',
    'Scripting in Python or Dynamo to automate repetitive design checks',
  ],
  Finance: [
    'Experience with NetSuite, Sage Intacct or Xero',
    'Power BI or Tableau dashboards',
    'Not-for-profit or fund accounting',
    'Progress toward a professional designation',
  ],
  Healthcare: [
    'Experience in community, home or primary care',
    'A second language spoken by the communities served, such as French, Punjabi, Tagalog or Arabic',
    'Mental health first aid or trauma-informed care training',
    'Familiarity with an electronic medical record such as Oscar Pro or Accuro',
  ],
  Hospitality: [
    'Experience with Opera, Mews or Cloudbeds',
    'Food-safety certification',
    'A second language for international guests',
    'Wine or cocktail knowledge you enjoy sharing',
  ],
  'Human resources': [
    'Experience with Workday, BambooHR or HiBob',
    'A CHRP, SHRM-CP or CIPD qualification, finished or in progress',
    'Experience with multi-province or multi-state payroll rules',
    'You have run an engagement survey and acted on the results',
  ],
  Legal: [
    'French, for Quebec matters or clients',
    'Experience with document management such as iManage or NetDocuments',
    'Familiarity with contract-review or e-discovery tools',
    'A secondment or in-house experience',
  ],
  Logistics: [
    'Experience with a warehouse management system such as Manhattan, Blue Yonder or Körber',
    'A valid forklift or reach-truck certificate',
    'Lean or Six Sigma yellow belt',
    'Cold-chain or food-grade warehouse experience',
  ],
  Marketing: [
    'Experience with Klaviyo, HubSpot or Braze',
    'Basic HTML and CSS for emails and landing pages',
    'You have run a paid budget above 50,000 a month',
    'Photography or short-form video skills',
  ],
  Operations: [
    'Experience with an ERP such as NetSuite, SAP Business One or Dynamics',
    'A Lean, PMP or Prince2 certificate',
    'SQL, or enough spreadsheet skill to build a capacity model',
    'Experience opening a new site or location',
  ],
  Sales: [
    'Experience with Salesforce or HubSpot CRM',
    'You have sold to trades or field-service businesses',
    'A network in the regional market',
    'Experience with MEDDICC or another qualification framework',
  ],
  'Skilled trades': [
    'Heat-pump or refrigerant handling certification',
    'Building automation or controls experience',
    'Working-at-heights and confined-space training',
    'Experience mentoring an apprentice',
  ],
  Software: [
    'Experience with PostgreSQL performance work: query plans, indexes, partitioning',
    'Open-source contributions you can point to',
    'Experience with offline-first mobile apps',
    'You have been on call and improved the runbooks afterwards',
  ],
};
