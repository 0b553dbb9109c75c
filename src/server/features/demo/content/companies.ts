import type { CompanySeed } from './types.ts';

export const COMPANY_KEYS = [
  'harbourview',
  'ledgerline',
  'brightpath',
  'copperleaf',
  'tallgrass',
  'stonebridge',
  'fernway',
  'oakridge',
  'bluefinch',
  'kestrel',
] as const;
export type CompanyKey = (typeof COMPANY_KEYS)[number];

/** Ten fictional client companies; every website is on the reserved `.example` domain. */
export const COMPANIES: readonly CompanySeed[] = [
  {
    key: 'harbourview',
    name: 'Harbourview Health Collective',
    industry: 'Healthcare',
    website: 'https://harbourviewhealth.example',
    description:
      'A non-profit network of fourteen community health clinics and a home-care program in Ontario, Nova Scotia and British Columbia. Teams are interdisciplinary: nurses, physicians, physiotherapists and social workers share one record and one care plan per patient. Most clinics run evening hours for people who cannot leave work during the day.',
    internalNotes:
      'Hiring manager for nursing (Grace Okafor) prefers candidates with community or home-care experience over hospital-only backgrounds. Police check and immunisation record are required before the start date, so ask for them at offer. They move fast once they like someone: usually one interview plus a shadow shift. Invoice through the Toronto office, not the clinics.',
    pitch:
      'Harbourview Health Collective runs fourteen community clinics and a home-care program, and has done so as a non-profit since 1998.',
    benefits: [
      'Defined-benefit pension (HOOPP) from your first day',
      'Health, dental and vision coverage for you and your family',
      'Four weeks of vacation to start',
      '$1,200 a year for continuing education and licensing fees',
      'Paid mileage for home visits',
      'Employee and family assistance program',
    ],
    recruiter: 0,
  },
  {
    key: 'ledgerline',
    name: 'Ledgerline Advisory',
    industry: 'Accounting and financial services',
    website: 'https://ledgerline.example',
    description:
      'A mid-sized accounting and advisory firm with offices in Toronto, Chicago and London. Ledgerline audits and advises owner-managed businesses, charities and a growing number of technology companies. Partners still review every file themselves, and staff rotate between audit, tax and advisory in their first two years.',
    internalNotes:
      'Busy season runs January to April; avoid start dates in March. They care more about a designation in progress (CPA, ACCA, CPA-US) than the school. The Chicago office lost two seniors last year and is keen on people who want to stay three years or more. Salary bands are firm; the flexibility is in signing bonus and exam support.',
    pitch:
      'Ledgerline Advisory is an accounting and advisory firm of 240 people working with owner-managed businesses, charities and technology companies.',
    benefits: [
      'Paid study leave and exam fees covered for your designation',
      'Hybrid schedule with two office days a week outside busy season',
      'Annual bonus tied to firm and personal results',
      'Matched retirement savings up to 5% of salary',
      'Summer Fridays from June to August',
    ],
    recruiter: 1,
  },
  {
    key: 'brightpath',
    name: 'Brightpath Learning',
    industry: 'Education',
    website: 'https://brightpathlearning.example',
    description:
      'Brightpath runs after-school learning centres in Vancouver, Boston and Manchester and an online academy for students aged 8 to 18. It specialises in maths, literacy and English as an additional language, in small groups of no more than six. Curriculum is written in-house by former classroom teachers.',
    internalNotes:
      'Centre directors want tutors who can explain a concept three different ways; the trial lesson matters more than the CV. Background checks (Vulnerable Sector / CORI / enhanced DBS) are mandatory and take two to three weeks, so start them early. Part-time tutor roles suit education students and retired teachers well.',
    pitch:
      'Brightpath Learning teaches maths, literacy and English to children aged 8 to 18 in small groups, in person and online.',
    benefits: [
      'Paid training before your first lesson, and paid planning time',
      'Free tuition for your own children at any Brightpath centre',
      'A lesson library written by experienced teachers, so you never start from a blank page',
      'Flexible hours around your studies or other work',
      'A yearly professional development fund for courses and conferences',
    ],
    recruiter: 2,
  },
  {
    key: 'copperleaf',
    name: 'Copperleaf Hotels',
    industry: 'Hospitality',
    website: 'https://copperleafhotels.example',
    description:
      'A family-owned group of five boutique hotels in Vancouver, Montreal, Austin and Edinburgh, each with its own restaurant. Properties are between 60 and 140 rooms, which means staff know regular guests by name. Copperleaf is known in the trade for promoting from within: most general managers started on the front desk.',
    internalNotes:
      'GMs want warmth first and experience second; they will train the right person. Weekend availability is a must for front-of-house roles, do not submit anyone who cannot do it. Kitchen roles: chef Marc Tessier in Montreal asks for a paid stage (trial shift) before offers. Staff meals and a hotel-night perk are good selling points.',
    pitch:
      'Copperleaf Hotels is a family-owned group of five boutique hotels, each with its own restaurant and a team that knows its regulars by name.',
    benefits: [
      'A free meal on every shift',
      'Staff rates of 50% at every Copperleaf hotel and restaurant',
      'Tips pooled fairly across front and back of house',
      'Uniform provided and laundered',
      'A clear path to supervisor roles, with most managers promoted from within',
    ],
    recruiter: 2,
  },
  {
    key: 'tallgrass',
    name: 'Tallgrass Freight & Fulfilment',
    industry: 'Logistics and warehousing',
    website: 'https://tallgrassfreight.example',
    description:
      'A third-party logistics provider running six warehouses in Calgary, Chicago, Atlanta and Manchester for online retailers and food brands. Tallgrass stores, picks, packs and ships around 40,000 orders a day and runs its own regional truck fleet. It invested heavily in scanning and slotting software in the last two years.',
    internalNotes:
      'Peak season (October to January) means high-volume temporary hiring; book candidates early. Site managers value reliability above everything: ask references specifically about attendance. Forklift certificates must be current. The Atlanta site has a union; terms differ, check with HR (Dana Price) before quoting rates.',
    pitch:
      'Tallgrass Freight & Fulfilment ships around 40,000 orders a day from six warehouses for online retailers and food brands.',
    benefits: [
      'Weekly pay',
      'Shift premium for evenings, nights and weekends',
      'Paid forklift and equipment training and certification',
      'Health coverage from day 60',
      'Safety boots allowance every year',
      'Overtime paid at time and a half, and it is always voluntary',
    ],
    recruiter: 1,
  },
  {
    key: 'stonebridge',
    name: 'Stonebridge Civil Consultants',
    industry: 'Engineering consulting',
    website: 'https://stonebridgecivil.example',
    description:
      'An employee-owned civil, structural and geotechnical engineering consultancy of about 300 people, with offices in Calgary, Denver and Bristol. Stonebridge designs bridges, water infrastructure and low-carbon buildings for municipalities and developers. It is a certified B Corporation and publishes the embodied carbon of every structure it designs.',
    internalNotes:
      "They need licence status up front (P.Eng., PE, CEng, or EIT/EMIT). Hiring managers like to see a portfolio of two or three projects with the candidate's own part spelled out. Denver is the growth office this year. They reject anyone who talks down to technicians in the interview; the panel always includes one.",
    pitch:
      'Stonebridge Civil Consultants is an employee-owned engineering firm that designs bridges, water systems and low-carbon buildings.',
    benefits: [
      'Employee share ownership after one year',
      'Licensing and professional membership fees paid',
      'Nine-day fortnight: every other Friday off',
      'Mentoring toward your professional licence',
      'Extended health and dental coverage',
    ],
    recruiter: 0,
  },
  {
    key: 'fernway',
    name: 'Fernway',
    industry: 'Software (B2B SaaS)',
    website: 'https://fernway.example',
    description:
      'Fernway makes scheduling and dispatch software for field-service businesses such as plumbers, electricians and cleaning companies. About 180 people work remotely across Canada, the US and the UK, with small hubs in Toronto, Seattle and London. The product is used by 9,000 businesses and is profitable.',
    internalNotes:
      'Remote-first, but they want overlap with Eastern time (four hours minimum). Engineering interviews are a take-home of about three hours that they pay for, then a review call. Good candidates can explain a trade-off they regret. The founders dislike job-hoppers with less than a year per role; flag tenure in the submission.',
    pitch:
      'Fernway makes scheduling and dispatch software used by 9,000 field-service businesses, from two-van plumbers to regional cleaning companies.',
    benefits: [
      'Work from anywhere in your country, with a home-office budget',
      'Equity for every permanent employee',
      'Four-week paid sabbatical after four years',
      'Parental leave topped up to full pay for 20 weeks',
      'A learning budget you choose how to spend',
      'Company meet-up twice a year',
    ],
    recruiter: 1,
  },
  {
    key: 'oakridge',
    name: 'Oakridge Building Services',
    industry: 'Facilities and construction trades',
    website: 'https://oakridgebuilding.example',
    description:
      'Oakridge maintains and renovates commercial buildings such as offices, schools and apartment towers in Ottawa, Boston and Manchester. Its own electricians, plumbers, HVAC technicians and carpenters work under long-term service contracts, plus a growing retrofit business replacing gas heating with heat pumps.',
    internalNotes:
      'Licences must be verified before submission (309A / Massachusetts journeyman / JIB card). The Boston operations manager likes apprentices who finished their hours early. Vans are take-home for on-call techs, which candidates value. Hard requirement: a clean driving record.',
    pitch:
      'Oakridge Building Services keeps offices, schools and apartment buildings running, and is converting many of them from gas heating to heat pumps.',
    benefits: [
      'Company van, tools and phone',
      'Paid on-call premium on top of call-out hours',
      'Tuition paid for heat-pump and controls certifications',
      'Pension or retirement plan with employer contributions',
      'Steady year-round work under long service contracts',
    ],
    recruiter: 0,
  },
  {
    key: 'bluefinch',
    name: 'Bluefinch Home Goods',
    industry: 'Retail and e-commerce',
    website: 'https://bluefinchhome.example',
    description:
      'Bluefinch sells bedding, kitchenware and furniture online and through twelve shops in Canada, the US and the UK. The brand designs its own products and works with a small group of factories it audits every year. Head offices are in Montreal, Atlanta and London.',
    internalNotes:
      'Marketing director (Claire Dubois) wants portfolios with numbers: what changed after the campaign. French is a real plus for Montreal roles, required for customer-facing ones there. Customer care is measured on satisfaction, not handle time, and they like candidates from hospitality.',
    pitch:
      'Bluefinch Home Goods designs and sells bedding, kitchenware and furniture online and in twelve shops on both sides of the Atlantic.',
    benefits: [
      '40% staff discount on everything Bluefinch sells',
      'Hybrid work for office roles',
      'Annual profit-sharing bonus',
      'Health and dental coverage from day one',
      'Paid volunteer days',
    ],
    recruiter: 2,
  },
  {
    key: 'kestrel',
    name: 'Kestrel Vaughn LLP',
    industry: 'Legal services',
    website: 'https://kestrelvaughn.example',
    description:
      'A business law firm of 90 lawyers with offices in Toronto, London and Chicago, focused on employment, commercial contracts and privacy. Clients range from start-ups to national retailers. The firm has a reputation for plain-language advice and sensible hours by law-firm standards.',
    internalNotes:
      'Partners read the writing sample before anything else; ask candidates for one they are proud of. The firm avoids billable-hour maximalists: target is 1,500 hours for associates. Run a conflict check for any lawyer coming from a firm on the other side of current matters (list from Sarah in conflicts).',
    pitch:
      'Kestrel Vaughn LLP is a business law firm known for plain-language advice on employment, commercial contracts and privacy.',
    benefits: [
      'A billable target of 1,500 hours, which the firm means',
      'Professional dues and insurance paid',
      'Hybrid work with a real right to disconnect after 7 pm',
      'Generous parental leave top-up',
      'Wellness allowance each year',
    ],
    recruiter: 1,
  },
];
