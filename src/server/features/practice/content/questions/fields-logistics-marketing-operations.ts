import type { SeedQuestion } from '../../../../../shared/practice.ts';

// Field-specific interview questions, nine for each field: technical knowledge, tools and methods, a
// problem to solve, quality and compliance, working with others, current trends, and one question for
// a candidate moving in from outside the field. This file: Logistics, Marketing, Operations.

export const LOGISTICS_MARKETING_OPERATIONS: readonly SeedQuestion[] = [
  // Logistics
  {
    key: 'f-logistics-picking-accuracy',
    text: 'How do you keep your picking and packing accurate when you are working to tight rate targets?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'easy',
    lookingFor:
      'Whether you understand that errors cost more than a slightly slower pick. They want steady habits that keep both speed and accuracy high.',
    guide:
      'Describe practical habits: scanning every item, checking product codes and quantities rather than just the picture, keeping your workspace organised, and reporting damaged or mislabelled stock. Mention learning the warehouse layout to work faster without rushing. If you have figures, such as your rate and error percentage, share them.',
  },
  {
    key: 'f-logistics-warehouse-safety',
    text: 'What are the main safety risks in a warehouse, depot or yard, and what do you do to keep yourself and others safe?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'easy',
    lookingFor:
      'Safety awareness that you act on. Warehouses and yards have serious risks, so they want people who follow the rules and speak up.',
    guide:
      'Name real risks: forklifts and other vehicles near pedestrians, manual handling, working at height, falling loads, slips and trips, and fatigue. Describe what you do: using walkways, wearing the right protective equipment, checking equipment before use, lifting correctly, keeping aisles clear and reporting hazards and near misses. Mention any licences or training you hold, such as for lift trucks.',
  },
  {
    key: 'f-logistics-newcomer',
    text: 'You are coming into logistics from a different kind of work. What from your background fits a fast-moving, target-driven environment?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'easy',
    lookingFor:
      'Reliability, stamina and willingness to work to targets and shifts. They want evidence rather than general enthusiasm.',
    guide:
      'Give examples of working to deadlines or targets, physical work, shift patterns or attention to detail, such as retail stock work, kitchens, manufacturing or the armed forces. Show you understand the reality: early starts or nights, repetitive tasks, measured performance and strict safety rules. Mention any tickets or training you have or plan to get.',
  },
  {
    key: 'f-logistics-systems-data',
    text: 'What warehouse, transport or inventory systems have you used, and how did you make sure the data in them was right?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'medium',
    lookingFor:
      'Systems experience and an understanding that logistics runs on accurate data. Bad data causes lost stock, missed deliveries and wrong orders.',
    guide:
      'Describe the kinds of systems you have used, such as warehouse management, handheld scanners, route planning or stock control spreadsheets, and the tasks you did with them. Explain how you kept data accurate: scanning at every movement, cycle counts, correcting errors through the proper process and raising system problems. A short STAR example of fixing a data problem will stand out.',
  },
  {
    key: 'f-logistics-stock-rotation',
    text: 'Explain the difference between first-in-first-out and first-expired-first-out, and when each matters. How else do you keep inventory healthy?',
    category: 'field-specific',
    fields: ['Logistics', 'Operations'],
    difficulty: 'medium',
    lookingFor:
      'Core inventory knowledge and an understanding of its cost. They want to see you know why stock rotation, counts and slotting matter.',
    guide:
      'Explain that first-in-first-out ships the oldest stock first, while first-expired-first-out ships whatever has the earliest use-by or expiry date, which matters for food, medicines and chemicals. Then mention other practices: regular cycle counts, reorder points, slotting fast-moving items near dispatch, and flagging slow-moving or damaged stock. Keep it practical and link it to cost and customer service.',
  },
  {
    key: 'f-logistics-missed-collection',
    text: 'How do you work with drivers, carriers or the next shift when things go wrong, for example when a collection is missed?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'medium',
    lookingFor:
      'Calm communication across companies and shifts. Logistics depends on many people outside your control, so they want cooperation rather than blame.',
    guide:
      'Use a STAR example if you have one. Describe finding out the facts quickly, contacting the carrier or driver politely but firmly, agreeing a new plan and telling the customer or your supervisor what will happen. Mention a clear handover to the next shift and recording the problem so patterns can be tackled. Show respect for drivers and other teams.',
  },
  {
    key: 'f-logistics-trends',
    text: 'What trends, such as warehouse automation, same-day delivery expectations or lower-emission transport, are changing logistics work?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'medium',
    lookingFor: 'Interest in the industry and willingness to adapt to new equipment and ways of working.',
    guide:
      'Pick one or two trends and explain what they mean on the ground: for example, robots and automated storage change picking roles toward supervision and fault-fixing, and tighter delivery windows make planning and data accuracy more important. Mention any experience with new technology and your willingness to train. Keep the answer grounded in real work.',
  },
  {
    key: 'f-logistics-stock-discrepancy',
    text: 'The system says there are 200 units in a location, but you can only find 140. What do you do?',
    category: 'field-specific',
    fields: ['Logistics'],
    difficulty: 'hard',
    lookingFor:
      'A methodical investigation and honesty with records. They want to see that you look for the cause before adjusting anything.',
    guide:
      'Describe checking nearby locations, overflow areas and goods waiting to be put away, then reviewing recent movements in the system: receipts, picks, transfers and returns. Explain that you would report the discrepancy to your supervisor or stock control and follow the procedure for adjustments rather than changing the figure yourself. Mention looking for the root cause, such as a receiving error or mis-scans, and any possible theft being handled through the proper route.',
  },
  {
    key: 'f-logistics-delayed-inbound',
    text: 'A key inbound shipment is delayed by four days and a large customer order depends on it. Walk me through what you do.',
    category: 'field-specific',
    fields: ['Logistics', 'Operations'],
    difficulty: 'hard',
    lookingFor:
      'Problem-solving under pressure, knowledge of options and early, honest communication with the customer and internal teams.',
    guide:
      'Start with confirming the facts: the new arrival date and how sure it is, and what exactly the customer order needs. Then list options: stock at other sites, part shipments, alternative suppliers, faster transport for the last leg, or reprioritising other orders. Explain telling the customer and sales team early with a realistic plan. Finish with what you would review afterwards, such as safety stock or supplier performance.',
  },
  // Marketing
  {
    key: 'f-marketing-creative-brief',
    text: 'What should a good creative or campaign brief contain, and how do you respond when you are handed a vague one?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'easy',
    lookingFor:
      'Understanding of how marketing work is planned and the confidence to ask questions before starting. Vague briefs waste time and budget.',
    guide:
      'List the essentials: the objective, target audience, key message, channels, budget, deadline, mandatory elements and how success will be measured. For a vague brief, explain that you would ask focused questions and write back a short summary of your understanding for agreement. A quick example of a brief you improved makes it real.',
  },
  {
    key: 'f-marketing-tools',
    text: 'Which marketing tools have you used, for example for email, scheduling social media, analytics or managing website content, and what did you use them for?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'easy',
    lookingFor:
      'Practical, hands-on experience and the ability to learn new platforms. They care more about what you achieved than about a list of names.',
    guide:
      'Describe the types of tools in general terms and, for each, a task and a result, such as building an email campaign and improving its open rate. Say how you learn a new platform quickly. If your experience is limited, mention personal projects, volunteering or free training courses where you used similar tools.',
  },
  {
    key: 'f-marketing-measuring-campaigns',
    text: 'How do you decide whether a campaign worked? Which measures would you choose before it launches?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'medium',
    lookingFor:
      'Commercial thinking and an understanding of the difference between activity measures and real outcomes. They want someone who sets goals up front.',
    guide:
      'Explain that you start from the business goal, such as enquiries, sales or sign-ups, and choose a small set of measures that link to it, plus a baseline to compare against. Distinguish surface measures like impressions and likes from outcomes like conversions and cost per acquisition. Mention tracking set up before launch and reviewing results honestly, including when something did not work.',
  },
  {
    key: 'f-marketing-small-budget',
    text: 'You have a small budget and six weeks to raise awareness of a local service. What would you do?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'medium',
    lookingFor:
      'Resourcefulness, prioritisation and a clear plan. They want to see you focus on the audience, not on using every channel.',
    guide:
      'Start by defining who you need to reach and where they already spend time. Propose a focused plan with two or three channels, such as local partnerships, community groups, targeted social ads, online listings and reviews, and explain why. Include a simple timeline, what you would measure each week and how you would shift budget toward what works.',
  },
  {
    key: 'f-marketing-sales-leads',
    text: 'The sales team says the leads marketing sends them are poor. How would you work with them to sort it out?',
    category: 'field-specific',
    fields: ['Marketing', 'Sales'],
    difficulty: 'medium',
    lookingFor:
      'Collaboration across teams without getting defensive. They want evidence-based problem solving and a shared definition of a good lead.',
    guide:
      'Explain that you would meet sales, listen to specific examples and look at the data together, such as which sources convert and which do not. Describe agreeing a shared definition of a qualified lead, a feedback loop and a handover process. Use STAR if you have an example and finish with a measurable result. Avoid turning it into a blame contest.',
  },
  {
    key: 'f-marketing-trends',
    text: 'How are AI-generated content, stricter privacy rules and the decline of third-party tracking affecting how you would plan marketing?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'medium',
    lookingFor:
      'Current knowledge of the field and a practical response to change. They want to see you understand both opportunities and risks.',
    guide:
      'For AI content, explain how it can speed up drafts and variations, and why human editing, brand voice and fact-checking still matter. For privacy and tracking, mention relying more on first-party data collected with consent, contextual targeting and measuring with less individual tracking. Give a specific example of something you would do differently as a result.',
  },
  {
    key: 'f-marketing-career-changer',
    text: 'You are moving into marketing from another field. How would you show us you understand customers and can judge results, not just make things look good?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'medium',
    lookingFor:
      'Customer insight and analytical thinking from your past work, plus evidence of marketing effort of your own.',
    guide:
      "Show customer understanding from previous roles, such as sales, retail, service or a specialist industry where you know the buyers well. Give a concrete example of something you promoted, even on a small scale, with the result and what you learned. Mention training or self-study in areas like analytics or copywriting. Link your background to the employer's market.",
  },
  {
    key: 'f-marketing-claims-compliance',
    text: 'Sales wants a headline claim in an advert that you are not sure can be backed up. How do you handle it, and what rules on advertising and consent do you keep in mind?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'hard',
    lookingFor:
      "Understanding that advertising claims must be truthful and provable, and that marketing data needs proper consent. They want someone who protects the business's reputation while still helping sales.",
    guide:
      'Explain that you would ask for the evidence behind the claim and, if it is not there, propose a version that is accurate and still compelling. Mention the general principles: claims must be truthful, not misleading and substantiated; comparisons must be fair; and email or text marketing needs the right consent under data protection rules. Say you would involve legal or compliance colleagues where unsure. A real example strengthens the answer.',
  },
  {
    key: 'f-marketing-channel-drop',
    text: 'A channel that used to bring in most of your leads has dropped by 40% in two months. How do you investigate?',
    category: 'field-specific',
    fields: ['Marketing'],
    difficulty: 'hard',
    lookingFor:
      'Structured analysis and calm under pressure. They want to see you check measurement problems before assuming the market has changed.',
    guide:
      'Describe checking tracking first: broken tags, changed forms, or analytics settings. Then look at what changed: platform rules or algorithms, competitors, seasonality, your own content or budget, and website changes. Explain breaking the data down by audience, device and campaign to locate the drop. Finish with a short-term plan to protect leads and a longer-term plan to rely less on one channel.',
  },
  // Operations
  {
    key: 'f-operations-kpis',
    text: 'Which key performance measures would you track in an operation like ours, and how would you use them day to day?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'easy',
    lookingFor:
      'Whether you manage with data and choose measures that drive the right behaviour. They want a few meaningful measures acted on, not dozens ignored.',
    guide:
      'Suggest a handful of measures suited to the business, such as output, on-time delivery, quality or error rates, cost per unit, safety incidents and staff absence. Explain how you would use them: a short daily or weekly review, visible boards, and action when a measure moves. Mention watching for measures that encourage cutting corners. A real example from your past role helps.',
  },
  {
    key: 'f-operations-writing-procedures',
    text: 'How do you write a standard operating procedure that people will actually follow?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'easy',
    lookingFor:
      'Practical process thinking and respect for the people doing the work. Procedures nobody reads do not improve anything.',
    guide:
      'Explain writing it with the people who do the task, watching the job being done, and keeping it short with numbered steps, photos or diagrams. Mention including safety points and what to do when something goes wrong, trialling it, and reviewing it regularly. Say how you would train people on it and check it is being followed.',
  },
  {
    key: 'f-operations-process-improvement',
    text: 'Tell me about a process you improved. How did you measure it before and after?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'medium',
    lookingFor:
      'Evidence of continuous improvement with measurable results. They want to see you involved the people who do the work and checked the change stuck.',
    guide:
      'Use STAR: the situation and the problem, your role, what you did (mapping the process, finding waste or bottlenecks, testing a change) and the result with numbers, such as time saved, errors reduced or cost cut. Mention how you brought people with you and made the change permanent. Avoid examples where the improvement was not measured.',
  },
  {
    key: 'f-operations-safety-in-practice',
    text: 'As a supervisor or manager, what is your part in health and safety, and how do you make sure procedures are actually followed, not just written down?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'medium',
    lookingFor: "Ownership of safety as a manager's duty and practical ways of building a safety culture.",
    guide:
      'Explain your responsibilities: risk assessments, training, safe equipment and systems of work, and dealing with incidents. Describe making safety visible: walking the floor, stopping unsafe work, encouraging near-miss reporting without blame, and setting the example yourself. Give a STAR example of a safety improvement or an unsafe practice you tackled, with the result.',
  },
  {
    key: 'f-operations-departments-blaming',
    text: 'Two departments blame each other for a recurring delay. How would you get to the bottom of it?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'medium',
    lookingFor:
      'Neutral, fact-based problem solving across teams. They want someone who fixes the process rather than deciding who was at fault.',
    guide:
      'Describe gathering data on when and where the delay occurs, and mapping the handover between the departments with people from both. Explain focusing on the process, not personalities, agreeing a fix and clear ownership, and reviewing the results together. A STAR example with a measurable outcome is ideal.',
  },
  {
    key: 'f-operations-trends',
    text: 'What changes, such as automation, real-time data, sustainability targets or more flexible working patterns, do you think will most affect operations roles?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'medium',
    lookingFor: 'Forward-thinking and an understanding of how change affects both results and people.',
    guide:
      'Choose one or two trends and explain their practical effect, for example real-time dashboards allowing quicker decisions, or energy and waste targets becoming part of daily measures. Talk about the people side: training, communicating changes and involving staff early. Mention any experience you have of introducing new technology or ways of working.',
  },
  {
    key: 'f-operations-specialist-to-lead',
    text: 'You have been a specialist rather than an operations lead. How will you handle being responsible for results you do not directly control?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'medium',
    lookingFor:
      'Readiness for a broader role: delegating, coordinating and influencing. They want to know you will not try to do everything yourself.',
    guide:
      'Show you understand the shift from doing the work to organising it through others. Give examples of leading without formal authority, such as coordinating a project, training colleagues or managing suppliers. Explain how you would set clear expectations, use measures to stay informed and step in early. Be honest about what you will need to learn.',
  },
  {
    key: 'f-operations-demand-surge',
    text: 'Demand jumps by 30% for the next month and you cannot hire permanent staff. How do you plan to cope?',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'hard',
    lookingFor: 'Capacity planning, creativity and protection of safety and quality under pressure.',
    guide:
      'Start by confirming the forecast and finding the bottleneck. Then list options: overtime within safe limits, temporary or agency staff with proper induction, adjusting shift patterns, prioritising the most important customers, pausing non-urgent work and improving the bottleneck itself. Explain how you would communicate with staff and customers and watch for fatigue and errors. Finish with reviewing what you would plan differently next time.',
  },
  {
    key: 'f-operations-system-outage',
    text: 'A system failure stops your operation for half a day. Talk me through how you would manage the incident and what happens afterwards.',
    category: 'field-specific',
    fields: ['Operations'],
    difficulty: 'hard',
    lookingFor:
      'Calm incident management, clear communication and learning afterwards. They want to know you can keep people safe and customers informed while things are broken.',
    guide:
      'Describe the first steps: making the situation safe, finding out the scale and expected fix time, and switching to any backup or manual process. Explain who you would communicate with and how often, including staff, customers and senior managers. After recovery, describe catching up on the backlog, then a blame-free review of what happened, what worked and what to change, such as backup procedures.',
  },
];
