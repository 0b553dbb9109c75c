// Word pools for the pipeline benchmark's synthetic people, companies and resumes. Written for
// this benchmark; the names are common across several countries so name prefixes behave the
// way they do in a real agency (many "Mar…", few "Xi…").
import type { Field } from '../src/shared/vocabulary.ts';

export const RECRUITERS = 30;
export const ADMIN_ID = 'bench-admin';
export const recruiterId = (i: number) => `bench-recruiter-${i}`;
export const DAY = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString();

export type Rand = () => number;
export const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
/** Skewed pick: early entries are chosen far more often, like real word and skill frequencies. */
export const skewed = <T>(rand: Rand, list: readonly T[], power = 2): T =>
  list[Math.floor(rand() ** power * list.length)] as T;

export const FIRST_NAMES =
  'James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Donald Margaret Steven Ashley Paul Kimberly Andrew Emily Joshua Donna Kenneth Michelle Kevin Carol Brian Amanda George Melissa Timothy Deborah Ronald Stephanie Jason Rebecca Edward Laura Jeffrey Helen Ryan Sharon Jacob Cynthia Gary Kathleen Nicholas Amy Eric Angela Jonathan Shirley Priya Aarav Ananya Rohan Mei Wei Jun Hana Yuki Sakura Kenji Omar Fatima Aisha Yusuf Layla Amir Zara Mateo Sofia Lucas Valentina Diego Camila Santiago Isabella Luis Gabriela Chloe Liam Noah Olivia Emma Ava Mia Ethan Logan Siobhan Aoife Niamh Ciaran Ingrid Lars Astrid Sven Nadia Dmitri Olga Ivan Tatiana Kwame Ama Kofi Chidi Ngozi Tunde Aroha Tane Leilani Keanu Marie Pierre Camille Julien Manon'.split(
    ' ',
  );

export const LAST_NAMES =
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Patel Sharma Singh Kumar Gupta Chen Wang Li Zhang Liu Kim Park Choi Tanaka Suzuki Sato Khan Ahmed Ali Hassan Ibrahim Okafor Mensah Boateng Adeyemi MacDonald Murphy Kelly OBrien Byrne Walsh Tremblay Gagnon Roy Cote Bouchard Gauthier Morin Lavoie Fortin Bergeron Pelletier Olsen Hansen Larsen Nilsson Johansson Petrov Ivanov Novak Kowalski Silva Santos Oliveira Costa Pereira Rossi Russo Ferrari Esposito Bianchi Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Dubois Moreau Laurent Lefebvre Leroy Fournier'.split(
    ' ',
  );

export const CITIES = [
  ['Toronto', 'ON', 'Canada'],
  ['Vancouver', 'BC', 'Canada'],
  ['Montreal', 'QC', 'Canada'],
  ['Halifax', 'NS', 'Canada'],
  ["St. John's", 'NL', 'Canada'],
  ['Calgary', 'AB', 'Canada'],
  ['Ottawa', 'ON', 'Canada'],
  ['Winnipeg', 'MB', 'Canada'],
  ['Seattle', 'WA', 'USA'],
  ['Austin', 'TX', 'USA'],
  ['Boston', 'MA', 'USA'],
  ['Chicago', 'IL', 'USA'],
  ['Denver', 'CO', 'USA'],
  ['London', 'England', 'UK'],
  ['Manchester', 'England', 'UK'],
  ['Edinburgh', 'Scotland', 'UK'],
] as const;

/** Job titles by field; headlines and opening titles are built from them. */
export const ROLES: Record<Field, readonly string[]> = {
  Administration: ['Office administrator', 'Executive assistant', 'Receptionist', 'Office manager'],
  'Customer service': ['Customer service representative', 'Call centre agent', 'Client support lead'],
  Education: ['Elementary teacher', 'Tutor', 'Curriculum designer', 'Teaching assistant'],
  Engineering: ['Mechanical engineer', 'Civil engineer', 'Electrical engineer', 'Process engineer'],
  Finance: ['Accountant', 'Financial analyst', 'Bookkeeper', 'Payroll specialist', 'Auditor'],
  Healthcare: ['Registered nurse', 'Care aide', 'Medical office assistant', 'Pharmacy technician'],
  Hospitality: ['Line cook', 'Chef', 'Hotel front desk agent', 'Restaurant manager'],
  'Human resources': ['HR generalist', 'Recruiter', 'HR coordinator', 'Benefits administrator'],
  Legal: ['Paralegal', 'Legal assistant', 'Law clerk', 'Corporate lawyer'],
  Logistics: ['Warehouse associate', 'Forklift operator', 'Dispatcher', 'Supply chain analyst'],
  Marketing: ['Marketing coordinator', 'Content writer', 'SEO specialist', 'Brand manager'],
  Operations: ['Operations manager', 'Project coordinator', 'Business analyst', 'Facilities manager'],
  Sales: ['Account executive', 'Sales representative', 'Business development manager', 'Retail associate'],
  'Skilled trades': ['Electrician', 'Plumber', 'Welder', 'Carpenter', 'HVAC technician'],
  Software: ['Software developer', 'Data analyst', 'DevOps engineer', 'QA analyst', 'Frontend developer'],
};

export const LEVELS = ['Junior', 'Senior', 'Lead', 'Experienced', '', '', '', ''];

export const COMPANY_WORDS =
  'Northwind Harbour Maple Summit Granite Atlas Beacon Cedar Evergreen Keystone Lighthouse Meridian Pinnacle Riverstone Silverline Tidewater Bluewater Ironwood Juniper Lakeshore Oakridge Prairie Redwood Sterling Timberline Westgate Aurora Compass Frontier Horizon'.split(
    ' ',
  );
export const COMPANY_KINDS =
  'Logistics Health Foods Financial Software Construction Hotels Retail Energy Legal Manufacturing Media Consulting Dental Insurance'.split(
    ' ',
  );

/** Schools appear only in resume text, so searching one exercises the resume part of the index. */
export const SCHOOLS = [
  'Dalhousie University',
  'Memorial University',
  'McGill University',
  'University of Toronto',
  'Seneca College',
  'Humber College',
  'Red River College',
  'Nova Scotia Community College',
  'University of Washington',
  'Boston University',
  'University of Manchester',
  'Napier University',
];

/** Resume vocabulary, most frequent first (picked with a skew, so early words are common). */
export const RESUME_WORDS =
  'experience team work managed responsible customers project projects led improved developed support reporting daily clients training process processes quality schedule budget results staff weekly records data systems safety service coordinated delivered implemented maintained prepared reduced increased supervised trained planned organized handled resolved communicated documented analyzed monitored reviewed ensured assisted created designed built launched streamlined negotiated presented volunteered mentored certified inventory accounts invoices orders shipments patients students guests vendors contracts compliance audits forecasts campaigns leads pipeline deadlines stakeholders operations scheduling onboarding recruitment payroll spreadsheets dashboards procedures policies equipment maintenance repairs installations inspections estimates permits blueprints kitchen menu banquets reservations classroom lessons curriculum assessments charting medication triage wound care discharge litigation filings briefs discovery research contracts freight routing dispatch warehouse forklift picking packing receiving microservices deployments releases testing automation migrations integrations'.split(
    ' ',
  );
